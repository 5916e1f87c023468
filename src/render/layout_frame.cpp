#include "render/layout_frame.hpp"

#include <kainjow/mustache.hpp>
#include <mutex>
#include <stdexcept>
#include <vector>

namespace forkant {
namespace {

constexpr char kOpen = '\x01';
constexpr char kClose = '\x02';
constexpr std::size_t kContent = static_cast<std::size_t>(-1);
constexpr std::size_t kMaxFrames = 256;

// A marker ends in "&": escaped by the template it reads "&amp;", which tells the two places apart.
std::string marker(const std::string& index) {
  return std::string(1, kOpen) + index + "&" + kClose;
}

// Replaces every string and number in `j` by a marker, collecting their texts in order.
void to_shape(nlohmann::json& j, std::vector<std::string>& values) {
  if (j.is_object() || j.is_array()) {
    for (auto& v : j) to_shape(v, values);
    return;
  }
  if (j.is_string()) {
    values.push_back(std::move(j.get_ref<std::string&>()));
  } else if (j.is_number()) {
    values.push_back(j.dump());
  } else {
    return;
  }
  j = marker(std::to_string(values.size() - 1));
}

}  // namespace

struct LayoutFrames::Frame {
  struct Piece {
    std::string text;       // fixed text before the value
    std::size_t value = 0;  // index into the request's values, or kContent
    bool escaped = false;   // the template escaped the value here
  };
  std::vector<Piece> pieces;
  std::string tail;  // fixed text after the last value
};

std::shared_ptr<const LayoutFrames::Frame> LayoutFrames::frame(const nlohmann::json& shape,
                                                               const std::string& key,
                                                               std::string_view lang) const {
  {
    std::shared_lock lock(mutex_);
    if (const auto it = frames_.find(key); it != frames_.end()) return it->second;
  }
  const std::string out = templates_.render(name_, shape, lang);
  auto made = std::make_shared<Frame>();
  std::size_t at = 0;
  for (auto open = out.find(kOpen); open != std::string::npos; open = out.find(kOpen, at)) {
    const auto amp = out.find('&', open);
    if (amp == std::string::npos) throw std::runtime_error("layout frame: a broken marker");
    Frame::Piece piece;
    piece.text = out.substr(at, open - at);
    const std::string index = out.substr(open + 1, amp - open - 1);
    piece.value = index == "c" ? kContent : std::stoul(index);
    if (out.compare(amp, 2, std::string("&") + kClose) == 0) {
      at = amp + 2;
    } else if (out.compare(amp, 6, std::string("&amp;") + kClose) == 0) {
      piece.escaped = true;
      at = amp + 6;
    } else {
      throw std::runtime_error("layout frame: a broken marker");
    }
    made->pieces.push_back(std::move(piece));
  }
  made->tail = out.substr(at);
  std::unique_lock lock(mutex_);
  if (frames_.size() >= kMaxFrames) frames_.clear();
  return frames_.emplace(key, std::move(made)).first->second;
}

std::string LayoutFrames::render(nlohmann::json view, std::string_view content, std::string_view lang) const {
  std::vector<std::string> values;
  to_shape(view, values);
  view["content"] = marker("c");
  std::string key(lang);
  key += '|';
  key += view.dump();
  const auto made = frame(view, key, lang);
  std::string content_escaped;  // only if the template escapes the content (it does not)

  // A value may stand in several places, escaped in some: each form is made once.
  std::vector<std::string> escaped(values.size());
  std::vector<std::string_view> texts;
  texts.reserve(made->pieces.size());
  std::size_t size = made->tail.size();
  for (const auto& piece : made->pieces) {
    std::string_view text = piece.value == kContent ? content : std::string_view(values.at(piece.value));
    if (piece.escaped) {
      std::string& e = piece.value == kContent ? content_escaped : escaped[piece.value];
      if (e.empty()) e = kainjow::mustache::html_escape(std::string(text));
      text = e;
    }
    texts.push_back(text);
    size += piece.text.size() + text.size();
  }
  std::string out;
  out.reserve(size);
  for (std::size_t i = 0; i < made->pieces.size(); ++i) {
    out += made->pieces[i].text;
    out += texts[i];
  }
  out += made->tail;
  return out;
}

}  // namespace forkant
