#include "web/share_label.hpp"

namespace forkant::web {

std::string whole_number_text(std::int64_t n, std::string_view lang) {
  const bool negative = n < 0;
  std::string digits = std::to_string(negative ? -n : n);
  const char separator = lang == "da" ? '.' : ',';
  std::string out;
  const std::size_t lead = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i >= lead && (i - lead) % 3 == 0) out += separator;
    out += digits[i];
  }
  return negative ? "-" + out : out;
}

std::string anonymous_label_text(const Context& ctx, OrgKind kind, SizeBand band) {
  const AnonymousLabel label = anonymous_label(kind, band);
  std::map<std::string, std::string> params;
  if (label.lower) params["lower"] = whole_number_text(*label.lower, ctx.lang);
  if (label.upper) params["upper"] = whole_number_text(*label.upper, ctx.lang);
  return ctx.t(label.key, params);
}

std::string shared_by_text(const Context& ctx, const Share& share) {
  if (share.shown_as == ShownAs::name && !share.org_name.empty()) return share.org_name;
  return anonymous_label_text(ctx, share.org_kind, share.size_band);
}

}  // namespace forkant::web
