// flow_driver: the answering-flow benchmark (issue 13). Virtual respondents answer whole questionnaires
// through the HTML pages, as a browser does, shaped like the peer's driver (../shared/docs/PEERS.md,
// "Exact measurement method" (b)):
//
//   flow_driver --url http://127.0.0.1:PORT --tokens FILE [--from N] [--respondents C] [--warmup S]
//               [--window S] [--server-pid PID] [--seed N]
//
// Each respondent takes the next never-used link of FILE (from line N on): GET /r/TOKEN without cookies
// (keeping the cookie it sets), GET the first question as the start button does, then on every page
// parses the form and POSTs it back — every hidden input (the CSRF token), a value 1-5 for each radio
// group, a purpose allocation summing to 100, a comment in half of the comment boxes, nav=next — and
// follows the 303 with a GET; on the review it POSTs the submit form and follows the redirect to the
// thank-you page, and only then counts as completed. C respondents run back-to-back, each thread
// starting at a random offset of 0-3 s; only requests and completions that finish inside the window
// (after the warm-up) count; after the window no new respondent starts and the ones in flight finish.
//
// Cheap on purpose, so as not to starve the server on the same cores: one thread and one keep-alive
// connection per respondent, plain POSIX sockets, no HTML library. The driver's own CPU time
// (getrusage) and the server's (/proc/PID/stat) are measured over the window; the server's VmRSS is
// sampled every 20 ms for the whole run. The last line is key=value fields for bench/run.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Options {
  std::string host = "127.0.0.1";
  int port = 0;
  std::string tokens;
  std::size_t from = 0;
  int respondents = 16;
  double warmup = 10;
  double window = 30;
  double stagger = 3;     // each thread's first respondent starts at a random offset of 0..stagger s
  double hard_stop = 60;  // after the window, respondents still in flight get this long
  int server_pid = 0;
  unsigned seed = 13;
};

Clock::time_point g_start;
double since_start() {
  return std::chrono::duration<double>(Clock::now() - g_start).count();
}

// --- HTTP/1.1 over one keep-alive connection ----------------------------------------------------------

struct Reply {
  int status = 0;
  std::string location;
  std::vector<std::string> set_cookies;
  std::string body;
};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

class Connection {
 public:
  Connection(std::string host, int port) : host_(std::move(host)), port_(port) {}
  ~Connection() { close_fd(); }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Sends one request and reads its reply; reconnects once when a kept-alive connection was closed.
  Reply request(const std::string& method, const std::string& path, const std::string& cookie,
                const std::string& body) {
    std::string req = method + " " + path + " HTTP/1.1\r\nHost: " + host_ + ":" + std::to_string(port_) +
                      "\r\nUser-Agent: forkant-flow-driver\r\nAccept: text/html\r\n";
    if (!cookie.empty()) req += "Cookie: " + cookie + "\r\n";
    if (method == "POST") {
      req += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
             std::to_string(body.size()) + "\r\n";
    }
    req += "\r\n" + body;
    for (int attempt = 0; attempt < 2; ++attempt) {
      if (fd_ < 0) open_fd();
      if (send_all(req)) {
        if (auto r = read_reply()) return *r;
      }
      close_fd();  // closed by the server between requests: one fresh connection, as a browser does
    }
    throw std::runtime_error("no reply to " + method + " " + path);
  }

