#pragma once
// Static assets (CSS, the one small script, icons), read into memory at start-up. Only files that were
// there at start are served, so no request path can reach outside the folder.

#include <map>
#include <optional>
#include <string>

#include "web/http.hpp"

namespace forkant::web {

class StaticFiles {
 public:
  explicit StaticFiles(const std::string& dir);
  StaticFiles() = default;
  // `name` is the part after /static/. nullopt when there is no such file.
  std::optional<Response> serve(const std::string& name, const Request& req) const;

 private:
  struct Asset {
    std::string body;
    std::string content_type;
    std::string etag;
  };
  std::map<std::string, Asset> assets_;
};

}  // namespace forkant::web
