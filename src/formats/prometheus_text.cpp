#include "formats/prometheus_text.hpp"

#include <charconv>
#include <cmath>

namespace forkant {
namespace {

// Label values: backslash, double quote and line feed escaped (the format's three).
void append_label_value(std::string& out, std::string_view value) {
  for (const char c : value) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '"') {
      out += "\\\"";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
}

// HELP text: backslash and line feed escaped.
void append_help(std::string& out, std::string_view help) {
  for (const char c : help) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
}

}  // namespace

std::string prometheus_number(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "+Inf" : "-Inf";
  if (value == std::floor(value) && std::fabs(value) < 1e15) {
    return std::to_string(static_cast<long long>(value));
  }
  char buf[32];
  const auto [end, ec] =
      std::to_chars(buf, buf + sizeof buf, value, std::chars_format::general);  // shortest that reads back
  return std::string(buf, end);
}

void PrometheusText::family(std::string_view name, std::string_view type, std::string_view help) {
  name_ = name;
  text_ += "# HELP ";
  text_ += name;
  text_ += ' ';
  append_help(text_, help);
  text_ += "\n# TYPE ";
  text_ += name;
  text_ += ' ';
  text_ += type;
  text_ += '\n';
}

void PrometheusText::line(std::string_view suffix, const MetricLabels& labels, std::string_view extra_label,
                          std::string_view extra_value, std::string_view value) {
  text_ += name_;
  text_ += suffix;
  if (!labels.empty() || !extra_label.empty()) {
    text_ += '{';
    bool first = true;
    for (const auto& [k, v] : labels) {
      if (!first) text_ += ',';
      first = false;
      text_ += k;
      text_ += "=\"";
      append_label_value(text_, v);
      text_ += '"';
    }
    if (!extra_label.empty()) {
      if (!first) text_ += ',';
      text_ += extra_label;
      text_ += "=\"";
      text_ += extra_value;
      text_ += '"';
    }
    text_ += '}';
  }
  text_ += ' ';
  text_ += value;
  text_ += '\n';
}

void PrometheusText::sample(const MetricLabels& labels, double value) {
  line("", labels, "", "", prometheus_number(value));
}

void PrometheusText::histogram(const MetricLabels& labels, const Histogram& h) {
  std::uint64_t cumulative = 0;
  const auto& bounds = h.upper_bounds();
  for (std::size_t i = 0; i < bounds.size(); ++i) {
    cumulative += h.counts()[i];
    line("_bucket", labels, "le", prometheus_number(bounds[i]), std::to_string(cumulative));
  }
  line("_bucket", labels, "le", "+Inf", std::to_string(h.count()));
  line("_sum", labels, "", "", prometheus_number(h.sum()));
  line("_count", labels, "", "", std::to_string(h.count()));
}

}  // namespace forkant
