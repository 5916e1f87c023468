// The radar as BYOR's JSON (formats/byor_json.hpp): the array of string-valued objects and its refusals.

#include "formats/byor_json.hpp"

#include <gtest/gtest.h>

#include <string>

namespace forkant {
namespace {

std::string refusal(const Result<ByorRadar>& r) {
  EXPECT_FALSE(r.ok());
  if (r.ok()) return "accepted";
  EXPECT_EQ(r.error().key, "error." + r.error().code);
  std::string s = r.error().code;
  for (const auto& [k, v] : r.error().params) s += " " + k + "=" + v;
  return s;
}

std::string blip(std::string name, std::string quadrant, std::string extra = "") {
  return R"({"name":")" + name + R"(","ring":"adopt","quadrant":")" + quadrant +
         R"(","isNew":"FALSE","description":"d")" + extra + "}";
}

std::string four() {
  return blip("A", "q1") + "," + blip("B", "q2") + "," + blip("C", "q3") + "," + blip("D", "q4");
}

TEST(ByorJson, ReadsTheReadmeShape) {
  auto r = read_byor_json("[" + four() + "]");
  ASSERT_TRUE(r.ok()) << r.error().code;
  EXPECT_EQ(r->blips.size(), 4u);
  EXPECT_EQ(r->quadrants[2], "q3");
}

TEST(ByorJson, RefusesWhatIsNotAnArrayOfObjects) {
  EXPECT_EQ(refusal(read_byor_json("[{")), "byor_json_malformed");
  EXPECT_EQ(refusal(read_byor_json("\"\xC3(\"")), "byor_json_malformed");
  EXPECT_EQ(refusal(read_byor_json(R"({"name":"A"})")), "byor_json_not_array");
  EXPECT_EQ(refusal(read_byor_json("[]")), "byor_empty");
  EXPECT_EQ(refusal(read_byor_json("[1]")), "byor_json_not_object row=1");
  EXPECT_EQ(refusal(read_byor_json("[" + blip("A", "q1") + ",[]]")), "byor_json_not_object row=2");
}

TEST(ByorJson, EveryValueMustBeAString) {
  EXPECT_EQ(refusal(read_byor_json("[" + blip("A", "q1", R"(,"isNew2":true)") + "]")),
            "byor_json_not_string field=isNew2 row=1");
  EXPECT_EQ(refusal(read_byor_json("[" + blip("A", "q1") + R"(,{"name":"B","ring":null}])")),
            "byor_json_not_string field=ring row=2");
}

TEST(ByorJson, TheHeaderIsTheFirstObjectsKeys) {
  EXPECT_EQ(refusal(read_byor_json(R"([{"name":"A","ring":"adopt","quadrant":"q","isNew":"TRUE"}])")),
            "byor_missing_header header=description");
  EXPECT_EQ(refusal(read_byor_json(R"([{"name":"A","ring":"adopt","quadrant":"q","description":""}])")),
            "byor_missing_movement_header");
  // A later object without a key has it empty.
  EXPECT_EQ(refusal(read_byor_json("[" + blip("A", "q1") + R"(,{"ring":"adopt","quadrant":"q2"}])")),
            "byor_name_required row=2");
}

TEST(ByorJson, KeysAreTrimmedAndCaseSensitive) {
  auto r =
      read_byor_json(R"([{" name ":"A","ring":"adopt","quadrant":"q1","status":"New","description":""},)" +
                     blip("B", "q2") + "," + blip("C", "q3") + "," + blip("D", "q4") + "]");
  ASSERT_TRUE(r.ok()) << r.error().code;
  EXPECT_EQ(r->blips[0].movement, Movement::new_entry);
  EXPECT_EQ(
      refusal(read_byor_json(R"([{"Name":"A","ring":"adopt","quadrant":"q","isNew":"","description":""}])")),
      "byor_missing_header header=name");
}

TEST(ByorJson, TheRowRulesAreThoseOfTheCsv) {
  EXPECT_EQ(refusal(read_byor_json("[" + four() + "," + blip("E", "q5") + "]")),
            "byor_too_many_quadrants quadrant=q5 row=5");
  EXPECT_EQ(refusal(read_byor_json("[" + blip("A", "q1") + "]")), "byor_too_few_quadrants found=1");
}

}  // namespace
}  // namespace forkant
