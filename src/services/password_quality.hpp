#pragma once
// The check every new password passes (OWASP ASVS 2.1.7): validate_password's rules (12 to 128
// characters, no composition rules, the short built-in list), then libpwquality with the cracklib
// dictionary (Debian's cracklib-runtime): a dictionary word or one of cracklib's mangled forms of it, a
// systematic sequence, the person's own e-mail name, or a dictionary word with digits or signs stuck on
// its ends ("password1234", "sunshine2024!"), which cracklib itself lets through. Applied at every place
// a password is chosen: a new account, joining by invitation, a change, a reset.

#include <string_view>

#include "domain/result.hpp"

namespace forkant {

// Errors: validate_password's, "password_common" (a common or dictionary-based password),
// "password_check_unavailable" (the dictionary cannot be read: refused, never let through).
Status check_new_password(std::string_view password, std::string_view email);

// Whether the dictionary can be read and refuses what it should; `forkant serve` checks it at start-up.
Status password_dictionary_status();

}  // namespace forkant
