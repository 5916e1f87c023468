#pragma once
// Reading a PDF back as its reader would, with the poppler command-line tools and, for the structure,
// Debian's python3 with pikepdf: the text layer (pdftotext -layout), the document information
// (pdfinfo), the fonts (pdffonts). The PDF is written to a file under `dir` first.

#include <filesystem>
#include <map>
#include <string>

namespace forkant::test {

// The output of `command` run by /bin/sh (stdout only), and its exit status.
struct ToolOutput {
  int status = -1;
  std::string out;
};
ToolOutput run_tool(const std::string& command);

// Writes `pdf` to a new file under `dir` and returns its path.
std::filesystem::path save_pdf(const std::filesystem::path& dir, const std::string& pdf);

// `pdftotext -layout FILE -`: the text, one page after the other separated by form feeds.
std::string pdf_text(const std::filesystem::path& file);
// `pdfinfo FILE` as key -> value ("Pages" -> "7", "Title" -> "...").
std::map<std::string, std::string> pdf_info(const std::filesystem::path& file);
// `pdffonts FILE`: the font table, header included.
std::string pdf_fonts(const std::filesystem::path& file);
// Every font in the `pdffonts` table is embedded (its "emb" column says yes), and there is at least one.
bool all_fonts_embedded(const std::string& pdffonts_output);

}  // namespace forkant::test
