#pragma once
// What an impact assessment found, and the obligations each finding brings. The AIA gives one finding
// (its level); forkant's screening (screening.hpp) gives findings from the choices made. Findings are what
// grey-zone routing (routing.hpp) sends to a forum.

#include <optional>
#include <string>
#include <vector>

#include "domain/date.hpp"
#include "domain/impact/questionnaire.hpp"

namespace forkant {

// An obligation a finding triggers, e.g. the AI Act's fundamental-rights impact assessment. Kept as data
// (the screening files), since articles and dates of application change.
struct Obligation {
  std::string id;       // stable, e.g. "ai-act-art27-fria"
  LocalText title;      // what must be done
  std::string article;  // e.g. "AI-forordningen art. 27, stk. 1, litra a-f" / "GDPR art. 35(7)"
  std::optional<Date> applies_from;
  std::vector<LocalText> checklist;  // elements to cover, e.g. Art. 27(1)(a)-(f), Art. 35(7)(a)-(d)
  bool operator==(const Obligation&) const = default;
};

// Finding keys: "prohibited", "no_legal_basis", "dpia_required", "ai_act_high_risk",
// "transparency_duty", "aia_level_1".."aia_level_4", "ethics_red", "ethics_orange" (the routing table's
// keys; a screening file may define more, and routing answers an unrouted key with its default forum).
struct Finding {
  std::string key;
  LocalText title;                      // e.g. "High risk: Annex III 5(a)"
  std::string source;                   // what gave it: a question name, "AIA rule 2"
  std::vector<Obligation> obligations;  // what it triggers
  bool operator==(const Finding&) const = default;
};

}  // namespace forkant
