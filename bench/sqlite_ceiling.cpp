// The durable-write ceiling for bench/run: raw SQLite single-row commits with forkant's settings
// (journal_mode=WAL, synchronous=FULL), one INSERT per transaction, for SECONDS on a fresh file whose
// write-ahead log is first brought to its steady state. A new WAL grows with every commit, and syncing a
// file that grew costs the file system a metadata commit: on this machine, commits ran at half the rate
// until the WAL passed the auto-checkpoint (1,000 pages) and was reused from its start, as a running
// server's WAL is.
//
//   g++ -std=c++20 -O2 bench/sqlite_ceiling.cpp -o build/bench/sqlite_ceiling -lsqlite3
//   build/bench/sqlite_ceiling DB_FILE [SECONDS]
//   -> "commits=N seconds=S commits_per_s=R p50_ms=.. p99_ms=.."
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

static void check(int rc, sqlite3* db, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
    std::exit(1);
  }
}

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: sqlite_ceiling DB_FILE [SECONDS]\n");
    return 2;
  }
  const double seconds = argc > 2 ? std::atof(argv[2]) : 5;
  std::remove(argv[1]);
  sqlite3* db = nullptr;
  check(sqlite3_open(argv[1], &db), db, "open");
  check(sqlite3_exec(db,
                     "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;"
                     "CREATE TABLE answers(id INTEGER PRIMARY KEY, response_id INTEGER NOT NULL,"
                     " item TEXT NOT NULL, value INTEGER, comment TEXT);",
                     nullptr, nullptr, nullptr),
        db, "setup");
  // One commit of more than 1,000 pages: the auto-checkpoint copies it into the database, and from the
  // next commit on the WAL is overwritten from its start instead of grown.
  check(sqlite3_exec(db, "CREATE TABLE warmup(b BLOB); INSERT INTO warmup VALUES(zeroblob(4600000));",
                     nullptr, nullptr, nullptr),
        db, "warm-up");
  sqlite3_stmt* ins = nullptr;
  check(sqlite3_prepare_v2(db, "INSERT INTO answers(response_id, item, value, comment) VALUES(?,?,?,?)", -1,
                           &ins, nullptr),
        db, "prepare");
  using clock = std::chrono::steady_clock;
  std::vector<double> ms;
  const auto start = clock::now();
  long n = 0;
  while (std::chrono::duration<double>(clock::now() - start).count() < seconds) {
    const auto t0 = clock::now();
    sqlite3_bind_int64(ins, 1, n / 40);
    sqlite3_bind_text(ins, 2, "q1.s1", -1, SQLITE_STATIC);
    sqlite3_bind_int(ins, 3, static_cast<int>(n % 5) + 1);
    sqlite3_bind_text(ins, 4, "Vi er enige om retningen, men ikke om tempoet.", -1, SQLITE_STATIC);
    check(sqlite3_step(ins), db, "insert");  // autocommit: one durable transaction per row
    sqlite3_reset(ins);
    ms.push_back(std::chrono::duration<double, std::milli>(clock::now() - t0).count());
    ++n;
  }
  const double total = std::chrono::duration<double>(clock::now() - start).count();
  std::sort(ms.begin(), ms.end());
  auto pct = [&](double p) {
    return ms.empty() ? 0 : ms[std::min(ms.size() - 1, static_cast<std::size_t>(p * ms.size()))];
  };
  std::printf("commits=%ld seconds=%.2f commits_per_s=%.0f p50_ms=%.3f p99_ms=%.3f\n", n, total, n / total,
              pct(0.5), pct(0.99));
  sqlite3_finalize(ins);
  sqlite3_close(db);
}
