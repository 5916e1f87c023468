// AccountStore (services/accounts.hpp) on every backend: users, sessions, API tokens.
#include "storage/database_error.hpp"
#include "storage_test.hpp"

namespace forkant::test {
namespace {

TEST_P(StorageTest, Accounts_UserRoundTrip) {
  const auto id = accounts().insert_user(User{0, "karen@kommune.dk", "Karen", "en"}, "the-hash", kNow);
  const auto by_id = accounts().find_user(id);
  ASSERT_TRUE(by_id);
  EXPECT_EQ(by_id->id, id);
  EXPECT_EQ(by_id->email, "karen@kommune.dk");
  EXPECT_EQ(by_id->name, "Karen");
  EXPECT_EQ(by_id->language, "en");
  const auto by_email = accounts().find_user_by_email("karen@kommune.dk");
  ASSERT_TRUE(by_email);
  EXPECT_EQ(by_email->id, id);
  EXPECT_EQ(accounts().password_hash(id), "the-hash");

  accounts().set_language(id, "da");
  accounts().set_password_hash(id, "another-hash");
  EXPECT_EQ(accounts().find_user(id)->language, "da");
  EXPECT_EQ(accounts().password_hash(id), "another-hash");
}

TEST_P(StorageTest, Accounts_EmailIsFoundWhateverItsCase) {
  const auto id = accounts().insert_user(User{0, "Karen@Kommune.dk", "Karen", "da"}, "h", kNow);
  const auto found = accounts().find_user_by_email("karen@KOMMUNE.DK");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->id, id);
}

// SQLite's NOCASE on every backend: ASCII letters match in either case and make a duplicate; other
// letters are compared as they are (Æ is not æ), so those are two addresses.
TEST_P(StorageTest, Accounts_EmailIgnoresAsciiCaseOnly) {
  const auto karen = accounts().insert_user(User{0, "karen@x.dk", "Karen", "da"}, "h", kNow);
  EXPECT_THROW(accounts().insert_user(User{0, "KAREN@X.DK", "Karen 2", "da"}, "h", kNow), DatabaseError);
  const auto upper = accounts().insert_user(User{0, "ÆBLE@x.dk", "Æble", "da"}, "h", kNow);
  EXPECT_FALSE(accounts().find_user_by_email("æble@x.dk"));
  const auto lower = accounts().insert_user(User{0, "æble@x.dk", "æble", "da"}, "h", kNow);
  EXPECT_EQ(accounts().find_user_by_email("Karen@x.DK")->id, karen);
  EXPECT_EQ(accounts().find_user_by_email("Æble@X.dk")->id, upper);
  EXPECT_EQ(accounts().find_user_by_email("æBLE@X.dk")->id, lower);
}

TEST_P(StorageTest, Accounts_UnknownUserIsNullopt) {
  EXPECT_FALSE(accounts().find_user(4242));
  EXPECT_FALSE(accounts().find_user_by_email("nobody@kommune.dk"));
  EXPECT_FALSE(accounts().password_hash(4242));
  EXPECT_TRUE(accounts().memberships(4242).empty());
}

TEST_P(StorageTest, Accounts_MembershipsAreOrderedByOrganisationName) {
  const auto b = org("Bornholm");
  const auto a = org("Aarhus");
  const auto c = org("Comune");
  const auto user = member(b, "u@x.dk", Role::viewer);
  orgs().upsert_membership(a, user, Role::owner, kNow);
  const auto other = member(c, "other@x.dk");
  const auto list = accounts().memberships(user);
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].org_id, a);
  EXPECT_EQ(list[0].org_name, "Aarhus");
  EXPECT_EQ(list[0].role, Role::owner);
  EXPECT_EQ(list[1].org_id, b);
  EXPECT_EQ(list[1].role, Role::viewer);
  EXPECT_EQ(accounts().memberships(other).size(), 1u);
}

TEST_P(StorageTest, Accounts_SessionRoundTrip) {
  const auto user = accounts().insert_user(User{0, "u@x.dk", "U", "da"}, "h", kNow);
  accounts().insert_session("s1", user, "csrf1", kNow);
  auto row = accounts().find_session("s1");
  ASSERT_TRUE(row);
  EXPECT_EQ(row->user_id, user);
  EXPECT_EQ(row->csrf_token, "csrf1");
  EXPECT_EQ(row->created_at, kNow);
  EXPECT_EQ(row->last_seen_at, kNow);
  accounts().touch_session("s1", kNow + 90);
  EXPECT_EQ(accounts().find_session("s1")->last_seen_at, kNow + 90);
  EXPECT_EQ(accounts().find_session("s1")->created_at, kNow);
  accounts().delete_session("s1");
  EXPECT_FALSE(accounts().find_session("s1"));
  EXPECT_FALSE(accounts().find_session("never"));
}

// A session id or token is stored as its hash, 32 raw bytes (services/secrets.cpp): any byte value, NUL,
// a backslash, quotes and bytes that are no UTF-8 included. Each must be found by exactly those bytes.
std::string raw_hash(char last) {
  std::string hash{'\0', '\xff', '\\', '\'', '"', '\x80', '\xc3', '(', '\0', 'x'};
  hash.resize(31, '\x01');
  return hash + last;
}

