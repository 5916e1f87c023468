#include "services/own_sessions.hpp"

#include <algorithm>

#include "domain/accounts/own_sessions.hpp"
#include "domain/accounts/session_policy.hpp"
#include "services/secrets.hpp"

namespace forkant {

std::vector<OwnSession> OwnSessionsService::list(std::int64_t user_id, std::string_view current_token) {
  const auto now = clock_.now();
  const std::string current = token_hash(current_token);
  std::vector<OwnSession> out;
  for (const auto& s : store_.sessions_of(user_id)) {
    // An expired row lingers until it is next used; it is no session any more.
    if (!session_alive(s.row.created_at, s.row.last_seen_at, now)) continue;
    out.push_back(
        {session_ref(s.id_hash), s.row.device, s.row.created_at, s.row.last_seen_at, s.id_hash == current});
  }
  std::stable_sort(out.begin(), out.end(), [](const OwnSession& a, const OwnSession& b) {
    if (a.current != b.current) return a.current;
    return a.last_seen_at > b.last_seen_at;
  });
  return out;
}

bool OwnSessionsService::needs_password(std::int64_t user_id, std::string_view current_token) {
  const auto row = store_.find_session(token_hash(current_token));
  return !row || row->user_id != user_id || !signed_in_recently(row->created_at, clock_.now());
}

Result<int> OwnSessionsService::end(std::int64_t user_id, std::string_view current_token,
                                    std::string_view ref, std::string_view password,
                                    std::string_view address) {
  if (ref.empty()) return Error::invalid("session_not_chosen", "error.session_not_chosen");
  const auto user = store_.find_user(user_id);
  if (!user) return Error::not_found();
  if (needs_password(user_id, current_token)) {
    const auto hash = store_.password_hash(user_id);
    const Status checked = accounts_.throttled_check(
        user->email, address, [&] { return hash && verify_password(password, *hash); },
        Error::invalid("session_password_wrong", "error.session_password_wrong"));
    if (!checked) return checked.error();
  }
  const std::string current = token_hash(current_token);
  const auto now = clock_.now();
  int ended = 0;
  std::optional<Error> refused;
  tx_.transaction([&] {
    ended = 0;
    refused.reset();
    if (ref == "others") {
      ended = store_.delete_other_sessions(user_id, current);
    } else {
      const auto sessions = store_.sessions_of(user_id);
      const auto it = std::find_if(sessions.begin(), sessions.end(), [&](const StoredSession& s) {
        return session_alive(s.row.created_at, s.row.last_seen_at, now) && session_ref(s.id_hash) == ref;
      });
      if (it == sessions.end()) {
        refused = Error::not_found();
        return;
      }
      if (it->id_hash == current) {
        refused = Error::invalid("session_is_current", "error.session_is_current");
        return;
      }
      store_.delete_session(it->id_hash);
      ended = 1;
    }
    audit_.append_audit({std::nullopt, user_id, "session.ended_elsewhere", "user:" + std::to_string(user_id),
                         "sessions ended: " + std::to_string(ended)},
                        now);
  });
  if (refused) return *refused;
  // After the commit, as a password change does: sessions kept in memory are read again.
  accounts_.forget_sessions(user_id);
  return ended;
}

void OwnSessionsService::describe(std::string_view session_token, std::string_view device) {
  store_.set_session_device(token_hash(session_token), std::string(device));
}

}  // namespace forkant
