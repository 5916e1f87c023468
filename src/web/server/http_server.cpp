// The one translation unit that includes Boost.Beast and Boost.Asio (STACK.md: ~15 s to compile), so the
// rest of the code builds fast. Socket I/O runs on one io_context thread; handlers run on a worker pool.
#include "web/server/http_server.hpp"

#include <sodium.h>
#include <spdlog/spdlog.h>
#include <sys/resource.h>
#include <unistd.h>

#include <atomic>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <list>

#include "web/log_line.hpp"
#include "web/security_headers.hpp"

namespace forkant::web {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using Tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;

std::string new_request_id() {
  unsigned char raw[8];
  randombytes_buf(raw, sizeof raw);
  static const char* hex = "0123456789abcdef";
  std::string id;
  for (unsigned char b : raw) {
    id += hex[b >> 4];
    id += hex[b & 15];
  }
  return id;
}

// JSON string escaping for the access log line, whose fields are the method and the route pattern (never
// the path); its fixed key order is what log readers match. Other lines go through web/log_line.hpp.
std::string log_escape(std::string_view s) {
  std::string out;
  for (char c : s.substr(0, 200)) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f) {
      out += '?';
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

class Session;

struct HttpServer::Impl {
  ServerOptions opt;
  Handler handler;
  net::io_context ioc{1};
  net::thread_pool pool;
  net::thread_pool report_pool;
  Tcp::acceptor acceptor{ioc};
  net::signal_set signals{ioc};
  std::atomic<bool> stopping{false};
  std::list<std::weak_ptr<Session>> sessions;  // touched only on the I/O thread

  Impl(ServerOptions o, Handler h)
      : opt(std::move(o)),
        handler(std::move(h)),
        pool(static_cast<std::size_t>(std::max(1, opt.worker_threads))),
        report_pool(static_cast<std::size_t>(std::max(1, opt.report_threads))) {}

  void do_accept();
  void begin_stop();
};

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(HttpServer::Impl& server, Tcp::socket socket) : server_(server), stream_(std::move(socket)) {
    beast::error_code ec;
    auto ep = stream_.socket().remote_endpoint(ec);
    if (!ec) remote_ = ep.address().to_string();
  }

  void start() { do_read(); }
  // Busy: a request is being handled, or its first bytes have arrived (those are answered too).
  bool busy() {
    beast::error_code ec;
    return busy_ || buffer_.size() > 0 || stream_.socket().available(ec) > 0;
  }

  void close() {
    beast::error_code ec;
    stream_.socket().shutdown(Tcp::socket::shutdown_both, ec);
    stream_.socket().close(ec);
  }

 private:
  void do_read() {
    if (server_.stopping) return close();
    busy_ = false;
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(server_.opt.header_limit));
    parser_->body_limit(server_.opt.body_limit);
    // The first request on a connection and each following one must arrive whole within the timeout:
    // a slow or idle client cannot hold a connection open for ever.
    stream_.expires_after(std::chrono::seconds(requests_ == 0 ? server_.opt.read_timeout_seconds
                                                              : server_.opt.idle_timeout_seconds));
    http::async_read(stream_, buffer_, *parser_,
                     [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_read(ec); });
  }

  void on_read(beast::error_code ec) {
    if (ec == http::error::header_limit) return reject(431, "Request Header Fields Too Large");
    if (ec == http::error::body_limit) {
      busy_ = true;
      auto req = to_request();
      req.rejected_status = 413;
      return dispatch(std::move(req), false);
    }
    if (ec == http::error::end_of_stream || ec == beast::error::timeout ||
        ec == net::error::operation_aborted || ec == net::error::connection_reset ||
        ec == net::error::bad_descriptor) {
      return close();
    }
    if (ec) return reject(400, "Bad Request");
    busy_ = true;
    ++requests_;
    const bool keep_alive = parser_->get().keep_alive();
    dispatch(to_request(), keep_alive);
  }

  Request to_request() {
    auto& r = parser_->get();
    Request req;
    req.method = std::string(r.method_string());
    req.target = std::string(r.target());
    const auto q = req.target.find('?');
    req.path = req.target.substr(0, q);
    if (q != std::string::npos) req.query = req.target.substr(q + 1);
    for (const auto& field : r) {
      std::string name(field.name_string());
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      req.headers.emplace_back(std::move(name), std::string(field.value()));
    }
    req.body = std::move(r.body());
    req.remote_address = remote_;
    req.request_id = new_request_id();
    return req;
  }