TEST_P(StorageTest, Accounts_HashesAreFoundByTheirExactBytes) {
  const auto user = accounts().insert_user(User{0, "u@x.dk", "U", "da"}, "h", kNow);
  accounts().insert_session(raw_hash('\xfe'), user, "csrf", kNow);
  const auto token = accounts().insert_api_token(raw_hash('\0'), user, "t", kNow, kNow + 100);
  ASSERT_TRUE(accounts().find_session(raw_hash('\xfe')));
  EXPECT_EQ(accounts().find_session(raw_hash('\xfe'))->user_id, user);
  EXPECT_FALSE(accounts().find_session(raw_hash('\xfd')));
  EXPECT_FALSE(accounts().find_session(raw_hash('\xfe').substr(0, 1))) << "not cut at the first NUL";
  ASSERT_TRUE(accounts().find_api_token(raw_hash('\0')));
  EXPECT_EQ(accounts().find_api_token(raw_hash('\0'))->id, token);
  EXPECT_FALSE(accounts().find_api_token(raw_hash('\x01')));
  EXPECT_EQ(accounts().delete_other_sessions(user, raw_hash('\xfe')), 0);
  accounts().delete_session(raw_hash('\xfe'));
  EXPECT_FALSE(accounts().find_session(raw_hash('\xfe')));
}

TEST_P(StorageTest, Accounts_DeleteOtherSessionsKeepsOneAndTouchesNobodyElse) {
  const auto user = accounts().insert_user(User{0, "u@x.dk", "U", "da"}, "h", kNow);
  const auto other = accounts().insert_user(User{0, "o@x.dk", "O", "da"}, "h", kNow);
  for (const char* s : {"a", "b", "c"}) accounts().insert_session(s, user, "c", kNow);
  accounts().insert_session("theirs", other, "c", kNow);
  EXPECT_EQ(accounts().delete_other_sessions(user, "b"), 2);
  EXPECT_FALSE(accounts().find_session("a"));
  EXPECT_TRUE(accounts().find_session("b"));
  EXPECT_FALSE(accounts().find_session("c"));
  EXPECT_TRUE(accounts().find_session("theirs"));
  EXPECT_EQ(accounts().delete_other_sessions(user, "b"), 0);
}

TEST_P(StorageTest, Accounts_ApiTokenRoundTripAndNewestFirst) {
  const auto user = accounts().insert_user(User{0, "u@x.dk", "U", "da"}, "h", kNow);
  const auto other = accounts().insert_user(User{0, "o@x.dk", "O", "da"}, "h", kNow);
  const auto first = accounts().insert_api_token("hash1", user, "first", kNow, kNow + 100);
  const auto second = accounts().insert_api_token("hash2", user, "second", kNow + 1, kNow + 200);
  accounts().insert_api_token("hash3", other, "theirs", kNow, kNow + 100);

  const auto row = accounts().find_api_token("hash1");
  ASSERT_TRUE(row);
  EXPECT_EQ(row->id, first);
  EXPECT_EQ(row->user_id, user);
  EXPECT_EQ(row->name, "first");
  EXPECT_EQ(row->created_at, kNow);
  EXPECT_EQ(row->expires_at, kNow + 100);
  EXPECT_FALSE(row->last_used_at);
  EXPECT_FALSE(row->revoked_at);
  EXPECT_FALSE(accounts().find_api_token("unknown"));

  accounts().touch_api_token(first, kNow + 5);
  EXPECT_EQ(accounts().find_api_token("hash1")->last_used_at, kNow + 5);

  const auto list = accounts().api_tokens(user);
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].id, second);
  EXPECT_EQ(list[1].id, first);
}

TEST_P(StorageTest, Accounts_RevokingIsIdempotentAndOwnTokensOnly) {
  const auto user = accounts().insert_user(User{0, "u@x.dk", "U", "da"}, "h", kNow);
  const auto other = accounts().insert_user(User{0, "o@x.dk", "O", "da"}, "h", kNow);
  const auto token = accounts().insert_api_token("hash1", user, "t", kNow, kNow + 100);
  const auto theirs = accounts().insert_api_token("hash2", other, "t", kNow, kNow + 100);

  EXPECT_EQ(accounts().revoke_api_token(user, theirs, kNow), std::nullopt);
  EXPECT_EQ(accounts().revoke_api_token(user, 4242, kNow), std::nullopt);
  EXPECT_EQ(accounts().revoke_api_token(user, token, kNow + 1), std::optional<bool>(true));
  EXPECT_EQ(accounts().revoke_api_token(user, token, kNow + 2), std::optional<bool>(false));
  EXPECT_EQ(accounts().find_api_token("hash1")->revoked_at, kNow + 1);
  EXPECT_TRUE(accounts().api_tokens(user).empty());
  EXPECT_FALSE(accounts().find_api_token("hash2")->revoked_at);
}

TEST_P(StorageTest, Accounts_RevokeAllCountsOnlyLiveTokensOfTheUser) {
  const auto user = accounts().insert_user(User{0, "u@x.dk", "U", "da"}, "h", kNow);
  const auto other = accounts().insert_user(User{0, "o@x.dk", "O", "da"}, "h", kNow);
  const auto a = accounts().insert_api_token("a", user, "a", kNow, kNow + 100);
  accounts().insert_api_token("b", user, "b", kNow, kNow + 100);
  accounts().insert_api_token("c", other, "c", kNow, kNow + 100);
  accounts().revoke_api_token(user, a, kNow);
  EXPECT_EQ(accounts().revoke_api_tokens(user, kNow), 1);
  EXPECT_EQ(accounts().revoke_api_tokens(user, kNow), 0);
  EXPECT_EQ(accounts().api_tokens(other).size(), 1u);
}

}  // namespace
}  // namespace forkant::test
