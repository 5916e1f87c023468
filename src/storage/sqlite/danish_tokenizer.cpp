#include "storage/sqlite/danish_tokenizer.hpp"

#include <libstemmer.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <string_view>

#include "storage/database_error.hpp"

namespace forkant::sqlite {
namespace {

// Snowball's Danish stop words, as PostgreSQL ships them (tsearch_data/danish.stop), sorted for a
// binary search. A query of stop words only then finds nothing on both backends.
constexpr std::array<std::string_view, 94> kStopWords = {
    "ad",    "af",    "alle",  "alt",    "anden", "at",     "blev",  "blive", "bliver", "da",    "de",
    "dem",   "den",   "denne", "der",    "deres", "det",    "dette", "dig",   "din",    "disse", "dog",
    "du",    "efter", "eller", "en",     "end",   "er",     "et",    "for",   "fra",    "ham",   "han",
    "hans",  "har",   "havde", "have",   "hende", "hendes", "her",   "hos",   "hun",    "hvad",  "hvis",
    "hvor",  "i",     "ikke",  "ind",    "jeg",   "jer",    "jo",    "kunne", "man",    "mange", "med",
    "meget", "men",   "mig",   "min",    "mine",  "mit",    "mod",   "ned",   "noget",  "nogle", "nu",
    "når",   "og",    "også",  "om",     "op",    "os",     "over",  "på",    "selv",   "sig",   "sin",
    "sine",  "sit",   "skal",  "skulle", "som",   "sådan",  "thi",   "til",   "ud",     "under", "var",
    "vi",    "vil",   "ville", "vor",    "være",  "været"};

bool is_stop_word(std::string_view token) {
  return std::binary_search(kStopWords.begin(), kStopWords.end(), token);
}

// What xCreateTokenizer hands to every table's tokenizer: unicode61, found once per connection.
struct Unicode61 {
  fts5_tokenizer methods{};
  void* user_data = nullptr;
};

struct DanishTokenizer {
  Unicode61* unicode61 = nullptr;
  Fts5Tokenizer* inner = nullptr;
  sb_stemmer* stemmer = nullptr;
};

struct Pass {
  sb_stemmer* stemmer;
  void* context;
  int (*token)(void*, int, const char*, int, int, int);
  bool prefix;  // a prefix query's last token is a word's beginning: stemming it would cut it short
};

int on_token(void* pass_ptr, int flags, const char* text, int size, int start, int end) {
  auto* pass = static_cast<Pass*>(pass_ptr);
  const std::string_view token(text, static_cast<std::size_t>(size));
  if (is_stop_word(token)) return SQLITE_OK;
  if (pass->prefix) return pass->token(pass->context, flags, text, size, start, end);
  const sb_symbol* stem = sb_stemmer_stem(pass->stemmer, reinterpret_cast<const sb_symbol*>(text), size);
  if (stem == nullptr) return SQLITE_NOMEM;
  return pass->token(pass->context, flags, reinterpret_cast<const char*>(stem),
                     sb_stemmer_length(pass->stemmer), start, end);
}

void destroy(Fts5Tokenizer* tokenizer) {
  auto* t = reinterpret_cast<DanishTokenizer*>(tokenizer);
  if (t == nullptr) return;
  if (t->inner != nullptr) t->unicode61->methods.xDelete(t->inner);
  if (t->stemmer != nullptr) sb_stemmer_delete(t->stemmer);
  delete t;
}

int create(void* unicode61, const char** args, int arg_count, Fts5Tokenizer** out) {
  // unicode61's own options may be given after 'danish'; without any, diacritics are kept.
  const char* keep_diacritics[] = {"remove_diacritics", "0"};
  auto* t = new DanishTokenizer;
  t->unicode61 = static_cast<Unicode61*>(unicode61);
  t->stemmer = sb_stemmer_new("danish", "UTF_8");
  const int rc =
      t->unicode61->methods.xCreate(t->unicode61->user_data, arg_count > 0 ? args : keep_diacritics,
                                    arg_count > 0 ? arg_count : 2, &t->inner);
  if (rc != SQLITE_OK || t->stemmer == nullptr) {
    destroy(reinterpret_cast<Fts5Tokenizer*>(t));
    *out = nullptr;
    return rc != SQLITE_OK ? rc : SQLITE_NOMEM;
  }
  *out = reinterpret_cast<Fts5Tokenizer*>(t);
  return SQLITE_OK;
}

int tokenize(Fts5Tokenizer* tokenizer, void* context, int flags, const char* text, int size,
             int (*token)(void*, int, const char*, int, int, int)) {
  auto* t = reinterpret_cast<DanishTokenizer*>(tokenizer);
  Pass pass{t->stemmer, context, token, (flags & FTS5_TOKENIZE_PREFIX) != 0};
  return t->unicode61->methods.xTokenize(t->inner, &pass, flags, text, size, on_token);
}

void free_unicode61(void* p) {
  delete static_cast<Unicode61*>(p);
}

fts5_api* fts5_of(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr) != SQLITE_OK) return nullptr;
  sqlite3_bind_pointer(st, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
  sqlite3_step(st);
  sqlite3_finalize(st);
  return api;
}

}  // namespace

void register_danish_tokenizer(sqlite3* db) {
  fts5_api* api = fts5_of(db);
  if (api == nullptr || api->iVersion < 2) throw DatabaseError("the danish tokenizer: SQLite has no FTS5");
  auto* unicode61 = new Unicode61;
  if (api->xFindTokenizer(api, "unicode61", &unicode61->user_data, &unicode61->methods) != SQLITE_OK) {
    delete unicode61;
    throw DatabaseError("the danish tokenizer: FTS5 has no unicode61");
  }
  fts5_tokenizer danish{create, destroy, tokenize};
  if (api->xCreateTokenizer(api, "danish", unicode61, &danish, free_unicode61) != SQLITE_OK) {
    throw DatabaseError("the danish tokenizer: FTS5 refused it");
  }
}

}  // namespace forkant::sqlite
