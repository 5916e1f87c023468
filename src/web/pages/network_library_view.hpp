#pragma once
// One shared item as the library's pages show it: the sharer by name or by the anonymous label in the
// reader's language, the questions, the verdict, the date, and a mailto: link to the chosen contact.

#include <nlohmann/json.hpp>

#include "services/network_library.hpp"
#include "web/context.hpp"

namespace forkant::web::pages {

// `href` is the item's own page.
nlohmann::json library_item_view(Context& ctx, const LibraryItem& item, const std::string& href);

}  // namespace forkant::web::pages
