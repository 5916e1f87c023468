#include "web/respond_blank_page.hpp"

#include <algorithm>

#include "services/secrets.hpp"
#include "web/app.hpp"

namespace forkant::web {
namespace {

// Random per process, so that no round title or framework text can contain them.
struct StandIns {
  std::string token = random_token();
  std::string csrf = random_token();
};

const StandIns& stand_ins() {
  static const StandIns s;
  return s;
}

// base64url, as random_token() makes tokens: what the template's HTML escaping leaves as it is.
bool unescaped_as_is(std::string_view value) {
  return !value.empty() && std::all_of(value.begin(), value.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  for (std::size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += to.size())
    text.replace(at, from.size(), to);
}

// The page rendered for the stand-ins; ctx's path and CSRF token are put back whatever happens.
std::optional<std::string> render_with_stand_ins(
    Context& ctx, std::string_view rest,
    const std::function<Response(Context&, const std::string&)>& render) {
  const StandIns& s = stand_ins();
  const std::string base = "/r/" + s.token;
  std::string path = base + std::string(rest);
  std::string csrf = s.csrf;
  std::swap(ctx.req.path, path);
  std::swap(ctx.csrf_token, csrf);
  std::optional<Response> page;
  try {
    page = render(ctx, base);
  } catch (...) {
    std::swap(ctx.req.path, path);
    std::swap(ctx.csrf_token, csrf);
    throw;
  }
  std::swap(ctx.req.path, path);
  std::swap(ctx.csrf_token, csrf);
  if (page->status != 200) return std::nullopt;
  return std::move(page->body);
}

}  // namespace

std::optional<Response> respond_blank_page(
    Context& ctx, const std::string& key, const std::string& token, std::string_view rest,
    const std::function<Response(Context&, const std::string&)>& render) {
  if (ctx.user || !ctx.req.query.empty() || !unescaped_as_is(token) || !unescaped_as_is(ctx.csrf_token) ||
      ctx.req.path != "/r/" + token + std::string(rest)) {
    return std::nullopt;
  }
  auto& cache = ctx.app.rendered_cache();
  const std::string cache_key = "respond-blank\n" + key;
  Response res;
  if (const auto kept = cache.find(cache_key)) {
    res.body = kept->html;
  } else {
    auto html = render_with_stand_ins(ctx, rest, render);
    if (!html) return std::nullopt;
    res.body = *html;
    cache.store(cache_key, RenderedContent{std::move(*html), ""});
  }
  res.status = 200;
  res.set_header("Content-Type", "text/html; charset=utf-8");
  replace_all(res.body, stand_ins().token, token);
  replace_all(res.body, stand_ins().csrf, ctx.csrf_token);
  return res;
}

}  // namespace forkant::web
