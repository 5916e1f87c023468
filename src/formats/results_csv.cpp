#include "formats/results_csv.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <vector>

#include "domain/assessment/perception_gaps.hpp"
#include "formats/csv.hpp"

namespace forkant {
namespace {

constexpr std::string_view kColumns =
    "set,group,status,needed,respondents,by_hand,entered_by,index,position_share,dimension,number,title,"
    "n,score,median,sd,min,max,importance,position,priority,disagreement,trend,top_management,gap_to_top";

class Writer {
 public:
  Writer(const Framework& fw, const RoundResults& results, std::string_view lang, CsvDialect dialect)
      : fw_(fw),
        top_group_(results.top_group),
        gaps_(perception_gaps(results)),
        lang_(lang),
        sep_(csv_separator(dialect)),
        decimal_(dialect == CsvDialect::danish_excel ? ',' : '.'),
        out_(csv_preamble(dialect)) {
    std::string header(kColumns);
    std::replace(header.begin(), header.end(), ',', sep_);
    out_ += header + "\r\n";
  }

  void set(const SetResult& set) {
    const std::string kind = set.group.empty() ? "round" : "group";
    const std::string top = !set.group.empty() && set.group == top_group_ ? "yes" : "";
    if (set.suppressed) {
      std::vector<std::string> cells{kind, text(set.group), "suppressed", std::to_string(set.needed)};
      cells.resize(kColumnCount - 2);
      cells.push_back(top);
      cells.emplace_back();
      row(cells);
      return;
    }
    const std::vector<std::string> head = {kind,
                                           text(set.group),
                                           "shown",
                                           "",
                                           std::to_string(set.respondents),
                                           std::to_string(set.by_hand),
                                           text(entered_by(set)),
                                           number(set.index),
                                           number(set.position_share)};
    for (const DimensionResult& d : set.dimensions) {
      std::vector<std::string> cells = head;
      for (std::string& cell : dimension_cells(d)) cells.push_back(std::move(cell));
      cells.push_back(top);
      cells.push_back(gap(set.group, d.dimension_id));
      row(cells);
    }
  }

  std::string finish() { return std::move(out_); }

 private:
  std::vector<std::string> dimension_cells(const DimensionResult& d) const {
    const Dimension* dimension = fw_.find_dimension(d.dimension_id);
    const std::optional<Spread>& s = d.spread;
    auto spread = [&](double Spread::*field) { return s ? number((*s).*field) : std::string(); };
    return {text(d.dimension_id),
            dimension ? std::to_string(dimension->number) : "",
            dimension ? text(dimension->title.get(lang_)) : "",
            d.score ? std::to_string(d.n) : "",
            number(d.score),
            spread(&Spread::median),
            spread(&Spread::sd),
            spread(&Spread::min),
            spread(&Spread::max),
            number(d.importance),
            number(d.position),
            number(d.priority),
            s ? (d.disagreement ? "yes" : "no") : "",
            number(d.trend)};
  }

  // "Name (3), Other (2)": who typed in the set's paper forms.
  static std::string entered_by(const SetResult& set) {
    std::string out;
    for (const HandEntered& h : set.entered_by) {
      if (!out.empty()) out += ", ";
      out += (h.name.empty() ? std::string("unknown") : h.name) + " (" + std::to_string(h.count) + ")";
    }
    return out;
  }

  // Top management's score minus this group's on the dimension, when the gap is shown.
  std::string gap(const std::string& group, const std::string& dimension) const {
    for (const PerceptionGap& g : gaps_) {
      if (g.group == group && g.dimension_id == dimension) return number(g.gap);
    }
    return "";
  }

  std::string text(std::string_view s) const { return csv_text_field(s, sep_); }

  std::string number(std::optional<double> x) const {
    if (!x) return "";
    std::string s = fmt::format("{:.2f}", *x);
    std::replace(s.begin(), s.end(), '.', decimal_);
    return csv_field(s, sep_);
  }

  void row(const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) out_ += sep_;
      out_ += cells[i];
    }
    out_ += "\r\n";
  }

  static constexpr std::size_t kColumnCount = 25;

  const Framework& fw_;
  std::string top_group_;
  std::vector<PerceptionGap> gaps_;
  std::string_view lang_;
  char sep_;
  char decimal_;
  std::string out_;
};

}  // namespace

std::string results_to_csv(const Framework& framework, const RoundResults& results, std::string_view lang,
                           CsvDialect dialect) {
  Writer writer(framework, results, lang, dialect);
  writer.set(results.whole);
  for (const SetResult& group : results.groups) writer.set(group);
  return writer.finish();
}

}  // namespace forkant
