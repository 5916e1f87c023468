#include "cli/environment.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "formats/screening_toml.hpp"
#include "storage/open.hpp"

namespace forkant::cli {

Paths Paths::defaults() {
  // The source tree and the build directory, or /usr/share/forkant and /usr/share/locale when built for
  // the package (FORKANT_INSTALLED_LAYOUT, src/cli/CMakeLists.txt).
  Paths p{FORKANT_SHARE_DIR_DEFAULT, FORKANT_LOCALE_DIR_DEFAULT, {}};
  if (const char* share = std::getenv("FORKANT_SHARE_DIR")) p.share_dir = share;
  if (const char* loc = std::getenv("FORKANT_LOCALE_DIR")) p.locale_dir = loc;
  p.migrations_dir = p.share_dir + FORKANT_MIGRATIONS_SUBDIR;
  return p;
}

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

template <typename T>
T or_stop(Result<T> read, const std::string& path) {
  if (!read) {
    std::string detail = read.error().code;
    for (const auto& [k, v] : read.error().params) detail += " " + k + "=" + v;
    throw std::runtime_error(path + ": " + detail);
  }
  return std::move(*read);
}

}  // namespace

ImpactBuiltins load_impact_builtins(const std::string& dir) {
  ImpactBuiltins out;
  const std::string screening = dir + "/dk-screening.toml";
  out.screening_text = read_file(screening);
  out.screening = or_stop(read_screening_toml(out.screening_text), screening);
  const std::string levels = dir + "/aia-levels.toml";
  out.aia_levels = or_stop(read_findings_toml(read_file(levels)), levels);
  const std::string routing = dir + "/routing-default.toml";
  out.default_routing = or_stop(read_routing_toml(read_file(routing)), routing);
  return out;
}

Environment::Environment(const std::string& db, const Paths& p, EnvironmentOptions options)
    : paths(p),
      clock(options.clock ? *options.clock : system_clock),
      backend(open_backend(db, paths.migrations_dir, BackendOptions{options.faults})) {
  decisions.learn_from(backend.library.get());  // the agenda's lesson from the organisation's networks
  decisions.feed_radar([this](std::int64_t org_id, AgendaInput& input) { radar.agenda_feed(org_id, input); });
  // The agenda's competence gaps without a step (issue 17).
  decisions.set_competence_gaps([this](std::int64_t org_id) { return competence.agenda_gaps(org_id); });
  // The radar's competence prerequisites are checked against the matrix: an open gap there is a lack.
  radar.set_competence_lookup([this](std::int64_t org_id, std::string_view name) {
    return competence.gap_open(org_id, std::string(name));
  });
  // Built-in frameworks: installed once per version; a round keeps the exact text it was run with.
  for (const auto& entry : std::filesystem::directory_iterator(paths.share_dir + "/frameworks")) {
    if (entry.path().extension() != ".toml") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    assessment.install_framework(text.str(), entry.path().filename().string());
  }
  // A round's e-mail addresses are deleted in the transaction that closes it.
  assessment.set_close_hook([this](std::int64_t round_id) { round_mail.round_closed(round_id); });
  orgs.set_outbox(&outbox);  // member invitations by e-mail
  // What the impact assessments hold open holds an initiative at pilot.
  initiatives.set_open_items(
      [this](std::int64_t org_id, std::int64_t initiative_id, const std::string& lang) {
        return impact.open_items(org_id, initiative_id, lang);
      });
}

}  // namespace forkant::cli
