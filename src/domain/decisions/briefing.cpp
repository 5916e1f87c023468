#include "domain/decisions/briefing.hpp"

#include <algorithm>
#include <cctype>

#include "domain/utf8.hpp"

namespace forkant {
namespace {

// One drafted item at most this long, so that a section holds several.
constexpr std::size_t kMaxItemChars = 200;

std::string trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return std::string(s);
}

// The first sentence: up to and including the first ". ", "! " or "? " (or the whole text).
std::string first_sentence(std::string_view text) {
  std::string t = trim(text);
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if ((t[i] == '.' || t[i] == '!' || t[i] == '?') && t[i + 1] == ' ') return t.substr(0, i + 1);
  }
  return t;
}

bool is_continuation(unsigned char c) {
  return (c & 0xC0) == 0x80;
}

// At most `max` code points, cut at a space and ended by "…" when it had to be shortened.
std::string shorten(const std::string& text, std::size_t max) {
  if (utf8_length(text) <= max) return text;
  std::size_t bytes = 0;
  std::size_t points = 0;
  while (bytes < text.size() && points < max - 1) {
    ++bytes;
    while (bytes < text.size() && is_continuation(static_cast<unsigned char>(text[bytes]))) ++bytes;
    ++points;
  }
  std::string cut = text.substr(0, bytes);
  if (const auto space = cut.rfind(' '); space != std::string::npos && space > cut.size() / 2) {
    cut.resize(space);
  }
  while (!cut.empty() && (cut.back() == ' ' || cut.back() == ',' || cut.back() == '.')) cut.pop_back();
  return cut + "…";
}

