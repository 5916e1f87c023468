#include "services/network_library.hpp"

namespace forkant {

LibraryResults NetworkLibraryService::search(std::int64_t network_id, std::int64_t reader_org,
                                             const LibraryQuery& query) {
  LibrarySearch search;
  search.network_id = network_id;
  search.reader_org = reader_org;
  search.words = library_words(query.text);
  search.match = library_match_expression(search.words);
  // Text without a word ("*", "&&") finds nothing rather than everything.
  if (!query.text.empty() && !search.match) return {};
  search.question = query.question;
  search.verdict = query.verdict;
  search.kind = query.kind;
  search.limit = kLibraryPageSize;
  search.offset = (query.page - 1) * kLibraryPageSize;
  return store_.search_library(search);
}

}  // namespace forkant
