// The HTTP ceiling for bench/run: the smallest Boost.Beast keep-alive server (the pattern of
// docs STACK.md appendix A), serving one static body read from a file on every GET. Whatever forkant
// does per request costs the difference between this and forkant's figure for a page of the same size.
//
//   g++ -std=c++20 -O2 -DNDEBUG bench/beast_ceiling.cpp -o build/bench/beast_ceiling -pthread
//   build/bench/beast_ceiling BODY_FILE [THREADS]   -> prints "listening on http://127.0.0.1:PORT"
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <thread>
#include <vector>

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

static std::string g_body;

class session : public std::enable_shared_from_this<session> {
  beast::tcp_stream stream_;
  beast::flat_buffer buf_;
  http::request<http::string_body> req_;
  http::response<http::string_body> res_;

 public:
  explicit session(tcp::socket&& s) : stream_(std::move(s)) {}
  void run() {
    net::dispatch(stream_.get_executor(), beast::bind_front_handler(&session::do_read, shared_from_this()));
  }
  void do_read() {
    req_ = {};
    stream_.expires_after(std::chrono::seconds(30));
    http::async_read(stream_, buf_, req_, beast::bind_front_handler(&session::on_read, shared_from_this()));
  }
  void on_read(beast::error_code ec, std::size_t) {
    if (ec) {
      beast::error_code ig;
      stream_.socket().shutdown(tcp::socket::shutdown_send, ig);
      return;
    }
    res_ = {};
    res_.version(req_.version());
    res_.keep_alive(req_.keep_alive());
    res_.result(http::status::ok);
    res_.set(http::field::content_type, "text/html; charset=utf-8");
    res_.body() = g_body;
    res_.prepare_payload();
    http::async_write(stream_, res_, beast::bind_front_handler(&session::on_write, shared_from_this()));
  }
  void on_write(beast::error_code ec, std::size_t) {
    if (ec) return;
    if (!res_.keep_alive()) {
      beast::error_code ig;
      stream_.socket().shutdown(tcp::socket::shutdown_send, ig);
      return;
    }
    do_read();
  }
};

class listener : public std::enable_shared_from_this<listener> {
  net::io_context& ioc_;
  tcp::acceptor acc_;

 public:
  listener(net::io_context& ioc, tcp::endpoint ep) : ioc_(ioc), acc_(net::make_strand(ioc)) {
    acc_.open(ep.protocol());
    acc_.set_option(net::socket_base::reuse_address(true));
    acc_.bind(ep);
    acc_.listen(net::socket_base::max_listen_connections);
  }
  unsigned short port() const { return acc_.local_endpoint().port(); }
  void run() { do_accept(); }
  void do_accept() {
    acc_.async_accept(net::make_strand(ioc_),
                      beast::bind_front_handler(&listener::on_accept, shared_from_this()));
  }
  void on_accept(beast::error_code ec, tcp::socket s) {
    if (!ec) {
      s.set_option(tcp::no_delay(true));
      std::make_shared<session>(std::move(s))->run();
    }
    do_accept();
  }
};

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: beast_ceiling BODY_FILE [THREADS]\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  g_body = ss.str();
  const int threads = argc > 2 ? std::atoi(argv[2]) : 1;
  net::io_context ioc{threads};
  auto l = std::make_shared<listener>(ioc, tcp::endpoint{net::ip::make_address("127.0.0.1"), 0});
  l->run();
  std::printf("listening on http://127.0.0.1:%u\n", l->port());
  std::fflush(stdout);
  net::signal_set sig(ioc, SIGINT, SIGTERM);
  sig.async_wait([&](auto, auto) { ioc.stop(); });
  std::vector<std::thread> v;
  for (int i = 1; i < threads; ++i) v.emplace_back([&] { ioc.run(); });
  ioc.run();
  for (auto& t : v) t.join();
}
