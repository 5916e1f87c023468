#include "storage/postgresql/placeholders.hpp"

#include <algorithm>
#include <cctype>

#include "storage/database_error.hpp"

namespace forkant::postgresql {
namespace {

// SQLite's own limit on a parameter number (SQLITE_MAX_VARIABLE_NUMBER); PostgreSQL's is 65535.
constexpr int kMaxParameter = 32766;

bool is_digit(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// The index just past a quoted run that starts at `i` with `quote`; a doubled quote stays inside.
std::size_t skip_quoted(std::string_view sql, std::size_t i, char quote) {
  for (++i; i < sql.size(); ++i) {
    if (sql[i] != quote) continue;
    if (i + 1 < sql.size() && sql[i + 1] == quote) {
      ++i;
      continue;
    }
    return i + 1;
  }
  return sql.size();  // unterminated: the server reports it
}

std::size_t skip_line_comment(std::string_view sql, std::size_t i) {
  const auto end = sql.find('\n', i);
  return end == std::string_view::npos ? sql.size() : end;
}

std::size_t skip_block_comment(std::string_view sql, std::size_t i) {
  const auto end = sql.find("*/", i + 2);
  return end == std::string_view::npos ? sql.size() : end + 2;
}

}  // namespace

RewrittenSql rewrite_placeholders(std::string_view sql) {
  RewrittenSql out;
  out.sql.reserve(sql.size() + 8);
  std::size_t i = 0;
  while (i < sql.size()) {
    const char c = sql[i];
    std::size_t next = i + 1;
    if (c == '\'' || c == '"') {
      next = skip_quoted(sql, i, c);
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      next = skip_line_comment(sql, i);
    } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
      next = skip_block_comment(sql, i);
    } else if (c == '?') {
      std::size_t end = i + 1;
      while (end < sql.size() && is_digit(sql[end]) && end - i <= 6) ++end;
      int number = out.parameters + 1;
      if (end > i + 1) {
        number = std::stoi(std::string(sql.substr(i + 1, end - i - 1)));
        if (number < 1 || number > kMaxParameter || (end < sql.size() && is_digit(sql[end]))) {
          throw DatabaseError("placeholder out of range: " + std::string(sql.substr(i, end - i)));
        }
      }
      out.parameters = std::max(out.parameters, number);
      out.sql += '$';
      out.sql += std::to_string(number);
      i = end;
      continue;
    }
    out.sql.append(sql.substr(i, next - i));
    i = next;
  }
  return out;
}

}  // namespace forkant::postgresql
