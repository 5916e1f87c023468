#include "domain/radar/prerequisite_check.hpp"

#include <algorithm>

namespace forkant {
namespace {

int rank(Quality q) {
  switch (q) {
    case Quality::good:
      return 2;
    case Quality::uncertain:
      return 1;
    case Quality::poor:
      return 0;
  }
  return 0;
}

bool same_name(std::string_view a, std::string_view b) {
  return entry_key(a) == entry_key(b);
}

bool names_contain(const std::vector<std::string>& names, std::string_view name) {
  return std::any_of(names.begin(), names.end(), [&](const std::string& n) { return same_name(n, name); });
}

PrerequisiteFinding check_data(const Prerequisite& p, const InitiativeDraft& d) {
  PrerequisiteFinding f;
  const auto source = std::find_if(d.data_sources.begin(), d.data_sources.end(),
                                   [&](const DataSource& s) { return same_name(s.system, p.name); });
  if (source == d.data_sources.end() && !names_contain(d.data_types, p.name)) {
    f.outcome = PrerequisiteOutcome::data_type_missing;
    return f;
  }
  if (source != d.data_sources.end()) {
    f.recorded_quality = source->quality;
  } else if (!d.data_sources.empty()) {
    f.recorded_quality = std::min_element(d.data_sources.begin(), d.data_sources.end(),
                                          [](const DataSource& a, const DataSource& b) {
                                            return rank(a.quality) < rank(b.quality);
                                          })
                             ->quality;
  }
  if (!f.recorded_quality) {
    f.outcome = PrerequisiteOutcome::data_quality_unknown;
  } else if (!quality_at_least(*f.recorded_quality, p.min_quality)) {
    f.outcome = PrerequisiteOutcome::data_quality_below;
  }
  return f;
}

PrerequisiteOutcome check_other(const Prerequisite& p, const InitiativeDraft& d,
                                const CompetenceGapLookup& competence_gap_open) {
  switch (p.kind) {
    case PrerequisiteKind::competence: {
      if (competence_gap_open) {
        if (auto open = competence_gap_open(p.name)) {
          return *open ? PrerequisiteOutcome::competence_gap : PrerequisiteOutcome::met;
        }
      }
      return d.competence_readiness == Quality::good ? PrerequisiteOutcome::met
                                                     : PrerequisiteOutcome::competence_readiness_low;
    }
    case PrerequisiteKind::standard:
      return names_contain(d.standards, p.name) ? PrerequisiteOutcome::met
                                                : PrerequisiteOutcome::standard_missing;
    case PrerequisiteKind::partner:
      return std::any_of(d.partners.begin(), d.partners.end(),
                         [&](const Partner& partner) { return same_name(partner.name, p.name); })
                 ? PrerequisiteOutcome::met
                 : PrerequisiteOutcome::partner_missing;
    case PrerequisiteKind::data:
      break;
  }
  return PrerequisiteOutcome::met;
}

}  // namespace

std::string_view to_string(PrerequisiteOutcome outcome) {
  switch (outcome) {
    case PrerequisiteOutcome::met:
      return "met";
    case PrerequisiteOutcome::data_type_missing:
      return "data_type_missing";
    case PrerequisiteOutcome::data_quality_unknown:
      return "data_quality_unknown";
    case PrerequisiteOutcome::data_quality_below:
      return "data_quality_below";
    case PrerequisiteOutcome::competence_gap:
      return "competence_gap";
    case PrerequisiteOutcome::competence_readiness_low:
      return "competence_readiness_low";
    case PrerequisiteOutcome::standard_missing:
      return "standard_missing";
    case PrerequisiteOutcome::partner_missing:
      return "partner_missing";
  }
  return "met";
}

bool quality_at_least(Quality recorded, Quality minimum) {
  return rank(recorded) >= rank(minimum);
}

std::vector<PrerequisiteFinding> check_prerequisites(const RadarEntryDraft& entry,
                                                     std::span<const Initiative> linked,
                                                     const CompetenceGapLookup& competence_gap_open) {
  std::vector<PrerequisiteFinding> findings;
  for (std::size_t i = 0; i < entry.prerequisites.size(); ++i) {
    const Prerequisite& p = entry.prerequisites[i];
    for (const Initiative& initiative : linked) {
      PrerequisiteFinding f;
      if (p.kind == PrerequisiteKind::data) {
        f = check_data(p, initiative.content);
      } else {
        f.outcome = check_other(p, initiative.content, competence_gap_open);
      }
      f.prerequisite = i;
      f.initiative_id = initiative.id;
      f.initiative_title = initiative.content.title;
      findings.push_back(std::move(f));
    }
  }
  return findings;
}

}  // namespace forkant
