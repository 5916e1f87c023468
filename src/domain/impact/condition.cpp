#include "domain/impact/condition.hpp"

#include <cctype>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace forkant {
namespace {

constexpr int kMaxConditionDepth = 32;

// The parsed condition: `or` and `and` over comparisons of one question's answer with literals.
struct Node {
  enum class Kind { any, all, equals, contains } kind = Kind::equals;
  std::vector<Node> children;       // any, all
  std::string name;                 // equals, contains
  std::vector<std::string> values;  // the literal; several for contains [..]
  bool list = false;                // the literal was written as an array
};

enum class Tok { name, text, word, lbracket, rbracket, comma, lparen, rparen, equals, end };

struct Token {
  Tok kind = Tok::end;
  std::string text;
};

class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  // The condition's tree, or the reason it is outside the subset (in `error`).
  std::optional<Node> parse() {
    if (!advance()) return std::nullopt;
    auto node = any(0);
    if (!node) return std::nullopt;
    if (tok_.kind != Tok::end) return fail("unexpected '" + tok_.text + "' after the condition");
    return node;
  }

  std::string error;

 private:
  std::string_view s_;
  std::size_t pos_ = 0;
  Token tok_;

  bool refuse(std::string reason) {
    if (error.empty()) error = std::move(reason);
    return false;
  }
  std::optional<Node> fail(std::string reason) {
    refuse(std::move(reason));
    return std::nullopt;
  }

  bool lex_quoted(Tok kind, char close) {
    const auto end = s_.find(close, pos_ + 1);
    if (end == std::string_view::npos) return refuse(std::string("no closing ") + close);
    tok_ = {kind, std::string(s_.substr(pos_ + 1, end - pos_ - 1))};
    if (kind == Tok::text && tok_.text.find('\\') != std::string::npos) {
      return refuse("escapes in text are not supported");
    }
    if (kind == Tok::name && tok_.text.empty()) return refuse("an empty {}");
    pos_ = end + 1;
    return true;
  }

  // Reads the next token into tok_; false (with `error`) on a character outside the subset.
  bool advance() {
    while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_])) != 0) ++pos_;
    if (pos_ == s_.size()) {
      tok_ = {Tok::end, "end"};
      return true;
    }
    const char c = s_[pos_];
    if (c == '{') return lex_quoted(Tok::name, '}');
    if (c == '"' || c == '\'') return lex_quoted(Tok::text, c);
    const std::string_view singles = "[],()=";
    if (const auto k = singles.find(c); k != std::string_view::npos) {
      if (c == '=' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '=')
        return refuse("the operator '==' is not supported");
      constexpr Tok kKinds[] = {Tok::lbracket, Tok::rbracket, Tok::comma,
                                Tok::lparen,   Tok::rparen,   Tok::equals};
      tok_ = {kKinds[k], std::string(1, c)};
      ++pos_;
      return true;
    }
    if (std::isalpha(static_cast<unsigned char>(c)) != 0) {
      std::string word;
      while (pos_ < s_.size() && std::isalnum(static_cast<unsigned char>(s_[pos_])) != 0) {
        word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(s_[pos_++]))));
      }
      if (word != "and" && word != "or" && word != "contains") {
        return refuse("the word '" + word + "' is not supported");
      }
      tok_ = {Tok::word, word};
      return true;
    }
    if (static_cast<unsigned char>(c) >= 0x80)
      return refuse("a character outside ASCII where an operator belongs");
    return refuse(std::string("the character '") + c + "' is not supported");
  }

  bool is_word(std::string_view w) const { return tok_.kind == Tok::word && tok_.text == w; }

  // or binds loosest, then and (SurveyJS's precedence).
  std::optional<Node> any(int depth) {
    return chain(depth, "or", Node::Kind::any, [this](int d) { return all(d); });
  }
  std::optional<Node> all(int depth) {
    return chain(depth, "and", Node::Kind::all, [this](int d) { return primary(d); });
  }

  template <typename Next>
  std::optional<Node> chain(int depth, std::string_view word, Node::Kind kind, Next next) {
    auto first = next(depth);
    if (!first) return std::nullopt;
    if (!is_word(word)) return first;
    Node node{kind, {std::move(*first)}, {}, {}, false};
    while (is_word(word)) {
      if (!advance()) return std::nullopt;
      auto more = next(depth);
      if (!more) return std::nullopt;
      node.children.push_back(std::move(*more));
    }
    return node;
  }

  std::optional<Node> primary(int depth) {
    if (tok_.kind == Tok::lparen) {
      if (depth >= kMaxConditionDepth) return fail("parentheses nested too deeply");
      if (!advance()) return std::nullopt;
      auto inner = any(depth + 1);
      if (!inner) return std::nullopt;
      if (tok_.kind != Tok::rparen) return fail("a '(' without its ')'");
      if (!advance()) return std::nullopt;
      return inner;
    }
    return comparison();
  }

  // {name} = "v" | {name} contains "v" | {name} contains ["v", ...]
  std::optional<Node> comparison() {
    if (tok_.kind != Tok::name) return fail("expected {question} but found '" + tok_.text + "'");
    Node node;
    node.name = tok_.text;
    if (!advance()) return std::nullopt;
    if (tok_.kind == Tok::equals) {
      node.kind = Node::Kind::equals;
    } else if (is_word("contains")) {
      node.kind = Node::Kind::contains;
    } else {
      return fail("expected = or contains after {" + node.name + "}");
    }
    if (!advance()) return std::nullopt;
    if (tok_.kind == Tok::text) {
      node.values.push_back(tok_.text);
    } else if (tok_.kind == Tok::lbracket && node.kind == Node::Kind::contains) {
      node.list = true;
      if (!list(node.values)) return std::nullopt;
    } else {
      return fail("expected a quoted value after {" + node.name + "}");
    }
    if (!advance()) return std::nullopt;
    return node;
  }

  // ["a", "b"]: leaves tok_ on the ']'.
  bool list(std::vector<std::string>& values) {
    do {
      if (!advance()) return false;
      if (tok_.kind != Tok::text) return refuse("expected a quoted value in [...]");
      values.push_back(tok_.text);
      if (!advance()) return false;
    } while (tok_.kind == Tok::comma);
    if (tok_.kind != Tok::rbracket) return refuse("a '[' without its ']'");
    return true;
  }
};

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// Array.prototype.toString: the values joined by ",".
std::string join(const std::vector<std::string>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) out += (i == 0 ? "" : ",") + values[i];
  return out;
}

