// The session list's rules (ASVS 3.3.4): a device named by its browser and system families only, a
// session's public name from its hash, and the moment after sign-in when no password is asked again.
#include "domain/accounts/own_sessions.hpp"

#include <gtest/gtest.h>

namespace forkant {
namespace {

TEST(OwnSessions, TheDeviceIsTheBrowserAndTheSystemNeverTheWholeHeader) {
  EXPECT_EQ(device_label("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"),
            "Firefox · Windows");
  EXPECT_EQ(device_label("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like "
                         "Gecko) Version/18.1 Safari/605.1.15"),
            "Safari · macOS");
  EXPECT_EQ(device_label("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                         "HeadlessChrome/131.0.0.0 Safari/537.36"),
            "Chrome · Linux");
}

TEST(OwnSessions, BrowsersThatAlsoSayChromeOrSafariAreNamedByTheirOwnMarker) {
  EXPECT_EQ(device_label("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                         "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"),
            "Edge · Windows");
  EXPECT_EQ(
      device_label("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
                   "like Gecko) CriOS/131.0 Mobile/15E148 Safari/604.1"),
      "Chrome · iOS");
  EXPECT_EQ(device_label("Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
                         "SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36"),
            "Samsung Internet · Android");
}

TEST(OwnSessions, WhatIsNotRecognisedIsLeftOut) {
  EXPECT_EQ(device_label("curl/7.88.1"), "");
  EXPECT_EQ(device_label(""), "");
  EXPECT_EQ(device_label("python-requests/2.28 (Linux)"), "Linux");
  // Nothing of the header is copied: a crafted header cannot put text of its own in the list.
  EXPECT_EQ(device_label("<script>alert(1)</script> Firefox/1"), "Firefox");
}

TEST(OwnSessions, ASessionIsNamedByTheFirstEightBytesOfItsHashInHex) {
  const std::string hash{"\x00\x01\xab\xff\x10\x20\x30\x40\x50\x60", 10};
  EXPECT_EQ(session_ref(hash), "0001abff10203040");
  EXPECT_EQ(session_ref(""), "");
}

TEST(OwnSessions, NoPasswordIsAskedForTenMinutesAfterSignIn) {
  constexpr std::int64_t kSignIn = 1'800'000'000;
  EXPECT_TRUE(signed_in_recently(kSignIn, kSignIn));
  EXPECT_TRUE(signed_in_recently(kSignIn, kSignIn + 10 * 60 - 1));
  EXPECT_FALSE(signed_in_recently(kSignIn, kSignIn + 10 * 60));
}

}  // namespace
}  // namespace forkant
