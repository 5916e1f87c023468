# Issue 10, running a round: the respondent's allocation error, progress and review rules; links and
# responses per group on the round page; paper forms typed into the respondent's pages; editing,
# deleting and previewing a draft round.
T = {
# Respondent pages
"respond.progress_label": ("Fremskridt: spørgsmål {n} af {total}", "Progress: question {n} of {total}"),
"respond.error.allocation_next": ("Fordel 100 point: dine point giver nu {sum}. Ret tallene, så de giver 100 i alt – eller tøm alle felterne, hvis du ikke vil fordele point. Det, du har skrevet, er gemt.", "Spread 100 points: your points now add up to {sum}. Change the numbers so they add up to 100 – or empty every field if you do not want to allocate points. What you typed has been saved."),
"respond.review_rule_points": ("Spørgsmål {n} beder dig fordele 100 point: pointene skal give præcis 100 i alt, eller alle felterne skal stå tomme.", "Question {n} asks you to spread 100 points: they must add up to exactly 100, or every field must be left empty."),
"respond.review_rule_link": ("Se fordelingen under spørgsmål {n}", "See the allocation under question {n}"),
"respond.review_allocation_incomplete": ("Pointfordelingen under spørgsmål {n} er ikke færdig: pointene giver {sum}, ikke 100. Svarene kan ikke indsendes, før den er rettet.", "The allocation under question {n} is not finished: the points add up to {sum}, not 100. The answers cannot be submitted until it is corrected."),
"respond.preview_done": ("Tilbage til målingen", "Back to the assessment"),
"respond.preview_banner": ("Forhåndsvisning – svar gemmes ikke", "Preview – answers are not saved"),
"respond.preview_note": ("Sådan ser spørgsmålene ud for en respondent. Intet, du vælger her, bliver sendt eller gemt.", "This is how a respondent sees the questions. Nothing you choose here is sent or stored."),
"respond.preview_title": ("Forhåndsvisning", "Preview"),
"respond.paper_title": ("Papirskema", "Paper form"),
"respond.preview_start": ("Se første spørgsmål", "See the first question"),
"respond.paper_banner": ("Du indtaster et papirskema for gruppen {group}", "You are entering a paper form for the group {group}"),
"respond.paper_note": ("Svaret gemmes som indtastet af dig, ligesom en import. Skriv svarene præcis som på papiret.", "The response is stored as entered by you, like an import. Type the answers exactly as on paper."),

# The round page: links and responses per group
"round.col_links_created": ("Oprettede links", "Links created"),
"round.col_links_started": ("Links i gang", "Links started"),
"round.col_link_responses": ("Svar via link", "Responses through a link"),
"round.col_by_hand": ("Indtastede svar", "Responses entered by hand"),
"round.col_total_responses": ("Svar i alt", "Responses in total"),
"round.counts_hint": ("Indtastede svar er papirskemaer, som en koordinator har tastet ind eller importeret; de tælles for sig, fordi den, der tastede, har set dem.", "Responses entered by hand are paper forms typed in or imported by a coordinator; they are counted apart because whoever typed them has seen them."),

# Paper entry
"round.paper_heading": ("Indtast et papirskema", "Enter a paper form"),
"round.paper_hint": ("Du udfylder de samme sider, som en respondent ser, med svarene fra ét papirskema. Svaret gemmes som indtastet af dig. Start et nyt for hvert skema.", "You fill in the same pages a respondent sees with the answers of one paper form. The response is stored as entered by you. Start a new one for each form."),
"round.paper_group": ("Gruppe på skemaet", "Group on the form"),
"round.paper_submit": ("Indtast et papirskema", "Enter a paper form"),
"round.paper_entered": ("Papirskemaet er gemt som et indtastet svar. Du kan indtaste det næste nedenfor.", "The paper form has been stored as a response entered by hand. You can enter the next one below."),
"round.paper_next": ("Indtast det næste papirskema", "Enter the next paper form"),
"error.paper_entry_not_open": ("Papirskemaer kan kun indtastes, mens målingen er åben.", "Paper forms can be entered only while the assessment is open."),

# Editing, deleting and previewing a draft round
"round.edit_heading": ("Ret målingen", "Edit the assessment"),
"round.edit_hint": ("Så længe målingen ikke er åbnet, kan du rette titel, grupper og mindste antal svar.", "Until the assessment is opened, you can change its title, groups and minimum number of responses."),
"round.edit_title": ("Ret målingen: {title}", "Edit the assessment: {title}"),
"round.edit_link": ("Ret målingen", "Edit the assessment"),
"round.edit_save": ("Gem ændringerne", "Save the changes"),
"round.edit_cancel": ("Fortryd", "Cancel"),
"round.saved": ("Ændringerne er gemt.", "The changes have been saved."),
"round.delete_heading": ("Slet målingen", "Delete the assessment"),
"round.delete_hint": ("En måling kan kun slettes, før den er åbnet. Links, der er oprettet til den, holder op med at virke.", "An assessment can be deleted only before it is opened. Links created for it stop working."),
"round.delete_link": ("Slet målingen …", "Delete the assessment …"),
"round.delete_confirm_title": ("Slet målingen {title}?", "Delete the assessment {title}?"),
"round.delete_confirm_text": ("Målingen, dens grupper og de links, der er oprettet til den, slettes. Det kan ikke fortrydes. Sletningen skrives i ændringsloggen.", "The assessment, its groups and the links created for it are deleted. This cannot be undone. The deletion is recorded in the change log."),
"round.delete_submit": ("Ja, slet målingen", "Yes, delete the assessment"),
"round.deleted": ("Målingen er slettet.", "The assessment has been deleted."),
"round.preview_link": ("Forhåndsvis som respondent", "Preview as a respondent"),
"error.round_not_draft_edit": ("Målingen er åbnet og kan ikke længere rettes.", "The assessment has been opened and can no longer be changed."),
"error.round_not_draft_delete": ("Kun en måling, der ikke er åbnet, kan slettes.", "Only an assessment that has not been opened can be deleted."),
"error.group_has_links": ("Gruppen {group} har links og kan ikke fjernes. Slet målingen og opret den igen, hvis gruppen skal væk.", "The group {group} has links and cannot be removed. Delete the assessment and create it again if the group must go."),
"error.round_in_use": ("Målingen er nævnt i en beslutning og kan ikke slettes.", "The assessment is referred to by a decision and cannot be deleted."),
}
