#pragma once
// Reads a rendered PDF back with the tools a reader's machine has: poppler-utils (pdftotext, pdfinfo,
// pdffonts) and python3 + pikepdf for the structure tree. The PDF goes to a temporary file per test.

#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "render/charts/bar_chart.hpp"
#include "render/charts/radar_chart.hpp"
#include "reports/document.hpp"
#include "reports/pdf_document.hpp"

namespace forkant::reports::test {

// The command's standard output; fails the test if it exits non-zero.
inline std::string run(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) {
    ADD_FAILURE() << "cannot run " << command;
    return out;
  }
  std::array<char, 4096> buffer;
  std::size_t n = 0;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
  const int status = pclose(pipe);
  EXPECT_EQ(status, 0) << command;
  return out;
}

// A rendered PDF on disk for the tools, removed at the end of the test.
class PdfFile {
 public:
  explicit PdfFile(const Document& doc) : PdfFile(render_pdf(doc)) {}
  explicit PdfFile(const std::string& bytes) : bytes_(bytes) {
    std::string pattern = (std::filesystem::temp_directory_path() / "forkant-pdf-XXXXXX").string();
    const int fd = mkstemp(pattern.data());
    if (fd >= 0) close(fd);
    path_ = pattern;
    std::ofstream(path_, std::ios::binary) << bytes;
  }
  ~PdfFile() { std::filesystem::remove(path_); }
  PdfFile(const PdfFile&) = delete;
  PdfFile& operator=(const PdfFile&) = delete;

  const std::string& bytes() const { return bytes_; }
  std::string text() const { return run("pdftotext -layout '" + path_ + "' -"); }
  std::string page_text(int page) const {
    const std::string n = std::to_string(page);
    return run("pdftotext -layout -f " + n + " -l " + n + " '" + path_ + "' -");
  }
  std::string info() const { return run("pdfinfo '" + path_ + "'"); }
  std::string fonts() const { return run("pdffonts '" + path_ + "'"); }
  int pages() const {
    const std::string i = info();
    const auto at = i.find("Pages:");
    return at == std::string::npos ? 0 : std::atoi(i.c_str() + at + 6);
  }
  // Runs a python3 snippet with `pdf` bound to the opened pikepdf.Pdf.
  std::string python(const std::string& code) const {
    const std::string script = path_ + ".py";
    std::ofstream(script) << "import sys, pikepdf\npdf = pikepdf.open(sys.argv[1])\n" << code << "\n";
    std::string out = run("/usr/bin/python3 '" + script + "' '" + path_ + "'");
    std::filesystem::remove(script);
    return out;
  }

 private:
  std::string bytes_;
  std::string path_;
};

// Charts as the pages draw them.
inline std::string radar_svg() {
  charts::RadarChart radar{"radar",
                           "Profil",
                           "Profilen over otte dimensioner",
                           {"1 Formål", "2 Retning", "3 Ledelse", "4 Samarbejde", "5 Læring", "6 Borgere"},
                           {3.8, 3.2, 4.1, 2.9, 3.5, 3.9},
                           {3.5, 3.0, 3.9, 3.1, 3.2, 3.6},
                           "Runde 2026",
                           "Runde 2025",
                           ""};
  return charts::render_radar(radar);
}

inline std::string bar_svg() {
  charts::BarChart bars{"bars", "Score", "Score pr. dimension", {}, 1, 5, 1, 1, ','};
  for (int i = 0; i < 6; ++i) bars.bars.push_back({"Dimension " + std::to_string(i + 1), 2.5 + 0.3 * i, 0.6});
  return charts::render_bar_chart(bars);
}

inline std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace forkant::reports::test
