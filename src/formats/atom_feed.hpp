#pragma once
// An Atom 1.0 feed (RFC 4287) as text: the public page's feed of published decisions. Every text is
// escaped for XML and stripped of the characters XML 1.0 cannot carry (C0 controls other than tab,
// line feed and carriage return), so that user text can never break the document.

#include <cstdint>
#include <string>
#include <vector>

namespace forkant {

struct AtomEntry {
  std::string id;  // an IRI that never changes for this entry, e.g. "urn:uuid:..."
  std::string title;
  std::string link;                     // absolute URL of the entry on the page
  std::int64_t updated = 0;             // Unix seconds
  std::int64_t published = 0;           // Unix seconds
  std::string summary;                  // plain text
  std::vector<std::string> categories;  // plain-text labels
};

struct AtomFeed {
  std::string id;
  std::string title;
  std::string subtitle;
  std::string lang;          // xml:lang, e.g. "da"
  std::string self;          // absolute URL of the feed
  std::string alternate;     // absolute URL of the page
  std::string author;        // the organisation
  std::int64_t updated = 0;  // Unix seconds
  std::vector<AtomEntry> entries;
};

// "2026-03-10T12:00:00Z".
std::string atom_time(std::int64_t unix_seconds);
// The text escaped for XML (domain/escape.hpp).
std::string xml_escape(std::string_view text);
std::string write_atom(const AtomFeed& feed);

}  // namespace forkant