// "Kommunalbestyrelsen" -> "kommunalbestyrelsen" inside a sentence (ASCII capitals only: the titles
// and bodies that matter start with one).
std::string lower_first(std::string s) {
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

// Lower case for ASCII and the Latin-1 letters (Æ Ø Å among them: "Økonomiudvalget").
std::string fold_case(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if (c < 0x80) {
      out[i] = static_cast<char>(std::tolower(c));
    } else if (c == 0xC3 && i + 1 < out.size()) {
      const auto next = static_cast<unsigned char>(out[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    }
  }
  return out;
}

// "Title" + ". " + more, without doubling the title's own full stop.
std::string title_and(const std::string& title, const std::string& more) {
  std::string t = trim(title);
  if (more.empty()) return t;
  const bool ends = !t.empty() && (t.back() == '.' || t.back() == '!' || t.back() == '?');
  return t + (ends ? " " : ". ") + more;
}

// A section being drafted: lines are added while the section stays within its limits.
class Section {
 public:
  bool add(const std::string& line) {
    if (lines_.size() >= kMaxBriefingSectionParagraphs) return false;
    const std::size_t length = utf8_length(line) + (lines_.empty() ? 0 : 1);
    if (chars_ + length > kMaxBriefingSectionChars) return false;
    lines_.push_back(line);
    chars_ += length;
    return true;
  }
  bool add_item(const std::string& text) { return add("- " + shorten(trim(text), kMaxItemChars)); }
  std::size_t items() const { return lines_.empty() ? 0 : lines_.size() - 1; }
  std::string text() const {
    std::string out;
    for (const auto& l : lines_) out += (out.empty() ? "" : "\n") + l;
    return out;
  }

 private:
  std::vector<std::string> lines_;
  std::size_t chars_ = 0;
};

bool recent(const Decision& d, Date today) {
  return !d.is_superseded() && d.content.decided_on <= today &&
         days_between(d.content.decided_on, today) <= kBriefingLookbackDays;
}

// Newest decision first, then the higher id (the later one recorded).
std::vector<Decision> newest_first(std::vector<Decision> decisions) {
  std::stable_sort(decisions.begin(), decisions.end(), [](const Decision& a, const Decision& b) {
    if (a.content.decided_on != b.content.decided_on) return a.content.decided_on > b.content.decided_on;
    return a.id > b.id;
  });
  return decisions;
}

std::string proposals(const BriefingInput& in, const std::vector<Decision>& decisions, const Translate& t) {
  Section s;
  bool any = false;
  for (const auto& d : decisions)
    any = any || (d.content.kind == DecisionKind::decided && recent(d, in.today));
  s.add(t(any ? "briefing.draft.proposals_intro" : "briefing.draft.proposals_none", {}));
  for (const auto& d : decisions) {
    if (d.content.kind != DecisionKind::decided || !recent(d, in.today)) continue;
    s.add_item(title_and(d.content.title, first_sentence(d.content.rationale)));
  }
  return s.text();
}

std::string not_doing(const BriefingInput& in, const std::vector<Decision>& decisions, const Translate& t) {
  Section s;
  s.add(t("briefing.draft.not_doing_intro", {}));
  for (const auto& d : decisions) {
    if (d.content.kind != DecisionKind::deselected || !recent(d, in.today)) continue;
    s.add_item(t("briefing.draft.not_doing_item",
                 {{"title", trim(d.content.title)}, {"why", first_sentence(d.content.rationale)}}));
  }
  if (s.items() == 0) s.add(t("briefing.draft.not_doing_none", {}));
  return s.text();
}

std::string asks(const BriefingInput& in, const std::vector<Decision>& decisions, const Translate& t) {
  Section s;
  s.add(t("briefing.draft.asks_intro", {}));
  for (const auto& d : decisions) {
    const bool review_ahead = d.content.review_on && *d.content.review_on >= in.today;
    if (d.is_superseded() || !(recent(d, in.today) || review_ahead)) continue;
    if (is_political_body(d.content.body)) {
      s.add_item(t("briefing.draft.ask_political",
                   {{"title", trim(d.content.title)}, {"body", lower_first(trim(d.content.body))}}));
    } else if (d.content.kind == DecisionKind::postponed) {
      s.add_item(t("briefing.draft.ask_postponed", {{"title", trim(d.content.title)}}));
    }
  }
  if (s.items() == 0) s.add(t("briefing.draft.asks_none", {}));
  return s.text();
}

// The open step of `goal` due first (planned or running), if any.
std::optional<Step> next_step(const Goal& goal, const std::vector<Step>& steps) {
  std::optional<Step> out;
  for (const auto& st : timeline(steps)) {
    if (st.goal_id != goal.id) continue;
    if (st.status != StepStatus::planned && st.status != StepStatus::running) continue;
    out = st;
    break;
  }
  return out;
}

std::string noticed(const BriefingInput& in, const Translate& t, const FormatDay& format_day) {
  Section s;
  s.add(t("briefing.draft.noticed_intro", {}));
  std::vector<Goal> goals = in.goals;
  std::stable_sort(goals.begin(), goals.end(),
                   [](const Goal& a, const Goal& b) { return a.horizon < b.horizon; });
  // The citizens first: they are who the politicians answer to.
  for (const bool citizens : {true, false}) {
    for (const auto& g : goals) {
      const bool touches_citizens = g.questions.contains(7);
      const bool touches_staff = g.questions.contains(5) || g.questions.contains(6);
      if (citizens ? !touches_citizens : (touches_citizens || !touches_staff)) continue;
      std::string line;
      if (citizens) {
        line = t("briefing.draft.noticed_citizens", {{"goal", trim(g.title)}});
      } else {
        const int q = g.questions.contains(5) ? 5 : 6;
        line = t("briefing.draft.noticed_employees",
                 {{"goal", trim(g.title)}, {"question", lower_first(in.question_titles.at(q - 1))}});
      }
      if (const auto st = next_step(g, in.steps)) {
        // A step already past its date is still the next one, but "by <a past date>" would mislead.
        const std::string step = first_sentence(st->hypothesis);
        line += " " + (st->due_on < in.today ? t("briefing.draft.noticed_next_late", {{"step", step}})
                                             : t("briefing.draft.noticed_next",
                                                 {{"step", step}, {"date", format_day(st->due_on)}}));
      }
      s.add_item(line);
    }
  }
  if (s.items() == 0) s.add(t("briefing.draft.noticed_none", {}));
  return s.text();
}

std::string benefits(const BriefingInput& in, const Translate& t, const FormatDay& format_day) {
  Section s;
  s.add(t("briefing.draft.benefits_intro", {}));
  std::vector<Goal> goals = in.goals;
  std::stable_sort(goals.begin(), goals.end(),
                   [](const Goal& a, const Goal& b) { return a.horizon < b.horizon; });
  for (const auto& g : goals) {
    if (g.horizon < in.today) continue;
    const std::string aim = first_sentence(g.description);
    s.add_item(t(aim.empty() ? "briefing.draft.benefit_title" : "briefing.draft.benefit_item",
                 {{"goal", trim(g.title)}, {"aim", aim}, {"date", format_day(g.horizon)}}));
  }
  if (s.items() == 0) s.add(t("briefing.draft.benefits_none", {}));
  return s.text();
}

}  // namespace

std::string_view to_string(BriefingSection section) {
  switch (section) {
    case BriefingSection::proposals:
      return "proposals";
    case BriefingSection::not_doing:
      return "not_doing";
    case BriefingSection::asks:
      return "asks";
    case BriefingSection::noticed:
      return "noticed";
    case BriefingSection::benefits:
      return "benefits";
  }
  return "proposals";
}

std::vector<BriefingParagraph> briefing_paragraphs(std::string_view section_text) {
  std::vector<BriefingParagraph> out;
  std::size_t start = 0;
  while (start <= section_text.size()) {
    auto end = section_text.find('\n', start);
    if (end == std::string_view::npos) end = section_text.size();
    std::string line = trim(section_text.substr(start, end - start));
    if (!line.empty()) {
      const bool bullet = line.starts_with("- ") || line == "-";
      out.push_back({bullet ? trim(line.substr(1)) : line, bullet});
      if (out.back().text.empty()) out.pop_back();  // a lone dash says nothing
    }
    start = end + 1;
  }
  return out;
}

Status validate(const BriefingText& text) {
  for (const auto section : kBriefingSections) {
    const std::string& s = text[section];
    const std::string name(to_string(section));
    if (!is_valid_utf8(s)) return Error::invalid("invalid_utf8", "error.invalid_utf8", {{"section", name}});
    if (const auto length = utf8_length(s); length > kMaxBriefingSectionChars) {
      return Error::invalid("briefing_section_too_long", "error.briefing_section_too_long",
                            {{"section", name},
                             {"max", std::to_string(kMaxBriefingSectionChars)},
                             {"length", std::to_string(length)}});
    }
    if (const auto count = briefing_paragraphs(s).size(); count > kMaxBriefingSectionParagraphs) {
      return Error::invalid("briefing_too_many_paragraphs", "error.briefing_too_many_paragraphs",
                            {{"section", name},
                             {"max", std::to_string(kMaxBriefingSectionParagraphs)},
                             {"count", std::to_string(count)}});
    }
  }
  return ok_status();
}

bool is_political_body(std::string_view body) {
  const std::string b = fold_case(body);
  // Not "udvalg" alone: an HR-udvalg or a styregruppe is the administration's own.
  for (const char* word : {"byråd", "kommunalbestyrelse", "regionsråd", "økonomiudvalg", "fagudvalg",
                           "politisk", "politiker", "council", "political", "politician"}) {
    if (b.find(word) != std::string::npos) return true;
  }
  return false;
}

BriefingText draft_briefing(const BriefingInput& input, const Translate& translate,
                            const FormatDay& format_day) {
  const auto decisions = newest_first(input.decisions);
  BriefingText out;
  out[BriefingSection::proposals] = proposals(input, decisions, translate);
  out[BriefingSection::not_doing] = not_doing(input, decisions, translate);
  out[BriefingSection::asks] = asks(input, decisions, translate);
  out[BriefingSection::noticed] = noticed(input, translate, format_day);
  out[BriefingSection::benefits] = benefits(input, translate, format_day);
  return out;
}

}  // namespace forkant
