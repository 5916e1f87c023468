// The printed agenda and minutes through the real server: who attended is recorded with the minutes (form
// and API, checked for count and length); the print page and the PDF of a held meeting show the
// organisation, the attendees, the decisions taken with their reasons and full links, and the follow-ups;
// the next meeting's print page and PDF show every drafted point with why it is there and its background
// link written out; the PDFs are read back with poppler (text with æøå, page count, embedded fonts);
// another organisation's ids are 404 and a viewer may read.
#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "support/world.hpp"

namespace forkant::test {
namespace {

// Runs `command` ("{}" standing for a file with the PDF's bytes) and returns what it printed.
std::string run_on_pdf(const std::string& pdf, std::string command) {
  char name[] = "/tmp/forkant-meeting-pdf-XXXXXX";
  const int fd = mkstemp(name);
  EXPECT_GE(fd, 0);
  close(fd);
  std::ofstream(name, std::ios::binary) << pdf;
  std::string out;
  command.replace(command.find("{}"), 2, name);
  if (FILE* pipe = popen((command + " 2>&1").c_str(), "r")) {
    std::array<char, 4096> buffer{};
    while (const auto n = fread(buffer.data(), 1, buffer.size(), pipe)) out.append(buffer.data(), n);
    pclose(pipe);
  }
  std::remove(name);
  return out;
}

// The PDF's text without white space: the layout wraps long lines anywhere a line may break (a link
// after a '/'), and what is checked is that the words and links are there, in one piece.
std::string squeezed(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c != ' ' && c != '\n' && c != '\t' && c != '\f' && c != '\r') out += c;
  }
  return out;
}

std::string pdf_text(const std::string& pdf) {
  return squeezed(run_on_pdf(pdf, "pdftotext -layout {} -"));
}

int pdf_pages(const std::string& pdf) {
  const auto info = run_on_pdf(pdf, "pdfinfo {}");
  const auto at = info.find("Pages:");
  return at == std::string::npos ? 0 : std::stoi(info.substr(at + 6));
}

// Every font of the PDF embedded: pdffonts prints a table whose "emb" column is "yes" for each.
void expect_fonts_embedded(const std::string& pdf) {
  const auto fonts = run_on_pdf(pdf, "pdffonts {}");
  std::size_t rows = 0;
  std::size_t pos = fonts.find("\n---");
  ASSERT_NE(pos, std::string::npos) << fonts;
  pos = fonts.find('\n', pos + 1);
  while (pos != std::string::npos && pos + 1 < fonts.size()) {
    const auto end = fonts.find('\n', pos + 1);
    const auto line = fonts.substr(pos + 1, end == std::string::npos ? std::string::npos : end - pos - 1);
    pos = end;
    if (line.empty()) continue;
    ++rows;
    // name type encoding emb sub uni object ID: "emb" is the fourth column from the end.
    std::vector<std::string> words;
    for (std::size_t i = 0; i < line.size();) {
      const auto start = line.find_first_not_of(' ', i);
      if (start == std::string::npos) break;
      const auto stop = line.find(' ', start);
      words.push_back(line.substr(start, stop - start));
      i = stop == std::string::npos ? line.size() : stop;
    }
    ASSERT_GE(words.size(), 6u) << line;
    EXPECT_EQ(words[words.size() - 5], "yes") << "not embedded: " << line;
  }
  EXPECT_GT(rows, 0u) << fonts;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

class MeetingPrint : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world = std::make_unique<TwoOrganisations>(); }
  static void TearDownTestSuite() { world.reset(); }

  // A fresh weekly series whose next meeting is today or later.
  static std::pair<std::string, std::string> new_series(const std::string& title) {
    auto api = world->api(world->coordinator);
    const auto series =
        api.post_json(world->api_org_path("/meetings"),
                      {{"title", title}, {"cadence", "weekly"}, {"first_meeting", "2020-01-06"}});
    EXPECT_EQ(series.status, 201) << series.body;
    return {series.json()["id"].dump(), series.json()["next_meeting"].get<std::string>()};
  }

  static std::string site() { return world->server.base_url(); }

  static inline std::unique_ptr<TwoOrganisations> world;
};

