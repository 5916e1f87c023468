#include "domain/initiatives/initiative.hpp"

#include <array>
#include <utility>

namespace forkant {
namespace {

// The names used in forms, the API, the JSON content column and exports.
template <typename E, std::size_t N>
using Names = std::array<std::pair<E, std::string_view>, N>;

constexpr Names<Phase, 6> kPhases{{{Phase::idea, "idea"},
                                   {Phase::analysis, "analysis"},
                                   {Phase::pilot, "pilot"},
                                   {Phase::scale_up, "scale_up"},
                                   {Phase::operation, "operation"},
                                   {Phase::stopped, "stopped"}}};
constexpr Names<Technology, 6> kTechnologies{{{Technology::rules, "rules"},
                                              {Technology::machine_learning, "machine_learning"},
                                              {Technology::generative_ai, "generative_ai"},
                                              {Technology::rpa, "rpa"},
                                              {Technology::sensors, "sensors"},
                                              {Technology::platform, "platform"}}};
constexpr Names<Maturity, 3> kMaturities{{{Maturity::experimental, "experimental"},
                                          {Maturity::emerging, "emerging"},
                                          {Maturity::proven, "proven"}}};
constexpr Names<Quality, 3> kQualities{
    {{Quality::good, "good"}, {Quality::uncertain, "uncertain"}, {Quality::poor, "poor"}}};
constexpr Names<PartnerKind, 4> kPartnerKinds{{{PartnerKind::public_body, "public_body"},
                                               {PartnerKind::company, "company"},
                                               {PartnerKind::university, "university"},
                                               {PartnerKind::other, "other"}}};
constexpr Names<Audience, 2> kAudiences{
    {{Audience::employees, "employees"}, {Audience::citizens, "citizens"}}};

template <typename E, std::size_t N>
std::string_view name_of(const Names<E, N>& names, E value) {
  for (const auto& [v, name] : names) {
    if (v == value) return name;
  }
  return names[0].second;  // unreachable for a valid enumerator
}

template <typename E, std::size_t N>
std::optional<E> value_of(const Names<E, N>& names, std::string_view name) {
  for (const auto& [v, n] : names) {
    if (n == name) return v;
  }
  return std::nullopt;
}

}  // namespace

std::string_view to_string(Phase phase) {
  return name_of(kPhases, phase);
}
std::optional<Phase> phase_from_string(std::string_view name) {
  return value_of(kPhases, name);
}
std::string_view to_string(Technology technology) {
  return name_of(kTechnologies, technology);
}
std::optional<Technology> technology_from_string(std::string_view name) {
  return value_of(kTechnologies, name);
}
std::string_view to_string(Maturity maturity) {
  return name_of(kMaturities, maturity);
}
std::optional<Maturity> maturity_from_string(std::string_view name) {
  return value_of(kMaturities, name);
}
std::string_view to_string(Quality quality) {
  return name_of(kQualities, quality);
}
std::optional<Quality> quality_from_string(std::string_view name) {
  return value_of(kQualities, name);
}
std::string_view to_string(PartnerKind kind) {
  return name_of(kPartnerKinds, kind);
}
std::optional<PartnerKind> partner_kind_from_string(std::string_view name) {
  return value_of(kPartnerKinds, name);
}
std::string_view to_string(Audience audience) {
  return name_of(kAudiences, audience);
}
std::optional<Audience> audience_from_string(std::string_view name) {
  return value_of(kAudiences, name);
}

}  // namespace forkant
