#include "support/pdf_tools.hpp"

#include <sys/wait.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <vector>

namespace forkant::test {

ToolOutput run_tool(const std::string& command) {
  ToolOutput result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.out.append(buffer.data(), n);
  const int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::filesystem::path save_pdf(const std::filesystem::path& dir, const std::string& pdf) {
  static std::atomic<int> counter{0};
  auto path = dir / ("report-" + std::to_string(++counter) + ".pdf");
  std::ofstream out(path, std::ios::binary);
  out << pdf;
  return path;
}

std::string pdf_text(const std::filesystem::path& file) {
  return run_tool("pdftotext -enc UTF-8 -layout '" + file.string() + "' - 2>/dev/null").out;
}

std::map<std::string, std::string> pdf_info(const std::filesystem::path& file) {
  std::map<std::string, std::string> out;
  std::istringstream lines(run_tool("pdfinfo -enc UTF-8 '" + file.string() + "' 2>/dev/null").out);
  std::string line;
  while (std::getline(lines, line)) {
    const auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    const auto value = line.find_first_not_of(' ', colon + 1);
    out[line.substr(0, colon)] = value == std::string::npos ? "" : line.substr(value);
  }
  return out;
}

std::string pdf_fonts(const std::filesystem::path& file) {
  return run_tool("pdffonts '" + file.string() + "' 2>/dev/null").out;
}

bool all_fonts_embedded(const std::string& table) {
  // name, type (one or two words), encoding, then the columns emb sub uni object ID.
  std::istringstream lines(table);
  std::string line;
  int fonts = 0;
  int row = 0;
  while (std::getline(lines, line)) {
    if (++row <= 2 || line.empty()) continue;  // the header and its rule
    std::istringstream words(line);
    std::vector<std::string> w;
    for (std::string x; words >> x;) w.push_back(x);
    if (w.size() < 6) return false;
    // From the end: ID, object, uni, sub, emb.
    if (w[w.size() - 5] != "yes") return false;
    ++fonts;
  }
  return fonts > 0;
}

}  // namespace forkant::test
