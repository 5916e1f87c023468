// The client address for the sign-in throttle: X-Forwarded-For counts only when the TCP peer is a
// trusted proxy, and then the right-most entry that is not itself a trusted proxy is the client.
#include "web/client_address.hpp"

#include <gtest/gtest.h>

namespace forkant::web {
namespace {

const std::vector<std::string> kProxies{"10.0.0.5", "10.0.0.6"};

TEST(ClientAddress, WithoutTrustedProxiesThePeerIsTheClientWhateverTheHeaderSays) {
  EXPECT_EQ(client_address("192.0.2.1", {"203.0.113.9"}, {}), "192.0.2.1");
  EXPECT_EQ(client_address("192.0.2.1", {"203.0.113.9"}, kProxies), "192.0.2.1") << "peer not a proxy";
}

TEST(ClientAddress, BehindATrustedProxyTheRightMostUntrustedEntryIsTheClient) {
  EXPECT_EQ(client_address("10.0.0.5", {"203.0.113.9"}, kProxies), "203.0.113.9");
  EXPECT_EQ(client_address("10.0.0.5", {"198.51.100.1, 203.0.113.9"}, kProxies), "203.0.113.9")
      << "the left part was written by the client and is not believed";
  EXPECT_EQ(client_address("10.0.0.5", {"198.51.100.1, 203.0.113.9, 10.0.0.6"}, kProxies), "203.0.113.9")
      << "a chain of two trusted proxies";
  EXPECT_EQ(client_address("10.0.0.5", {"198.51.100.1", "203.0.113.9"}, kProxies), "203.0.113.9")
      << "several headers are one list, in order";
}

TEST(ClientAddress, WhenEveryHopIsTrustedTheLeftMostIsTheClient) {
  EXPECT_EQ(client_address("10.0.0.5", {"10.0.0.6"}, kProxies), "10.0.0.6");
  EXPECT_EQ(client_address("10.0.0.5", {}, kProxies), "10.0.0.5") << "no header: the proxy itself";
}

TEST(ClientAddress, SomethingThatIsNotAnAddressStopsTheWalkAtTheLastTrustedHop) {
  EXPECT_EQ(client_address("10.0.0.5", {"unknown"}, kProxies), "10.0.0.5");
  EXPECT_EQ(client_address("10.0.0.5", {"203.0.113.9, "}, kProxies), "10.0.0.5");
  EXPECT_EQ(client_address("10.0.0.5", {"<script>, 10.0.0.6"}, kProxies), "10.0.0.6");
  EXPECT_EQ(client_address("10.0.0.5", {"999.1.1.1"}, kProxies), "10.0.0.5");
}

TEST(ClientAddress, AddressesAreComparedInOneForm) {
  EXPECT_EQ(client_address("::ffff:10.0.0.5", {"203.0.113.9"}, kProxies), "203.0.113.9")
      << "IPv4-mapped IPv6 peer";
  EXPECT_EQ(client_address("10.0.0.5", {"203.0.113.9:51234"}, kProxies), "203.0.113.9") << "with a port";
  EXPECT_EQ(client_address("10.0.0.5", {"[2001:DB8::1]:443"}, kProxies), "2001:db8::1");
  EXPECT_EQ(client_address("2001:db8::5", {"203.0.113.9"}, {"2001:DB8::5"}), "203.0.113.9");
  EXPECT_EQ(client_address("2001:db8::5", {"203.0.113.9"}, {"2001:db8:0:0::5"}), "203.0.113.9");
}

TEST(NormaliseAddress, KnowsAddressesFromText) {
  EXPECT_EQ(normalise_address(" 127.0.0.1 "), "127.0.0.1");
  EXPECT_EQ(normalise_address("::1"), "::1");
  EXPECT_EQ(normalise_address("::ffff:192.0.2.1"), "192.0.2.1");
  EXPECT_EQ(normalise_address("localhost"), "");
  EXPECT_EQ(normalise_address("1.2.3"), "");
  EXPECT_EQ(normalise_address("1.2.3.4.5"), "");
  EXPECT_EQ(normalise_address(""), "");
  // One written form, so that a proxy named longhand is the same proxy (Boost.URL's grammar).
  EXPECT_EQ(normalise_address("2001:0DB8:0:0:0:0:0:1"), "2001:db8::1");
  EXPECT_EQ(normalise_address("[::FFFF:C000:0201]:80"), "192.0.2.1");
  for (const char* bad : {":::", "1::2::3", "2001:db8::g", "01.2.3.4", "256.1.1.1", "ffff"}) {
    EXPECT_EQ(normalise_address(bad), "") << bad;
  }
}

}  // namespace
}  // namespace forkant::web
