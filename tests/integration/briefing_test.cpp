// The political briefing through the real server: the draft comes from the organisation's data, the
// coordinator saves and freezes it, and the frozen version's PDF (read back with poppler's pdftotext,
// pdfinfo and pdffonts) holds the frozen text with æøå – not a later edit of the draft – on at most two
// A4 pages with every font embedded, even with every section at its limit. A viewer reads but cannot
// save or freeze; another organisation's briefing is 404; oversize text is refused with a clear message,
// the typed text shown again and nothing stored.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <regex>
#include <sstream>

#include "support/world.hpp"

namespace forkant::test {
namespace {

// The output of `command` with the PDF's bytes in a file named where {pdf} stands.
std::string run_on_pdf(const std::string& pdf_bytes, const std::string& command) {
  const auto path =
      std::filesystem::temp_directory_path() / ("forkant-briefing-" + std::to_string(::getpid()) + "-" +
                                                std::to_string(std::hash<std::string>{}(pdf_bytes)) + ".pdf");
  {
    std::ofstream out(path, std::ios::binary);
    out << pdf_bytes;
  }
  std::string cmd = command;
  cmd.replace(cmd.find("{pdf}"), 5, path.string());
  std::string output;
  if (FILE* pipe = ::popen(cmd.c_str(), "r")) {
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, n);
    ::pclose(pipe);
  }
  std::filesystem::remove(path);
  return output;
}

std::string pdf_text(const std::string& pdf) {
  return run_on_pdf(pdf, "pdftotext -layout -enc UTF-8 {pdf} -");
}

int pdf_pages(const std::string& pdf) {
  std::smatch m;
  const std::string info = run_on_pdf(pdf, "pdfinfo {pdf}");
  return std::regex_search(info, m, std::regex(R"(Pages:\s+(\d+))")) ? std::stoi(m[1]) : -1;
}

// The number of frozen versions a briefing page lists (each links to its PDF).
std::size_t pdf_links(const std::string& html) {
  const std::regex link(R"(/briefing/versions/\d+\.pdf")");
  return static_cast<std::size_t>(
      std::distance(std::sregex_iterator(html.begin(), html.end(), link), std::sregex_iterator()));
}

// pdftotext wraps lines: compare the text with its whitespace squeezed to single spaces.
std::string squeezed(const std::string& s) {
  return std::regex_replace(s, std::regex(R"(\s+)"), " ");
}

Fields sections(const std::string& proposals, const std::string& not_doing, const std::string& asks,
                const std::string& noticed, const std::string& benefits) {
  return {{"lang", "da"}, {"proposals", proposals}, {"not_doing", not_doing},
          {"asks", asks}, {"noticed", noticed},     {"benefits", benefits}};
}

// A date this many days before today (UTC), as the API takes it: the draft looks back one year.
std::string days_ago(int days) {
  using namespace std::chrono;
  const year_month_day d{floor<std::chrono::days>(system_clock::now()) - std::chrono::days{days}};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buffer;
}

int version_in(const HttpResponse& redirect) {
  std::smatch m;
  const std::string location = redirect.header("Location");
  return std::regex_search(location, m, std::regex(R"(/briefing/versions/(\d+)$)")) ? std::stoi(m[1]) : -1;
}

class Briefing : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world = std::make_unique<TwoOrganisations>(); }
  static void TearDownTestSuite() { world.reset(); }
  static std::string briefing(const std::string& rest = "") { return world->org_path("/briefing" + rest); }

  static inline std::unique_ptr<TwoOrganisations> world;
};

TEST_F(Briefing, TheDraftIsMadeFromTheOrganisationsDecisionsInPlainWords) {
  // Anden Kommune has no briefing saved: its draft comes from its register.
  auto api = world->api(world->outsider);
  const std::string org = "/api/v1/orgs/" + std::to_string(world->other_org);
  const auto created = api.post_json(org + "/decisions", {{"kind", "deselected"},
                                                          {"title", "Ingen chatbot på rådhuset"},
                                                          {"rationale", "Svarene bliver for usikre. Mere."},
                                                          {"questions", {4}},
                                                          {"owner_id", world->outsider.user_id},
                                                          {"body", "Direktionen"},
                                                          {"decided_on", days_ago(30)}});
  ASSERT_EQ(created.status, 201) << created.body;
  auto browser = world->browser(world->outsider);
  const auto page = browser.get("/orgs/" + std::to_string(world->other_org) + "/briefing");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("- Ingen chatbot på rådhuset. Hvorfor: Svarene bliver for usikre."),
            std::string::npos)
      << page.body;
  EXPECT_NE(page.body.find("Et fravalg er noget, vi bevidst har valgt ikke at gøre"), std::string::npos);
  EXPECT_EQ(page.body.find("Mere."), std::string::npos) << "only the reason's first sentence";
  EXPECT_NE(page.body.find("Gem kladde"), std::string::npos);
  EXPECT_NE(page.body.find("Frys som version"), std::string::npos);
  EXPECT_NE(page.body.find("af højst 600 tegn"), std::string::npos) << "the count is written out";
}