 private:
  void open_fd() {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd_ < 0) throw std::runtime_error("socket");
    int one = 1;
    ::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    timeval tv{90, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(port_));
    ::inet_pton(AF_INET, host_.c_str(), &addr.sin_addr);
    if (::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
      close_fd();
      throw std::runtime_error("connect failed");
    }
    buf_.clear();
  }
  void close_fd() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }
  bool send_all(const std::string& data) {
    std::size_t sent = 0;
    while (sent < data.size()) {
      const ssize_t n = ::send(fd_, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) return false;
      sent += static_cast<std::size_t>(n);
    }
    return true;
  }
  bool fill() {
    char chunk[65536];
    const ssize_t n = ::recv(fd_, chunk, sizeof chunk, 0);
    if (n <= 0) return false;
    buf_.append(chunk, static_cast<std::size_t>(n));
    return true;
  }
  std::optional<Reply> read_reply() {
    std::size_t head_end;
    while ((head_end = buf_.find("\r\n\r\n")) == std::string::npos) {
      if (!fill()) return std::nullopt;
    }
    Reply r;
    std::istringstream head(buf_.substr(0, head_end));
    std::string line;
    std::getline(head, line);
    if (line.size() < 12) return std::nullopt;
    r.status = std::stoi(line.substr(9, 3));
    std::size_t length = 0;
    bool chunked = false, close = false;
    while (std::getline(head, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      const auto colon = line.find(':');
      if (colon == std::string::npos) continue;
      const std::string name = lower(line.substr(0, colon));
      std::string value = line.substr(colon + 1);
      value.erase(0, value.find_first_not_of(' '));
      if (name == "content-length") length = std::stoul(value);
      if (name == "transfer-encoding") chunked = lower(value).find("chunked") != std::string::npos;
      if (name == "connection") close = lower(value) == "close";
      if (name == "location") r.location = value;
      if (name == "set-cookie") r.set_cookies.push_back(value);
    }
    buf_.erase(0, head_end + 4);
    if (chunked) {
      for (;;) {
        std::size_t eol;
        while ((eol = buf_.find("\r\n")) == std::string::npos) {
          if (!fill()) return std::nullopt;
        }
        const std::size_t size = std::stoul(buf_.substr(0, eol), nullptr, 16);
        while (buf_.size() < eol + 2 + size + 2) {
          if (!fill()) return std::nullopt;
        }
        r.body.append(buf_, eol + 2, size);
        buf_.erase(0, eol + 2 + size + 2);
        if (size == 0) break;
      }
    } else {
      while (buf_.size() < length) {
        if (!fill()) return std::nullopt;
      }
      r.body = buf_.substr(0, length);
      buf_.erase(0, length);
    }
    if (close) close_fd();
    return r;
  }

  std::string host_;
  int port_;
  int fd_ = -1;
  std::string buf_;
};

// --- the form on a page -------------------------------------------------------------------------------

// The value of attribute `name` in the tag text `tag` (double-quoted, as forkant's templates write them).
std::string attribute(std::string_view tag, std::string_view name) {
  const std::string key = " " + std::string(name) + "=\"";
  const auto at = tag.find(key);
  if (at == std::string_view::npos) return {};
  const auto start = at + key.size();
  return std::string(tag.substr(start, tag.find('"', start) - start));
}

std::string html_unescape(std::string s) {
  // What the templates' escaping writes (kainjow mustache); &amp; last, so that "&amp;lt;" stays "&lt;".
  static const std::pair<const char*, const char*> entities[] = {
      {"&quot;", "\""}, {"&apos;", "'"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}};
  for (const auto& [from, to] : entities) {
    for (std::size_t at; (at = s.find(from)) != std::string::npos;) s.replace(at, std::strlen(from), to);
  }
  return s;
}

