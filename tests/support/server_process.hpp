#pragma once
// The integration-test harness: a real `forkant` process on an ephemeral port, its database in a fresh
// temporary folder (or a fresh PostgreSQL database in the suite's second pass), and clients to speak to it.
//
//   TestServer server;                 // temp dir + database path; nothing runs yet
//   server.demo();                     // `forkant demo` (Demo Kommune, owner kDemoOwnerEmail)
//   server.start();                    // `forkant serve --listen 127.0.0.1:0`; blocks until listening
//   auto browser = server.browser();   // cookie jar, CSRF from pages, sign_in()
//   browser.sign_in(kDemoOwnerEmail, kDemoOwnerPassword);
//   auto api = server.api(server.create_token(kDemoOwnerEmail));
//   EXPECT_EQ(api.get("/api/v1/me").status, 200);
//   EXPECT_EQ(server.stop(), 0);       // SIGTERM; the exit status (the destructor stops it too)
//
// Synchronisation is by blocking reads on pipes and sockets with deadlines, never by sleeping. Each
// argon2id hash costs ~0.2 s (user add, sign-in, join), so suites share one server where they can.

#include <httplib.h>
#include <sys/types.h>

#include <chrono>
#include <csignal>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "support/postgresql_test_database.hpp"

namespace forkant::test {

inline constexpr const char* kDemoOrgName = "Demo Kommune";
inline constexpr const char* kDemoOwnerEmail = "direktoer@demo.forkant.dk";
inline constexpr const char* kDemoOwnerPassword = "forkant-demo-2026";

struct CliResult {
  int exit_code = -1;  // 128 + signal when killed by a signal
  std::string out;
  std::string err;
};

// A response as the tests see it. status 0 means the request failed on the wire (`error` says why).
struct HttpResponse {
  int status = 0;
  httplib::Headers headers;  // case-insensitive names
  std::string body;
  std::string error;

  // The first header with this name (case-insensitive), or "".
  std::string header(const std::string& name) const;
  std::vector<std::string> header_values(const std::string& name) const;
  bool has_header(const std::string& name) const { return headers.count(name) > 0; }
  // The body as JSON; a JSON null when it does not parse.
  nlohmann::json json() const;
  // The value of the Set-Cookie header for `name` (the whole header line), or "".
  std::string set_cookie_line(const std::string& name) const;
};

// The value of the first `<input ... name="csrf" value="...">` in an HTML page, or "".
std::string csrf_from_html(std::string_view html);
// application/x-www-form-urlencoded encoding of fields, in order.
std::string form_encode(const std::vector<std::pair<std::string, std::string>>& fields);

using Fields = std::vector<std::pair<std::string, std::string>>;
using Headers = std::vector<std::pair<std::string, std::string>>;

// An HTTP client with a cookie jar, like a browser without JavaScript. Not thread-safe. Redirects are
// not followed (tests look at them); paths are sent exactly as given.
class Browser {
 public:
  Browser(std::string host, int port);

  HttpResponse get(const std::string& path, const Headers& headers = {});
  // A urlencoded form, exactly these fields (no CSRF token added).
  HttpResponse post_form(const std::string& path, const Fields& fields, const Headers& headers = {});
  // A urlencoded form with this session's CSRF token added as the field `csrf` (see csrf()).
  HttpResponse submit(const std::string& path, Fields fields, const Headers& headers = {});
  HttpResponse post(const std::string& path, const std::string& body, const std::string& content_type,
                    const Headers& headers = {});
  HttpResponse post_json(const std::string& path, const nlohmann::json& body, const Headers& headers = {});
  HttpResponse request(const std::string& method, const std::string& path, const std::string& body = "",
                       const std::string& content_type = "", const Headers& headers = {});

  // GET /login, then POST the form with its CSRF token. A 303 means success; the session cookie is kept.
  HttpResponse sign_in(const std::string& email, const std::string& password, const std::string& next = "");
  // POST /logout with the session's CSRF token.
  HttpResponse sign_out();

  // The CSRF token of the current session (or of the anonymous pre-session), read from a page the
  // first time it is needed: the last one seen in a page, else the one on "/" (following redirects).
  std::string csrf();

  // Sent with every request, e.g. {"Accept-Language", "en"} or {"Authorization", "Bearer ..."}.
  void set_default_header(const std::string& name, const std::string& value);
  std::optional<std::string> cookie(const std::string& name) const;
  void set_cookie(const std::string& name, const std::string& value) { jar_[name] = value; }
  void clear_cookies() { jar_.clear(); }
  std::string session_cookie() const { return cookie("forkant_session").value_or(""); }

