#include "web/static_files.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace forkant::web {
namespace {

std::string content_type_for(const std::string& ext) {
  static const std::map<std::string, std::string> types{{".css", "text/css; charset=utf-8"},
                                                        {".js", "text/javascript; charset=utf-8"},
                                                        {".svg", "image/svg+xml"},
                                                        {".png", "image/png"},
                                                        {".ico", "image/x-icon"},
                                                        {".txt", "text/plain; charset=utf-8"},
                                                        {".woff2", "font/woff2"}};
  auto it = types.find(ext);
  return it == types.end() ? "application/octet-stream" : it->second;
}

std::string fnv1a_hex(const std::string& s) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
  char buf[24];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace

StaticFiles::StaticFiles(const std::string& dir) {
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    const std::string name = std::filesystem::relative(entry.path(), dir).generic_string();
    if (name.front() == '.') continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream body;
    body << in.rdbuf();
    Asset a{body.str(), content_type_for(entry.path().extension().string()), ""};
    a.etag = "\"" + fnv1a_hex(a.body) + "\"";
    assets_.emplace(name, std::move(a));
  }
}

std::optional<Response> StaticFiles::serve(const std::string& name, const Request& req) const {
  auto it = assets_.find(name);
  if (it == assets_.end()) return std::nullopt;
  Response res;
  res.set_header("Content-Type", it->second.content_type);
  res.set_header("ETag", it->second.etag);
  res.set_header("Cache-Control", "public, max-age=3600");
  if (auto inm = req.header("if-none-match"); inm && *inm == it->second.etag) {
    res.status = 304;
    return res;
  }
  res.body = req.method == "HEAD" ? std::string() : it->second.body;
  return res;
}

}  // namespace forkant::web
