#Issue 12, sections 2, 3 and 5 as a product : impact assessments of initiatives — the questionnaire
#library and its import, answering page by page, the result under every rule version, grey - zone routing
#per organisation, judgements recorded as decisions and obligations followed up.
T = {
  "impact.status.draft" : ("Kladde", "Draft"),
  "impact.status.completed" : ("Afsluttet", "Completed"),
  "impact.forum.fagchef" : ("Fagchef", "Head of department"),
  "impact.forum.dpo" : ("Databeskyttelsesrådgiver (DPO)", "Data protection officer (DPO)"),
  "impact.forum.jurist" : ("Jurist", "Legal counsel"),
  "impact.forum.direktion" : ("Direktionen", "Executive board"),
  "impact.forum.dataetisk_udvalg" : ("Dataetisk udvalg", "Data ethics committee"),
  "impact.forum.oekonomiudvalget" : ("Økonomiudvalget", "Finance committee"),
  "impact.forum.kommunalbestyrelsen" : ("Kommunalbestyrelsen", "Municipal council"),
  "impact.yes" : ("Ja", "Yes"),
  "impact.no" : ("Nej", "No"),
  "impact.required" : ("skal besvares", "required"),
  "impact.choose" : ("Vælg …", "Choose …"),
  "impact.version" : ("version", "version"),
  "impact.assessment_number" : ("Vurdering nr.", "Assessment no."),
  "impact.format.surveyjs" : ("SurveyJS (JSON)", "SurveyJS (JSON)"),
  "impact.format.screening" : ("forkants screening (TOML)", "forkant's screening (TOML)"),
  "impact.answer.title" :
      ("Konsekvensvurdering – side {n} af {count}", "Impact assessment – page {n} of {count}"),
  "impact.answer.back" : ("Tilbage til vurderingen", "Back to the assessment"),
  "impact.answer.progress" : ("Hvor langt du er", "Your progress"),
  "impact.answer.save_next" : ("Gem og gå videre", "Save and continue"),
  "impact.answer.previous" : ("Forrige side", "Previous page"),
  "impact.answer.to_review" : ("Gennemse svarene", "Review the answers"),
  "impact.review.title" : ("Gennemse svarene", "Review the answers"),
  "impact.review.unanswered" : ("Ikke besvaret", "Not answered"),
  "impact.review.change" : ("Ret svarene på denne side", "Change the answers on this page"),
  "impact.review.complete_hint" :
      ("Når vurderingen er afsluttet, kan den ikke ændres. Ændrer initiativet sig, laver I en ny vurdering.",
       "Once the assessment is completed it cannot be changed. If the initiative changes, you make a new "
       "assessment."),
  "impact.review.complete" : ("Afslut vurderingen", "Complete the assessment"),
  "impact.result.title" : ("Konsekvensvurdering", "Impact assessment"),
  "impact.result.back" : ("Tilbage til initiativet", "Back to the initiative"),
  "impact.result.completed" : ("Vurderingen er afsluttet.", "The assessment is completed."),
  "impact.result.status" : ("Status", "Status"),
  "impact.result.questionnaire" : ("Spørgeskema besvaret", "Questionnaire answered"),
  "impact.result.rule" : ("Regelversion", "Rule version"),
  "impact.result.shown_under" : ("vist efter regelversion", "shown under rule version"),
  "impact.result.draft_note" :
      ("Vurderingen er en kladde: resultatet nedenfor viser, hvad svarene indtil nu giver.",
       "The assessment is a draft: the result below shows what the answers so far give."),
  "impact.result.continue" : ("Fortsæt besvarelsen", "Continue answering"),
  "impact.result.not_latest" :
      ("Der er en nyere vurdering af samme slags for initiativet; denne er bevaret som historik.",
       "There is a newer assessment of the same kind for the initiative; this one is kept as history."),
  "impact.result.scores" :
      ("Score og niveau efter hver regelversion", "Score and level under each rule version"),
  "impact.result.scores_caption" : ("AIA-scoren beregnet efter hver regelversion side om side",
                                    "The AIA score computed under each rule version side by side"),
  "impact.result.raw" : ("Rå risikoscore", "Raw risk score"),
  "impact.result.mitigation" : ("Afbødning", "Mitigation"),
  "impact.result.deduction" : ("Fradrag givet", "Deduction applied"),
  "impact.result.total" : ("Samlet score", "Total score"),
  "impact.result.level" : ("Niveau", "Level"),
  "impact.result.answered_with" : ("besvaret efter", "answered with"),
  "impact.result.level_under_rule" : ("niveau {level} efter regel {rule}", "level {level} under rule {rule}"),
  "impact.result.findings" : ("Fund", "Findings"),
  "impact.result.no_findings" : ("Svarene gav ingen fund.", "The answers gave no findings."),
  "impact.result.forum" : ("Hvem skal afgøre gråzonen", "Who must judge the grey zone"),
  "impact.result.forum_because" :
      ("Fordi disse fund sender sagen dertil:", "Because these findings send it there:"),
  "impact.result.no_forum" : ("Ingen: der er intet at afgøre.", "No one: there is nothing to judge."),
  "impact.result.default_routing" : ("Organisationen bruger forkants standardfordeling.",
                                     "The organisation uses forkant's default routing."),
  "impact.result.own_routing" :
      ("Organisationen har sin egen fordeling.", "The organisation has its own routing."),
  "impact.result.judgement" : ("Afgørelse", "Judgement"),
  "impact.result.judgement_open" :
      ("En afgørelse mangler: initiativet kan ikke gå videre end pilot, før den er truffet.",
       "A judgement is missing: the initiative cannot move past pilot until it is made."),
  "impact.result.no_judgement_needed" : ("Der kræves ingen afgørelse.", "No judgement is required."),
  "impact.result.obligations" : ("Forpligtelser", "Obligations"),
  "impact.result.no_obligations" :
      ("Fundene udløser ingen forpligtelser.", "The findings trigger no obligations."),
  "impact.judgement.kind" : ("Afgørelsen", "The judgement"),
  "impact.judgement.decided" : ("Besluttet: initiativet går videre", "Decided: the initiative goes ahead"),
  "impact.judgement.deselected" :
      ("Fravalgt: initiativet går ikke videre", "Deselected: the initiative does not go ahead"),
  "impact.judgement.postponed" :
      ("Udskudt: afgørelsen træffes senere", "Postponed: the judgement is made later"),
  "impact.judgement.rationale" : ("Begrundelse", "Rationale"),
  "impact.judgement.submit" :
      ("Registrér afgørelsen i beslutningsregistret", "Record the judgement in the decision register"),
  "impact.obligation.article" : ("Hjemmel", "Article"),
  "impact.obligation.applies_from" : ("Gælder fra", "Applies from"),
  "impact.obligation.not_yet" : ("gælder endnu ikke og holder ikke initiativet tilbage",
                                 "does not apply yet and does not hold the initiative back"),
  "impact.obligation.because" : ("Udløst af", "Triggered by"),
  "impact.obligation.checklist" : ("Skal dække:", "Must cover:"),
  "impact.obligation.met" : ("Opfyldt", "Met"),
  "impact.obligation.met_on" : ("Opfyldt den", "Met on"),
  "impact.obligation.note" : ("Note", "Note"),
  "impact.obligation.mark" : ("Markér som opfyldt", "Mark as met"),
  "impact.library.title" : ("Spørgeskemaer til konsekvensvurdering", "Impact-assessment questionnaires"),
  "impact.library.intro" :
      ("Organisationens spørgeskemaer. Canadas Algorithmic Impact Assessment hentes af jer selv "
       "(SurveyJS-filen survey-enfr.json) og importeres her uændret; forkants egen screening er indbygget.",
       "The organisation's questionnaires. Canada's Algorithmic Impact Assessment is brought by you (the "
       "SurveyJS file survey-enfr.json) and imported here unchanged; forkant's own screening is built in."),
  "impact.library.imported" : ("Spørgeskemaet er importeret.", "The questionnaire has been imported."),
  "impact.library.builtin" : ("Indbygget", "Built in"),
  "impact.library.list" : ("I biblioteket", "In the library"),
  "impact.library.empty" :
      ("Der er endnu ingen spørgeskemaer i biblioteket.", "There are no questionnaires in the library yet."),
  "impact.library.caption" :
      ("Spørgeskemaer med version og kontrolsum", "Questionnaires with version and checksum"),
  "impact.library.col_title" : ("Titel", "Title"),
  "impact.library.col_format" : ("Format", "Format"),
  "impact.library.col_imported" : ("Importeret", "Imported"),
  "impact.library.import" : ("Importér et spørgeskema", "Import a questionnaire"),
  "impact.library.import_hint" :
      ("Vælg SurveyJS-filen (JSON). En fil, forkant ikke kan læse, afvises med stedet i filen og årsagen.",
       "Choose the SurveyJS file (JSON). A file forkant cannot read is refused with the place in the file "
       "and the reason."),
  "impact.library.refused" : ("Filen blev ikke importeret", "The file was not imported"),
  "impact.library.file" : ("Fil", "File"),
  "impact.library.version": ("Version (valgfri)", "Version (optional)"),
"impact.library.version_hint": ("Fx 1.0.1 for AIA-filen fra canada-ca/aia-eia-js v1.0.1. Uden version navngives filen efter dens indhold.", "E.g. 1.0.1 for the AIA file of canada-ca/aia-eia-js v1.0.1. Without a version the file is named by its content."),
"error.impact.version_too_long": ("Versionen er for lang: højst 100 tegn.", "The version is too long: at most 100 characters."),
"impact.library.import_submit" : ("Importér", "Import"),
  "impact.routing.title" : ("Fordeling af gråzoner", "Grey-zone routing"),
  "impact.routing.intro" : ("Hvert fund sendes til det forum, der skal afgøre det. Det højeste forum, et "
                            "fund peger på, afgør; forpligtelserne lægges sammen.",
                            "Each finding goes to the forum that must judge it. The highest forum any "
                            "finding names decides; the obligations add up."),
  "impact.routing.own" :
      ("Organisationens egen fordeling gælder.", "The organisation's own routing applies."),
  "impact.routing.default" : ("forkants standardfordeling gælder.", "forkant's default routing applies."),
  "impact.routing.saved" : ("Fordelingen er gemt.", "The routing has been saved."),
  "impact.routing.caption" : ("Fund og det forum, der afgør dem", "Findings and the forum that judges them"),
  "impact.routing.finding" : ("Fund", "Finding"),
  "impact.routing.forum" : ("Forum", "Forum"),
  "impact.routing.save" : ("Gem fordelingen", "Save the routing"),
  "impact.routing.reset" : ("Gå tilbage til standardfordelingen", "Go back to the default routing"),
  "impact.section.title" : ("Konsekvensvurderinger", "Impact assessments"),
  "impact.section.open" : ("Dette holder initiativet i pilotfasen:", "This holds the initiative at pilot:"),
  "impact.section.none" :
      ("Initiativet er ikke vurderet endnu.", "The initiative has not been assessed yet."),
  "impact.section.forum" : ("afgøres af", "judged by"),
  "impact.section.judgement_open" : ("afgørelse mangler", "judgement missing"),
  "impact.section.start_screening" : ("Start en screening", "Start a screening"),
  "impact.section.aia_label" : ("AIA-spørgeskema", "AIA questionnaire"),
  "impact.section.start_aia" : ("Start en AIA", "Start an AIA"),
  "impact.section.no_aia" : ("Importér Canadas AIA for at kunne bruge den", "Import Canada's AIA to use it"),
  "audit.kind.impact" : ("Konsekvensvurderinger", "Impact assessments"),
  "audit.say.impact.questionnaire_imported" : ("{actor} importerede et spørgeskema til konsekvensvurdering.",
                                               "{actor} imported an impact-assessment questionnaire."),
  "audit.say.impact.assessment_started" :
      ("{actor} startede en konsekvensvurdering.", "{actor} started an impact assessment."),
  "audit.say.impact.answers_saved" :
      ("{actor} gemte svar i en konsekvensvurdering.", "{actor} saved answers in an impact assessment."),
  "audit.say.impact.assessment_completed" :
      ("{actor} afsluttede en konsekvensvurdering.", "{actor} completed an impact assessment."),
  "audit.say.impact.judged" : ("{actor} registrerede afgørelsen af en konsekvensvurdering.",
                               "{actor} recorded the judgement of an impact assessment."),
  "audit.say.impact.obligation_met" :
      ("{actor} markerede en forpligtelse som opfyldt.", "{actor} marked an obligation as met."),
  "audit.say.impact.routing_saved" : ("{actor} gemte organisationens fordeling af gråzoner.",
                                      "{actor} saved the organisation's grey-zone routing."),
  "audit.say.impact.routing_reset" : ("{actor} gik tilbage til standardfordelingen af gråzoner.",
                                      "{actor} went back to the default grey-zone routing."),
  "error.impact.source_too_large" :
      ("Filen er for stor: højst {max} KB.", "The file is too large: at most {max} KB."),
  "error.impact.questionnaire_exists" :
      ("Spørgeskemaet {kind} version {version} er allerede importeret.",
       "The questionnaire {kind} version {version} has already been imported."),
  "error.impact.not_an_aia" : ("Spørgeskemaet er ikke en AIA.", "The questionnaire is not an AIA."),
  "error.impact.unknown_question" : ("Spørgeskemaet har intet spørgsmål ved navn »{question}«.",
                                     "The questionnaire has no question named “{question}”."),
  "error.impact.answer_type" : ("Svaret på spørgsmålet »{question}« har forkert form.",
                                "The answer to the question “{question}” has the wrong form."),
  "error.impact.assessment_completed" :
      ("Vurderingen er afsluttet og kan ikke ændres.", "The assessment is completed and cannot be changed."),
  "error.impact.answers_missing" :
      ("Spørgsmålet »{question}« skal besvares, før vurderingen kan afsluttes.",
       "The question “{question}” must be answered before the assessment can be completed."),
  "error.impact.unknown_rule" : ("Der er ingen regelversion {rule} for dette spørgeskema.",
                                 "There is no rule version {rule} for this questionnaire."),
  "error.impact.unknown_finding" :
      ("Der er intet fund ved navn »{finding}«.", "There is no finding named “{finding}”."),
  "error.impact.unknown_forum" :
      ("»{forum}« er ikke et af forkants fora.", "“{forum}” is not one of forkant's forums."),
  "error.impact.assessment_not_completed" :
      ("Vurderingen er ikke afsluttet endnu.", "The assessment is not completed yet."),
  "error.impact.no_judgement_needed" :
      ("Vurderingen kræver ingen afgørelse.", "The assessment requires no judgement."),
  "error.impact.not_latest_assessment" : ("Der er en nyere vurdering: afgørelsen træffes på den.",
                                          "There is a newer assessment: the judgement is made on that one."),
  "error.impact.already_judged" :
      ("Vurderingen er allerede afgjort.", "The assessment has already been judged."),
  "error.impact.note_too_long" :
      ("Noten er for lang: højst {max} tegn.", "The note is too long: at most {max} characters."),
  "error.impact.met_in_future" :
      ("Datoen for opfyldelse kan ikke ligge i fremtiden.", "The date it was met cannot be in the future."),
  "error.impact.unknown_obligation" : ("Vurderingen har ingen forpligtelse »{obligation}«.",
                                       "The assessment has no obligation “{obligation}”."),
  "error.impact.obligation_already_met" :
      ("Forpligtelsen er allerede markeret som opfyldt.", "The obligation is already marked as met."),
  "error.impact.confirm_mismatch" :
      ("Formularen passer ikke til denne side: indlæs siden igen og prøv en gang til.",
       "The form does not match this page: reload the page and try again."),
  "error.impact.judgement_kind" : ("Vælg, om initiativet er besluttet, fravalgt eller udskudt.",
                                   "Choose whether the initiative is decided, deselected or postponed."),
  "error.impact.file_required" : ("Vælg en fil at importere.", "Choose a file to import."),
  "error.impact.unknown_assessment_kind" :
      ("Vælg en screening eller en AIA.", "Choose a screening or an AIA."),
  "error.impact.questionnaire_required" :
      ("Vælg hvilket AIA-spørgeskema der skal bruges.", "Choose which AIA questionnaire to use."),
}
