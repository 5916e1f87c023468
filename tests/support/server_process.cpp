#include "support/server_process.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>

#ifndef FORKANT_BINARY
#error "FORKANT_BINARY must name the forkant executable"
#endif

namespace forkant::test {
namespace {

using Steady = std::chrono::steady_clock;

int remaining_ms(Steady::time_point deadline) {
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Steady::now()).count();
  return left > 0 ? static_cast<int>(left) : 0;
}

int exit_code_of(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

std::vector<char*> c_argv(std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  return argv;
}

// Reads what is available on fd into out; false on end of file or error.
bool drain_into(int fd, std::string& out) {
  char buf[8192];
  const ssize_t n = ::read(fd, buf, sizeof buf);
  if (n > 0) {
    out.append(buf, static_cast<std::size_t>(n));
    return true;
  }
  return n < 0 && errno == EINTR;
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The test process writes to pipes and sockets whose other end may be gone: a failed write must be an
// error value, not a SIGPIPE that kills the test runner.
void ignore_sigpipe() {
  static const bool done = [] {
    std::signal(SIGPIPE, SIG_IGN);
    return true;
  }();
  (void)done;
}

}  // namespace

// ---- HttpResponse ---------------------------------------------------------------------------------------

std::string HttpResponse::header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? std::string() : it->second;
}

std::vector<std::string> HttpResponse::header_values(const std::string& name) const {
  std::vector<std::string> out;
  auto [a, b] = headers.equal_range(name);
  for (auto it = a; it != b; ++it) out.push_back(it->second);
  return out;
}

nlohmann::json HttpResponse::json() const {
  return nlohmann::json::parse(body, nullptr, false);
}

std::string HttpResponse::set_cookie_line(const std::string& name) const {
  for (const auto& line : header_values("Set-Cookie")) {
    if (line.starts_with(name + "=")) return line;
  }
  return "";
}

std::string csrf_from_html(std::string_view html) {
  static const std::string marker = R"(name="csrf" value=")";
  const auto at = html.find(marker);
  if (at == std::string_view::npos) return "";
  const auto start = at + marker.size();
  const auto end = html.find('"', start);
  return end == std::string_view::npos ? "" : std::string(html.substr(start, end - start));
}

std::string form_encode(const Fields& fields) {
  std::string out;
  for (const auto& [k, v] : fields) {
    if (!out.empty()) out += '&';
    out += httplib::detail::encode_query_param(k) + "=" + httplib::detail::encode_query_param(v);
  }
  return out;
}

// ---- Browser --------------------------------------------------------------------------------------------

Browser::Browser(std::string host, int port) : host_(std::move(host)), port_(port), client_(host_, port_) {
  client_.set_url_encode(false);  // paths go out byte for byte: traversal and encoding tests need that
  client_.set_connection_timeout(std::chrono::seconds(5));
  client_.set_read_timeout(std::chrono::seconds(30));
  client_.set_write_timeout(std::chrono::seconds(30));
}

void Browser::set_default_header(const std::string& name, const std::string& value) {
  default_headers_[name] = value;
}

std::optional<std::string> Browser::cookie(const std::string& name) const {
  auto it = jar_.find(name);
  if (it == jar_.end()) return std::nullopt;
  return it->second;
}

HttpResponse Browser::request(const std::string& method, const std::string& path, const std::string& body,
                              const std::string& content_type, const Headers& headers) {
  httplib::Request req;
  req.method = method;
  req.path = path;
  for (const auto& [k, v] : default_headers_) req.headers.emplace(k, v);
  if (!jar_.empty()) {
    std::string cookie;
    for (const auto& [k, v] : jar_) cookie += (cookie.empty() ? "" : "; ") + k + "=" + v;
    req.headers.emplace("Cookie", cookie);
  }
  if (!content_type.empty()) req.headers.emplace("Content-Type", content_type);
  for (const auto& [k, v] : headers) {
    req.headers.erase(k);
    req.headers.emplace(k, v);
  }
  req.body = body;
  auto result = client_.send(req);
  HttpResponse res;
  if (!result) {
    res.error = httplib::to_string(result.error());
    return res;
  }
  res.status = result->status;
  res.headers = result->headers;
  res.body = result->body;
  remember(res);
  return res;
}

