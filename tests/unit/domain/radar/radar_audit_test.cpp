// The audit log's sentences for the radar (domain/audit/audit_sentence.hpp).

#include <gtest/gtest.h>

#include "domain/audit/audit_sentence.hpp"

namespace forkant {
namespace {

TEST(RadarAudit, EachActionCarriesItsNameOrTitle) {
  const auto created = describe_audit("radar.entry_created", "radar_entry:3", "Kubernetes");
  EXPECT_EQ(created.key, "audit.say.radar.entry_created");
  EXPECT_EQ(created.object_kind, "radar_entry");
  EXPECT_EQ(created.object_id, 3);
  EXPECT_EQ(created.params.at("name"), "Kubernetes");
  EXPECT_EQ(describe_audit("radar.entry_edited", "radar_entry:3", "A: B: assess -> hold").params.at("name"),
            "A: B");
  EXPECT_EQ(describe_audit("radar.entry_deleted", "radar_entry:3", "Lotus").params.at("name"), "Lotus");
  EXPECT_EQ(describe_audit("radar.imported", "radar_edition:2", "csv: 12: 2026: forår").params.at("title"),
            "2026: forår");
  EXPECT_EQ(describe_audit("radar.edition_created", "radar_edition:2", "2026").params.at("title"), "2026");
}

}  // namespace
}  // namespace forkant
