#pragma once
// The political briefing (issue 11): at most two A4 pages for the politicians, in plain language. Five
// sections, always in this order: what management proposes, what it chose not to do and why, what it
// asks the politicians to decide, what citizens and employees will notice, and the benefits it expects.
// forkant drafts the sections from the register and the goals; the coordinator rewrites them (the text
// is stored as written) and freezes a version, which is what is printed and what a public page may show.
//
// Two pages hold because every section has a limit: characters and paragraphs (a line of the text is a
// paragraph; a line starting with "- " is a bullet). The draft keeps within the limits, so it can be
// saved as it stands.

#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.hpp"
#include "domain/decisions/agenda.hpp"
#include "domain/decisions/decision.hpp"
#include "domain/decisions/goal.hpp"
#include "domain/result.hpp"

namespace forkant {

enum class BriefingSection { proposals, not_doing, asks, noticed, benefits };

inline constexpr std::array<BriefingSection, 5> kBriefingSections{
    BriefingSection::proposals, BriefingSection::not_doing, BriefingSection::asks, BriefingSection::noticed,
    BriefingSection::benefits};

// "proposals", "not_doing", "asks", "noticed", "benefits": form field names and catalogue key parts.
std::string_view to_string(BriefingSection section);

inline constexpr std::size_t kMaxBriefingSectionChars = 600;
inline constexpr std::size_t kMaxBriefingSectionParagraphs = 5;

struct BriefingText {
  std::array<std::string, kBriefingSections.size()> sections;

  std::string& operator[](BriefingSection s) { return sections.at(static_cast<std::size_t>(s)); }
  const std::string& operator[](BriefingSection s) const { return sections.at(static_cast<std::size_t>(s)); }
  bool operator==(const BriefingText&) const = default;
};

// The first problem found, in section order. Codes (each with {section}, the section's name):
// invalid_utf8, briefing_section_too_long ({max}, {length}), briefing_too_many_paragraphs ({max},
// {count}).
Status validate(const BriefingText& text);

// A section as printed: its non-blank lines, trimmed; "- " at the start makes a bullet (without it).
struct BriefingParagraph {
  std::string text;
  bool bullet = false;
  bool operator==(const BriefingParagraph&) const = default;
};
std::vector<BriefingParagraph> briefing_paragraphs(std::string_view section_text);

// Everything the draft is made from, already loaded for one organisation.
struct BriefingInput {
  std::vector<Decision> decisions;
  std::vector<Goal> goals;
  std::vector<Step> steps;
  Date today{};
  // The ten questions' plain titles in the reader's language (index 0 is question 1), e.g. "Borgerne".
  std::array<std::string, 10> question_titles;
};

// How long back the draft looks for decisions: a year.
inline constexpr int kBriefingLookbackDays = 365;

// A decision named by its deciding body as political (the council, a committee, the political level),
// so that the draft puts it among what the politicians are asked to decide.
bool is_political_body(std::string_view body);

using FormatDay = std::function<std::string(Date)>;

// The draft in the reader's language (`translate` with the "briefing.draft.*" keys, `format_day` for
// dates). Sources:
//   proposals  chosen decisions (not superseded) of the last year, newest first
//   not_doing  deselections of the last year with their reasons, newest first
//   asks       decisions (not superseded, of the last year or with a review ahead) whose body is
//              political, and postponed ones; else a sentence for the coordinator to replace
//   noticed    goals concerning the citizens (question 7), the organisation (5) or the competencies
//              (6), each with its next open step
//   benefits   goals whose horizon has not passed, by horizon, with what they aim at
// Every section explains its term in its first line and stays within the limits.
BriefingText draft_briefing(const BriefingInput& input, const Translate& translate,
                            const FormatDay& format_day);

}  // namespace forkant
