// The radar as ThoughtWorks' Build Your Own Radar reads it (formats/byor_radar.hpp): every header rule,
// every value rule and every refusal with its row, and the round trip export -> import.

#include "formats/byor_csv.hpp"

#include <gtest/gtest.h>

#include <string>

#include "formats/byor_json.hpp"

namespace forkant {
namespace {

const std::string kHeader = "name,ring,quadrant,isNew,description\n";
const std::string kFour =
    "Composer,adopt,tools,TRUE,Dependency management\n"
    "Canary builds,trial,techniques,FALSE,Many projects\n"
    "Apache Kylin,assess,platforms,TRUE,Analytics\n"
    "JSF,hold,languages & frameworks,FALSE,Trouble\n";

std::string refusal(const Result<ByorRadar>& r) {
  EXPECT_FALSE(r.ok());
  if (r.ok()) return "accepted";
  EXPECT_EQ(r.error().key, "error." + r.error().code);
  std::string s = r.error().code;
  for (const auto& [k, v] : r.error().params) s += " " + k + "=" + v;
  return s;
}

TEST(ByorCsv, ReadsTheReadmeExample) {
  auto r = read_byor_csv(kHeader + kFour);
  ASSERT_TRUE(r.ok()) << r.error().code;
  EXPECT_EQ(r->quadrants[0], "tools");
  EXPECT_EQ(r->quadrants[3], "languages & frameworks");
  ASSERT_EQ(r->blips.size(), 4u);
  EXPECT_EQ(r->blips[0].name, "Composer");
  EXPECT_EQ(r->blips[0].ring, Ring::adopt);
  EXPECT_EQ(r->blips[0].movement, Movement::new_entry);
  EXPECT_EQ(r->blips[1].movement, std::nullopt);  // isNew FALSE: computed against the previous edition
  EXPECT_EQ(r->blips[3].ring, Ring::hold);
  EXPECT_EQ(r->blips[3].quadrant, 3);
  EXPECT_EQ(r->blips[2].description, "Analytics");
}

TEST(ByorCsv, EveryRequiredHeaderIsNamedWhenMissing) {
  for (const std::string header : {"name", "ring", "quadrant", "description"}) {
    std::string line = "name,ring,quadrant,isNew,description";
    line.replace(line.find(header), header.size(), "other");
    EXPECT_EQ(refusal(read_byor_csv(line + "\n" + kFour)), "byor_missing_header header=" + header);
  }
}

TEST(ByorCsv, HeadersAreCaseSensitiveAsContentValidatorIs) {
  EXPECT_EQ(refusal(read_byor_csv("Name,ring,quadrant,isNew,description\n" + kFour)),
            "byor_missing_header header=name");
  EXPECT_EQ(refusal(read_byor_csv("name,ring,quadrant,isnew,description\n" + kFour)),
            "byor_missing_movement_header");
}

TEST(ByorCsv, IsNewOrStatusEitherWillDo) {
  EXPECT_EQ(refusal(read_byor_csv("name,ring,quadrant,description\n" + kFour)),
            "byor_missing_movement_header");
  EXPECT_TRUE(read_byor_csv("name,ring,quadrant,status,description\n"
                            "A,adopt,q1,new,d\nB,trial,q2,,d\nC,assess,q3,moved in,d\nD,hold,q4,,d\n")
                  .ok());
  EXPECT_TRUE(read_byor_csv(kHeader + kFour).ok());
}

TEST(ByorCsv, HeadersAreTrimmedTheirOrderIsFreeAndOtherColumnsAreIgnored) {
  auto r = read_byor_csv(
      " description , topic ,quadrant,name ,ring,isNew\n"
      "D1,x,q1,A,adopt,true\nD2,x,q2,B,trial,\nD3,x,q3,C,assess,\nD4,x,q4,D,hold,\n");
  ASSERT_TRUE(r.ok()) << r.error().code;
  EXPECT_EQ(r->blips[0].name, "A");
  EXPECT_EQ(r->blips[0].description, "D1");
  EXPECT_EQ(r->blips[3].quadrant, 3);
}

TEST(ByorCsv, AByteOrderMarkBeforeTheHeaderIsDropped) {
  EXPECT_TRUE(read_byor_csv("\xEF\xBB\xBF" + kHeader + kFour).ok());
}

TEST(ByorCsv, AnEmptyFileOrAHeaderAloneIsRefused) {
  EXPECT_EQ(refusal(read_byor_csv("")), "byor_empty");
  EXPECT_EQ(refusal(read_byor_csv("\n\n")), "byor_empty");
  EXPECT_EQ(refusal(read_byor_csv(kHeader)), "byor_no_rows");
  EXPECT_EQ(refusal(read_byor_csv(kHeader + "\n ,  \n")), "byor_no_rows");
}

TEST(ByorCsv, SemicolonsAreNamedAsTheReason) {
  EXPECT_EQ(refusal(read_byor_csv("name;ring;quadrant;isNew;description\nA;adopt;q;TRUE;d\n")),
            "byor_semicolons");
}

TEST(ByorCsv, ValuesAreTrimmedAndLoseTheirMarkup) {
  auto r = read_byor_csv(kHeader +
                         "  <b>Composer</b> , Adopt ,<i>tools</i>, true ,x\n"
                         "B,TRIAL,techniques,FALSE,y\nC,assess,platforms,FALSE,z\nD,hold,other,FALSE,w\n");
  ASSERT_TRUE(r.ok()) << r.error().code;
  EXPECT_EQ(r->blips[0].name, "Composer");
  EXPECT_EQ(r->blips[0].ring, Ring::adopt);
  EXPECT_EQ(r->blips[1].ring, Ring::trial);
  EXPECT_EQ(r->quadrants[0], "tools");
  EXPECT_EQ(r->blips[0].movement, Movement::new_entry);  // "true" in any case
}

TEST(ByorCsv, ScriptAndStyleGoWithTheirContentAndEntitiesAreDecoded) {
  EXPECT_EQ(byor_plain_value("A<script>alert(1)</script>B"), "AB");
  EXPECT_EQ(byor_plain_value("<style>x{}</style>R &amp; D"), "R & D");
  EXPECT_EQ(byor_plain_value("&#x41;&#66;&lt;&gt;"), "AB<>");
  EXPECT_EQ(byor_plain_value("a < b"), "a < b");                                  // not a tag: text
  EXPECT_EQ(byor_plain_value("&bogus; &#0; &#xD800;"), "&bogus; &#0; &#xD800;");  // not entities
}

TEST(ByorCsv, TheDescriptionKeepsItsLinesAsText) {
  EXPECT_EQ(byor_description_text("<p>One <b>two</b></p><p>Three</p>"), "One two\nThree");
  EXPECT_EQ(byor_description_text("a<br>b<br/>c<ul><li>d</li><li>e</li></ul>"), "a\nb\nc\nd\ne");
  EXPECT_EQ(byor_description_text("<a href=\"https://x\">link</a> &amp; more"), "link & more");
  EXPECT_EQ(byor_description_text("<img src=x onerror=alert(1)>safe"), "safe");
}

TEST(ByorCsv, AStatusWinsOverIsNewAndIsReadInAnyCase) {
  auto r = read_byor_csv(
      "name,ring,quadrant,isNew,status,description\n"
      "A,adopt,q1,TRUE,Moved In,d\nB,trial,q2,true,MOVED OUT,d\nC,assess,q3,FALSE,new,d\n"
      "D,hold,q4,FALSE,No Change,d\nE,hold,q4,TRUE,,d\nF,hold,q4,,,d\n");
  ASSERT_TRUE(r.ok()) << r.error().code;
  EXPECT_EQ(r->blips[0].movement, Movement::moved_in);
  EXPECT_EQ(r->blips[1].movement, Movement::moved_out);
  EXPECT_EQ(r->blips[2].movement, Movement::new_entry);
  EXPECT_EQ(r->blips[3].movement, Movement::no_change);
  EXPECT_EQ(r->blips[4].movement, Movement::new_entry);  // status empty: isNew decides
  EXPECT_EQ(r->blips[5].movement, std::nullopt);
}

TEST(ByorCsv, AnUnknownStatusIsRefusedWithItsRow) {
  EXPECT_EQ(refusal(read_byor_csv("name,ring,quadrant,status,description\n"
                                  "A,adopt,q1,new,d\nB,trial,q2,moved-in,d\n")),
            "byor_unknown_status row=3 status=moved-in");
}

TEST(ByorCsv, FourQuadrantsNoMoreNoFewer) {
  EXPECT_EQ(refusal(read_byor_csv(kHeader + kFour + "E,adopt,fifth,FALSE,d\n")),
            "byor_too_many_quadrants quadrant=fifth row=6");
  EXPECT_EQ(refusal(read_byor_csv(kHeader + "A,adopt,q1,FALSE,d\nB,adopt,q2,FALSE,d\nC,adopt,q3,FALSE,d\n")),
            "byor_too_few_quadrants found=3");
}

TEST(ByorCsv, QuadrantsAreNamedByTheDataInTheOrderTheyAppearAndMatchAsBYORsNewUi) {
  auto r = read_byor_csv(kHeader +
                         "A,adopt,Languages and Frameworks,FALSE,d\nB,adopt,Tools,FALSE,d\n"
                         "C,adopt,languages & frameworks,FALSE,d\nD,adopt,Platforms,FALSE,d\n"
                         "E,adopt,TOOLS,FALSE,d\nF,adopt,Techniques,FALSE,d\n");
  ASSERT_TRUE(r.ok()) << r.error().code;
  EXPECT_EQ(r->quadrants[0], "Languages and Frameworks");
  EXPECT_EQ(r->blips[2].quadrant, 0);
  EXPECT_EQ(r->blips[4].quadrant, 1);
  EXPECT_EQ(r->quadrants[3], "Techniques");
}

TEST(ByorCsv, AQuadrantIsRequired) {
  EXPECT_EQ(refusal(read_byor_csv(kHeader + "A,adopt,,FALSE,d\n")), "byor_quadrant_required row=2");
}

TEST(ByorCsv, OneToFourRingsAndOnlyAdoptTrialAssessHold) {
  EXPECT_EQ(refusal(read_byor_csv(kHeader + kFour + "E,watch,tools,FALSE,d\n")),
            "byor_too_many_rings ring=watch row=6");
  EXPECT_EQ(refusal(read_byor_csv(kHeader + "A,adopt,q1,FALSE,d\nB,explore,q2,FALSE,d\n")),
            "byor_unknown_ring ring=explore row=3");
  EXPECT_EQ(refusal(read_byor_csv(kHeader + "A,,q1,FALSE,d\n")), "byor_unknown_ring ring= row=2");
  // One ring is enough.
  EXPECT_TRUE(read_byor_csv(kHeader + "A,assess,q1,FALSE,d\nB,assess,q2,FALSE,d\nC,assess,q3,FALSE,d\n"
                                      "D,assess,q4,FALSE,d\n")
                  .ok());
}

TEST(ByorCsv, NamesAreRequiredBoundedUniqueAndWithoutMarkup) {
  EXPECT_EQ(refusal(read_byor_csv(kHeader + "A,adopt,q1,FALSE,d\n<b></b>,adopt,q2,FALSE,d\n")),
            "byor_name_required row=3");
  EXPECT_EQ(refusal(read_byor_csv(kHeader + std::string(201, 'x') + ",adopt,q1,FALSE,d\n")),
            "byor_name_too_long max=200 row=2");
  EXPECT_EQ(refusal(read_byor_csv(kHeader + "a &lt; b,adopt,q1,FALSE,d\n")), "byor_name_markup row=2");
  EXPECT_EQ(refusal(read_byor_csv(kHeader + "Kafka,adopt,q1,FALSE,d\n kafka ,trial,q2,FALSE,d\n")),
            "byor_duplicate_name name=kafka row=3");
}

TEST(ByorCsv, DescriptionsAreBounded) {
  EXPECT_EQ(refusal(read_byor_csv(kHeader + "A,adopt,q1,FALSE," + std::string(4001, 'x') + "\n")),
            "byor_description_too_long max=4000 row=2");
}

TEST(ByorCsv, QuotingErrorsAndBadUtf8NameTheirRow) {
  EXPECT_EQ(refusal(read_byor_csv(kHeader + "A,adopt,q1,FALSE,\"open\n")), "csv_unterminated_quote row=2");
  EXPECT_EQ(refusal(read_byor_csv(kHeader + "A,adopt,q1,FALSE,\"x\"y\n")), "csv_text_after_quote row=2");
  EXPECT_EQ(refusal(read_byor_csv(kHeader + kFour + "\xC3(,adopt,q1,FALSE,d\n")), "csv_invalid_utf8 row=6");
}

TEST(ByorCsv, RowsAreNumberedAsASpreadsheetNumbersThem) {
  // A quoted line break does not start a row; a blank line counts.
  EXPECT_EQ(refusal(read_byor_csv(kHeader + "A,adopt,q1,FALSE,\"two\nlines\"\n\nB,nope,q2,FALSE,d\n")),
            "byor_unknown_ring ring=nope row=4");
}

TEST(ByorCsv, TooManyRowsAreRefused) {
  std::string text = kHeader;
  for (int i = 0; i <= 1000; ++i)
    text += "n" + std::to_string(i) + ",adopt,q" + std::to_string(i % 4) + ",FALSE,d\n";
  EXPECT_EQ(refusal(read_byor_csv(text)), "csv_too_many_rows max=1000");
}

TEST(ByorCsv, MissingFieldsAreEmptyAndALaterColumnOfTheSameNameWins) {
  auto r = read_byor_csv(
      "name,ring,quadrant,isNew,description,name\nA,adopt,q1,TRUE,d,B\nC,adopt,q2,,,C\n"
      "D,adopt,q3,,,E\nF,adopt,q4,,,G\n");
  ASSERT_TRUE(r.ok()) << r.error().code;
  EXPECT_EQ(r->blips[0].name, "B");
  EXPECT_EQ(refusal(read_byor_csv("name,ring,quadrant,isNew,description,name\nA,adopt,q1,TRUE,d\n")),
            "byor_name_required row=2");
}

ByorRadar sample() {
  ByorRadar radar;
  radar.quadrants = {"Data & analyse", "Platforme", "Værktøjer", "Metoder"};
  radar.blips = {
      {"Kubernetes", Ring::adopt, 1, "Kører vores platform.\nAnden linje med <tag> & &amp; tekst",
       Movement::no_change},
      {"=SUM(A1)", Ring::hold, 2, "- Formler i regneark", Movement::moved_out},
      {"Power BI, \"Pro\"", Ring::trial, 0, "", Movement::new_entry},
      {"Æblemost", Ring::assess, 3, "Ølkasse, åben", Movement::moved_in},
      {"R & D", Ring::assess, 3, "<p>", Movement::no_change},
  };
  return radar;
}

ByorRadar in_quadrant_order(ByorRadar radar) {
  std::stable_sort(radar.blips.begin(), radar.blips.end(),
                   [](const ByorBlip& a, const ByorBlip& b) { return a.quadrant < b.quadrant; });
  return radar;
}

TEST(ByorRoundTrip, CsvExportImportGivesTheSameRadar) {
  const ByorRadar radar = sample();
  const std::string csv = write_byor_csv(radar);
  EXPECT_TRUE(csv.starts_with("name,ring,quadrant,isNew,status,description\r\n")) << csv;
  EXPECT_NE(csv.find("'=SUM(A1)"), std::string::npos) << "a formula is guarded";
  auto back = read_byor_csv(csv);
  ASSERT_TRUE(back.ok()) << back.error().code;
  EXPECT_EQ(*back, in_quadrant_order(radar));
}

TEST(ByorRoundTrip, JsonExportImportGivesTheSameRadar) {
  const ByorRadar radar = sample();
  auto back = read_byor_json(write_byor_json(radar));
  ASSERT_TRUE(back.ok()) << back.error().code;
  EXPECT_EQ(*back, in_quadrant_order(radar));
}

TEST(ByorCsv, TheExportIsWhatBYORShows) {
  // Descriptions are HTML to BYOR: markup-like text is escaped, lines become <br>.
  EXPECT_EQ(byor_description_html("a <b> & c\nd"), "a &lt;b&gt; & c<br>d");
  EXPECT_EQ(byor_value_for("R&amp;D & co"), "R&amp;amp;D & co");
  const std::string csv = write_byor_csv(sample());
  EXPECT_NE(csv.find("Kubernetes,adopt,Platforme,FALSE,no change,"), std::string::npos) << csv;
  EXPECT_NE(csv.find("\"Power BI, \"\"Pro\"\"\",trial,Data & analyse,TRUE,new,"), std::string::npos) << csv;
}

TEST(ByorAlign, QuadrantsTakeTheOrganisationsPositionsWhenTheNamesMatch) {
  auto r = read_byor_csv(kHeader + kFour);
  ASSERT_TRUE(r.ok());
  const QuadrantNames known = {"Techniques", "Platforms", "Tools", "Languages and Frameworks"};
  const ByorRadar aligned = align_quadrants(*r, known);
  EXPECT_EQ(aligned.quadrants[0], "techniques");
  EXPECT_EQ(aligned.quadrants[2], "tools");
  EXPECT_EQ(aligned.blips[0].quadrant, 2);  // Composer, tools
  EXPECT_EQ(aligned.blips[3].quadrant, 3);  // JSF
  const QuadrantNames other = {"A", "B", "C", "D"};
  EXPECT_EQ(align_quadrants(*r, other), *r);
}

}  // namespace
}  // namespace forkant
