// The XLSX printer: sheet names and cell texts within Excel's limits, and a workbook read back with
// openpyxl (tests/integration/xlsx_dump.py) — typed cells with their number formats, text that looks
// like a formula kept as text, a bold frozen header row, and charts whose series point at the sheet's
// cells. The temporary file libxlsxwriter needs is gone afterwards.
#include "reports/xlsx_workbook.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

namespace forkant::reports {
namespace {

namespace fs = std::filesystem;

// A fresh directory that is the process' temp directory while the test runs.
class PrivateTmp {
 public:
  PrivateTmp() {
    const char* old = std::getenv("TMPDIR");
    old_ = old ? old : "";
    had_ = old != nullptr;
    std::string pattern = (fs::temp_directory_path() / "xlsx-test-XXXXXX").string();
    dir_ = ::mkdtemp(pattern.data());
    ::setenv("TMPDIR", dir_.c_str(), 1);
  }
  ~PrivateTmp() {
    if (had_) {
      ::setenv("TMPDIR", old_.c_str(), 1);
    } else {
      ::unsetenv("TMPDIR");
    }
    fs::remove_all(dir_);
  }
  const fs::path& dir() const { return dir_; }

 private:
  fs::path dir_;
  std::string old_;
  bool had_ = false;
};

// The workbook as openpyxl reads it.
nlohmann::json read_back(const std::string& bytes) {
  const fs::path file = fs::temp_directory_path() / ("xlsx-read-" + std::to_string(::getpid()) + ".xlsx");
  std::ofstream(file, std::ios::binary) << bytes;
  const std::string cmd = std::string("/usr/bin/python3 ") + FORKANT_SOURCE_DIR +
                          "/tests/integration/xlsx_dump.py " + file.string();
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(cmd.c_str(), "r"), ::pclose);
  std::string out;
  char buf[4096];
  while (pipe && std::fgets(buf, sizeof buf, pipe.get())) out += buf;
  pipe.reset();
  fs::remove(file);
  return nlohmann::json::parse(out);
}

XlsxWorkbook sample() {
  XlsxWorkbook book;
  book.title = "Resultater: Status 2026";
  book.date_format = "dd-mm-yyyy";
  XlsxSheet scores;
  scores.name = "Resultater";
  scores.columns = {{"Spørgsmål", 30}, {"Score", 9}, {"n", 6}, {"Udvikling", 11}, {"Dato", 12}};
  scores.rows = {{std::string("1 Formålet"), xlsx_number(3.4), xlsx_integer(15),
                  xlsx_number(-0.25, NumberFormat::signed_decimal), Date{std::chrono::year{2026} / 12 / 4}},
                 {std::string("=HYPERLINK(\"http://x\";\"æøå\")"), xlsx_number(4.5), xlsx_integer(5),
                  xlsx_optional(std::nullopt)},
                 {std::string("Stillingtagen"), xlsx_number(0.5, NumberFormat::percent)}};
  scores.notes = {"En note"};
  XlsxChart chart;
  chart.kind = XlsxChart::Kind::bar;
  chart.title = "Score pr. spørgsmål";
  chart.series_columns = {1};
  chart.first_row = 0;
  chart.last_row = 1;
  scores.charts.push_back(chart);
  XlsxSheet trend;
  trend.name = "Udvikling: [a/b]?";  // every character Excel refuses in a name
  trend.columns = {{"Måling", 20}, {"Indeks", 10}, {"q1", 10}};
  trend.rows = {{std::string("Forår"), xlsx_number(3), xlsx_number(3.2)},
                {std::string("Efterår"), xlsx_number(3.5), xlsx_number(3.1)}};
  XlsxChart line;
  line.kind = XlsxChart::Kind::line;
  line.series_columns = {1, 2};
  line.first_row = 0;
  line.last_row = 1;
  trend.charts.push_back(line);
  book.sheets = {scores, trend};
  return book;
}

TEST(XlsxSheetName, RefusedCharactersBecomeSpacesAndTheNameStaysWithin31CharactersAndUnique) {
  EXPECT_EQ(xlsx_sheet_name("a[b]c:d*e?f/g\\h", {}), "a b c d e f g h");
  EXPECT_EQ(xlsx_sheet_name("'quoted'", {}), "quoted");
  EXPECT_EQ(xlsx_sheet_name("", {}), "Sheet");
  // 31 characters, not bytes: "æ" is two bytes and one character.
  const std::string long_danish(40 * 2, 'x');
  std::string ae;
  for (int i = 0; i < 40; ++i) ae += "æ";
  const std::string cut = xlsx_sheet_name(ae, {});
  EXPECT_EQ(cut.size(), 31u * 2);
  EXPECT_EQ(xlsx_sheet_name(long_danish, {}).size(), 31u);
  // Unique ignoring case, still within 31.
  EXPECT_EQ(xlsx_sheet_name("Resultater", {"resultater"}), "Resultater (2)");
  EXPECT_EQ(xlsx_sheet_name("Resultater", {"Resultater", "Resultater (2)"}), "Resultater (3)");
  const std::string thirty_one(31, 'y');
  const std::string second = xlsx_sheet_name(thirty_one, {thirty_one});
  EXPECT_EQ(second, std::string(27, 'y') + " (2)");
}

TEST(XlsxCellText, IsCutAt32767CharactersOnACharacterBoundary) {
  EXPECT_EQ(xlsx_cell_text("kort"), "kort");
  std::string ae;
  for (std::size_t i = 0; i < kMaxCellChars + 10; ++i) ae += "æ";
  const std::string cut = xlsx_cell_text(ae);
  EXPECT_EQ(cut.size(), kMaxCellChars * 2) << "whole characters only";
  // A character outside the BMP counts twice, as in Excel (UTF-16).
  std::string emoji;
  for (std::size_t i = 0; i < kMaxCellChars; ++i) emoji += "\xF0\x9F\x98\x80";
  EXPECT_EQ(xlsx_cell_text(emoji).size(), (kMaxCellChars / 2) * 4);
}

TEST(XlsxWorkbookRender, CellsAreTypedAndFormattedAndFormulaLikeTextStaysText) {
  PrivateTmp tmp;
  const std::string bytes = render_xlsx(sample());
  ASSERT_GT(bytes.size(), 4u);
  EXPECT_EQ(bytes.substr(0, 2), "PK");
  EXPECT_TRUE(fs::is_empty(tmp.dir())) << "the temporary file is removed";

  const auto x = read_back(bytes);
  EXPECT_TRUE(x["zip_ok"].get<bool>());
  EXPECT_EQ(x["title"], "Resultater: Status 2026");
  ASSERT_EQ(x["sheets"].size(), 2u);
  const auto& s = x["sheets"][0];
  EXPECT_EQ(s["name"], "Resultater");
  EXPECT_EQ(s["freeze"], "A2") << "the header row is frozen";
  EXPECT_EQ(s["cells"]["A1"]["value"], "Spørgsmål");
  EXPECT_TRUE(s["cells"]["A1"]["bold"].get<bool>());
  EXPECT_EQ(s["widths"]["A"], 30.0 + 0.7109375) << s["widths"];  // Excel's padding, as libxlsxwriter adds it
  EXPECT_EQ(s["cells"]["B2"]["type"], "n");
  EXPECT_EQ(s["cells"]["B2"]["value"], 3.4);
  EXPECT_EQ(s["cells"]["B2"]["format"], "0.00");
  EXPECT_EQ(s["cells"]["C2"]["value"], 15);
  EXPECT_EQ(s["cells"]["C2"]["format"], "0");
  EXPECT_EQ(s["cells"]["D2"]["value"], -0.25);
  EXPECT_EQ(s["cells"]["D2"]["format"], "+0.00;-0.00;0.00");
  EXPECT_EQ(s["cells"]["E2"]["type"], "d");
  EXPECT_EQ(s["cells"]["E2"]["value"], "2026-12-04");
  EXPECT_EQ(s["cells"]["E2"]["format"], "dd-mm-yyyy");
  EXPECT_EQ(s["cells"]["A3"]["type"], "s") << "never a formula";
  EXPECT_EQ(s["cells"]["A3"]["value"], "=HYPERLINK(\"http://x\";\"æøå\")");
  EXPECT_FALSE(s["cells"].contains("D3")) << "a withheld figure is an empty cell";
  EXPECT_EQ(s["cells"]["B4"]["value"], 0.5);
  EXPECT_EQ(s["cells"]["B4"]["format"], "0%");
  EXPECT_EQ(s["cells"]["A6"]["value"], "En note") << "notes after one empty row";
  EXPECT_EQ(x["sheets"][1]["name"], "Udvikling   a b  ");

  ASSERT_EQ(x["charts"].size(), 2u);
  const auto& bar = x["charts"][0];
  EXPECT_EQ(bar["kind"], "barChart");
  EXPECT_EQ(bar["bar_dir"], "bar");
  EXPECT_EQ(bar["title"], "Score pr. spørgsmål");
  ASSERT_EQ(bar["series"].size(), 1u);
  EXPECT_EQ(bar["series"][0]["cat"], "Resultater!$A$2:$A$3");
  EXPECT_EQ(bar["series"][0]["val"], "Resultater!$B$2:$B$3");
  EXPECT_EQ(bar["series"][0]["name"], "Resultater!$B$1");
  const auto& line = x["charts"][1];
  EXPECT_EQ(line["kind"], "lineChart");
  ASSERT_EQ(line["series"].size(), 2u);
  EXPECT_EQ(line["series"][1]["val"], "'Udvikling   a b  '!$C$2:$C$3") << "a name with spaces is quoted";
}

TEST(XlsxWorkbookRender, ANumberThatIsNoNumberIsAnEmptyCellAndAnEarlyDateIsText) {
  PrivateTmp tmp;
  XlsxWorkbook book;
  XlsxSheet sheet;
  sheet.name = "Kanter";
  sheet.columns = {{"Tal", 10}, {"Dato", 12}};
  sheet.rows = {{xlsx_number(std::nan("")), Date{std::chrono::year{1899} / 12 / 31}},
                {xlsx_number(1.0 / 0.0), Date{std::chrono::year{1900} / 3 / 1}}};
  book.sheets = {sheet};
  const auto x = read_back(render_xlsx(book));
  ASSERT_TRUE(x["zip_ok"].get<bool>());
  const auto& cells = x["sheets"][0]["cells"];
  EXPECT_FALSE(cells.contains("A2"));
  EXPECT_FALSE(cells.contains("A3"));
  EXPECT_EQ(cells["B2"]["type"], "s");
  EXPECT_EQ(cells["B2"]["value"], "1899-12-31");
  EXPECT_EQ(cells["B3"]["type"], "d");
  EXPECT_EQ(cells["B3"]["value"], "1900-03-01");
}

TEST(XlsxWorkbookRender, ALongTextIsCutNotRefused) {
  PrivateTmp tmp;
  XlsxWorkbook book;
  XlsxSheet sheet;
  sheet.name = "Lang";
  sheet.columns = {{"Tekst", 20}};
  std::string ae;
  for (std::size_t i = 0; i < kMaxCellChars + 100; ++i) ae += "æ";
  sheet.rows = {{ae}};
  book.sheets = {sheet};
  const auto x = read_back(render_xlsx(book));
  const std::string cell = x["sheets"][0]["cells"]["A2"]["value"];
  EXPECT_EQ(cell.size(), kMaxCellChars * 2);
  EXPECT_TRUE(fs::is_empty(tmp.dir()));
}

}  // namespace
}  // namespace forkant::reports