TEST_F(Briefing, AFrozenVersionIsWhatThePdfPrintsNotTheLaterDraft) {
  auto browser = world->browser(world->coordinator);
  const auto saved = browser.submit(
      briefing(),
      sections("Vi foreslår en fælles indgang for borgerne på rådhuset.\n- Først affald og flytning.",
               "Vi har fravalgt ansigtsgenkendelse. Hvorfor: indgrebet i privatlivet er for stort.",
               "Godkend budgettet for den digitale indgang inden 1. marts.",
               "Borgerne får svar hurtigere. Medarbejderne får færre tasteopgaver.",
               "Halvdelen af henvendelserne klares digitalt inden for to år."));
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_NE(browser.get(briefing()).body.find("Først affald og flytning."), std::string::npos);

  const auto frozen = browser.submit(
      briefing("/versions"),
      sections("Vi foreslår en fælles indgang for borgerne på rådhuset.\n- Først affald og flytning.",
               "Vi har fravalgt ansigtsgenkendelse. Hvorfor: indgrebet i privatlivet er for stort.",
               "Godkend budgettet for den digitale indgang inden 1. marts.",
               "Borgerne får svar hurtigere. Medarbejderne får færre tasteopgaver.",
               "Halvdelen af henvendelserne klares digitalt inden for to år."));
  ASSERT_EQ(frozen.status, 303) << frozen.body;
  const int n = version_in(frozen);
  ASSERT_GT(n, 0) << frozen.header("Location");

  // A later edit of the draft changes the draft only.
  ASSERT_EQ(browser.submit(briefing(), sections("SENERE RETTELSE af forslaget.", "", "", "", "")).status,
            303);

  const auto page = browser.get(briefing("/versions/" + std::to_string(n)));
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<li>Først affald og flytning.</li>"), std::string::npos) << page.body;
  EXPECT_NE(page.body.find("Kim Koordinator"), std::string::npos) << "who froze it";
  EXPECT_EQ(page.body.find("SENERE RETTELSE"), std::string::npos);
  const auto list = browser.get(briefing());
  EXPECT_NE(list.body.find("/briefing/versions/" + std::to_string(n) + ".pdf"), std::string::npos);

  const auto pdf = browser.get(briefing("/versions/" + std::to_string(n) + ".pdf"));
  ASSERT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.header("Content-Type"), "application/pdf");
  ASSERT_TRUE(pdf.body.starts_with("%PDF-"));
  const std::string text = squeezed(pdf_text(pdf.body));
  EXPECT_NE(text.find("Demo Kommune: politisk orientering"), std::string::npos) << text;
  EXPECT_NE(text.find("Det har vi valgt ikke at gøre – og hvorfor"), std::string::npos) << text;
  EXPECT_NE(text.find("indgrebet i privatlivet er for stort"), std::string::npos) << text;
  EXPECT_NE(text.find("Halvdelen af henvendelserne klares digitalt inden for to år."), std::string::npos);
  EXPECT_EQ(text.find("SENERE RETTELSE"), std::string::npos);
  EXPECT_LE(pdf_pages(pdf.body), 2);

  // Every font the PDF uses is embedded: no row of pdffonts says "no" in the emb column.
  const std::string fonts = run_on_pdf(pdf.body, "pdffonts {pdf}");
  std::istringstream rows(fonts);
  std::string row;
  int font_rows = 0;
  for (int i = 0; std::getline(rows, row); ++i) {
    if (i < 2 || row.empty()) continue;  // header and rule
    ++font_rows;
    EXPECT_TRUE(std::regex_search(row, std::regex(R"(\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$)")))
        << "not embedded: " << row;
  }
  EXPECT_GT(font_rows, 0) << fonts;
}

TEST_F(Briefing, EverySectionAtItsLimitStillPrintsOnAtMostTwoPages) {
  // Five lines of ~115 characters per section: each wraps, the worst case for the page count.
  const std::string line =
      "Vi gør det lettere for borgerne at få svar på deres spørgsmål om affald, flytning og pladser i "
      "dagtilbud – æøå ÆØÅ";
  std::string section;
  for (int i = 0; i < 5; ++i) section += (i ? "\n" : "") + std::string(i % 2 ? "- " : "") + line;
  std::size_t length = 0;
  for (std::size_t i = 0; i < section.size(); ++i)
    length += (static_cast<unsigned char>(section[i]) & 0xC0) != 0x80;
  ASSERT_LE(length, 600u);
  section += std::string(600 - length, '.');  // exactly at the limit
  auto browser = world->browser(world->owner);
  const auto frozen =
      browser.submit(briefing("/versions"), sections(section, section, section, section, section));
  ASSERT_EQ(frozen.status, 303) << frozen.body;
  const auto pdf = browser.get(briefing("/versions/" + std::to_string(version_in(frozen)) + ".pdf"));
  ASSERT_EQ(pdf.status, 200);
  const int pages = pdf_pages(pdf.body);
  EXPECT_GE(pages, 1);
  EXPECT_LE(pages, 2);
  EXPECT_NE(squeezed(pdf_text(pdf.body)).find("dagtilbud – æøå ÆØÅ"), std::string::npos);
}

