#pragma once
// The shared library of a network (issue 15): search what the network's current member organisations
// share (decisions, deselections with their reasons, lessons of evaluated steps, initiatives) with
// Danish stemming, filtered by question, verdict and kind, ranked by relevance and then newest first.
// Nothing here carries an organisation's id, the shared item's own id or a user's name: an item is its
// public id, its text, and who shared it as the name or the anonymous label (kind and size band as when
// shared) the sharer chose, with the contact the sharer chose. Whether the reader may read the network
// (a current member) is checked by the caller (web/network_access) before any call.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/decisions/agenda.hpp"
#include "domain/networks/library_query.hpp"

namespace forkant {

struct LibraryItem {
  std::string public_id;
  std::string kind;  // decision, deselection, lesson, initiative
  std::string title;
  std::string body;
  std::vector<int> questions;
  std::optional<std::string> verdict;  // continue, adjust, stop (lessons)
  std::int64_t shared_at = 0;
  bool anonymous = false;
  std::string org_name;   // "" when anonymous
  std::string org_kind;   // municipality, region, state_agency, other
  std::string size_band;  // a size_band_key, as when shared
  std::string contact_name;
  std::string contact_email;
  bool own = false;  // the reader's organisation shared it
};

// One search as the store runs it: the words for PostgreSQL's plainto_tsquery and, the same words, the
// FTS5 expression for SQLite; no words: everything, newest first.
struct LibrarySearch {
  std::int64_t network_id = 0;
  std::int64_t reader_org = 0;
  std::vector<std::string> words;
  std::optional<std::string> match;
  std::optional<int> question;
  std::optional<std::string> verdict;
  std::optional<std::string> kind;
  int limit = kLibraryPageSize;
  int offset = 0;
};

struct LibraryResults {
  std::vector<LibraryItem> items;
  std::int64_t total = 0;  // every match, not only this page's
};

class LibraryStore {
 public:
  virtual ~LibraryStore() = default;
  // Shares of the network not withdrawn, by organisations that are members now.
  virtual LibraryResults search_library(const LibrarySearch& search) = 0;
  virtual std::optional<LibraryItem> library_item(std::int64_t network_id, std::int64_t reader_org,
                                                  std::string_view public_id) = 0;
  // Lessons and deselections, not withdrawn, that other current members share with the networks the
  // organisation is a current member of (for the drafted agenda).
  virtual std::vector<AgendaNetworkItem> network_lessons(std::int64_t org_id) = 0;
  // Changes whenever what network_lessons could return changes: rows of network_shares and
  // network_memberships are only ever added or marked withdrawn/left once, so counting them in the
  // organisation's networks is enough. Part of the overview's cache key (web/overview_state), whose
  // drafted agenda reads other organisations' shares, which leave no mark in this one's audit log.
  virtual std::string library_mark(std::int64_t org_id) = 0;
};

class NetworkLibraryService {
 public:
  explicit NetworkLibraryService(LibraryStore& store) : store_(store) {}

  LibraryResults search(std::int64_t network_id, std::int64_t reader_org, const LibraryQuery& query);
  std::optional<LibraryItem> item(std::int64_t network_id, std::int64_t reader_org,
                                  std::string_view public_id) {
    return store_.library_item(network_id, reader_org, public_id);
  }
  std::string mark(std::int64_t org_id) { return store_.library_mark(org_id); }

 private:
  LibraryStore& store_;
};

}  // namespace forkant
