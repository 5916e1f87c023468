#include "formats/atom_feed.hpp"

#include <chrono>
#include <cstdio>

#include "domain/escape.hpp"

namespace forkant {

std::string atom_time(std::int64_t unix_seconds) {
  using namespace std::chrono;
  const sys_seconds t{seconds{unix_seconds}};
  const auto day = floor<days>(t);
  const year_month_day ymd{day};
  const hh_mm_ss hms{t - day};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                static_cast<int>(hms.seconds().count()));
  return buf;
}

std::string xml_escape(std::string_view text) {
  return escape_markup(text, Markup::xml);
}

std::string write_atom(const AtomFeed& feed) {
  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  out += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" + xml_escape(feed.lang) + "\">\n";
  out += "  <id>" + xml_escape(feed.id) + "</id>\n";
  out += "  <title type=\"text\">" + xml_escape(feed.title) + "</title>\n";
  if (!feed.subtitle.empty())
    out += "  <subtitle type=\"text\">" + xml_escape(feed.subtitle) + "</subtitle>\n";
  out += "  <updated>" + atom_time(feed.updated) + "</updated>\n";
  out += "  <author><name>" + xml_escape(feed.author) + "</name></author>\n";
  out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" + xml_escape(feed.self) + "\"/>\n";
  out += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + xml_escape(feed.alternate) + "\"/>\n";
  for (const auto& e : feed.entries) {
    out += "  <entry>\n";
    out += "    <id>" + xml_escape(e.id) + "</id>\n";
    out += "    <title type=\"text\">" + xml_escape(e.title) + "</title>\n";
    out += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + xml_escape(e.link) + "\"/>\n";
    out += "    <published>" + atom_time(e.published) + "</published>\n";
    out += "    <updated>" + atom_time(e.updated) + "</updated>\n";
    for (const auto& c : e.categories) out += "    <category term=\"" + xml_escape(c) + "\"/>\n";
    out += "    <summary type=\"text\">" + xml_escape(e.summary) + "</summary>\n";
    out += "  </entry>\n";
  }
  out += "</feed>\n";
  return out;
}

}  // namespace forkant