void Browser::remember(const HttpResponse& res) {
  const std::string session_before = session_cookie();
  for (const auto& line : res.header_values("Set-Cookie")) {
    const auto eq = line.find('=');
    if (eq == std::string::npos) continue;
    const std::string name = line.substr(0, eq);
    const auto semi = line.find(';', eq);
    const std::string value =
        line.substr(eq + 1, semi == std::string::npos ? std::string::npos : semi - eq - 1);
    const bool deleted = value.empty() || lower(line).find("max-age=0") != std::string::npos;
    if (deleted) {
      jar_.erase(name);
    } else {
      jar_[name] = value;
    }
  }
  if (session_cookie() != session_before) csrf_.clear();
  if (res.header("Content-Type").starts_with("text/html")) {
    if (auto token = csrf_from_html(res.body); !token.empty()) csrf_ = token;
  }
}

HttpResponse Browser::get(const std::string& path, const Headers& headers) {
  return request("GET", path, "", "", headers);
}

HttpResponse Browser::post(const std::string& path, const std::string& body, const std::string& content_type,
                           const Headers& headers) {
  return request("POST", path, body, content_type, headers);
}

HttpResponse Browser::post_form(const std::string& path, const Fields& fields, const Headers& headers) {
  return post(path, form_encode(fields), "application/x-www-form-urlencoded", headers);
}

HttpResponse Browser::submit(const std::string& path, Fields fields, const Headers& headers) {
  fields.emplace(fields.begin(), "csrf", csrf());
  return post_form(path, fields, headers);
}

HttpResponse Browser::post_json(const std::string& path, const nlohmann::json& body, const Headers& headers) {
  return post(path, body.dump(), "application/json", headers);
}

std::string Browser::csrf() {
  if (!csrf_.empty()) return csrf_;
  std::string path = "/";
  for (int hops = 0; hops < 5 && csrf_.empty(); ++hops) {
    const auto res = get(path);
    if (res.status / 100 != 3) break;
    path = res.header("Location");
  }
  if (csrf_.empty()) ADD_FAILURE() << "no CSRF token found in any page reached from /";
  return csrf_;
}

HttpResponse Browser::sign_in(const std::string& email, const std::string& password,
                              const std::string& next) {
  const auto form = get("/login");
  // Signed in already, the login page redirects: a new sign-in then needs the current session's token.
  std::string token = csrf_from_html(form.body);
  if (token.empty()) token = csrf();
  Fields fields{{"csrf", token}, {"email", email}, {"password", password}};
  if (!next.empty()) fields.emplace_back("next", next);
  return post_form("/login", fields);
}

HttpResponse Browser::sign_out() {
  return submit("/logout", {});
}

// ---- RawConnection --------------------------------------------------------------------------------------

std::string RawResponse::header(std::string_view lower_name) const {
  for (const auto& [k, v] : headers) {
    if (k == lower_name) return v;
  }
  return "";
}

RawConnection::RawConnection(int port, const std::string& from_address, std::chrono::milliseconds timeout)
    : timeout_(timeout) {
  ignore_sigpipe();
  fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd_ < 0) return;
  sockaddr_in local{};
  local.sin_family = AF_INET;
  ::inet_pton(AF_INET, from_address.c_str(), &local.sin_addr);
  sockaddr_in remote{};
  remote.sin_family = AF_INET;
  remote.sin_port = htons(static_cast<std::uint16_t>(port));
  ::inet_pton(AF_INET, "127.0.0.1", &remote.sin_addr);
  if (::bind(fd_, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0 ||
      ::connect(fd_, reinterpret_cast<sockaddr*>(&remote), sizeof remote) != 0) {
    ADD_FAILURE() << "cannot connect from " << from_address << " to port " << port << ": "
                  << std::strerror(errno);
    ::close(fd_);
    fd_ = -1;
  }
}

RawConnection::~RawConnection() {
  if (fd_ >= 0) ::close(fd_);
}

bool RawConnection::send(std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

bool RawConnection::fill() {
  if (fd_ < 0) return false;
  pollfd p{fd_, POLLIN, 0};
  const int ready = ::poll(&p, 1, static_cast<int>(timeout_.count()));
  if (ready <= 0) return false;
  char buf[16384];
  const ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
  if (n <= 0) return false;
  buffer_.append(buf, static_cast<std::size_t>(n));
  return true;
}

std::optional<RawResponse> RawConnection::read_response() {
  std::size_t head_end;
  while ((head_end = buffer_.find("\r\n\r\n")) == std::string::npos) {
    if (!fill()) return std::nullopt;
  }
  RawResponse res;
  std::istringstream head(buffer_.substr(0, head_end));
  std::string line;
  std::getline(head, line);
  if (line.size() < 12 || !line.starts_with("HTTP/1.")) return std::nullopt;
  res.status = std::atoi(line.c_str() + 9);
  std::optional<std::size_t> length;
  while (std::getline(head, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string value = line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.erase(0, 1);
    res.headers.emplace_back(lower(line.substr(0, colon)), value);
    if (res.headers.back().first == "content-length") length = std::stoul(value);
  }
  const std::size_t body_start = head_end + 4;
  if (length) {
    while (buffer_.size() < body_start + *length) {
      if (!fill()) return std::nullopt;
    }
    res.body = buffer_.substr(body_start, *length);
    buffer_.erase(0, body_start + *length);
  } else {
    while (fill()) {
    }
    res.body = buffer_.substr(body_start);
    buffer_.clear();
  }
  return res;
}

bool RawConnection::wait_closed() {
  if (fd_ < 0) return true;
  for (;;) {
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(timeout_.count())) <= 0) return false;  // deadline: still open
    char buf[4096];
    const ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
    if (n <= 0) return true;
    buffer_.append(buf, static_cast<std::size_t>(n));
  }
}

