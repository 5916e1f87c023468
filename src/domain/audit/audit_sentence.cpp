#include "domain/audit/audit_sentence.hpp"

#include <charconv>

namespace forkant {
namespace {

struct Kind {
  const char* name;
  std::vector<std::string> prefixes;
};

const std::vector<Kind>& kinds() {
  static const std::vector<Kind> all{
      {"decision", {"decision.", "briefing."}},
      {"goal", {"goal.", "step."}},
      {"initiative", {"initiative."}},
      {"radar", {"radar."}},
      {"competence", {"competence."}},
      {"meeting", {"meeting.", "meeting_series."}},
      {"round", {"round."}},
      {"impact", {"impact."}},
      {"network", {"network."}},
      {"member", {"member.", "organisation.", "sso."}},
      {"account", {"user.", "session.", "login.", "api_token."}},
  };
  return all;
}

// "kind: title" -> {"kind", "title"}; no colon: {"", whole}.
std::pair<std::string, std::string> split_colon(std::string_view detail) {
  const auto at = detail.find(": ");
  if (at == std::string_view::npos) return {"", std::string(detail)};
  return {std::string(detail.substr(0, at)), std::string(detail.substr(at + 2))};
}

bool is_role(std::string_view r) {
  return r == "owner" || r == "coordinator" || r == "leader" || r == "viewer";
}

// A role code becomes its catalogue key; anything else is shown as stored.
void set_role(AuditSentence& s, std::string_view role) {
  if (is_role(role)) {
    s.keyed_params["role"] = "role." + std::string(role);
  } else {
    s.params["role"] = std::string(role);
  }
}

}  // namespace

AuditSentence describe_audit(std::string_view action, std::string_view object, std::string_view detail) {
  AuditSentence s;
  if (const auto colon = object.find(':'); colon != std::string_view::npos) {
    s.object_kind = std::string(object.substr(0, colon));
    std::int64_t id = 0;
    const auto digits = object.substr(colon + 1);
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), id);
    if (ec == std::errc() && end == digits.data() + digits.size()) s.object_id = id;
  }
  const std::string a(action);
  s.key = "audit.say." + a;
  if (a == "decision.created" || a == "decision.superseded") {
    const auto [kind, title] = split_colon(detail);
    if (a == "decision.created") {
      const bool known = kind == "decided" || kind == "deselected" || kind == "postponed";
      s.key += "." + (known ? kind : std::string("decided"));
      s.params["title"] = known ? title : std::string(detail);
    }
  } else if (a == "decision.edited" || a == "goal.edited" || a == "step.edited") {
    // "version 3: title, rationale"
    const auto [version, fields] = split_colon(detail);
    s.params["version"] = version.starts_with("version ") ? version.substr(8) : version;
  } else if (a == "initiative.phase") {
    // "pilot -> stopped: the reason"
    const std::string moved =
        split_colon(detail).first.empty() ? std::string(detail) : split_colon(detail).first;
    const auto sep = moved.find(" -> ");
    if (sep != std::string::npos) {
      s.keyed_params["from"] = "initiative.phase." + moved.substr(0, sep);
      s.keyed_params["to"] = "initiative.phase." + moved.substr(sep + 4);
    } else {
      s.params["from"] = moved;
      s.params["to"] = "";
    }
  } else if (a == "initiative.edited") {
    const auto [version, fields] = split_colon(detail);
    s.params["version"] = version.starts_with("version ") ? version.substr(8) : version;
  } else if (a == "initiative.measured") {
    const auto at = detail.rfind(": ");
    s.params["title"] =
        at == std::string_view::npos ? std::string(detail) : std::string(detail.substr(0, at));
    s.params["date"] = at == std::string_view::npos ? std::string() : std::string(detail.substr(at + 2));
  } else if (a == "round.invitations_created" || a == "round.links_mailed") {
    const auto at = detail.rfind(": ");
    s.params["group"] = at == std::string_view::npos ? std::string() : std::string(detail.substr(0, at));
    s.params["count"] =
        at == std::string_view::npos ? std::string(detail) : std::string(detail.substr(at + 2));
  } else if (a == "round.paper_entry_started" || a == "round.paper_form_entered") {
    s.params["group"] = std::string(detail);
  } else if (a == "round.responses_imported" || a == "round.reminders_mailed") {
    s.params["count"] = std::string(detail);
  } else if (a == "member.added" || a == "member.joined" || a == "member.role_synced" ||
             a == "member.role_sync_kept_owner") {
    set_role(s, detail);
  } else if (a == "member.invited") {
    // "someone@example.dk (leader)"
    const auto open = detail.rfind(" (");
    if (open != std::string_view::npos && detail.ends_with(")")) {
      s.params["email"] = std::string(detail.substr(0, open));
      const auto role = detail.substr(open + 2, detail.size() - open - 3);
      set_role(s, role);
    } else {
      s.params["email"] = std::string(detail);
      s.params["role"] = "";
    }
  } else if (a == "meeting.agenda_saved" || a == "meeting.minutes_recorded" || a == "decision.reviewed") {
    s.params["date"] = std::string(detail);
  } else if (a == "organisation.public_page_enabled" || a == "organisation.public_page_disabled") {
    s.params["address"] = std::string(detail);
  } else if (a == "network.shared" || a == "network.share_withdrawn") {
    // "deselection: Digitaliseringsnetværk Midtjylland: Vi fravalgte chatbotten" (services/network_sharing)
    const auto [kind, rest] = split_colon(detail);
    const bool known =
        kind == "decision" || kind == "deselection" || kind == "lesson" || kind == "initiative";
    const auto [network, title] = split_colon(rest);
    s.key += "." + (known ? kind : std::string("decision"));
    s.params["network"] = network;
    s.params["title"] = known ? title : std::string(detail);
  } else if (a == "sso.refused") {
    s.params["reason"] = std::string(detail);  // a code such as id_token_audience (docs/sign-in.md)
  } else if (a == "briefing.frozen") {
    s.params["version"] = std::string(detail);
  } else if (a == "network.invited" || a == "network.coordinator_appointed" ||
             a == "network.coordinator_ended") {
    // "network name: organisation" / "network name: person (organisation)"; a network's name may hold
    // ": " itself, so the last one separates.
    const auto at = detail.rfind(": ");
    const std::string other = a == "network.invited" ? "org" : "person";
    s.params["title"] =
        at == std::string_view::npos ? std::string(detail) : std::string(detail.substr(0, at));
    s.params[other] = at == std::string_view::npos ? std::string() : std::string(detail.substr(at + 2));
  } else if (a == "radar.imported") {
    // "csv: 12: title": the format and the number of entries, then the title (which may hold ": ").
    const auto first = detail.find(": ");
    const auto second = first == std::string_view::npos ? first : detail.find(": ", first + 2);
    s.params["title"] =
        second == std::string_view::npos ? std::string(detail) : std::string(detail.substr(second + 2));
  } else if (a == "radar.entry_created" || a == "radar.entry_deleted") {
    s.params["name"] = std::string(detail);
  } else if (a == "radar.entry_edited") {
    // "name: assess -> trial"; a name may hold ": ", so the last one separates.
    const auto at = detail.rfind(": ");
    s.params["name"] = at == std::string_view::npos ? std::string(detail) : std::string(detail.substr(0, at));
  } else if (a == "round.created" || a == "round.deleted" || a == "goal.created" || a == "step.created" ||
             a == "initiative.created" || a == "meeting_series.created" || a == "organisation.created" ||
             a.starts_with("network.") ||     // the other network entries: the network's name
             a.starts_with("competence.") ||  // the competence matrix: what changed, worded by its service
             a == "radar.edition_created" || a == "radar.edition_edited") {
    s.params["title"] = std::string(detail);
  }
  static const std::vector<std::string> known{"decision.created.decided",
                                              "decision.created.deselected",
                                              "decision.created.postponed",
                                              "decision.edited",
                                              "decision.superseded",
                                              "decision.note_added",
                                              "decision.reviewed",
                                              "decision.published",
                                              "decision.republished",
                                              "decision.unpublished",
                                              "briefing.draft_saved",
                                              "briefing.frozen",
                                              "goal.created",
                                              "initiative.created",
                                              "initiative.edited",
                                              "initiative.phase",
                                              "initiative.measured",
                                              "radar.edition_created",
                                              "radar.edition_edited",
                                              "radar.imported",
                                              "radar.entry_created",
                                              "radar.entry_edited",
                                              "radar.entry_deleted",
                                              "competence.created",
                                              "competence.edited",
                                              "competence.deleted",
                                              "competence.sector_created",
                                              "competence.sector_renamed",
                                              "competence.sector_deleted",
                                              "competence.cell_saved",
                                              "competence.gap_to_step",
                                              "goal.edited",
                                              "step.created",
                                              "step.edited",
                                              "step.started",
                                              "step.completed",
                                              "step.dropped",
                                              "meeting_series.created",
                                              "meeting.agenda_saved",
                                              "meeting.minutes_recorded",
                                              "impact.questionnaire_imported",
                                              "impact.assessment_started",
                                              "impact.answers_saved",
                                              "impact.assessment_completed",
                                              "impact.judged",
                                              "impact.obligation_met",
                                              "impact.routing_saved",
                                              "impact.routing_reset",
                                              "network.shared.decision",
                                              "network.shared.deselection",
                                              "network.shared.lesson",
                                              "network.shared.initiative",
                                              "network.share_withdrawn.decision",
                                              "network.share_withdrawn.deselection",
                                              "network.share_withdrawn.lesson",
                                              "network.share_withdrawn.initiative",
                                              "network.created",
                                              "network.invited",
                                              "network.joined",
                                              "network.declined",
                                              "network.left",
                                              "network.contribution_withdrawn_on_leaving",
                                              "network.contributed",
                                              "network.contribution_withdrawn",
                                              "network.share_withdrawn_on_leaving",
                                              "network.coordinator_appointed",
                                              "network.coordinator_ended",
                                              "round.created",
                                              "round.edited",
                                              "round.deleted",
                                              "round.paper_entry_started",
                                              "round.paper_form_entered",
                                              "round.opened",
                                              "round.closed",
                                              "round.invitations_created",
                                              "round.responses_imported",
                                              "round.links_mailed",
                                              "round.reminders_mailed",
                                              "organisation.created",
                                              "organisation.profile_changed",
                                              "organisation.public_page_enabled",
                                              "organisation.public_page_disabled",
                                              "member.added",
                                              "member.invited",
                                              "member.joined",
                                              "member.role_synced",
                                              "member.role_sync_kept_owner",
                                              "member.personal_data_deleted",
                                              "audit.personal_fields_cleared",
                                              "sso.settings_saved",
                                              "sso.refused",
                                              "user.created",
                                              "user.password_changed",
                                              "user.password_reset",
                                              "totp.enabled",
                                              "totp.disabled",
                                              "totp.recovery_codes_replaced",
                                              "totp.recovery_code_used",
                                              "session.signed_in",
                                              "session.ended_elsewhere",
                                              "login.slowed",
                                              "login.locked",
                                              "api_token.created",
                                              "api_token.revoked"};
  bool is_known = false;
  for (const auto& k : known) is_known = is_known || s.key == "audit.say." + k;
  if (!is_known) {
    s.key = "audit.say.other";
    s.params.clear();
    s.keyed_params.clear();
  }
  return s;
}

const std::vector<std::string>& audit_kinds() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& k : kinds()) out.emplace_back(k.name);
    return out;
  }();
  return names;
}

std::vector<std::string> audit_kind_prefixes(std::string_view kind) {
  for (const auto& k : kinds()) {
    if (kind == k.name) return k.prefixes;
  }
  return {};
}

}  // namespace forkant
