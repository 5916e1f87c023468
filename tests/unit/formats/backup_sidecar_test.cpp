#include "formats/backup_sidecar.hpp"

#include <gtest/gtest.h>

#include <string>

namespace forkant {
namespace {

BackupSidecar example() {
  BackupSidecar s;
  s.forkant_version = "0.1.0";
  s.schema_version = 16;
  s.sha256 = std::string(64, 'a');
  s.size_bytes = 4096;
  s.created_at = "2026-12-06T23:41:00.123Z";
  s.database = "forkant.db";
  return s;
}

TEST(BackupSidecar, ReadsBackWhatItWrote) {
  std::string problem;
  const auto back = read_backup_sidecar(write_backup_sidecar(example()), problem);
  ASSERT_TRUE(back) << problem;
  EXPECT_EQ(back->forkant_version, "0.1.0");
  EXPECT_EQ(back->schema_version, 16);
  EXPECT_EQ(back->sha256, std::string(64, 'a'));
  EXPECT_EQ(back->size_bytes, 4096u);
  EXPECT_EQ(back->created_at, "2026-12-06T23:41:00.123Z");
  EXPECT_EQ(back->database, "forkant.db");
}

TEST(BackupSidecar, RefusesWhatIsNotOne) {
  std::string problem;
  EXPECT_FALSE(read_backup_sidecar("not json", problem));
  EXPECT_FALSE(read_backup_sidecar(R"({"format":"something-else","format_version":1})", problem));
  auto text = write_backup_sidecar(example());
  const auto bad_hash = text.replace(text.find(std::string(64, 'a')), 64, std::string(64, 'A'));
  EXPECT_FALSE(read_backup_sidecar(bad_hash, problem));
  EXPECT_NE(problem.find("sha256"), std::string::npos);
  auto no_size = write_backup_sidecar(example());
  no_size.replace(no_size.find("\"size_bytes\": 4096"), 18, "\"size_bytes\": -1");
  EXPECT_FALSE(read_backup_sidecar(no_size, problem));
}

}  // namespace
}  // namespace forkant
