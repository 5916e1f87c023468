#pragma once
// The audit log in plain language: each stored entry (an action code such as "decision.created", the
// object it concerns such as "decision:12", and a short detail) becomes a catalogue sentence with its
// parameters and the object it links to, so that no page shows a raw code. The kinds group actions for
// the log's filter.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace forkant {

struct AuditSentence {
  std::string key;  // "audit.say.decision.created.deselected", ...; "audit.say.other" for an unknown action
  // Parameters taken from the detail, e.g. {title}, {count}, {group}, {date}, {version}, {email}.
  std::map<std::string, std::string> params;
  // Parameters whose value is itself a catalogue key (e.g. {role} -> "role.leader").
  std::map<std::string, std::string> keyed_params;
  std::string object_kind;  // "decision", "round", "goal", "step", "meeting", "meeting_series", "user", ...
  std::optional<std::int64_t> object_id;
};

AuditSentence describe_audit(std::string_view action, std::string_view object, std::string_view detail);

// The kinds of action the log filters by, in the order the filter lists them.
const std::vector<std::string>& audit_kinds();
// The action prefixes (e.g. "meeting." and "meeting_series.") of a kind; empty for an unknown kind.
std::vector<std::string> audit_kind_prefixes(std::string_view kind);

}  // namespace forkant
