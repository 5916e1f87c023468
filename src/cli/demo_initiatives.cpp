// The demo's initiative register for Demo Kommune (issue 12): six digital initiatives with every field
// filled in as a municipality would — the op-ed's two AI examples (AI support for planning rehabilitation,
// AI job matching in the jobcenter), a payroll robot (RPA) in operation with measured benefits, a chatbot
// stopped after its pilot with the lesson learned (recorded as a deliberate non-choice), a citizen app and
// sensors in elder care where residents would rather keep the human contact. The impact assessments and
// their judgements are added by the impact-assessment part of the demo.
#include <map>
#include <stdexcept>

#include "cli/commands.hpp"
#include "cli/environment.hpp"

namespace forkant::cli {
namespace {

struct DemoInitiatives {
  Environment& env;
  std::int64_t org_id;
  std::int64_t owner;
  std::map<std::string, std::int64_t> people;  // by e-mail prefix
  Date today = env.initiatives.today();

  std::int64_t who(const std::string& prefix) const {
    const auto it = people.find(prefix);
    return it == people.end() ? owner : it->second;
  }
  Date in(int days) const { return add_days(today, days); }

  Initiative create(const InitiativeDraft& d) {
    const auto id = env.initiatives.create_initiative(org_id, owner, d);
    if (!id) throw std::runtime_error("demo: initiative " + d.title + ": " + id.error().code);
    return *env.initiatives.find_initiative(*id);
  }
  Initiative move(const Initiative& i, Phase to, const std::string& reason) {
    auto moved = env.initiatives.change_phase(i, owner, to, reason, "da");
    if (!moved) throw std::runtime_error("demo: phase of " + i.content.title + ": " + moved.error().code);
    return *moved;
  }
  void measure(const Initiative& i, int benefit, double value, int days_ago, const std::string& note) {
    const auto id = env.initiatives.record_measurement(
        i, owner, {0, benefit, "", value, add_days(today, -days_ago), note});
    if (!id) throw std::runtime_error("demo: measurement: " + id.error().code);
  }

  Initiative rehabilitation() {
    InitiativeDraft d;
    d.title = "AI-støttet planlægning af genoptræning";
    d.description =
        "En model foreslår terapeuterne et genoptræningsforløb ud fra borgerens genoptræningsplan fra "
        "hospitalet, "
        "tidligere forløb og funktionsevne. Terapeuten vælger altid selv forløbet; forslaget er en hjælp, "
        "ikke en "
        "afgørelse.";
    d.owner_user_id = who("social");
    d.questions = {1, 2, 4, 6, 7};
    d.purposes = {{"p.citizens", 50}, {"p.core-task", 30}, {"p.efficiency", 20}};
    d.value_rating = 4;
    d.technologies = {Technology::machine_learning};
    d.maturity = Maturity::emerging;
    d.data_types = {"helbredsoplysninger", "genoptræningsplaner", "funktionsevnevurderinger", "CPR-nummer"};
    d.personal_data = true;
    d.special_categories = true;
    d.data_sources = {{"Cura (omsorgssystem)", Quality::uncertain},
                      {"Genoptræningsplaner via MedCom", Quality::good},
                      {"Fælles Sprog III", Quality::good}};
    d.competence_readiness = Quality::uncertain;
    d.asked_by =
        "Terapeuterne i Sundhed og Omsorg, der bruger meget tid på planlægning; patientforeningerne "
        "efterspørger kortere ventetid og mere ensartede forløb.";
    d.prefers_human_contact =
        "Borgere med kognitive udfordringer og deres pårørende vil tale med en terapeut om "
        "forløbet, ikke få et forslag fra et system.";
    d.analogue_alternative =
        "Forløbet planlægges som i dag af terapeuten alene, når borgeren eller terapeuten "
        "ønsker det; borgeren får altid en samtale.";
    d.analogue_owner_user_id = who("social");
    d.partners = {
        {"Region Midtjylland", PartnerKind::public_body, "Leverer genoptræningsplaner og deler erfaringer"},
        {"Syddansk Universitet", PartnerKind::university, "Følgeforskning og evaluering af modellen"}};
    d.governance =
        "Styregruppe med social- og sundhedsdirektøren som formand, DPO og en terapeut; "
        "kvartalsvis status til direktionen.";
    d.standards = {"Fælles Sprog III", "Fælleskommunal Rammearkitektur", "MitID"};
    d.method_freedom =
        "Hvert træningscenter vælger selv, hvordan forslagene bruges i deres visitationsmøder.";
    d.benefits = {{"Ventetid til genoptræning", "dage", 28, 18, in(180), "Sundhed og Omsorg"},
                  {"Tid brugt på planlægning pr. forløb", "minutter", 45, 25, in(180), "Træningscentrene"}};
    d.communication = {{Audience::employees, "Social- og sundhedsdirektøren",
                        "Hvad modellen kan og ikke kan, og at terapeuten "
                        "altid beslutter",
                        in(14), "Personalemøder"},
                       {Audience::citizens, "Træningscentrenes ledere",
                        "At et forslag kan komme fra et system, og retten til at "
                        "få forløbet planlagt uden",
                        in(45), "Brev i Digital Post"}};
    auto i = create(d);
    i = move(i, Phase::analysis, "Behovet er bekræftet af terapeuterne og patientforeningerne.");
    return move(i, Phase::pilot, "Pilot på ét træningscenter i seks måneder med følgeforskning.");
  }