TEST_F(Briefing, OversizeTextIsRefusedWithTheTextShownAgainAndNothingStored) {
  auto browser = world->browser(world->coordinator);
  ASSERT_EQ(browser.submit(briefing(), sections("Gemt før fejlen.", "", "", "", "")).status, 303);
  const auto versions_before = browser.get(briefing()).body;
  const std::string too_long = "Lang tekst om borgerne " + std::string(700, 'x');
  for (const char* path : {"", "/versions"}) {
    const auto refused = browser.submit(briefing(path), sections("Nyt forslag", "", too_long, "", ""));
    EXPECT_EQ(refused.status, 422) << path;
    EXPECT_NE(refused.body.find("Afsnittet »Det beder vi jer om at beslutte« er for langt: 723 tegn."),
              std::string::npos)
        << refused.body;
    EXPECT_NE(refused.body.find(too_long), std::string::npos) << "the typed text is shown again";
    EXPECT_NE(refused.body.find("Nyt forslag"), std::string::npos);
  }
  const auto after = browser.get(briefing()).body;
  EXPECT_NE(after.find("Gemt før fejlen."), std::string::npos);
  EXPECT_EQ(after.find("Nyt forslag"), std::string::npos);
  EXPECT_EQ(pdf_links(after), pdf_links(versions_before)) << "no version was added";

  std::string six_lines;
  for (int i = 0; i < 6; ++i) six_lines += "Linje\n";
  const auto lines = browser.submit(briefing(), sections(six_lines, "", "", "", ""));
  EXPECT_EQ(lines.status, 422);
  EXPECT_NE(lines.body.find("har 6 linjer. Der må højst være 5"), std::string::npos) << lines.body;
  EXPECT_EQ(browser.submit(briefing(), sections("\xC3", "", "", "", "")).status, 400);
}

TEST_F(Briefing, AViewerReadsVersionsButCannotSaveOrFreeze) {
  auto owner = world->browser(world->owner);
  const auto frozen = owner.submit(briefing("/versions"), sections("Til byrådet.", "", "", "", ""));
  ASSERT_EQ(frozen.status, 303);
  const std::string version = briefing("/versions/" + std::to_string(version_in(frozen)));
  auto viewer = world->browser(world->viewer);
  const auto page = viewer.get(briefing());
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(page.body.find("Gem kladde"), std::string::npos) << "no form for a viewer";
  EXPECT_EQ(viewer.get(version).status, 200);
  EXPECT_EQ(viewer.get(version + ".pdf").status, 200);
  EXPECT_EQ(viewer.submit(briefing(), sections("Byrådets egen tekst", "", "", "", "")).status, 403);
  EXPECT_EQ(viewer.submit(briefing("/versions"), sections("Byrådets egen tekst", "", "", "", "")).status,
            403);
  EXPECT_EQ(owner.get(briefing()).body.find("Byrådets egen tekst"), std::string::npos);
  auto leader = world->browser(world->leader);
  EXPECT_EQ(leader.submit(briefing("/versions"), sections("Lederens tekst", "", "", "", "")).status, 403);
}

TEST_F(Briefing, AnotherOrganisationsBriefingAndUnknownVersionsAre404) {
  auto owner = world->browser(world->owner);
  const auto frozen = owner.submit(briefing("/versions"), sections("Kun for Demo Kommune.", "", "", "", ""));
  ASSERT_EQ(frozen.status, 303);
  const std::string version = briefing("/versions/" + std::to_string(version_in(frozen)));
  auto outsider = world->browser(world->outsider);
  EXPECT_EQ(outsider.get(briefing()).status, 404);
  EXPECT_EQ(outsider.get(version).status, 404);
  EXPECT_EQ(outsider.get(version + ".pdf").status, 404);
  EXPECT_EQ(outsider.submit(briefing(), sections("Indtrængen", "", "", "", "")).status, 404);
  EXPECT_EQ(outsider.submit(briefing("/versions"), sections("Indtrængen", "", "", "", "")).status, 404);
  // The outsider's own organisation has no such version either.
  EXPECT_EQ(outsider
                .get("/orgs/" + std::to_string(world->other_org) + "/briefing/versions/" +
                     std::to_string(version_in(frozen)))
                .status,
            404);
  for (const char* bad :
       {"/versions/0", "/versions/abc", "/versions/999999.pdf", "/versions/1.txt", "/versions/.pdf"})
    EXPECT_EQ(owner.get(briefing(bad)).status, 404) << bad;
}

}  // namespace
}  // namespace forkant::test
