#include "domain/networks/share.hpp"

#include "domain/accounts/credentials.hpp"
#include "domain/decisions/field_check.hpp"
#include "domain/decisions/publication.hpp"
#include "domain/utf8.hpp"

namespace forkant {
namespace {

// At most `max_chars` code points of `text`, cut between characters.
std::string first_chars(const std::string& text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) != 0x80) {  // the first byte of a character
      if (chars == max_chars) return text.substr(0, i);
      ++chars;
    }
  }
  return text;
}

// Paragraphs joined by a blank line, the empty ones left out.
std::string paragraphs(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (const auto part : parts) {
    const std::string text = trim_text(part);
    if (text.empty()) continue;
    if (!out.empty()) out += "\n\n";
    out += text;
  }
  return out;
}

}  // namespace

std::string_view to_string(ShareSource source) {
  switch (source) {
    case ShareSource::decision:
      return "decision";
    case ShareSource::deselection:
      return "deselection";
    case ShareSource::lesson:
      return "lesson";
    case ShareSource::initiative:
      return "initiative";
  }
  return "decision";
}

std::optional<ShareSource> share_source_from_string(std::string_view name) {
  for (const auto s :
       {ShareSource::decision, ShareSource::deselection, ShareSource::lesson, ShareSource::initiative}) {
    if (to_string(s) == name) return s;
  }
  return std::nullopt;
}

std::string_view to_string(ShownAs shown_as) {
  return shown_as == ShownAs::anonymous ? "anonymous" : "name";
}

std::optional<ShownAs> shown_as_from_string(std::string_view name) {
  if (name == "name") return ShownAs::name;
  if (name == "anonymous") return ShownAs::anonymous;
  return std::nullopt;
}

Status validate_share_text(const ShareText& text, ShareSource source) {
  if (auto s = check_text("share_title", text.title, kMaxShareTitleChars, true); !s) return s;
  if (source == ShareSource::deselection && is_blank(text.body) && is_valid_utf8(text.body)) {
    // A deliberate non-choice is worth sharing for its reasons; without them it says nothing.
    return Error::invalid("deselection_reason_required", "error.deselection_reason_required");
  }
  if (auto s = check_text("share_body", text.body, kMaxShareBodyChars, true); !s) return s;
  if (auto s = check_text("contact_name", text.contact_name, kMaxContactNameChars, false); !s) return s;
  if (text.contact_name.find_first_of("\r\n") != std::string::npos) {
    return Error::invalid("contact_invalid", "error.contact_invalid");
  }
  const std::string email = trim_text(text.contact_email);
  if (!email.empty() && !validate_email(email)) {
    return Error::invalid("contact_email_invalid", "error.contact_email_invalid");
  }
  return ok_status();
}

Result<ShareSource> share_source_of(const Decision& decision) {
  if (decision.is_superseded()) return Error::conflict("share_superseded", "error.share_superseded");
  switch (decision.content.kind) {
    case DecisionKind::decided:
      return ShareSource::decision;
    case DecisionKind::deselected:
      return ShareSource::deselection;
    case DecisionKind::postponed:
      break;
  }
  return Error::invalid("share_postponed", "error.share_postponed");
}

Status check_lesson_shareable(const Step& step) {
  if (step.status != StepStatus::done || !step.evaluation || !step.evaluation->verdict) {
    return Error::invalid("share_not_evaluated", "error.share_not_evaluated");
  }
  return ok_status();
}

Share make_share(const ShareText& text, ShareSource source, std::int64_t source_id, const Organisation& org) {
  Share s;
  s.org_id = org.id;
  s.source = source;
  s.source_id = source_id;
  s.title = trim_text(text.title);
  s.body = trim_text(text.body);
  s.shown_as = text.shown_as;
  s.org_name = text.shown_as == ShownAs::name ? org.name : std::string();
  s.org_kind = org.kind;
  s.size_band = size_band(org.inhabitants);
  s.contact_name = trim_text(text.contact_name);
  s.contact_email = trim_text(text.contact_email);
  return s;
}

AnonymousLabel anonymous_label(OrgKind kind, SizeBand band) {
  AnonymousLabel out;
  out.key = "share.label." + std::string(org_kind_name(kind));
  const auto bounds = size_band_bounds(band);
  if (!bounds.lower) return out;  // unknown: the kind alone
  if (bounds.upper && *bounds.lower == 0) {
    out.key += ".under";  // "under 20,000 inhabitants" reads better than "0–20,000"
    out.upper = bounds.upper;
    return out;
  }
  out.key += bounds.upper ? ".range" : ".from";
  out.lower = bounds.lower;
  out.upper = bounds.upper;
  return out;
}

ShareText suggested_text(const Decision& decision) {
  ShareText t;
  t.title = decision.content.title;
  t.body = decision.content.kind == DecisionKind::deselected
               ? paragraphs({decision.content.rationale, decision.content.alternatives})
               : paragraphs({decision.content.rationale});
  return t;
}

ShareText suggested_text(const Goal& goal, const Step& step) {
  ShareText t;
  t.title = first_chars(trim_text(step.hypothesis), kMaxShareTitleChars);
  if (step.evaluation) {
    t.body = paragraphs({goal.title, step.evaluation->result, step.evaluation->learned});
  } else {
    t.body = paragraphs({goal.title});
  }
  return t;
}

ShareText suggested_text(const Initiative& initiative) {
  ShareText t;
  t.title = initiative.content.title;
  t.body = paragraphs({initiative.content.description});
  return t;
}

}  // namespace forkant
