#include "cli/report_file.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>

namespace forkant::cli {

bool write_report_file(const std::string& out, const std::string& bytes, std::string_view command) {
  const std::string partial = out + ".partial";
  {
    std::ofstream file(partial, std::ios::binary | std::ios::trunc);
    file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    file.close();
    if (!file) {
      std::cerr << "forkant " << command << ": cannot write " << out << "\n";
      std::filesystem::remove(partial);
      return false;
    }
  }
  std::error_code error;
  std::filesystem::rename(partial, out, error);
  if (error) {
    std::cerr << "forkant " << command << ": cannot write " << out << "\n";
    std::filesystem::remove(partial);
    return false;
  }
  return true;
}

}  // namespace forkant::cli