TEST_F(MeetingPrint, TheMinutesPrintAndPdfShowTheAttendeesDecisionsAndFollowUps) {
  const auto [id, date] = new_series("Referatmøde");
  auto browser = world->browser(world->leader);
  const std::string base = world->org_path("/meetings/" + id);
  const auto form = browser.get(base);
  EXPECT_NE(form.body.find("<label for=\"attendees\">Deltagere</label>"), std::string::npos)
      << "the minutes form asks who attended";
  const auto saved =
      browser.submit(base + "/minutes", {{"meeting_date", date},
                                         {"attendees", "  Åse Ærø\r\n\r\nØjvind Ås (gæst fra KL)\r\n"},
                                         {"minutes", "Referat med æøå og ÆØÅ"},
                                         {"m1_kind", "decided"},
                                         {"m1_title", "Vi åbner én fælles digital indgang"},
                                         {"m1_rationale", "Fordi borgerne får ét sted at gå hen."},
                                         {"m1_questions", "2"},
                                         {"m1_owner", std::to_string(world->leader.user_id)},
                                         {"m1_body", "Direktionen"},
                                         {"m1_decided_on", date},
                                         {"f1_text", "Skriv til ældrerådet"},
                                         {"f1_owner", std::to_string(world->coordinator.user_id)},
                                         {"f1_due_on", "2027-01-15"}});
  ASSERT_EQ(saved.status, 303) << saved.body;

  auto viewer = world->browser(world->viewer);
  const auto history = world->api(world->viewer).get("/api/v1/meeting-series/" + id + "/history").json();
  ASSERT_EQ(history["meetings"].size(), 1u);
  const auto& meeting = history["meetings"][0];
  EXPECT_EQ(meeting["attendees"], nlohmann::json::array({"Åse Ærø", "Øjvind Ås (gæst fra KL)"}))
      << "trimmed, in order, the blank line dropped";
  ASSERT_EQ(meeting["decision_ids"].size(), 1u);
  const std::string decision_url =
      site() + world->org_path("/decisions/" + meeting["decision_ids"][0].dump());
  const std::string held = base + "/held/" + meeting["id"].dump();

  const auto page = viewer.get(held);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Øjvind Ås (gæst fra KL)"), std::string::npos) << "the held page lists them too";
  EXPECT_NE(page.body.find("href=\"" + held + "/minutes.pdf\""), std::string::npos);
  EXPECT_NE(page.body.find("href=\"" + held + "/print\""), std::string::npos);

  // The organisation, who attended, the minutes, the decision with its reason and full link, the follow-up.
  const std::vector<std::string> shown{"Demo Kommune",
                                       "Referatmøde",
                                       "Åse Ærø",
                                       "Øjvind Ås (gæst fra KL)",
                                       "Referat med æøå og ÆØÅ",
                                       "Vi åbner én fælles digital indgang",
                                       "Fordi borgerne får ét sted at gå hen.",
                                       decision_url,
                                       "Skriv til ældrerådet",
                                       world->coordinator.name,
                                       "15-01-2027"};
  const auto print = viewer.get(held + "/print");
  ASSERT_EQ(print.status, 200) << print.body;
  for (const auto& expected : shown) {
    EXPECT_NE(print.body.find(expected), std::string::npos) << "the print page lacks " << expected;
  }

  const auto pdf = viewer.get(held + "/minutes.pdf");
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  EXPECT_EQ(pdf.header("Content-Type"), "application/pdf");
  EXPECT_EQ(pdf.header("Content-Disposition"), "attachment; filename=\"referat-" + date + ".pdf\"");
  EXPECT_EQ(pdf.header("Cache-Control"), "no-store");
  ASSERT_EQ(pdf.body.rfind("%PDF-", 0), 0u);
  const auto text = pdf_text(pdf.body);
  for (const auto& expected : shown) {
    EXPECT_NE(text.find(squeezed(expected)), std::string::npos) << "the PDF lacks " << expected << "\n"
                                                                << text;
  }
  const int pages = pdf_pages(pdf.body);
  EXPECT_GE(pages, 1);
  EXPECT_LE(pages, 3) << "a short meeting's minutes";
  expect_fonts_embedded(pdf.body);
}

