#pragma once
// A digital initiative of the organisation: the ten questions asked of one concrete thing (an AI system
// for job matching, a robot for payroll, a citizen app). What a person may edit is the InitiativeDraft;
// an edit makes a new version (as decisions have) and never overwrites the old one. The phase is not part
// of the draft: it moves by dated phase changes with their reasons (phase.hpp).

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.hpp"
#include "domain/result.hpp"

namespace forkant {

enum class Phase { idea, analysis, pilot, scale_up, operation, stopped };
std::string_view to_string(Phase phase);  // "idea", "analysis", "pilot", "scale_up", "operation", "stopped"
std::optional<Phase> phase_from_string(std::string_view name);

enum class Technology { rules, machine_learning, generative_ai, rpa, sensors, platform };
std::string_view to_string(Technology technology);  // "rules", "machine_learning", "generative_ai", ...
std::optional<Technology> technology_from_string(std::string_view name);

enum class Maturity { experimental, emerging, proven };
std::string_view to_string(Maturity maturity);
std::optional<Maturity> maturity_from_string(std::string_view name);

// Data quality per source, and the organisation's readiness in competencies (question 6).
enum class Quality { good, uncertain, poor };
std::string_view to_string(Quality quality);
std::optional<Quality> quality_from_string(std::string_view name);

enum class PartnerKind { public_body, company, university, other };
std::string_view to_string(PartnerKind kind);
std::optional<PartnerKind> partner_kind_from_string(std::string_view name);

enum class Audience { employees, citizens };
std::string_view to_string(Audience audience);
std::optional<Audience> audience_from_string(std::string_view name);

struct PurposeWeight {  // question 1: a purpose id of the framework and its weight, in percent
  std::string purpose_id;
  int weight = 0;
  bool operator==(const PurposeWeight&) const = default;
};

struct DataSource {  // question 4
  std::string system;
  Quality quality = Quality::uncertain;
  bool operator==(const DataSource&) const = default;
};

struct Partner {  // question 8
  std::string name;
  PartnerKind kind = PartnerKind::public_body;
  std::string role;
  bool operator==(const Partner&) const = default;
};

struct Benefit {  // question 9's follow-up
  std::string title;
  std::string unit;
  double baseline = 0;
  double target = 0;
  Date measure_on{};
  std::string measured_by;
  bool operator==(const Benefit&) const = default;
};

struct Message {  // question 10
  Audience audience = Audience::employees;
  std::string who;  // who tells them
  std::string what;
  Date when{};
  std::string channel;
  bool operator==(const Message&) const = default;
};

// The content of one version of an initiative.
struct InitiativeDraft {
  std::string title;
  std::string description;
  std::int64_t owner_user_id = 0;
  std::set<int> questions;              // of the ten, 1..10 (may be empty)
  std::vector<PurposeWeight> purposes;  // weights sum to 100 when any is given
  int value_rating = 0;                 // expected value 1..5; 0 = not yet rated (the portfolio's axis)
  // Question 4: technology and data.
  std::set<Technology> technologies;
  Maturity maturity = Maturity::emerging;
  std::vector<std::string> data_types;
  bool personal_data = false;
  bool special_categories = false;  // GDPR art. 9
  std::vector<DataSource> data_sources;
  Quality competence_readiness = Quality::uncertain;  // question 6
  // Question 7: citizens.
  std::string asked_by;               // who asks for it
  std::string prefers_human_contact;  // who would rather keep human contact
  std::string analogue_alternative;   // for those who cannot or will not use it
  std::optional<std::int64_t> analogue_owner_user_id;
  // Question 8: partners and how the collaboration is governed.
  std::vector<Partner> partners;
  std::string governance;
  // Question 9: method.
  std::vector<std::string> standards;  // reused standards and components (suggestions or free text)
  std::string method_freedom;          // the freedom of method units have
  std::vector<Benefit> benefits;
  // Question 10.
  std::vector<Message> communication;
  // Links (both ways: the decision, goal and step pages list the initiatives that link to them).
  std::set<std::int64_t> decision_ids;
  std::set<std::int64_t> goal_ids;
  std::set<std::int64_t> step_ids;

  bool operator==(const InitiativeDraft&) const = default;
};

struct PhaseChange {
  Phase from = Phase::idea;
  Phase to = Phase::idea;
  Date on{};
  std::string reason;  // required when stopping (a deliberate non-choice)
  std::optional<std::int64_t> by_user_id;
  bool operator==(const PhaseChange&) const = default;
};

struct BenefitMeasurement {
  std::int64_t id = 0;
  int benefit_index = 0;  // into the current draft's benefits, by title at the time of measuring
  std::string benefit_title;
  double value = 0;
  Date measured_on{};
  std::string note;
  bool operator==(const BenefitMeasurement&) const = default;
};

struct Initiative {
  std::int64_t id = 0;
  std::int64_t org_id = 0;
  InitiativeDraft content;
  int version = 1;
  Phase phase = Phase::idea;
  std::vector<PhaseChange> phase_changes;  // oldest first
  std::int64_t created_at = 0;             // Unix seconds
};

}  // namespace forkant
