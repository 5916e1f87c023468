// Graceful shutdown: on SIGTERM or SIGINT the server stops accepting, answers the requests it already
// has, closes idle connections, and exits 0.
#include <gtest/gtest.h>

#include "support/server_process.hpp"

namespace forkant::test {
namespace {

TEST(GracefulShutdown, ARequestInFlightAtSigtermIsStillAnsweredThenTheProcessExitsZero) {
  TestServer server;
  server.add_user("sidste@example.dk", "Sidste", "det-sidste-kodeord", "Stop Kommune");
  server.start();
  RawConnection c(server.port());
  // A first exchange proves the connection has been accepted (not waiting in the listen queue).
  ASSERT_TRUE(c.send(raw_request("GET", "/healthz", server.port())));
  ASSERT_TRUE(c.read_response());
  // A sign-in takes ~0.2 s of argon2id: it is still being handled when the signal arrives.
  const std::string token(43, 'S');
  ASSERT_TRUE(c.send(raw_request(
      "POST", "/login", server.port(),
      {{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", "forkant_csrf=" + token}},
      form_encode({{"csrf", token}, {"email", "sidste@example.dk"}, {"password", "det-sidste-kodeord"}}))));
  ASSERT_EQ(::kill(server.pid(), SIGTERM), 0);
  const auto res = c.read_response();
  ASSERT_TRUE(res) << "the in-flight request was dropped";
  EXPECT_EQ(res->status, 303);
  EXPECT_NE(res->header("set-cookie").find("forkant_session="), std::string::npos);
  EXPECT_EQ(res->header("connection"), "close") << "no further requests on a stopping server";
  EXPECT_TRUE(c.wait_closed());
  EXPECT_EQ(server.stop(0), 0) << server.log();  // signal 0: just wait for the exit
}

TEST(GracefulShutdown, IdleKeepAliveConnectionsDoNotHoldUpSigint) {
  TestServer server;
  server.start();
  RawConnection idle(server.port());
  ASSERT_TRUE(idle.send(raw_request("GET", "/healthz", server.port())));
  ASSERT_TRUE(idle.read_response());
  EXPECT_EQ(server.stop(SIGINT), 0) << server.log();
  EXPECT_TRUE(idle.wait_closed());
}

}  // namespace
}  // namespace forkant::test