TEST_F(MeetingPrint, TheAgendaPrintAndPdfShowEveryPointWithWhyAndItsBackgroundLink) {
  auto api = world->api(world->viewer);
  const auto series = api.get(world->api_org_path("/meetings")).json()["series"][0]["id"].dump();
  const auto agenda = api.get("/api/v1/meeting-series/" + series + "/agenda").json();
  const auto& points = agenda["points"];
  ASSERT_GE(points.size(), 3u) << "the demo's next meeting has a drafted agenda";
  // The background each kind of point links to, by the point's linked id.
  std::vector<std::string> links;
  for (const auto& p : points) {
    const std::string source = p["source"];
    const std::string linked = p["linked_id"].dump();
    if (source == "review_due") links.push_back(world->org_path("/decisions/" + linked));
    if (source == "round_closed") links.push_back("/rounds/" + linked + "/results");
    if (source == "question_rotation") links.push_back(world->org_path("/decisions?question=" + linked));
    if (source == "step_due" || source == "step_overdue") links.push_back("#step-" + linked);
  }
  ASSERT_FALSE(links.empty());
  const std::string base = world->org_path("/meetings/" + series);
  auto viewer = world->browser(world->viewer);
  const auto meeting = viewer.get(base);
  EXPECT_NE(meeting.body.find("href=\"" + base + "/agenda.pdf\""), std::string::npos);
  EXPECT_NE(meeting.body.find("Hent som PDF"), std::string::npos);

  const auto print = viewer.get(base + "/print");
  ASSERT_EQ(print.status, 200);
  EXPECT_NE(print.body.find("Demo Kommune"), std::string::npos);
  EXPECT_EQ(count(print.body, "<p>Hvorfor: "), points.size()) << "every point says why it is there";
  for (const auto& link : links) {
    // Written out in full (site and path) for the reader of the paper; '&' and '"' do not occur in them.
    EXPECT_NE(print.body.find(link + "\">"), std::string::npos) << link;
  }
  EXPECT_NE(print.body.find(">" + site() + world->org_path("/decisions?question=")), std::string::npos)
      << "the link's address is shown as text";

  const auto pdf = viewer.get(base + "/agenda.pdf");
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  EXPECT_EQ(pdf.header("Content-Type"), "application/pdf");
  EXPECT_EQ(pdf.header("Content-Disposition"),
            "attachment; filename=\"dagsorden-" + agenda["date"].get<std::string>() + ".pdf\"");
  const auto text = pdf_text(pdf.body);
  EXPECT_NE(text.find("Direktionsmøde"), std::string::npos) << "æøå survive";
  EXPECT_NE(text.find("DemoKommune"), std::string::npos);
  EXPECT_EQ(count(text, "Hvorfor:"), points.size()) << text;
  for (const auto& link : links) EXPECT_NE(text.find(link), std::string::npos) << link << "\n" << text;
  EXPECT_NE(text.find(site() + world->org_path("/decisions?question=")), std::string::npos) << text;
  const int pages = pdf_pages(pdf.body);
  EXPECT_GE(pages, 1);
  EXPECT_LE(pages, 4);
  expect_fonts_embedded(pdf.body);

  // A saved agenda is printed as the agenda, with the drafted points beneath it as its background.
  auto leader = world->browser(world->leader);
  ASSERT_EQ(
      leader.submit(base + "/agenda", {{"agenda", "1. Den fælles indgang\n2. Ældrerådets ønsker"}}).status,
      303);
  const auto edited = viewer.get(base + "/print");
  EXPECT_NE(edited.body.find("Ældrerådets ønsker"), std::string::npos);
  EXPECT_NE(edited.body.find("Baggrund for punkterne"), std::string::npos);
  EXPECT_EQ(count(edited.body, "<p>Hvorfor: "), points.size());
  const auto edited_text = pdf_text(viewer.get(base + "/agenda.pdf").body);
  EXPECT_NE(edited_text.find("Ældrerådetsønsker"), std::string::npos) << edited_text;
  EXPECT_NE(edited_text.find("Baggrundforpunkterne"), std::string::npos) << edited_text;
}

