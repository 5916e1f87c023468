// DecisionService (decisions.hpp), the political briefing: the draft from the data or as saved, saving
// the coordinator's text, and freezing it as a numbered version that is never changed again.
#include "domain/decisions/briefing.hpp"
#include "services/decisions.hpp"

namespace forkant {
namespace {

Status check_language(const std::string& lang) {
  if (lang != "da" && lang != "en") return Error::invalid("unknown_language", "error.unknown_language");
  return ok_status();
}

}  // namespace

BriefingDraftRow DecisionService::briefing_draft(std::int64_t org_id, const std::string& lang,
                                                 const std::array<std::string, 10>& question_titles,
                                                 const Translate& translate, const FormatDay& format_day) {
  if (auto saved = store_.briefing_draft(org_id)) return std::move(*saved);
  BriefingInput input{store_.decisions(org_id), store_.goals(org_id), store_.steps(org_id), today(),
                      question_titles};
  BriefingDraftRow row;
  row.org_id = org_id;
  row.lang = lang;
  row.text = draft_briefing(input, translate, format_day);
  return row;
}

Status DecisionService::save_briefing(std::int64_t org_id, std::int64_t actor, const std::string& lang,
                                      const BriefingText& text) {
  if (auto status = check_language(lang); !status) return status;
  if (auto status = validate(text); !status) return status;
  tx_.transaction([&] {
    store_.save_briefing_draft(org_id, lang, text, actor, clock_.now());
    audit(org_id, actor, "briefing.draft_saved", "briefing", "");
  });
  return ok_status();
}

Result<BriefingVersion> DecisionService::freeze_briefing(std::int64_t org_id, std::int64_t actor,
                                                         const std::string& lang, const BriefingText& text) {
  if (auto status = check_language(lang); !status) return status.error();
  if (auto status = validate(text); !status) return status.error();
  BriefingVersion version;
  tx_.transaction([&] {
    // Numbered inside the write transaction: a freeze that raced this one has committed already or waits.
    const auto latest = store_.briefing_versions(org_id);
    version = {org_id, latest.empty() ? 1 : latest.front().version + 1, lang, text, actor, "", clock_.now()};
    store_.save_briefing_draft(org_id, lang, text, actor, clock_.now());
    store_.insert_briefing_version(version);
    audit(org_id, actor, "briefing.frozen", "briefing:" + std::to_string(version.version),
          std::to_string(version.version));
  });
  return version;  // frozen_by_name is the store's to join; read the version for it
}

std::optional<BriefingVersion> DecisionService::latest_briefing(std::int64_t org_id) {
  auto versions = store_.briefing_versions(org_id);
  if (versions.empty()) return std::nullopt;
  return std::move(versions.front());
}

}  // namespace forkant