// SurveyJS's containsCore for a string, an array and a boolean answer.
bool contains(const AnswerValue& answer, const Node& node) {
  if (const auto* list = std::get_if<std::vector<std::string>>(&answer)) {
    if (list->empty()) return node.list ? join(node.values).empty() : false;  // [].toString() is ""
    for (const auto& wanted : node.values) {
      bool found = false;
      for (const auto& item : *list) found = found || item == wanted;
      if (!found) return false;
    }
    return true;
  }
  const std::string right = node.list ? join(node.values) : node.values.front();
  if (const auto* text = std::get_if<std::string>(&answer)) {
    if (text->empty() || (!node.list && right.empty())) return false;
    return text->find(right) != std::string::npos;
  }
  // A boolean has no length: SurveyJS compares its text, upper-cased when the value is a string.
  const std::string left = std::get<bool>(answer) ? "true" : "false";
  return node.list ? left.find(right) != std::string::npos
                   : (!right.empty() && upper(left).find(upper(right)) != std::string::npos);
}

bool equals(const AnswerValue& answer, const std::string& value) {
  if (const auto* text = std::get_if<std::string>(&answer)) return !text->empty() && *text == value;
  if (const auto* flag = std::get_if<bool>(&answer)) return value == (*flag ? "true" : "false");
  return false;
}

bool holds(const Node& node, const Answers& answers) {
  switch (node.kind) {
    case Node::Kind::any:
      for (const auto& c : node.children) {
        if (holds(c, answers)) return true;
      }
      return false;
    case Node::Kind::all:
      for (const auto& c : node.children) {
        if (!holds(c, answers)) return false;
      }
      return true;
    case Node::Kind::equals:
    case Node::Kind::contains: {
      const auto it = answers.find(node.name);
      if (it == answers.end()) return false;
      return node.kind == Node::Kind::equals ? equals(it->second, node.values.front())
                                             : contains(it->second, node);
    }
  }
  return false;
}

void names_of(const Node& node, std::vector<std::string>& out) {
  if (!node.name.empty()) out.push_back(node.name);
  for (const auto& c : node.children) names_of(c, out);
}

// Whether `elements` hold `name` visibly; nullopt when it is not among them.
std::optional<bool> visible_in(const std::vector<Element>& elements, const std::string& name,
                               const Answers& answers) {
  for (const auto& e : elements) {
    if (e.type == ElementType::panel) {
      auto inner = visible_in(e.elements, name, answers);
      if (inner) return *inner && condition_holds(e.visible_if, answers);
    } else if (e.name == name) {
      return condition_holds(e.visible_if, answers);
    }
  }
  return std::nullopt;
}

bool blank(std::string_view condition) {
  return condition.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

Status check_condition(std::string_view condition) {
  if (blank(condition)) return ok_status();
  Parser parser(condition);
  if (!parser.parse()) {
    return Error::invalid("condition_unsupported", "error.condition_unsupported",
                          {{"reason", parser.error}, {"condition", std::string(condition)}});
  }
  return ok_status();
}

std::vector<std::string> condition_names(std::string_view condition) {
  std::vector<std::string> out;
  Parser parser(condition);
  if (auto node = parser.parse()) names_of(*node, out);
  return out;
}

bool condition_holds(std::string_view condition, const Answers& answers) {
  if (blank(condition)) return true;
  Parser parser(condition);
  auto node = parser.parse();
  return node && holds(*node, answers);
}

bool page_visible(const Page& page, const Answers& answers) {
  return condition_holds(page.visible_if, answers);
}

bool question_visible(const Questionnaire& questionnaire, const std::string& name, const Answers& answers) {
  for (const auto& page : questionnaire.pages) {
    if (auto v = visible_in(page.elements, name, answers)) return *v && page_visible(page, answers);
  }
  return false;
}

}  // namespace forkant