 private:
  void remember(const HttpResponse& res);
  std::string host_;
  int port_;
  httplib::Client client_;
  std::map<std::string, std::string> jar_;
  std::map<std::string, std::string> default_headers_;
  std::string csrf_;  // last token seen in a page of the current session; cleared when the session changes
};

// A parsed response read from a raw socket.
struct RawResponse {
  int status = 0;
  std::vector<std::pair<std::string, std::string>> headers;  // names lower case
  std::string body;
  std::string header(std::string_view lower_name) const;
};

// A plain TCP connection for sending exact bytes: oversized headers, pipelining, keep-alive, requests
// that are in flight when the server is told to stop. Reads wait at most `timeout` (a deadline, not a
// delay) and then fail the test instead of hanging.
class RawConnection {
 public:
  // Connects to 127.0.0.1:port from `from_address` (any 127.x.y.z works on Linux), so tests can act as
  // different client addresses.
  RawConnection(int port, const std::string& from_address = "127.0.0.1",
                std::chrono::milliseconds timeout = std::chrono::seconds(15));
  ~RawConnection();
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  bool connected() const { return fd_ >= 0; }
  bool send(std::string_view bytes);
  // Reads one whole response (Content-Length or until close); nullopt on close/timeout before one came.
  std::optional<RawResponse> read_response();
  // True when the peer has closed the connection (a read returns end of file) before the deadline.
  bool wait_closed();

 private:
  bool fill();  // reads more bytes into buffer_; false on EOF, error or timeout
  int fd_ = -1;
  std::chrono::milliseconds timeout_;
  std::string buffer_;
};

// A minimal HTTP/1.1 request as bytes.
std::string raw_request(const std::string& method, const std::string& target, int port,
                        const Headers& headers = {}, const std::string& body = "");

struct AddedUser {
  std::int64_t user_id = 0;
  std::int64_t org_id = 0;  // 0 when no organisation was given
};

// Which backend the integration suite runs on: PostgreSQL when FORKANT_TEST_BACKEND=postgresql (CTest's
// second pass over the suite, tests/CMakeLists.txt), else SQLite.
bool integration_on_postgresql();

class TestServer {
 public:
  TestServer();
  ~TestServer();
  TestServer(const TestServer&) = delete;
  TestServer& operator=(const TestServer&) = delete;

  const std::filesystem::path& dir() const { return dir_; }
  // The --db value: a database file in dir(), or, in the suite's PostgreSQL pass
  // (integration_on_postgresql()), the URL of a fresh database of its own; or what set_db() gave.
  std::string db() const {
    if (!db_.empty()) return db_;
    return pg_ ? pg_->url() : (dir_ / "forkant.db").string();
  }
  bool on_postgresql() const { return db().starts_with("postgres"); }
  // Points the commands here (and database_facts.hpp) at another database from now on, a SQLite file or
  // a postgresql:// URL: for tests that move an installation from one to the other.
  void set_db(std::string db) { db_ = std::move(db); }

  // Runs `forkant <args...>` with `stdin_text` on standard input and waits for it.
  CliResult run_cli(const std::vector<std::string>& args, std::string_view stdin_text = "") const;

  // Set-up through the CLI, as an operator would; each records a test failure when the command fails.
  void demo();
  AddedUser add_user(const std::string& email, const std::string& name, const std::string& password,
                     const std::string& org = "", const std::string& role = "owner",
                     const std::string& language = "da");
  std::string create_token(const std::string& email);

  // Starts `forkant serve` and returns once it is listening (reads its one line on stdout).
  void start(const std::vector<std::string>& extra_args = {});
  // Sends `signal` and waits (at most 30 s) for the process; returns its exit code (128 + signal when
  // killed by one, -1 when it had to be killed after the deadline).
  int stop(int signal = SIGTERM);
  bool running() const { return pid_ > 0; }
  pid_t pid() const { return pid_; }
  int port() const { return port_; }
  std::string base_url() const { return "http://127.0.0.1:" + std::to_string(port_); }
  // Everything the server wrote on stderr so far (JSON log lines).
  std::string log() const;

  Browser browser() const { return Browser("127.0.0.1", port_); }
  // A client that authenticates with a personal API token.
  Browser api(const std::string& token) const;
  // A browser already signed in (records a test failure if the sign-in is refused).
  Browser signed_in(const std::string& email, const std::string& password) const;

 private:
  std::filesystem::path dir_;
  std::unique_ptr<PostgresqlTestDatabase> pg_;
  std::string db_;
  pid_t pid_ = -1;
  int stdout_fd_ = -1;
  int port_ = 0;
};

}  // namespace forkant::test