std::string raw_request(const std::string& method, const std::string& target, int port,
                        const Headers& headers, const std::string& body) {
  std::string out = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) + "\r\n";
  for (const auto& [k, v] : headers) out += k + ": " + v + "\r\n";
  if (!body.empty() || method == "POST") out += "Content-Length: " + std::to_string(body.size()) + "\r\n";
  out += "\r\n" + body;
  return out;
}

// ---- TestServer -----------------------------------------------------------------------------------------

bool integration_on_postgresql() {
  const char* backend = std::getenv("FORKANT_TEST_BACKEND");
  return backend && std::string_view(backend) == "postgresql";
}

TestServer::TestServer() {
  ignore_sigpipe();
  std::string tmpl = (std::filesystem::temp_directory_path() / "forkant-test-XXXXXX").string();
  if (!::mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
  dir_ = tmpl;
  if (integration_on_postgresql()) {
    pg_ = std::make_unique<PostgresqlTestDatabase>(std::string(FORKANT_SOURCE_DIR) +
                                                   "/src/storage/migrations/postgresql");
  }
}

TestServer::~TestServer() {
  if (running()) stop(SIGTERM);
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

CliResult TestServer::run_cli(const std::vector<std::string>& args, std::string_view stdin_text) const {
  std::vector<std::string> all{FORKANT_BINARY};
  all.insert(all.end(), args.begin(), args.end());
  auto argv = c_argv(all);
  int in[2], out[2], err[2];
  if (::pipe2(in, O_CLOEXEC) || ::pipe2(out, O_CLOEXEC) || ::pipe2(err, O_CLOEXEC)) {
    throw std::runtime_error("pipe failed");
  }
  const std::string cwd = dir_.string();
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::dup2(in[0], 0);
    ::dup2(out[1], 1);
    ::dup2(err[1], 2);
    if (::chdir(cwd.c_str()) != 0) ::_exit(126);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  ::close(in[0]);
  ::close(out[1]);
  ::close(err[1]);
  // Small inputs fit the pipe buffer; a child that exits without reading just makes this write fail.
  (void)!::write(in[1], stdin_text.data(), stdin_text.size());
  ::close(in[1]);
  CliResult result;
  pollfd fds[2] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}};
  int open_fds = 2;
  while (open_fds > 0) {
    if (::poll(fds, 2, 60000) <= 0) break;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd >= 0 && (fds[i].revents & (POLLIN | POLLHUP))) {
        if (!drain_into(fds[i].fd, i == 0 ? result.out : result.err)) {
          ::close(fds[i].fd);
          fds[i].fd = -1;
          --open_fds;
        }
      }
    }
  }
  for (auto& f : fds) {
    if (f.fd >= 0) ::close(f.fd);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  result.exit_code = exit_code_of(status);
  return result;
}