TEST_F(MeetingPrint, TooManyOrTooLongAttendeesAreRefusedWithAClearMessageAndNothingStored) {
  const auto [id, date] = new_series("Deltagermøde");
  auto api = world->api(world->leader);
  const std::string path = "/api/v1/meeting-series/" + id;
  nlohmann::json many = nlohmann::json::array();
  for (int i = 0; i <= 60; ++i) many.push_back("Deltager " + std::to_string(i));
  const auto too_many = api.post_json(path + "/minutes", {{"minutes", "Referat"}, {"attendees", many}});
  EXPECT_EQ(too_many.status, 422) << too_many.body;
  EXPECT_EQ(too_many.json()["error"]["code"], "too_many_attendees");
  const auto not_text = api.post_json(path + "/minutes", {{"minutes", "Referat"}, {"attendees", {1, 2}}});
  EXPECT_EQ(not_text.status, 400) << not_text.body;

  auto browser = world->browser(world->leader);
  const std::string typed = "Bo Bæk\n" + std::string(121, 'x');
  const auto refused = browser.submit(world->org_path("/meetings/" + id + "/minutes"),
                                      {{"meeting_date", date}, {"minutes", "Referat"}, {"attendees", typed}});
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_NE(refused.body.find("Navn nr. 2 under Deltagere er for langt: højst 120 tegn."), std::string::npos)
      << refused.body;
  EXPECT_NE(refused.body.find(">Bo Bæk\n" + std::string(121, 'x') + "</textarea>"), std::string::npos)
      << "what was typed is kept";
  EXPECT_TRUE(api.get(path + "/history").json()["meetings"].empty()) << "nothing stored";

  const auto ok =
      api.post_json(path + "/minutes", {{"minutes", "Referat"}, {"attendees", {" Ib\nUlla ", ""}}});
  ASSERT_EQ(ok.status, 201) << ok.body;
  EXPECT_EQ(api.get(path + "/history").json()["meetings"][0]["attendees"],
            nlohmann::json::array({"Ib", "Ulla"}));
}

TEST_F(MeetingPrint, AnotherOrganisationsMeetingIs404AndAViewerMayRead) {
  auto owner = world->api(world->owner);
  const auto series = owner.get(world->api_org_path("/meetings")).json()["series"][0]["id"].dump();
  const auto meetings = owner.get("/api/v1/meeting-series/" + series + "/history").json()["meetings"];
  ASSERT_FALSE(meetings.empty());
  const std::string meeting = meetings[0]["id"].dump();
  const std::string ours = world->org_path("/meetings/" + series);
  auto viewer = world->browser(world->viewer);
  for (const auto& path : {ours + "/print", ours + "/agenda.pdf", ours + "/held/" + meeting + "/print",
                           ours + "/held/" + meeting + "/minutes.pdf"}) {
    EXPECT_EQ(viewer.get(path).status, 200) << path;
  }
  EXPECT_NE(viewer.get(ours + "/held/" + meeting + "/print").body.find("Tove Teknik- og Miljødirektør"),
            std::string::npos)
      << "the demo records who attended";
  auto outsider = world->browser(world->outsider);
  const std::string theirs = "/orgs/" + std::to_string(world->other_org) + "/meetings/" + series;
  for (const auto& path :
       {ours + "/agenda.pdf", ours + "/held/" + meeting + "/print",
        ours + "/held/" + meeting + "/minutes.pdf", theirs + "/agenda.pdf",
        theirs + "/held/" + meeting + "/print", theirs + "/held/" + meeting + "/minutes.pdf"}) {
    EXPECT_EQ(outsider.get(path).status, 404) << path;
  }
  // A meeting of another series of the same organisation, and a meeting id that does not parse.
  const auto [other, date] = new_series("Tom printserie");
  const std::string elsewhere = world->org_path("/meetings/" + other + "/held/" + meeting);
  EXPECT_EQ(viewer.get(elsewhere + "/print").status, 404);
  EXPECT_EQ(viewer.get(elsewhere + "/minutes.pdf").status, 404);
  EXPECT_EQ(viewer.get(ours + "/held/x/minutes.pdf").status, 404);
}

}  // namespace
}  // namespace forkant::test