  void dispatch(Request req, bool keep_alive) {
    stream_.expires_never();  // the handler may be slow (argon2id); the pool bounds the work instead
    auto guard = net::make_work_guard(server_.ioc);
    const bool report = server_.opt.prints_report && server_.opt.prints_report(req);
    net::post(report ? server_.report_pool : server_.pool, [self = shared_from_this(), req = std::move(req),
                                                            keep_alive, report, guard = std::move(guard),
                                                            start = Clock::now()]() mutable {
      // The report lane's threads yield the CPU to the page workers (nice 10 for this thread only).
      if (report) setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
      Response res;
      try {
        res = self->server_.handler(req);
      } catch (const std::exception& e) {
        // Handlers turn their own exceptions into a 500 page; this is the last line of defence.
        spdlog::error(
            "{}",
            json_log_line({{"event", "unhandled"}, {"request_id", req.request_id}, {"error", e.what()}}));
        res = Response{500, {{"Content-Type", "text/plain; charset=utf-8"}}, "Internal Server Error\n", ""};
      }
      const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
      // string_view on both sides: with a std::string side the result would be a temporary
      const std::string_view route =
          res.log_route.empty() ? std::string_view(kUnmatchedRoute) : std::string_view(res.log_route);
      spdlog::info(R"({{"method":"{}","path":"{}","status":{},"ms":{:.2f},"request_id":"{}"}})",
                   log_escape(req.method), log_escape(route), res.status, ms, req.request_id);
      if (self->server_.opt.answered) self->server_.opt.answered(route, req.method, res.status, ms / 1000);
      net::post(self->stream_.get_executor(),
                [self, res = std::move(res), keep_alive, version = 11]() mutable {
                  self->write(std::move(res), keep_alive, version);
                });
      guard.reset();
    });
  }

  void reject(int status, const char* text) {
    spdlog::info(R"({{"method":"-","path":"-","status":{},"ms":0,"request_id":"-"}})", status);
    if (server_.opt.answered) server_.opt.answered(kUnmatchedRoute, "-", status, 0);
    Response res{status, {{"Content-Type", "text/plain; charset=utf-8"}}, std::string(text) + "\n", ""};
    write(std::move(res), false, 11);
  }

  void write(Response res, bool keep_alive, int version) {
    // Whatever produced it (the application, a 431 or 400 refused here, the last-resort 500).
    add_security_headers(res, server_.opt.strict_transport_security);
    auto msg = std::make_shared<http::response<http::string_body>>();
    msg->version(version);
    msg->result(static_cast<unsigned>(res.status));
    for (auto& [name, value] : res.headers) msg->insert(name, value);
    msg->body() = std::move(res.body);
    msg->keep_alive(keep_alive && !server_.stopping);
    msg->prepare_payload();
    stream_.expires_after(std::chrono::seconds(server_.opt.read_timeout_seconds));
    http::async_write(stream_, *msg, [self = shared_from_this(), msg](beast::error_code ec, std::size_t) {
      if (ec || !msg->keep_alive()) return self->close();
      self->do_read();
    });
  }

  HttpServer::Impl& server_;
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::string remote_;
  bool busy_ = false;
  int requests_ = 0;
};

void HttpServer::Impl::do_accept() {
  acceptor.async_accept([this](beast::error_code ec, Tcp::socket socket) {
    if (ec) return;  // closed by begin_stop
    socket.set_option(Tcp::no_delay(true));
    auto session = std::make_shared<Session>(*this, std::move(socket));
    sessions.remove_if([](const auto& w) { return w.expired(); });
    sessions.push_back(session);
    session->start();
    do_accept();
  });
}

void HttpServer::Impl::begin_stop() {
  if (stopping.exchange(true)) return;
  spdlog::info("{}",
               R"({"event":"stopping"})");  // one argument alone would not be formatted: "{{" would stay
  beast::error_code ec;
  acceptor.close(ec);
  signals.cancel(ec);
  // Idle keep-alive connections are closed now; busy ones close after their response is written.
  for (auto& w : sessions) {
    if (auto s = w.lock(); s && !s->busy()) s->close();
  }
}

HttpServer::HttpServer(ServerOptions options, Handler handler)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler))) {}

HttpServer::~HttpServer() {
  impl_->pool.join();
  impl_->report_pool.join();
}

void HttpServer::bind() {
  const auto address = net::ip::make_address(impl_->opt.host);
  Tcp::endpoint ep{address, impl_->opt.port};
  impl_->acceptor.open(ep.protocol());
  impl_->acceptor.set_option(net::socket_base::reuse_address(true));
  impl_->acceptor.bind(ep);
  impl_->acceptor.listen(net::socket_base::max_listen_connections);
}

std::uint16_t HttpServer::port() const {
  return impl_->acceptor.local_endpoint().port();
}

void HttpServer::run() {
  if (impl_->opt.handle_signals) {
    impl_->signals.add(SIGINT);
    impl_->signals.add(SIGTERM);
    impl_->signals.async_wait([this](beast::error_code ec, int) {
      if (!ec) impl_->begin_stop();
    });
  }
  impl_->do_accept();
  impl_->ioc.run();
  impl_->pool.join();
  impl_->report_pool.join();
}

void HttpServer::stop() {
  net::post(impl_->ioc, [this] { impl_->begin_stop(); });
}

}  // namespace forkant::web