void TestServer::demo() {
  const auto r = run_cli({"demo", "--db", db()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

AddedUser TestServer::add_user(const std::string& email, const std::string& name, const std::string& password,
                               const std::string& org, const std::string& role, const std::string& language) {
  std::vector<std::string> args{"user", "add",    "--db", db(),         "--email",
                                email,  "--name", name,   "--language", language};
  if (!org.empty()) args.insert(args.end(), {"--org", org, "--role", role});
  const auto r = run_cli(args, password + "\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  AddedUser added;
  std::smatch m;
  if (std::regex_search(r.out, m, std::regex(R"(created user (\d+))"))) added.user_id = std::stoll(m[1]);
  if (std::regex_search(r.out, m, std::regex(R"(of organisation (\d+))"))) added.org_id = std::stoll(m[1]);
  return added;
}

std::string TestServer::create_token(const std::string& email) {
  const auto r = run_cli({"token", "create", "--db", db(), "--email", email});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::string token = r.out;
  while (!token.empty() && (token.back() == '\n' || token.back() == '\r')) token.pop_back();
  return token;
}

void TestServer::start(const std::vector<std::string>& extra_args) {
  ASSERT_FALSE(running()) << "the server is running already";
  std::vector<std::string> all{FORKANT_BINARY, "serve", "--db", db(), "--listen", "127.0.0.1:0"};
  // On SQLite the server makes its key beside the database; PostgreSQL needs one named (cli/key_file.hpp).
  if (on_postgresql() && std::find(extra_args.begin(), extra_args.end(), "--key-file") == extra_args.end()) {
    const auto key = dir_ / "secret.key";
    if (!std::filesystem::exists(key)) {
      std::ofstream(key, std::ios::binary) << std::string(32, 'k');
      std::filesystem::permissions(key,
                                   std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    }
    all.insert(all.end(), {"--key-file", key.string()});
  }
  // The suites sign in as owners for other features: `--owner-totp optional` unless extra_args name a
  // policy. The pair "--owner-totp", "default" is not passed on: the server's own default then applies
  // (tests/integration/two_factor_test.cpp proves that it is "required").
  std::vector<std::string> extra = extra_args;
  const auto policy = std::find(extra.begin(), extra.end(), "--owner-totp");
  if (policy == extra.end()) {
    all.insert(all.end(), {"--owner-totp", "optional"});
  } else if (policy + 1 != extra.end() && *(policy + 1) == "default") {
    extra.erase(policy, policy + 2);
  }
  all.insert(all.end(), extra.begin(), extra.end());
  auto argv = c_argv(all);
  int out[2];
  ASSERT_EQ(::pipe2(out, O_CLOEXEC), 0);
  const int log_fd = ::open((dir_ / "server.log").c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  ASSERT_GE(log_fd, 0);
  const std::string cwd = dir_.string();
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int devnull = ::open("/dev/null", O_RDONLY);
    ::dup2(devnull, 0);
    ::dup2(out[1], 1);
    ::dup2(log_fd, 2);
    if (::chdir(cwd.c_str()) != 0) ::_exit(126);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  ::close(out[1]);
  ::close(log_fd);
  pid_ = pid;
  stdout_fd_ = out[0];
  // Block until the one line arrives (or the process dies, or a generous deadline passes).
  std::string line;
  const auto deadline = Steady::now() + std::chrono::seconds(30);
  while (line.find('\n') == std::string::npos) {
    pollfd p{stdout_fd_, POLLIN, 0};
    if (::poll(&p, 1, remaining_ms(deadline)) <= 0 || !drain_into(stdout_fd_, line)) break;
  }
  std::smatch m;
  if (!std::regex_search(line, m, std::regex(R"(^forkant listening on http://127\.0\.0\.1:(\d+)\n)"))) {
    ADD_FAILURE() << "forkant serve did not report its address; stdout: " << line << "\nstderr:\n" << log();
    stop(SIGKILL);
    return;
  }
  port_ = std::stoi(m[1]);
}

int TestServer::stop(int signal) {
  if (!running()) return -1;
  const int pidfd = static_cast<int>(::syscall(SYS_pidfd_open, pid_, 0));
  ::kill(pid_, signal);
  int code = 0;
  pollfd p{pidfd, POLLIN, 0};
  if (pidfd >= 0 && ::poll(&p, 1, 30000) <= 0) {
    ADD_FAILURE() << "forkant serve did not exit within 30 s of signal " << signal;
    ::kill(pid_, SIGKILL);
    code = -1;
  }
  if (pidfd >= 0) ::close(pidfd);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  if (code == 0) code = exit_code_of(status);
  pid_ = -1;
  if (stdout_fd_ >= 0) ::close(stdout_fd_);
  stdout_fd_ = -1;
  return code;
}

std::string TestServer::log() const {
  std::ifstream in(dir_ / "server.log", std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Browser TestServer::api(const std::string& token) const {
  Browser b = browser();
  b.set_default_header("Authorization", "Bearer " + token);
  return b;
}

Browser TestServer::signed_in(const std::string& email, const std::string& password) const {
  Browser b = browser();
  const auto res = b.sign_in(email, password);
  EXPECT_EQ(res.status, 303) << "sign-in of " << email << " refused: " << res.body;
  EXPECT_FALSE(b.session_cookie().empty()) << "no session cookie after signing in " << email;
  return b;
}

}  // namespace forkant::test
