#include "storage/postgresql/connection.hpp"

#include <libpq-fe.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>

namespace forkant::postgresql {
namespace {

// Type Oids from PostgreSQL's catalogue (pg_type.dat); libpq ships no header for them.
constexpr Oid kBytea = 17;
constexpr Oid kInt8 = 20;
constexpr Oid kFloat8 = 701;
constexpr Oid kUnknown = 0;  // text and NULL: the server infers the type from where the value goes

std::string first_line(const char* message) {
  std::string out = message ? message : "";
  if (const auto end = out.find('\n'); end != std::string::npos) out.resize(end);
  return out.empty() ? "unknown error" : out;
}

std::string field(const PGresult* result, int code) {
  const char* value = PQresultErrorField(result, code);
  return value ? value : "";
}

// The server's primary message, without the bound values it may quote: the DETAIL line (never read here)
// is where a constraint violation shows the row, and a data exception (class 22: "invalid input syntax
// for type integer: "...") quotes the value after its first colon.
std::string safe_message(const PGresult* result, const std::string& sqlstate) {
  std::string message = field(result, PG_DIAG_MESSAGE_PRIMARY);
  if (sqlstate.starts_with("22")) {
    if (const auto colon = message.find(':'); colon != std::string::npos) message.resize(colon);
  }
  return message.empty() ? "unknown error" : message;
}

bool is_retryable(const std::string& sqlstate) {
  return sqlstate == "40001" || sqlstate == "40P01";  // serialization_failure, deadlock_detected
}

}  // namespace

std::string describe_url(const std::string& url) {
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(url.c_str(), &error);
  if (!options) {
    PQfreemem(error);  // the message may quote the URL, password and all
    return "an unparsable PostgreSQL URL";
  }
  std::string host, port, dbname, user;
  for (auto* o = options; o->keyword; ++o) {
    if (!o->val) continue;
    const std::string_view key = o->keyword;
    if (key == "host" || (key == "hostaddr" && host.empty())) host = o->val;
    if (key == "port") port = o->val;
    if (key == "dbname") dbname = o->val;
    if (key == "user") user = o->val;
  }
  PQconninfoFree(options);
  std::string out = "postgresql://";
  if (!user.empty()) out += user + "@";
  out += host.empty() ? "localhost" : host;
  if (!port.empty()) out += ":" + port;
  return out + "/" + dbname;
}

// ---- Statement ----------------------------------------------------------------------------------------

Statement::Statement(Connection& owner, std::string_view sql)
    : owner_(owner),
      sql_(owner.rewritten(sql)),
      values_(static_cast<std::size_t>(sql_.parameters)),
      types_(static_cast<std::size_t>(sql_.parameters), kUnknown) {}

Statement::~Statement() {
  PQclear(result_);
}

void Statement::set(int index, std::optional<std::string> value, unsigned type) {
  if (index < 1 || index > sql_.parameters) {
    throw Error("bind: no parameter " + std::to_string(index) + " in this statement", "");
  }
  values_[static_cast<std::size_t>(index - 1)] = std::move(value);
  types_[static_cast<std::size_t>(index - 1)] = type;
}

sql::Statement& Statement::bind(int index, std::nullptr_t) {
  set(index, std::nullopt, kUnknown);
  return *this;
}
sql::Statement& Statement::bind(int index, std::int64_t v) {
  set(index, std::to_string(v), kInt8);
  return *this;
}
sql::Statement& Statement::bind(int index, double v) {
  char buffer[32];
  // Shortest text that reads back as the same double.
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
  set(index, std::string(buffer, ec == std::errc() ? end : buffer), kFloat8);
  return *this;
}
sql::Statement& Statement::bind(int index, std::string_view v) {
  set(index, std::string(v), kUnknown);
  return *this;
}

bool Statement::step() {
  if (!result_) {
    owner_.ask_faults("step");
    const auto& prepared = owner_.prepared(sql_.sql, types_);
    std::vector<const char*> values;
    std::vector<int> lengths;  // read for the binary (BYTEA) ones only
    values.reserve(values_.size());
    lengths.reserve(values_.size());
    for (const auto& v : values_) {
      values.push_back(v ? v->data() : nullptr);
      lengths.push_back(v ? static_cast<int>(v->size()) : 0);
    }
    result_ =
        owner_.check(PQexecPrepared(owner_.conn_, prepared.name.c_str(), static_cast<int>(values.size()),
                                    values.data(), lengths.data(), prepared.formats.data(), 0),
                     "step");
    row_ = -1;
    owner_.note_changes(result_);
  }
  ++row_;
  return row_ < PQntuples(result_);
}

void Statement::reset() {
  PQclear(result_);
  result_ = nullptr;
  row_ = -1;
  std::fill(values_.begin(), values_.end(), std::nullopt);
  std::fill(types_.begin(), types_.end(), kUnknown);
}

void Statement::check_row(int col) const {
  if (!result_ || row_ < 0 || row_ >= PQntuples(result_) || col < 0 || col >= PQnfields(result_)) {
    throw Error("read: no row or no column " + std::to_string(col), "");
  }
}

bool Statement::is_null(int col) const {
  check_row(col);
  return PQgetisnull(result_, row_, col) != 0;
}

std::int64_t Statement::int64(int col) const {
  if (is_null(col)) return 0;  // as sqlite3_column_int64
  const char* text = PQgetvalue(result_, row_, col);
  const std::string_view s(text, static_cast<std::size_t>(PQgetlength(result_, row_, col)));
  if (s == "t") return 1;
  if (s == "f") return 0;
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  // A whole numeric (SUM over integers is numeric) reads as its integer part when the rest is ".000".
  const bool whole =
      ec == std::errc() &&
      (end == s.data() + s.size() ||
       (*end == '.' && std::string_view(end + 1, s.data() + s.size() - end - 1).find_first_not_of('0') ==
                           std::string_view::npos));
  if (!whole) throw Error("read: column " + column_name(col) + " is not an integer", "");
  return value;
}

std::string Statement::text(int col) const {
  if (is_null(col)) return {};
  const auto* value = reinterpret_cast<const unsigned char*>(PQgetvalue(result_, row_, col));
  if (PQftype(result_, col) != kBytea) {
    return {reinterpret_cast<const char*>(value), static_cast<std::size_t>(PQgetlength(result_, row_, col))};
  }
  std::size_t size = 0;
  unsigned char* bytes = PQunescapeBytea(value, &size);
  if (!bytes) throw Error("read: column " + column_name(col) + " is not valid bytea", "");
  std::string out(reinterpret_cast<const char*>(bytes), size);
  PQfreemem(bytes);
  return out;
}

int Statement::column_count() const {
  return result_ ? PQnfields(result_) : 0;
}

std::string Statement::column_name(int col) const {
  const char* name = result_ ? PQfname(result_, col) : nullptr;
  return name ? name : "";
}

// ---- Connection ---------------------------------------------------------------------------------------

Connection::Connection(const std::string& url, FaultInjector* faults) {
  // The URL is expanded in place of "dbname": what it says overrides the keywords before it, and UTF8
  // after it is not negotiable (the stores speak UTF-8). Before it: a name for pg_stat_activity, and
  // timeouts so that a server that vanished without closing its sockets (a failover, a dead host) is
  // noticed within about a minute rather than after the kernel's TCP timeouts (minutes to hours); the
  // request waiting on it fails, and the pool reconnects.
  const char* keywords[] = {"application_name",
                            "connect_timeout",
                            "keepalives_idle",
                            "keepalives_interval",
                            "keepalives_count",
                            "tcp_user_timeout",
                            "dbname",
                            "client_encoding",
                            nullptr};
  const char* values[] = {"forkant", "10", "30", "10", "3", "60000", url.c_str(), "UTF8", nullptr};
  conn_ = PQconnectdbParams(keywords, values, 1);
  if (!conn_ || PQstatus(conn_) != CONNECTION_OK) {
    const std::string message = conn_ ? first_line(PQerrorMessage(conn_)) : "out of memory";
    PQfinish(conn_);
    conn_ = nullptr;
    throw Error("connect to " + describe_url(url) + ": " + message, "");
  }
  // libpq prints the server's notices ("relation already exists, skipping") to stderr; none of them is
  // an error, and forkant's log lines are its own.
  PQsetNoticeProcessor(
      conn_, [](void*, const char*) {}, nullptr);
  faults_ = faults;
}

Connection::~Connection() {
  PQfinish(conn_);
}

std::unique_ptr<sql::Statement> Connection::statement(std::string_view sql) {
  return std::make_unique<Statement>(*this, sql);
}

const RewrittenSql& Connection::rewritten(std::string_view sql) {
  auto it = rewritten_.find(sql);
  if (it == rewritten_.end()) it = rewritten_.emplace(std::string(sql), rewrite_placeholders(sql)).first;
  return it->second;
}

const Connection::Prepared& Connection::prepared(const std::string& sql, const std::vector<unsigned>& types) {
  auto key = std::make_pair(sql, types);
  auto it = prepared_.find(key);
  if (it != prepared_.end()) return it->second;
  Prepared out{"forkant_" + std::to_string(prepared_.size() + 1), {}};
  const std::vector<Oid> oids(types.begin(), types.end());
  PQclear(check(PQprepare(conn_, out.name.c_str(), sql.c_str(), static_cast<int>(oids.size()), oids.data()),
                "prepare"));
  // The types the server settled on for the parameters left to it: one more round trip, once per query.
  PGresult* described = check(PQdescribePrepared(conn_, out.name.c_str()), "describe");
  for (int i = 0; i < PQnparams(described); ++i)
    out.formats.push_back(PQparamtype(described, i) == kBytea ? 1 : 0);
  PQclear(described);
  return prepared_.emplace(std::move(key), std::move(out)).first->second;
}

PGresult* Connection::check(PGresult* result, std::string_view what) {
  const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return result;
  const std::string sqlstate = result ? field(result, PG_DIAG_SQLSTATE) : "";
  // No SQLSTATE: the failure was the connection's (lost socket), not the statement's.
  std::string message = sqlstate.empty() ? first_line(PQerrorMessage(conn_)) : safe_message(result, sqlstate);
  PQclear(result);
  // "cached plan must not change result type": a table changed under a prepared statement.
  if (sqlstate == "0A000" && message.starts_with("cached plan")) stale_ = retryable_failure_ = true;
  if (is_retryable(sqlstate)) retryable_failure_ = true;
  if (!sqlstate.empty()) message += " (SQLSTATE " + sqlstate + ")";
  throw Error(std::string(what) + ": " + message, sqlstate);
}

void Connection::ask_faults(std::string_view what) const {
  if (faults_ && faults_->should_fail()) throw Error(std::string(what) + ": injected fault", "");
}

void Connection::exec_script(const std::string& sql) {
  ask_faults("exec");
  PGresult* result = check(PQexec(conn_, sql.c_str()), "exec");
  note_changes(result);  // the script's last statement
  PQclear(result);
}

void Connection::note_changes(PGresult* result) {
  // Like sqlite3_changes(): only a statement that changes rows sets it, a SELECT leaves it alone.
  const std::string_view status = PQcmdStatus(result);
  if (status.starts_with("INSERT") || status.starts_with("UPDATE") || status.starts_with("DELETE") ||
      status.starts_with("MERGE")) {
    changes_ = std::atoi(PQcmdTuples(result));
  }
}

void Connection::commit() {
  ask_faults("commit");
  PGresult* result = check(PQexec(conn_, "COMMIT"), "commit");
  const std::string_view status = PQcmdStatus(result);
  const bool committed = status == "COMMIT";
  PQclear(result);
  // COMMIT of a failed transaction "succeeds" as a ROLLBACK: it must not read as an acknowledgement.
  if (!committed) throw Error("commit: the transaction had failed and was rolled back", "");
}

std::int64_t Connection::last_insert_id() {
  auto st = prepare("SELECT lastval()");
  if (!st->step()) throw Error("lastval: no row", "");
  return st->int64(0);
}

bool Connection::in_transaction() const {
  const PGTransactionStatusType status = PQtransactionStatus(conn_);
  return status == PQTRANS_INTRANS || status == PQTRANS_ACTIVE;
}

bool Connection::idle() const {
  return PQtransactionStatus(conn_) == PQTRANS_IDLE;
}

bool Connection::broken() const {
  return PQstatus(conn_) == CONNECTION_BAD;
}

}  // namespace forkant::postgresql
