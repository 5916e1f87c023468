#pragma once
// Rules for what a person may choose as e-mail, name and password (OWASP ASVS 2.1: at least 12
// characters, up to 128 allowed, never truncated, no composition rules, common passwords refused).

#include <string_view>

#include "domain/result.hpp"

namespace forkant {

inline constexpr std::size_t kMinPasswordLength = 12;
inline constexpr std::size_t kMaxPasswordLength = 128;

Status validate_password(std::string_view password);
Status validate_email(std::string_view email);
Status validate_person_name(std::string_view name);

}  // namespace forkant