  Initiative job_matching() {
    InitiativeDraft d;
    d.title = "AI-jobmatch i jobcentret";
    d.description =
        "En model foreslår ledige borgere job og uddannelse ud fra CV, kompetencer og jobopslag. "
        "Sagsbehandleren drøfter forslagene med borgeren; modellen må ikke påvirke ydelser.";
    d.owner_user_id = who("oekonomi");
    d.questions = {1, 2, 4, 7, 8};
    d.purposes = {{"p.citizens", 40}, {"p.growth", 30}, {"p.efficiency", 30}};
    d.value_rating = 3;
    d.technologies = {Technology::machine_learning, Technology::platform};
    d.maturity = Maturity::emerging;
    d.data_types = {"CV og kompetencer", "ledighedshistorik", "jobopslag", "CPR-nummer"};
    d.personal_data = true;
    d.special_categories = false;
    d.data_sources = {
        {"Fasit", Quality::uncertain}, {"Jobnet", Quality::good}, {"Det Fælles Datagrundlag", Quality::poor}};
    d.competence_readiness = Quality::poor;
    d.asked_by = "Jobcentrets ledelse og virksomhedskonsulenterne, der vil matche hurtigere.";
    d.prefers_human_contact =
        "Langtidsledige og borgere i ressourceforløb, for hvem samtalen med sagsbehandleren er "
        "en del af indsatsen.";
    d.analogue_alternative =
        "Jobsamtaler som i dag uden forslag fra modellen; borgeren kan fravælge forslagene.";
    d.analogue_owner_user_id = who("oekonomi");
    d.partners = {{"Styrelsen for Arbejdsmarked og Rekruttering", PartnerKind::public_body, "Data og jura"},
                  {"Matchtech ApS", PartnerKind::company, "Leverandør af modellen"}};
    d.governance =
        "Databehandleraftale med leverandøren; jobcenterchefen ejer initiativet; jurist og DPO deltager "
        "i styregruppen.";
    d.standards = {"NemLog-in", "Serviceplatformen"};
    d.method_freedom = "Teamene bestemmer selv, om forslagene bruges i første samtale eller senere.";
    d.benefits = {{"Borgere i job eller uddannelse efter 6 måneder", "%", 42, 47, in(365), "Jobcentret"}};
    d.communication = {
        {Audience::citizens, "Jobcenterchefen",
         "At forslag kan komme fra en model, hvilke data den bruger, og retten til at sige nej", in(60),
         "borger.dk og ved første samtale"}};
    auto i = create(d);
    return move(i, Phase::analysis,
                "Forarbejde: lovgrundlag, dataadgang og en AI-forordningsscreening før pilot.");
  }

