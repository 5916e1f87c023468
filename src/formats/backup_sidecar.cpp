#include "formats/backup_sidecar.hpp"

#include <nlohmann/json.hpp>

namespace forkant {
namespace {

constexpr const char* kFormat = "forkant-backup";
constexpr int kFormatVersion = 1;

bool is_sha256_hex(const std::string& s) {
  if (s.size() != 64) return false;
  for (const char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

}  // namespace

std::string write_backup_sidecar(const BackupSidecar& s) {
  const nlohmann::ordered_json j = {{"format", kFormat},
                                    {"format_version", kFormatVersion},
                                    {"forkant_version", s.forkant_version},
                                    {"schema_version", s.schema_version},
                                    {"sha256", s.sha256},
                                    {"size_bytes", s.size_bytes},
                                    {"created_at", s.created_at},
                                    {"database", s.database}};
  return j.dump(2) + "\n";
}

std::optional<BackupSidecar> read_backup_sidecar(const std::string& text, std::string& problem) {
  const auto j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    problem = "not JSON";
    return std::nullopt;
  }
  if (j.value("format", "") != kFormat) {
    problem = "not a forkant backup sidecar (no \"format\": \"forkant-backup\")";
    return std::nullopt;
  }
  if (!j.contains("format_version") || !j["format_version"].is_number_integer() ||
      j["format_version"].get<std::int64_t>() != kFormatVersion) {
    problem = "an unknown format_version";
    return std::nullopt;
  }
  BackupSidecar s;
  const auto text_field = [&](const char* name, std::string& out) {
    if (!j.contains(name) || !j[name].is_string()) {
      problem = std::string("\"") + name + "\" is missing or not a string";
      return false;
    }
    out = j[name].get<std::string>();
    return true;
  };
  if (!text_field("forkant_version", s.forkant_version) || !text_field("sha256", s.sha256) ||
      !text_field("created_at", s.created_at) || !text_field("database", s.database)) {
    return std::nullopt;
  }
  if (!is_sha256_hex(s.sha256)) {
    problem = "\"sha256\" is not 64 lower-case hex digits";
    return std::nullopt;
  }
  if (!j.contains("schema_version") || !j["schema_version"].is_number_integer() ||
      j["schema_version"].get<std::int64_t>() < 0 || j["schema_version"].get<std::int64_t>() > 1000000) {
    problem = "\"schema_version\" is missing or not a whole number";
    return std::nullopt;
  }
  s.schema_version = j["schema_version"].get<int>();
  if (!j.contains("size_bytes") || !j["size_bytes"].is_number_unsigned()) {
    problem = "\"size_bytes\" is missing or not a whole number";
    return std::nullopt;
  }
  s.size_bytes = j["size_bytes"].get<std::uint64_t>();
  return s;
}

}  // namespace forkant
