#include "formats/account_csv.hpp"

#include <initializer_list>
#include <string_view>

#include "formats/csv.hpp"

namespace forkant {
namespace {

// Writes rows with one separator; labels decide how kinds, questions and verdicts read.
class Writer {
 public:
  Writer(const AccountCsvLabels* labels, CsvDialect dialect)
      : labels_(labels), sep_(csv_separator(dialect)), out_(csv_preamble(dialect)) {}

  void header() {
    if (!labels_) {
      row({"question", "kind", "date", "id", "title", "rationale", "alternatives", "body", "superseded_by",
           "goal", "result", "learned", "verdict"});
      return;
    }
    const auto& c = labels_->columns;
    row({text(c[0]), text(c[1]), text(c[2]), text(c[3]), text(c[4]), text(c[5]), text(c[6]), text(c[7]),
         text(c[8]), text(c[9]), text(c[10]), text(c[11]), text(c[12])});
  }

  void decisions(int question, const std::vector<Decision>& decisions) {
    for (const auto& d : decisions) {
      const DecisionDraft& c = d.content;
      row({question_cell(question), kind_cell(c.kind), format_iso_date(c.decided_on), std::to_string(d.id),
           text(c.title), text(c.rationale), text(c.alternatives), text(c.body),
           d.superseded_by_id ? std::to_string(*d.superseded_by_id) : "", "", "", "", ""});
    }
  }

  void lessons(int question, const std::vector<Lesson>& lessons) {
    for (const auto& l : lessons) {
      row({question_cell(question), labels_ ? text(labels_->lesson) : "lesson",
           format_iso_date(l.evaluated_on), std::to_string(l.step_id), text(l.hypothesis), "", "", "", "",
           text(l.goal_title), text(l.result), text(l.learned), verdict_cell(l.verdict)});
    }
  }

  std::string finish() { return std::move(out_); }

 private:
  // Free text that people typed (or a label): quoted as needed, defused against formulas.
  std::string text(std::string_view field) const { return csv_text_field(field, sep_); }

  std::string question_cell(int question) const {
    if (labels_) {
      if (const auto it = labels_->questions.find(question); it != labels_->questions.end())
        return text(it->second);
    }
    return std::to_string(question);
  }

  std::string kind_cell(DecisionKind kind) const {
    if (!labels_) return std::string{to_string(kind)};
    switch (kind) {
      case DecisionKind::decided:
        return text(labels_->decided);
      case DecisionKind::deselected:
        return text(labels_->deselected);
      case DecisionKind::postponed:
        return text(labels_->postponed);
    }
    return std::string{to_string(kind)};
  }

  std::string verdict_cell(Verdict verdict) const {
    if (labels_) {
      if (const auto it = labels_->verdicts.find(verdict); it != labels_->verdicts.end())
        return text(it->second);
    }
    return std::string{to_string(verdict)};
  }

  void row(std::initializer_list<std::string> fields) {
    bool first = true;
    for (const auto& field : fields) {
      if (!first) out_ += sep_;
      out_ += field;
      first = false;
    }
    out_ += "\r\n";
  }

  const AccountCsvLabels* labels_;
  char sep_;
  std::string out_;
};

std::string write(const Account& account, const AccountCsvLabels* labels, CsvDialect dialect) {
  Writer w(labels, dialect);
  w.header();
  for (const auto& qa : account.questions) {
    w.decisions(qa.question, qa.decided);
    w.decisions(qa.question, qa.deselected);
    w.decisions(qa.question, qa.postponed);
    w.lessons(qa.question, qa.lessons);
  }
  return w.finish();
}

}  // namespace

std::string account_to_csv(const Account& account) {
  return write(account, nullptr, CsvDialect::standard);
}

std::string account_to_csv(const Account& account, const AccountCsvLabels& labels, CsvDialect dialect) {
  return write(account, &labels, dialect);
}

}  // namespace forkant