  void payroll_robot() {
    InitiativeDraft d;
    d.title = "Lønrobot i lønadministrationen";
    d.description =
        "En softwarerobot (RPA) indtaster tillæg, fravær og refusioner fra blanketter i lønsystemet "
        "og lægger tvivlstilfælde til en lønmedarbejder.";
    d.owner_user_id = who("oekonomi");
    d.questions = {1, 4, 6, 9};
    d.purposes = {{"p.efficiency", 60}, {"p.labour", 40}};
    d.value_rating = 4;
    d.technologies = {Technology::rpa, Technology::rules};
    d.maturity = Maturity::proven;
    d.data_types = {"lønoplysninger", "fravær", "CPR-nummer", "kontonumre"};
    d.personal_data = true;
    d.special_categories = false;
    d.data_sources = {{"KMD Opus Løn", Quality::good}, {"Blanketter i Selvbetjening", Quality::uncertain}};
    d.competence_readiness = Quality::good;
    d.asked_by = "Lønafdelingen, der har tastet de samme blanketter i mange år.";
    d.prefers_human_contact = "Medarbejdere med særlige aftaler, som fortsat behandles af en lønmedarbejder.";
    d.analogue_alternative = "Blanketter kan stadig afleveres på papir og tastes manuelt.";
    d.analogue_owner_user_id = who("oekonomi");
    d.partners = {{"KL", PartnerKind::public_body, "Erfaringsudveksling om RPA i kommunerne"}};
    d.governance =
        "Robotten har sin egen brugerkonto med mindst mulige rettigheder; lønchefen godkender ændringer.";
    d.standards = {"NemKonto", "OIOUBL"};
    d.method_freedom = "Lønteamet vælger selv, hvilke blanketter robotten tager næste gang.";
    d.benefits = {{"Timer sparet pr. måned", "timer", 0, 120, add_days(today, -30), "Lønchefen"},
                  {"Fejl i lønudbetalinger pr. måned", "fejl", 14, 4, add_days(today, -30), "Lønchefen"}};
    d.communication = {{Audience::employees, "Lønchefen", "Hvad robotten gør, og hvem man spørger ved fejl",
                        add_days(today, -200), "Intranettet"}};
    auto i = create(d);
    i = move(i, Phase::analysis, "Processerne er kortlagt; seks blanketter egner sig.");
    i = move(i, Phase::pilot, "Pilot på tillægsblanketten.");
    i = move(i, Phase::scale_up, "Piloten sparede 30 timer om måneden uden flere fejl.");
    i = move(i, Phase::operation, "Alle seks blanketter kører; robotten er overdraget til drift.");
    measure(i, 0, 35.5, 120, "Efter piloten");
    measure(i, 0, 96, 30, "Efter udbredelsen");
    measure(i, 1, 6, 30, "");
  }

  void chatbot() {
    InitiativeDraft d;
    d.title = "Chatbot til spørgsmål om affald og genbrug";
    d.description =
        "En chatbot bygget på en generativ sprogmodel skulle svare borgerne på spørgsmål om "
        "affaldssortering, tømning og genbrugspladser døgnet rundt.";
    d.owner_user_id = who("teknik");
    d.questions = {1, 4, 7, 10};
    d.purposes = {{"p.citizens", 70}, {"p.efficiency", 30}};
    d.value_rating = 2;
    d.technologies = {Technology::generative_ai};
    d.maturity = Maturity::experimental;
    d.data_types = {"affaldsregulativ", "tømningskalender", "borgernes spørgsmål"};
    d.personal_data = false;
    d.data_sources = {{"Affaldsregulativet", Quality::good}, {"Tømningskalenderen", Quality::uncertain}};
    d.competence_readiness = Quality::poor;
    d.asked_by = "Borgerservice, der får mange ens opkald om tømning.";
    d.prefers_human_contact = "Ældre borgere, der foretrækker at ringe.";
    d.analogue_alternative = "Telefonen i Borgerservice er åben som før.";
    d.partners = {{"Sprogmodel A/S", PartnerKind::company, "Leverandør af chatbotten"}};
    d.governance = "Teknik og Miljø ejer; Borgerservice gennemgik svarene ugentligt i piloten.";
    d.standards = {"Borger.dk/Virk selvbetjening"};
    d.benefits = {{"Opkald om affald pr. uge", "opkald", 220, 150, add_days(today, -60), "Borgerservice"}};
    d.communication = {{Audience::citizens, "Borgerservice", "At chatbotten lukker, og at telefonen er åben",
                        add_days(today, -10), "Kommunens hjemmeside"}};
    auto i = create(d);
    i = move(i, Phase::pilot, "Tre måneders pilot på hjemmesiden.");
    measure(i, 0, 205, 60, "Kun 15 opkald færre om ugen");
    move(i, Phase::stopped,
         "Piloten viste, at hvert sjette svar om tømningsdage var forkert, fordi kalenderdata ikke var "
         "opdaterede, og opkaldene faldt kun lidt. Læring: datakvaliteten skal være på plads, før en "
         "sprogmodel "
         "svarer borgerne på vores vegne.");
  }

