#pragma once
// A respondent's blank pages — the intro of a link not yet started, a question page with nothing saved
// on it, the thank-you page — are the same for every respondent of a round but for two values: the
// link's token (in the paths) and the CSRF token. They are rendered once with random stand-ins for both,
// kept in the app's RenderedCache, and each request gets a copy with its own two values put in. Only
// values that the templates would have written unchanged (base64url: nothing to escape) are put in, and
// only for a visitor who is not signed in (the layout shows a signed-in person's name and
// organisations); anything else is rendered in full, so the bytes are those a full render gives.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "web/context.hpp"
#include "web/http.hpp"

namespace forkant::web {

// The page at "/r/" + token + rest (no query string), from the cache under `key` (which must name
// everything else the page shows), or rendered by `render(ctx, base)` with the stand-ins as the
// link's base path, ctx.req.path and ctx.csrf_token. nullopt: this request cannot be filled exactly
// (or the render did not answer 200); the caller renders it in full.
std::optional<Response> respond_blank_page(
    Context& ctx, const std::string& key, const std::string& token, std::string_view rest,
    const std::function<Response(Context&, const std::string&)>& render);

}  // namespace forkant::web
