#pragma once
// How domain values the decision tables keep as text are written and read back: ISO dates and
// comma-separated lists (question numbers, purpose ids). Shared by decision_store.cpp, goal_store.cpp
// and meeting_store.cpp; a stored value that does not parse is a DatabaseError.

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/date.hpp"
#include "storage/sql/database.hpp"

namespace forkant::sql {

Date day_of(const std::string& text);
std::optional<Date> opt_day(const Statement& st, int col);
std::optional<std::string> opt_iso(const std::optional<Date>& date);
std::string join_questions(const std::set<int>& questions);
std::set<int> questions_of(const std::string& text);
std::vector<std::string> split(const std::string& text);
std::string join_list(const std::vector<std::string>& parts);

}  // namespace forkant::sql
