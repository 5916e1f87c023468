// The shared library's benchmark data (issue 15): 50,000 shared items in the national data set's
// network, for the library search row of bench/run. Run after bench/generate, on its database:
//
//   build/…/bench/library_data --db build/bench/bench.db --org ORG_ID [--items 50000] >> DIR/bench.env
//
// The network is the data set's network with the most members when there is one (the peer benchmark's
// generator may have made it), else a new one with every organisation as a member. The items are
// realistic Danish texts drawn from a fixed seed: titles and bodies composed from a vocabulary of
// municipal digitalisation (inflected forms, so that stemming matters), 1 to 3 questions each, lessons
// with verdicts, a tenth shared anonymously. Written straight into the tables in one transaction, on a
// connection with forkant's Danish tokenizer (the library's index is kept by triggers). Prints
// BENCH_LIBRARY_NETWORK_ID, BENCH_LIBRARY_WORDS (the question: robots in payroll, 2,353 of 50,000
// items found) and BENCH_LIBRARY_ITEMS.
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "storage/sqlite/danish_tokenizer.hpp"

namespace {

void check(int rc, sqlite3* db, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(db));
  }
}

struct Stmt {
  Stmt(sqlite3* db, const char* sql) : db_(db) {
    check(sqlite3_prepare_v2(db, sql, -1, &st, nullptr), db, sql);
  }
  ~Stmt() { sqlite3_finalize(st); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  Stmt& bind(int i, std::int64_t v) {
    sqlite3_bind_int64(st, i, v);
    return *this;
  }
  Stmt& bind(int i, const std::string& v) {
    sqlite3_bind_text(st, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& null(int i) {
    sqlite3_bind_null(st, i);
    return *this;
  }
  bool step() {
    const int rc = sqlite3_step(st);
    check(rc, db_, "step");
    return rc == SQLITE_ROW;
  }
  void run() {
    step();
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
  }
  sqlite3_stmt* st = nullptr;

 private:
  sqlite3* db_;
};

// Topic nouns, each with its inflected forms: a text uses any form, a search the base form.
const std::vector<std::vector<const char*>> kTopics = {
    {"robot", "robotter", "robotten", "robotterne"},
    {"lønudbetaling", "lønudbetalingen", "lønudbetalinger"},
    {"digitalisering", "digitaliseringen", "digitaliseringer"},
    {"kommune", "kommunen", "kommuner", "kommunerne"},
    {"borgerservice", "borgerservicen"},
    {"sagsbehandling", "sagsbehandlingen"},
    {"chatbot", "chatbotten", "chatbots"},
    {"selvbetjening", "selvbetjeningen", "selvbetjeningsløsninger"},
    {"hjemmepleje", "hjemmeplejen"},
    {"velfærdsteknologi", "velfærdsteknologien"},
    {"skærmbesøg", "skærmbesøgene"},
    {"journalsystem", "journalsystemet", "journalsystemer"},
    {"dataetik", "dataetikken"},
    {"kunstig intelligens", "kunstige intelligens"},
    {"leverandør", "leverandøren", "leverandører", "leverandørerne"},
    {"udbud", "udbuddet", "udbuddene"},
    {"ledelse", "ledelsen"},
    {"medarbejder", "medarbejderne", "medarbejdere"},
    {"kompetence", "kompetencer", "kompetencerne"},
    {"gevinstrealisering", "gevinstrealiseringen"},
    {"informationssikkerhed", "informationssikkerheden"},
    {"skoleintra", "skoleintraet"},
    {"affaldsindsamling", "affaldsindsamlingen"},
    {"byggesag", "byggesager", "byggesagerne"},
    {"ydelse", "ydelser", "ydelserne"},
    {"jobcenter", "jobcentret", "jobcentre"},
    {"dagtilbud", "dagtilbuddene"},
    {"ældrepleje", "ældreplejen"},
    {"sensor", "sensorer", "sensorerne"},
    {"automatisering", "automatiseringen"},
    {"procesrobot", "procesrobotter", "procesrobotterne"},
    {"arkivering", "arkiveringen"},
    {"klimadata", "klimadataene"},
    {"tilsyn", "tilsynet"},
    {"økonomistyring", "økonomistyringen"},
    {"borger", "borgere", "borgerne"},
};
const std::vector<const char*> kVerbs = {"indførte", "afprøvede", "fravalgte", "udskød",     "evaluerede",
                                         "stoppede", "udvidede",  "justerede", "målte",      "samlede",
                                         "udbød",    "byggede",   "købte",     "forenklede", "erstattede"};
const std::vector<const char*> kPhrases = {
    "fordi gevinsten ikke stod mål med indsatsen",
    "og sparede flere årsværk om året",
    "men medarbejderne manglede tid til oplæring",
    "efter en pilot i to afdelinger",
    "da leverandøren ikke kunne levere til tiden",
    "med tydelige krav til data og sikkerhed",
    "og borgernes tilfredshed steg målbart",
    "selv om budgettet blev overskredet",
    "i samarbejde med nabokommunerne",
    "og lærte, at ledelsesopbakning er afgørende",
    "hvilket gav færre fejl i sagsbehandlingen",
    "men effekten udeblev det første år",
};
const std::array<const char*, 4> kKinds = {"decision", "deselection", "lesson", "initiative"};
const std::array<const char*, 3> kVerdicts = {"continue", "adjust", "stop"};
const std::array<const char*, 5> kBands = {"under_20000", "20000_40000", "40000_60000", "60000_100000",
                                           "100000_plus"};

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  std::string path;
  std::int64_t org_id = 0;
  int items = 50000;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--db") path = argv[i + 1];
    if (a == "--org") org_id = std::atoll(argv[i + 1]);
    if (a == "--items") items = std::atoi(argv[i + 1]);
  }
  if (path.empty() || org_id == 0) {
    std::cerr << "usage: library_data --db PATH --org ORG_ID [--items N]\n";
    return 2;
  }
  sqlite3* db = nullptr;
  try {
    check(sqlite3_open(path.c_str(), &db), db, "open");
    sqlite3_busy_timeout(db, 5000);
    forkant::sqlite::register_danish_tokenizer(db);
    check(sqlite3_exec(db, "PRAGMA foreign_keys=ON; BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db,
          "begin");
    const auto t0 = std::chrono::steady_clock::now();
    const std::int64_t now =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    std::int64_t network = 0;
    {
      Stmt biggest(db,
                   "SELECT network_id FROM network_memberships WHERE left_at IS NULL GROUP BY network_id "
                   "ORDER BY COUNT(*) DESC, network_id LIMIT 1");
      if (biggest.step()) network = sqlite3_column_int64(biggest.st, 0);
    }
    if (network == 0) {
      Stmt owner(db, "SELECT user_id FROM memberships WHERE org_id = ?1 ORDER BY user_id LIMIT 1");
      owner.bind(1, org_id);
      if (!owner.step()) throw std::runtime_error("the organisation has no member");
      const std::int64_t user = sqlite3_column_int64(owner.st, 0);
      Stmt make(db,
                "INSERT INTO networks(name, purpose, created_by_org, created_by, created_at) "
                "VALUES ('Det nationale digitaliseringsnetværk', 'Benchmark', ?1, ?2, ?3)");
      make.bind(1, org_id).bind(2, user).bind(3, now - 400 * 86400).run();
      network = sqlite3_last_insert_rowid(db);
      Stmt join(db,
                "INSERT INTO network_memberships(network_id, org_id, joined_at) "
                "SELECT ?1, id, ?2 FROM organisations ORDER BY id");
      join.bind(1, network).bind(2, now - 400 * 86400).run();
    } else {
      // The measured organisation must read the network.
      Stmt join(db,
                "INSERT INTO network_memberships(network_id, org_id, joined_at) SELECT ?1, ?2, ?3 "
                "WHERE NOT EXISTS (SELECT 1 FROM network_memberships WHERE network_id = ?1 AND org_id = ?2 "
                "AND left_at IS NULL)");
      join.bind(1, network).bind(2, org_id).bind(3, now - 400 * 86400).run();
    }
    struct Org {
      std::int64_t id;
      std::string name;
      std::string kind;
    };
    std::vector<Org> orgs;
    {
      Stmt members(
          db,
          "SELECT o.id, o.name, o.kind FROM network_memberships m JOIN organisations o ON o.id = m.org_id "
          "WHERE m.network_id = ?1 AND m.left_at IS NULL ORDER BY o.id");
      members.bind(1, network);
      while (members.step()) {
        orgs.push_back({sqlite3_column_int64(members.st, 0),
                        reinterpret_cast<const char*>(sqlite3_column_text(members.st, 1)),
                        reinterpret_cast<const char*>(sqlite3_column_text(members.st, 2))});
      }
    }
    std::mt19937_64 rng(15);
    const auto pick = [&rng](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
    const auto form = [&](std::size_t topic) {
      return std::string(kTopics[topic][pick(kTopics[topic].size())]);
    };
    Stmt share(
        db,
        "INSERT INTO network_shares(public_id, network_id, org_id, source_kind, source_id, title, body, "
        "questions, verdict, shown_as, org_name, org_kind, size_band, contact_name, contact_email, "
        "shared_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    Stmt question(db, "INSERT INTO network_share_questions(share_id, question) VALUES (?1, ?2)");
    for (int n = 0; n < items; ++n) {
      const auto& org = orgs[pick(orgs.size())];
      const char* kind = kKinds[pick(kKinds.size())];
      const std::size_t a = pick(kTopics.size());
      const std::size_t b = pick(kTopics.size());
      const std::string title =
          capitalised(form(a)) + " og " + form(b) + " i " + (pick(2) ? "borgerservice" : "forvaltningen");
      std::string body;
      for (int sentence = 0, sentences = 2 + static_cast<int>(pick(4)); sentence < sentences; ++sentence) {
        body += capitalised(std::string(pick(2) ? "vi " : "kommunen ") + kVerbs[pick(kVerbs.size())] + " " +
                            form(pick(kTopics.size())) + " og " + form(pick(kTopics.size())) + " " +
                            kPhrases[pick(kPhrases.size())]) +
                ". ";
      }
      char uuid[37];
      std::snprintf(uuid, sizeof uuid, "%08llx-%04llx-4%03llx-8%03llx-%012llx",
                    static_cast<unsigned long long>(rng() & 0xffffffffULL),
                    static_cast<unsigned long long>(rng() & 0xffffULL),
                    static_cast<unsigned long long>(rng() & 0xfffULL),
                    static_cast<unsigned long long>(rng() & 0xfffULL),
                    static_cast<unsigned long long>(rng() & 0xffffffffffffULL));
      std::vector<int> qs{1 + static_cast<int>(pick(10))};
      for (int extra = static_cast<int>(pick(3)); extra > 0; --extra) {
        const int q = 1 + static_cast<int>(pick(10));
        if (std::find(qs.begin(), qs.end(), q) == qs.end()) qs.push_back(q);
      }
      std::sort(qs.begin(), qs.end());
      std::string questions;
      for (const int q : qs) questions += (questions.empty() ? "" : ",") + std::to_string(q);
      const bool anonymous = pick(10) == 0;
      share.bind(1, std::string(uuid)).bind(2, network).bind(3, org.id).bind(4, std::string(kind));
      share.bind(5, std::int64_t{n + 1}).bind(6, title).bind(7, body).bind(8, questions);
      if (std::string(kind) == "lesson") {
        share.bind(9, std::string(kVerdicts[pick(kVerdicts.size())]));
      } else {
        share.null(9);
      }
      share.bind(10, std::string(anonymous ? "anonymous" : "name"))
          .bind(11, anonymous ? std::string() : org.name);
      share.bind(12, org.kind).bind(13, std::string(kBands[pick(kBands.size())]));
      share.bind(14, std::string("Kontaktperson ") + std::to_string(org.id));
      share.bind(15, "digitalisering@org" + std::to_string(org.id) + ".example");
      share.bind(16, now - 3 * 365 * 86400 + static_cast<std::int64_t>(pick(3 * 365 * 86400)));
      share.run();
      const std::int64_t id = sqlite3_last_insert_rowid(db);
      for (const int q : qs) question.bind(1, id).bind(2, std::int64_t{q}).run();
    }
    check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::cout << "BENCH_LIBRARY_NETWORK_ID=" << network << "\n"
              << "BENCH_LIBRARY_ITEMS=" << items << "\n"
              << "BENCH_LIBRARY_WORDS='robotter+l%C3%B8nudbetaling'\n";
    std::cerr << "library_data: " << items << " shared items in network " << network << " (" << orgs.size()
              << " members) in " << seconds << " s\n";
  } catch (const std::exception& e) {
    std::cerr << "library_data: " << e.what() << "\n";
    sqlite3_close(db);
    return 1;
  }
  sqlite3_close(db);
  return 0;
}