std::string url_encode(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else if (c == ' ') {
      out += '+';
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

struct Form {
  std::string action;
  std::vector<std::pair<std::string, std::string>> hidden;
  std::vector<std::string> radio_groups;  // in page order, each once
  std::vector<std::string> numbers;       // the purpose allocation's fields
  std::vector<std::string> textareas;     // the comment boxes
};

// The first POST form of `html`, the one a respondent fills in.
std::optional<Form> parse_form(const std::string& html) {
  const auto open = html.find("<form method=\"post\"");
  if (open == std::string::npos) return std::nullopt;
  const auto close = html.find("</form>", open);
  const std::string_view body(html.data() + open, (close == std::string::npos ? html.size() : close) - open);
  Form f;
  f.action = html_unescape(attribute(body.substr(0, body.find('>')), "action"));
  for (std::size_t at = 0; (at = body.find('<', at)) != std::string_view::npos; ++at) {
    const bool input = body.compare(at, 7, "<input ") == 0;
    const bool textarea = body.compare(at, 10, "<textarea ") == 0;
    if (!input && !textarea) continue;
    const std::string_view tag = body.substr(at, body.find('>', at) - at);
    const std::string name = html_unescape(attribute(tag, "name"));
    if (name.empty()) continue;
    if (textarea) {
      f.textareas.push_back(name);
      continue;
    }
    const std::string type = attribute(tag, "type");
    if (type == "hidden") {
      f.hidden.emplace_back(name, html_unescape(attribute(tag, "value")));
    } else if (type == "radio") {
      if (std::find(f.radio_groups.begin(), f.radio_groups.end(), name) == f.radio_groups.end())
        f.radio_groups.push_back(name);
    } else if (type == "number") {
      f.numbers.push_back(name);
    }
  }
  return f;
}

// Every answer filled: 1-5 for each radio group, the allocation summing to 100, half the comments.
std::string filled(const Form& f, std::mt19937& rng) {
  std::string body;
  auto add = [&](const std::string& name, const std::string& value) {
    if (!body.empty()) body += '&';
    body += url_encode(name) + "=" + url_encode(value);
  };
  for (const auto& [name, value] : f.hidden) add(name, value);
  std::uniform_int_distribution<int> scale(1, 5);
  for (const auto& name : f.radio_groups) add(name, std::to_string(scale(rng)));
  if (!f.numbers.empty()) {
    std::uniform_int_distribution<int> cut(0, 100);
    std::vector<int> cuts{0, 100};
    for (std::size_t i = 1; i < f.numbers.size(); ++i) cuts.push_back(cut(rng));
    std::sort(cuts.begin(), cuts.end());
    for (std::size_t i = 0; i < f.numbers.size(); ++i)
      add(f.numbers[i], std::to_string(cuts[i + 1] - cuts[i]));
  }
  std::bernoulli_distribution half(0.5);
  for (const auto& name : f.textareas) add(name, half(rng) ? "Vi mangler tid til at følge op på det." : "");
  add("nav", "next");
  return body;
}

// --- respondents --------------------------------------------------------------------------------------

struct Sample {
  double end;  // s since the start
  double ms;
  bool post;
};

struct Tally {
  std::vector<Sample> requests;
  std::vector<std::pair<double, double>> completions;  // end, whole respondent's time in s
  long completed = 0;
  long errors = 0;
  std::string first_error;
};

struct Shared {
  const Options& opt;
  std::vector<std::string> tokens;
  std::atomic<std::size_t> next{0};
  double window_end = 0;
};

class Respondent {
 public:
  Respondent(Shared& shared, Tally& tally, unsigned seed)
      : s_(shared), tally_(tally), conn_(shared.opt.host, shared.opt.port), rng_(seed) {}

  void run() {
    std::uniform_real_distribution<double> offset(0, s_.opt.stagger);
    std::this_thread::sleep_for(std::chrono::duration<double>(offset(rng_)));  // the staggered start
    while (since_start() < s_.window_end) {
      const std::size_t i = s_.next++;
      if (i >= s_.tokens.size()) {
        note_error("out of links: generate more (bench/generate --flow-links)");
        return;
      }
      try {
        answer(s_.tokens[i]);
      } catch (const std::exception& e) {
        note_error(e.what());
      }
    }
  }

 private:
  void note_error(const std::string& what) {
    ++tally_.errors;
    if (tally_.first_error.empty()) tally_.first_error = what;
  }

  Reply send(const std::string& method, const std::string& path, const std::string& body = {}) {
    std::string cookie;
    for (const auto& [name, value] : cookies_) cookie += (cookie.empty() ? "" : "; ") + name + "=" + value;
    const auto t0 = Clock::now();
    Reply r = conn_.request(method, path, cookie, body);
    const auto t1 = Clock::now();
    tally_.requests.push_back({std::chrono::duration<double>(t1 - g_start).count(),
                               std::chrono::duration<double, std::milli>(t1 - t0).count(), method == "POST"});
    for (const auto& c : r.set_cookies) {
      const auto eq = c.find('=');
      const auto end = c.find(';');
      if (eq != std::string::npos) cookies_[c.substr(0, eq)] = c.substr(eq + 1, end - eq - 1);
    }
    return r;
  }
  Reply expect(const std::string& method, const std::string& path, int status, const std::string& body = {}) {
    Reply r = send(method, path, body);
    if (r.status != status) {
      throw std::runtime_error(method + " " + path.substr(0, 3) + "… answered " + std::to_string(r.status) +
                               " instead of " + std::to_string(status));
    }
    return r;
  }

  void answer(const std::string& token) {
    cookies_.clear();
    const double started = since_start();
    const std::string base = "/r/" + token;
    Reply page = expect("GET", base, 200);  // a new respondent: no cookie yet
    if (page.body.find(base + "/q/1\"") == std::string::npos) throw std::runtime_error("no start button");
    std::string at = base + "/q/1";  // the start button
    for (int pages = 0; pages < 100; ++pages) {
      page = expect("GET", at, 200);
      const auto form = parse_form(page.body);
      if (!form) throw std::runtime_error("no form on a question page");
      const bool review = at == base + "/review";
      std::string body;
      if (review) {
        for (const auto& [name, value] : form->hidden)
          body += (body.empty() ? "" : "&") + name + "=" + url_encode(value);
      } else {
        body = filled(*form, rng_);
      }
      const Reply saved = expect("POST", form->action, 303, body);  // GET after POST, as a browser does
      if (review) {
        const Reply thanks = expect("GET", saved.location, 200);
        if (thanks.body.find("class=\"alert success\"") == std::string::npos)
          throw std::runtime_error("the submit did not end on the thank-you page");
        ++tally_.completed;
        tally_.completions.emplace_back(since_start(), since_start() - started);
        return;
      }
      at = saved.location;
    }
    throw std::runtime_error("no review after 100 pages");
  }

  Shared& s_;
  Tally& tally_;
  Connection conn_;
  std::mt19937 rng_;
  std::map<std::string, std::string> cookies_;
};

// --- measuring the machine ----------------------------------------------------------------------------

double own_cpu_s() {
  rusage u{};
  ::getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double process_cpu_s(int pid) {
  if (pid <= 0) return 0;
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto after_name = stat.rfind(')');
  if (after_name == std::string::npos) return 0;
  std::istringstream fields(stat.substr(after_name + 2));
  std::string f;
  double ticks = 0;
  for (int i = 3; fields >> f; ++i) {  // field 3 is the state; 14 and 15 are utime and stime
    if (i == 14 || i == 15) ticks += std::stod(f);
    if (i == 15) break;
  }
  return ticks / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

long vm_rss_kb(int pid) {
  if (pid <= 0) return 0;
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return 0;
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string key = argv[i], value = argv[i + 1];
    if (key == "--url") {
      const auto host = value.find("://") + 3, colon = value.rfind(':');
      o.host = value.substr(host, colon - host);
      o.port = std::stoi(value.substr(colon + 1));
    } else if (key == "--tokens") {
      o.tokens = value;
    } else if (key == "--from") {
      o.from = std::stoul(value);
    } else if (key == "--respondents") {
      o.respondents = std::stoi(value);
    } else if (key == "--warmup") {
      o.warmup = std::stod(value);
    } else if (key == "--window") {
      o.window = std::stod(value);
    } else if (key == "--server-pid") {
      o.server_pid = std::stoi(value);
    } else if (key == "--seed") {
      o.seed = static_cast<unsigned>(std::stoul(value));
    } else {
      throw std::invalid_argument("unknown argument " + key);
    }
  }
  if (o.port == 0 || o.tokens.empty()) throw std::invalid_argument("--url and --tokens are required");
  return o;
}

}  // namespace

int main(int argc, char** argv) try {
  const Options opt = parse(argc, argv);
  Shared shared{opt, {}, {}, opt.warmup + opt.window};
  {
    std::ifstream in(opt.tokens);
    std::string line;
    for (std::size_t n = 0; std::getline(in, line); ++n) {
      if (n >= opt.from && !line.empty()) shared.tokens.push_back(line);
    }
  }
  std::vector<Tally> tallies(static_cast<std::size_t>(opt.respondents));
  std::atomic<int> running{opt.respondents};
  g_start = Clock::now();
  std::vector<std::thread> threads;
  threads.reserve(static_cast<std::size_t>(opt.respondents));
  for (int i = 0; i < opt.respondents; ++i) {
    threads.emplace_back([&, i] {
      Respondent(shared, tallies[static_cast<std::size_t>(i)], opt.seed * 1000 + static_cast<unsigned>(i))
          .run();
      --running;
    });
  }
  // The main thread samples: the server's resident memory every 20 ms (a sampling period, not a wait),
  // and both processes' CPU time at the window's edges.
  long rss_peak = 0;
  double cpu_at[2] = {0, 0}, server_at[2] = {0, 0};
  int edge = 0;
  const double hard_end = shared.window_end + opt.hard_stop;
  while (edge < 2 || running.load() > 0) {
    rss_peak = std::max(rss_peak, vm_rss_kb(opt.server_pid));
    const double now = since_start();
    if (edge == 0 && now >= opt.warmup) {
      cpu_at[0] = own_cpu_s();
      server_at[0] = process_cpu_s(opt.server_pid);
      edge = 1;
    } else if (edge == 1 && now >= shared.window_end) {
      cpu_at[1] = own_cpu_s();
      server_at[1] = process_cpu_s(opt.server_pid);
      edge = 2;
    }
    if (now > hard_end) {
      std::fprintf(stderr, "flow_driver: %d respondents still in flight %.0f s after the window\n",
                   running.load(), opt.hard_stop);
      std::_Exit(1);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  const double drained = since_start() - shared.window_end;
  for (auto& t : threads) t.join();

  // Only what finished inside the window counts.
  const double w0 = opt.warmup, w1 = shared.window_end;
  std::vector<double> get_ms, post_ms, whole_s;
  long requests = 0, completed_window = 0, completed_total = 0, errors = 0;
  std::string first_error;
  for (const auto& t : tallies) {
    for (const auto& r : t.requests) {
      if (r.end < w0 || r.end >= w1) continue;
      ++requests;
      (r.post ? post_ms : get_ms).push_back(r.ms);
    }
    for (const auto& [end, took] : t.completions) {
      if (end < w0 || end >= w1) continue;
      ++completed_window;
      whole_s.push_back(took);
    }
    completed_total += t.completed;
    errors += t.errors;
    if (first_error.empty()) first_error = t.first_error;
  }
  if (!first_error.empty()) std::fprintf(stderr, "flow_driver: first error: %s\n", first_error.c_str());
  std::printf(
      "respondents=%d window_s=%.0f warmup_s=%.0f completed_per_s=%.2f requests_per_s=%.0f "
      "completed_window=%ld "
      "completed_total=%ld links_used=%zu errors=%ld get_p50_ms=%.1f get_p99_ms=%.1f post_p50_ms=%.1f "
      "post_p99_ms=%.1f whole_p50_s=%.2f whole_p99_s=%.2f driver_cpu_s=%.2f server_cpu_s=%.2f "
      "server_rss_peak_kb=%ld drained_s=%.1f\n",
      opt.respondents, opt.window, opt.warmup, static_cast<double>(completed_window) / opt.window,
      static_cast<double>(requests) / opt.window, completed_window, completed_total,
      std::min(shared.next.load(), shared.tokens.size()), errors, percentile(get_ms, 0.5),
      percentile(get_ms, 0.99), percentile(post_ms, 0.5), percentile(post_ms, 0.99), percentile(whole_s, 0.5),
      percentile(whole_s, 0.99), cpu_at[1] - cpu_at[0], server_at[1] - server_at[0], rss_peak, drained);
  return errors == 0 ? 0 : 1;
} catch (const std::exception& e) {
  std::fprintf(stderr, "flow_driver: %s\n", e.what());
  return 1;
}
