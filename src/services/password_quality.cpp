#include "services/password_quality.hpp"

#include <pwquality.h>

#include <cctype>
#include <memory>
#include <mutex>
#include <string>

#include "domain/accounts/credentials.hpp"

namespace forkant {
namespace {

struct SettingsFree {
  void operator()(pwquality_settings_t* s) const { pwquality_free_settings(s); }
};

// Only the dictionary and similarity checks: the length is validate_password's (counted in
// characters), and every composition rule (credits, classes, repeats) is off, as ASVS 2.1.9 asks.
// /etc/security/pwquality.conf is not read, so the rule is the same on every installation.
std::unique_ptr<pwquality_settings_t, SettingsFree> make_settings() {
  std::unique_ptr<pwquality_settings_t, SettingsFree> s(pwquality_default_settings());
  for (const char* option :
       {"minlen=6", "dcredit=0", "ucredit=0", "lcredit=0", "ocredit=0", "minclass=0", "maxrepeat=0",
        "maxclassrepeat=0", "maxsequence=0", "gecoscheck=0", "dictcheck=1", "usercheck=0", "enforcing=1"}) {
    pwquality_set_option(s.get(), option);
  }
  return s;
}

// libpwquality's score (>= 0) or error code, PWQ_ERROR_CRACKLIB_CHECK; kUnavailable when the dictionary
// cannot be read.
constexpr int kUnavailable = 1000;

// cracklib opens its dictionary on every call and keeps static state: one check at a time.
int pwquality_verdict(const std::string& password, const std::string& user) {
  static std::mutex mutex;
  static const auto settings = make_settings();
  const std::lock_guard<std::mutex> lock(mutex);
  void* aux = nullptr;
  const int score =
      pwquality_check(settings.get(), password.c_str(), nullptr, user.empty() ? nullptr : user.c_str(), &aux);
  if (score == PWQ_ERROR_CRACKLIB_CHECK && aux != nullptr) {
    // cracklib reports a dictionary it cannot open as a failed check; that is not the password's fault.
    // For this error the auxiliary value is cracklib's own message: static, never freed.
    const std::string message(static_cast<const char*>(aux));
    if (message.find("dictionary") != std::string::npos && message.find("load") != std::string::npos)
      return kUnavailable;
  }
  return score;
}

bool is_end_junk(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u < 0x80 && std::isalpha(u) == 0;
}

// "password1234" without its digits and signs at both ends: "password".
std::string core_word(std::string_view password) {
  std::size_t begin = 0;
  std::size_t end = password.size();
  while (begin < end && is_end_junk(password[begin])) ++begin;
  while (end > begin && is_end_junk(password[end - 1])) --end;
  return std::string(password.substr(begin, end - begin));
}

Error common() {
  return Error::invalid("password_common", "error.password_common");
}

Error unavailable() {
  return Error{ErrorKind::internal, "password_check_unavailable", "error.password_check_unavailable", {}};
}

}  // namespace

Status check_new_password(std::string_view password, std::string_view email) {
  if (auto s = validate_password(password); !s) return s;
  const std::string user(email.substr(0, email.find('@')));
  const int whole = pwquality_verdict(std::string(password), user);
  if (whole == kUnavailable) return unavailable();
  if (whole < 0) return common();
  // The word inside: only the dictionary and the user name count against it (it may be short).
  const std::string core = core_word(password);
  if (core.size() >= 6 && core.size() < password.size()) {
    const int inner = pwquality_verdict(core, user);
    if (inner == kUnavailable) return unavailable();
    if (inner == PWQ_ERROR_CRACKLIB_CHECK || inner == PWQ_ERROR_USER_CHECK) return common();
  }
  return ok_status();
}

Status password_dictionary_status() {
  // A word every cracklib dictionary holds must be refused as one; anything else means no dictionary.
  return pwquality_verdict("password", "") == PWQ_ERROR_CRACKLIB_CHECK ? ok_status() : Status(unavailable());
}

}  // namespace forkant