  void citizen_app() {
    InitiativeDraft d;
    d.title = "Borgerappen »Mit Demo Kommune«";
    d.description =
        "En app, hvor borgerne kan booke tid i Borgerservice, se deres sager og få besked om "
        "vejarbejde og tømning.";
    d.owner_user_id = who("digitalisering");
    d.questions = {1, 7, 9, 10};
    d.purposes = {{"p.citizens", 80}, {"p.political", 20}};
    d.value_rating = 3;
    d.technologies = {Technology::platform};
    d.maturity = Maturity::proven;
    d.data_types = {"kontaktoplysninger", "bookinger", "sagsstatus"};
    d.personal_data = true;
    d.data_sources = {{"Sagssystemet", Quality::uncertain}, {"Bookingsystemet", Quality::good}};
    d.competence_readiness = Quality::good;
    d.asked_by = "Kommunalbestyrelsen og Ældrerådet, der ønsker færre forskellige indgange.";
    d.prefers_human_contact = "Borgere uden smartphone og borgere, der har brug for hjælp i Borgerservice.";
    d.analogue_alternative = "Alt i appen kan også klares ved personligt fremmøde eller telefon.";
    d.analogue_owner_user_id = who("digitalisering");
    d.partners = {{"Nabokommunen", PartnerKind::public_body, "Deler udviklingen og driften"}};
    d.governance = "Fælles styregruppe med nabokommunen; ét års opsigelse.";
    d.standards = {"MitID", "Digital Post", "NemLog-in", "Fællesoffentlig Digital Arkitektur"};
    d.method_freedom = "Fagområderne bestemmer selv, hvilke beskeder de sender.";
    d.benefits = {{"Bookinger via appen", "% af alle", 0, 40, in(120), "Borgerservice"}};
    d.communication = {
        {Audience::citizens, "Borgmesteren", "Appen lanceres", in(30), "Lokalavisen og Facebook"},
        {Audience::employees, "Digitaliseringschefen", "Hvad appen betyder for Borgerservice", in(7),
         "Personalemøde"}};
    auto i = create(d);
    move(i, Phase::analysis, "Behovet er afdækket med Ældrerådet.");
  }

  void elder_care_sensors() {
    InitiativeDraft d;
    d.title = "Sensorer i ældreplejen om natten";
    d.description =
        "Sensorer i sengen og på døren giver nattevagten besked, hvis en beboer står op og ikke kommer "
        "tilbage, i stedet for faste natlige tilsyn.";
    d.owner_user_id = who("social");
    d.questions = {2, 4, 7};
    d.purposes = {{"p.citizens", 50}, {"p.labour", 50}};
    d.value_rating = 2;
    d.technologies = {Technology::sensors};
    d.maturity = Maturity::proven;
    d.data_types = {"bevægelsesdata", "helbredsoplysninger"};
    d.personal_data = true;
    d.special_categories = true;
    d.data_sources = {{"Sensorplatformen", Quality::good}, {"Cura (omsorgssystem)", Quality::uncertain}};
    d.competence_readiness = Quality::uncertain;
    d.asked_by = "Nattevagterne på plejecenter Solhøj.";
    d.prefers_human_contact =
        "Beboerne og de pårørende på Solhøj foretrækker, at nattevagten kigger ind; de "
        "opfatter besøget som omsorg, ikke kontrol.";
    d.analogue_alternative = "Faste natlige tilsyn fortsætter for alle, der ønsker det.";
    d.analogue_owner_user_id = who("social");
    d.partners = {{"Plejeteknik ApS", PartnerKind::company, "Leverandør og drift af sensorerne"}};
    d.governance = "Beboerrådet og de pårørende høres før hver ændring.";
    d.standards = {"Fælleskommunal Rammearkitektur"};
    d.method_freedom = "Hvert plejecenter vælger selv, om det vil være med.";
    d.benefits = {
        {"Uforstyrret nattesøvn", "beboere med færre opvågninger", 0, 12, in(240), "Plejecenterlederen"}};
    d.communication = {{Audience::citizens, "Plejecenterlederen",
                        "Hvad sensorerne registrerer, og at man kan sige nej", in(20),
                        "Beboermøde og brev til pårørende"}};
    create(d);
  }
};

}  // namespace

void demo_initiatives(Environment& env, std::int64_t org_id, std::int64_t owner_id) {
  DemoInitiatives d{env, org_id, owner_id, {}};
  for (const auto& m : env.orgs.members(org_id)) d.people[m.email.substr(0, m.email.find('@'))] = m.user_id;
  d.rehabilitation();
  d.job_matching();
  d.payroll_robot();
  d.chatbot();
  d.citizen_app();
  d.elder_care_sensors();
}

}  // namespace forkant::cli
