#pragma once
// Who a text shared with a network is by, as the reader reads it (issue 15): the organisation's name, or
// the anonymous label of its kind and size band in the reader's language ("en kommune med 40.000–60.000
// indbyggere", "a municipality of 40,000–60,000 inhabitants"; domain/networks/share.hpp). Shared by the
// sharing section of the register's pages and the network library.

#include <cstdint>
#include <string>
#include <string_view>

#include "domain/networks/share.hpp"
#include "web/context.hpp"

namespace forkant::web {

// 40000 as "40.000" (Danish) or "40,000" (English).
std::string whole_number_text(std::int64_t n, std::string_view lang);

// The anonymous label of an organisation of `kind` in `band`.
std::string anonymous_label_text(const Context& ctx, OrgKind kind, SizeBand band);

// The share's org_name when shared by name, else its anonymous label (as stored when shared).
std::string shared_by_text(const Context& ctx, const Share& share);

}  // namespace forkant::web
