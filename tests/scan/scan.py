#!/usr/bin/python3
"""Helper of tests/scan/run (Python standard library only; run with Debian's /usr/bin/python3).

  scan.py prepare --url URL --token TOKEN --out DIR --routes src/web/routes.cpp [--shards N]
      Creates the objects the scan needs through the API (rounds in each state, respondent and member
      invitation links, decisions, goals, steps, a meeting series), signs in through the sign-in form,
      checks that every route of routes.cpp has a scan target or a stated reason for having none,
      sends every target once and checks that it reaches its handler (its expected status; never a
      bounce to /login, a 401, 403 or 404 instead), and writes into DIR:
        sqlmap-N.log      the targets as Burp-style request logs for `sqlmap -l`, in N shards of about
                          equal cost; path parameters carry sqlmap's `*` marker;
        sqlmap-login.log  POST /login alone, to be scanned last (login throttling, see login_target);
        wapiti-cookies.json, wapiti-start.txt, wapiti-exclude.txt, wapiti-skip.txt
                          wapiti's session (in its own cookie format), start URLs, -x and --skip lists;
        targets.txt       the list of targets, for the record.
  scan.py verdict --work DIR
      Reads the sqlmap logs and result files, wapiti's JSON report and console log, and the servers'
      request logs; prints a summary; exits 1 on any finding, on any sqlmap target that was not tested
      to the end, and on any answer 500.
"""

import argparse
import glob
import http.client
import json
import os
import re
import sys
import urllib.parse

# ----------------------------------------------------------------------------------------------------
# HTTP


class Http:
    """A minimal client: one connection per request, no redirects followed, cookies passed by hand."""

    def __init__(self, base_url):
        u = urllib.parse.urlsplit(base_url)
        self.host, self.port = u.hostname, u.port

    def send(self, method, path, body=None, headers=None):
        conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
        try:
            data = body.encode() if isinstance(body, str) else body
            conn.request(method, path, body=data, headers=headers or {})
            res = conn.getresponse()
            return res.status, res.getheaders(), res.read().decode("utf-8", "replace")
        finally:
            conn.close()


def header(headers, name):
    return next((v for k, v in headers if k.lower() == name.lower()), "")


def set_cookies(headers):
    """name -> value of every Set-Cookie in a response."""
    out = {}
    for k, v in headers:
        if k.lower() == "set-cookie":
            name, _, rest = v.partition("=")
            out[name.strip()] = rest.split(";", 1)[0]
    return out


def form_body(fields):
    return urllib.parse.urlencode(fields)


CSRF_FIELD = re.compile(r'name="csrf" value="([^"]+)"')


class Setup:
    """Fixtures on one server: an API client (Bearer token) and a signed-in browser session."""

    def __init__(self, url, token, email, password):
        self.http = Http(url)
        self.url = url.rstrip("/")
        self.token = token
        self.email, self.password = email, password

    # The API, authenticated with the personal token. Fails loudly: a fixture that cannot be made
    # means the scan would test less than it claims.
    def api(self, method, path, body=None, expect=(200, 201)):
        headers = {"Authorization": "Bearer " + self.token, "Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
            body = json.dumps(body)
        status, _, text = self.http.send(method, path, body, headers)
        if status not in expect:
            sys.exit(f"scan: fixture {method} {path} answered {status}: {text[:300]}")
        return json.loads(text) if text.strip() else {}

    def sign_in(self, email=None, password=None):
        """Signs in through the HTML form like a browser; returns (session cookie, its CSRF token)."""
        email, password = email or self.email, password or self.password
        status, headers, page = self.http.send("GET", "/login")
        pre = set_cookies(headers).get("forkant_csrf")
        field = CSRF_FIELD.search(page)
        if status != 200 or not pre or not field:
            sys.exit(f"scan: GET /login gave {status} without the forkant_csrf cookie and csrf field")
        body = form_body({"csrf": field.group(1), "email": email, "password": password, "next": "/"})
        status, headers, _ = self.http.send("POST", "/login", body, {
            "Cookie": "forkant_csrf=" + pre, "Content-Type": "application/x-www-form-urlencoded",
            "Origin": self.url})
        session = set_cookies(headers).get("forkant_session")
        if status != 303 or not session:
            sys.exit(f"scan: signing in as {email} failed ({status})")
        # The session has its own CSRF token; every signed-in page carries it (the sign-out form).
        status, _, page = self.http.send("GET", "/orgs/0", headers={"Cookie": "forkant_session=" + session})
        field = CSRF_FIELD.search(page)
        if not field:
            sys.exit(f"scan: no CSRF token on a page after signing in as {email} ({status})")
        return session, field.group(1)


# ----------------------------------------------------------------------------------------------------
# Fixtures


def make_fixtures(s):
    """Creates what the targets point at and returns their ids. Objects whose state a request changes
    (opening, closing, superseding, editing with a version, starting a step, consuming a link) get one
    object per target, so that the first request of each scan meets the state its handler expects."""
    me = s.api("GET", "/api/v1/me")
    f = {"user": me["id"], "org": me["memberships"][0]["org_id"]}
    org = f["org"]

    rounds = s.api("GET", f"/api/v1/orgs/{org}/rounds")["rounds"]
    closed = [r for r in rounds if r["state"] == "closed"]
    if not closed:
        sys.exit("scan: the demo data has no closed round (needed for the results pages)")
    f["closed_round"], f["framework"] = closed[0]["id"], closed[0]["framework"]
    f["group"] = closed[0]["groups"][0]

    def new_round(title, state):
        r = s.api("POST", f"/api/v1/orgs/{org}/rounds", {"title": title, "groups": ["chefer", "medarbejdere"]})
        if state == "open":
            s.api("POST", f"/api/v1/rounds/{r['id']}/open")
        return r["id"]

    f["live_round"] = new_round("Scan: live round", "open")
    # An open round that DELETE is refused on: a URL of its own, as sqlmap keeps one target per URL.
    f["undeletable"] = new_round("Scan: open, not deletable", "open")
    # Draft rounds: one each to edit (a request changes it), one to read.
    for name in ("draft_view", "draft_edit_page", "draft_edit_api"):
        f[name] = new_round("Scan: draft", "draft")
    for name in ("open_page", "open_api"):
        f[name] = new_round("Scan: to be opened", "draft")
    for name in ("close_page", "close_api"):
        f[name] = new_round("Scan: to be closed", "open")
    links = s.api("POST", f"/api/v1/rounds/{f['live_round']}/invitations", {"group": "chefer", "count": 6})["links"]
    for name, link in zip(("r_read", "r_save", "r_submit", "r_api_get", "r_api_put", "r_wapiti"), links):
        f[name] = link["token"]
    tokens = {t["name"]: t["id"] for t in s.api("GET", "/api/v1/me/tokens")["tokens"]}
    f["revoke_page"], f["revoke_api"] = tokens["scan-revoke-page"], tokens["scan-revoke-api"]
    # A blank form is refused on submit (no rating, PRODUCT.md): the link to submit holds one answer.
    s.api("PUT", f"/api/v1/responses/{f['r_submit']}", {"answers": {"q1.s1": 3}})
    for name in ("join_read", "join_accept"):
        f[name] = s.api("POST", f"/api/v1/orgs/{org}/invitations",
                        {"email": f"scan.{name}@example.org", "role": "viewer"})["token"]

    # Goals and meeting series: one each for the targets that add steps or record minutes, as each of
    # their requests adds to what the goal's or the series' pages show (and so to what later requests
    # cost), and one for the rest.
    for name in ("goal", "goal_steps_page", "goal_steps_api"):
        f[name] = s.api("POST", f"/api/v1/orgs/{org}/goals", {
            "title": "Scan: " + name, "description": "Made by tests/scan", "questions": [1],
            "horizon": "2028-06-30"})["id"]
    for name in ("series", "series_minutes_page", "series_minutes_api"):
        f[name] = s.api("POST", f"/api/v1/orgs/{org}/meetings", {
            "title": "Scan: " + name, "cadence": "monthly", "first_meeting": "2027-01-05"})["id"]
    # Goals and steps to edit: one each per target, as an edit names the version it was made against.
    for name in ("goal_edit_page", "goal_edit_api"):
        f[name] = s.api("POST", f"/api/v1/orgs/{org}/goals", {
            "title": "Scan: " + name, "description": "Made by tests/scan", "questions": [1],
            "horizon": "2028-06-30"})["id"]
    # A held meeting: the demo's meeting series has a history.
    for series in s.api("GET", f"/api/v1/orgs/{org}/meetings")["series"]:
        held = s.api("GET", f"/api/v1/meeting-series/{series['id']}/history")["meetings"]
        if held:
            f["held_series"], f["held_meeting"] = series["id"], held[0]["id"]
            break
    else:
        sys.exit("scan: the demo data has no held meeting (needed for the meeting history pages)")
    draft = decision_draft(f)
    for name in ("decision", "edit_page", "edit_api", "supersede_page", "supersede_api"):
        f[name] = s.api("POST", f"/api/v1/orgs/{org}/decisions", dict(draft, title="Scan: " + name))["id"]
    # The public page (issue 11): one decision to publish (every request publishes it again: a new
    # snapshot, 303 each time) and one never published, where unpublishing is refused (409) every time.
    for name in ("publish_page", "never_published"):
        f[name] = s.api("POST", f"/api/v1/orgs/{org}/decisions", dict(draft, title="Scan: " + name))["id"]

    # The initiative register (issue 12): one to read and one per writing target, each with a benefit.
    for name in ("initiative", "initiative_edit_page", "initiative_edit_api", "initiative_phase_page",
                 "initiative_phase_api"):
        f[name] = s.api("POST", f"/api/v1/orgs/{org}/initiatives", initiative_body(f, "Scan: " + name))["id"]

    for name, start in (("start_page", False), ("start_api", False), ("complete_page", True),
                        ("complete_api", True), ("drop_page", False), ("drop_api", False),
                        ("step_edit_page", False), ("step_edit_api", False)):
        f[name] = s.api("POST", f"/api/v1/goals/{f['goal']}/steps", {
            "hypothesis": "Scan: " + name, "success_criterion": "It is measured",
            "owner_id": f["user"], "due_on": "2027-06-30"})["id"]
        if start:
            s.api("POST", f"/api/v1/steps/{f[name]}/start")
    make_impact_fixtures(s, f)
    make_network_fixtures(s, f)
    make_competence_fixtures(s, f)
    return f


def make_competence_fixtures(s, f):
    """The competence matrix (issue 17): a competence to read and edit, one per deleting target, sectors
    likewise, and a cell with a gap per target that makes it a step (a gap becomes a step once)."""
    org = f["org"]
    f["competence"] = s.api("POST", f"/api/v1/orgs/{org}/competencies", {"name": "Scan: competence"})["id"]
    # The deleting targets point at the AI Act's built-in row, which is never deleted (409): a deleted
    # object would answer 404 to every request after the first, and sqlmap could test nothing.
    matrix = s.api("GET", f"/api/v1/orgs/{org}/competencies")
    f["competence_builtin"] = next(c["id"] for c in matrix["competencies"] if c.get("builtin"))
    # The demo's current radar edition and one of its entries (issue 17).
    edition = s.api("GET", f"/api/v1/orgs/{org}/radar")["edition"]
    if not edition or not edition.get("entries"):
        sys.exit("scan: the demo data has no radar edition with entries")
    f["radar_edition"], f["radar_entry"] = edition["id"], edition["entries"][0]["id"]
    for name in ("sector",):
        f[name] = s.api("POST", f"/api/v1/orgs/{org}/competence-sectors", {"name": "Scan: " + name})["id"]
    for role, name in (("ledere", "gap_step_page"), ("chefer", "gap_step_api")):
        f[name] = s.api("PUT", f"/api/v1/orgs/{org}/competence-cells", {
            "competence_id": f["competence"], "role": role, "current_level": 0, "needed_level": 3,
            "due_on": "2027-06-30"})["id"]


def make_network_fixtures(s, f):
    """The demo's network (issue 15) and one item of its library, read from the pages (there is no API
    for networks yet)."""
    session, _ = s.sign_in()
    cookie = {"Cookie": "forkant_session=" + session}
    org = f["org"]
    _, _, page = s.http.send("GET", f"/orgs/{org}/networks", headers=cookie)
    found = re.search(rf"/orgs/{org}/networks/(\d+)", page)
    if not found:
        sys.exit("scan: the demo data has no network (needed for the network pages)")
    f["network"] = int(found.group(1))
    _, _, page = s.http.send("GET", f"/orgs/{org}/networks/{f['network']}/library", headers=cookie)
    found = re.search(r"/library/([0-9a-f-]{36})", page)
    if not found:
        sys.exit("scan: the demo network's library is empty (needed for the library item page)")
    f["library_item"] = found.group(1)


def make_impact_fixtures(s, f):
    """Impact assessments (issue 12): screenings of initiatives made for the scan, one per target whose
    request changes its state. A judgement is recorded on the latest completed screening of its
    initiative only, so each judging target gets an initiative of its own."""
    org = f["org"]

    def initiative(name):
        return s.api("POST", f"/api/v1/orgs/{org}/initiatives", {
            "title": "Scan: " + name, "description": "Scan", "owner_id": f["user"]})["id"]

    def screening(initiative_id, answers=None, complete=False):
        a = s.api("POST", f"/api/v1/orgs/{org}/initiatives/{initiative_id}/assessments", {"kind": "screening"})
        if answers:
            s.api("PUT", f"/api/v1/assessments/{a['id']}/answers", {"answers": answers})
        if complete:
            a = s.api("POST", f"/api/v1/assessments/{a['id']}/complete")
        return a

    f["impact_initiative"] = initiative("impact")
    for name in ("impact_read", "impact_save_page", "impact_answers_api", "impact_complete_page",
                 "impact_complete_api"):
        f[name] = screening(f["impact_initiative"])["id"]
    # A completed screening that routes to a forum, with obligations: the answers that give the most
    # findings are read from the draft's own questions (GET .../pages/1 needs none of this).
    for name in ("impact_judge_page", "impact_judge_api"):
        initiative_id = initiative(name)
        draft = screening(initiative_id)
        scan_screening_answers(s, draft)
        f[name] = s.api("POST", f"/api/v1/assessments/{draft['id']}/complete")["id"]
    f["impact_obligation"] = f["impact_judge_page"]
    done = s.api("GET", f"/api/v1/assessments/{f['impact_obligation']}")
    obligations = [o["id"] for o in done["result"]["obligations"]]
    if len(obligations) < 2:
        sys.exit("scan: the screening's findings bring fewer than two obligations")
    f["impact_obligation_page"], f["impact_obligation_api"] = obligations[0], obligations[1]


def scan_screening_answers(s, draft):
    """Answers every visible question of the draft, a choice that gives a finding where there is one
    (so the screening routes to a forum with obligations), until no new question shows; saved as it
    goes. The questions come from the assessment itself (GET/PUT answer them with "questions")."""
    answers, a = {}, draft
    for _ in range(20):
        new = {}
        for q in a["questions"]:
            if not q["visible"] or q["name"] in answers:
                continue
            if q["type"] == "boolean":
                new[q["name"]] = True
            elif not q["choices"]:
                new[q["name"]] = "Scan"
            else:
                finding = [c["value"] for c in q["choices"] if c["findings"]]
                pick = finding[0] if finding else q["choices"][0]["value"]
                new[q["name"]] = [pick] if q["type"] == "checkbox" else pick
        if not new:
            return answers
        answers.update(new)
        a = s.api("PUT", f"/api/v1/assessments/{draft['id']}/answers", {"answers": new})
    return answers


def make_paper_entries(s, session, f):
    """Paper entries are bound to the coordinator who starts them through the round page, so they are
    made with the scan's signed-in session: one to read, one to save into, one to submit (with a rating,
    as a blank form is refused)."""
    cookie, csrf = session
    headers = {"Cookie": "forkant_session=" + cookie, "Origin": s.url, "X-CSRF-Token": csrf,
               "Content-Type": "application/x-www-form-urlencoded"}
    out = {}
    for name in ("paper_read", "paper_save", "paper_submit"):
        status, res, _ = s.http.send("POST", f"/rounds/{f['live_round']}/paper", form_body({"group": "chefer"}),
                                     headers)
        m = re.search(r"/paper/(\d+)/q/1$", header(res, "Location"))
        if status != 303 or not m:
            sys.exit(f"scan: starting a paper entry answered {status} {header(res, 'Location')}")
        out[name] = int(m.group(1))
    status, _, _ = s.http.send("POST", f"/rounds/{f['live_round']}/paper/{out['paper_submit']}/q/1",
                               form_body({"q1.s1": "3", "nav": "next"}), headers)
    if status != 303:
        sys.exit(f"scan: saving a rating into a paper entry answered {status}")
    return out


def decision_draft(f):
    return {"kind": "decided", "title": "Scan: decision", "rationale": "Because", "alternatives": "None",
            "questions": [1, 2], "purposes": ["p.efficiency"], "owner_id": f["user"], "body": "Direktionen",
            "decided_on": "2026-11-01", "review_on": "2027-11-01", "round_id": f["closed_round"],
            "goal_id": f["goal"]}


def initiative_body(f, title):
    return {"title": title, "owner_id": f["user"], "questions": [4], "purposes": [{"purpose_id": "p.efficiency",
            "weight": 100}], "technologies": ["rpa"], "data_sources": [{"system": "Scan", "quality": "good"}],
            "partners": [{"name": "KL", "kind": "public_body", "role": "Scan"}], "standards": ["MitID"],
            "benefits": [{"title": "Timer", "unit": "timer", "baseline": 0, "target": 10, "measure_on": "2027-06-30",
                          "measured_by": "Scan"}],
            "communication": [{"audience": "employees", "who": "Scan", "what": "Scan", "when": "2027-01-01",
                               "channel": "Scan"}]}


# The fields of the initiative form (templates/initiatives_form.mustache), row 1 of each list.
INITIATIVE_FORM = {"title": "Scan: initiative by form", "description": "Scan", "questions": "4", "value_rating": "3",
                   "purpose_1": "p.efficiency", "purpose_weight_1": "100", "technologies": "rpa",
                   "maturity": "proven", "data_types": "Scan", "personal_data": "1", "source_system_1": "Scan",
                   "source_quality_1": "good", "competence_readiness": "good", "asked_by": "Scan",
                   "prefers_human_contact": "Scan", "analogue_alternative": "Scan", "partner_name_1": "KL",
                   "partner_kind_1": "public_body", "partner_role_1": "Scan", "governance": "Scan",
                   "standard_1": "MitID", "method_freedom": "Scan", "benefit_title_1": "Timer",
                   "benefit_unit_1": "timer", "benefit_baseline_1": "0", "benefit_target_1": "10,5",
                   "benefit_measure_on_1": "2027-06-30", "benefit_measured_by_1": "Scan",
                   "message_audience_1": "citizens", "message_who_1": "Scan", "message_what_1": "Scan",
                   "message_when_1": "2027-01-01", "message_channel_1": "Scan"}


# ----------------------------------------------------------------------------------------------------
# Targets


class Target:
    """One request to scan, with sqlmap's `*` marker after every value it must inject into: sqlmap then
    tests exactly the marked places. Path parameters are marked by hand in `path`; query-string, form
    and JSON values are marked here, except form fields and JSON keys listed in `unmarked` (a name, or
    a prefix ending in "_"). CSV bodies (`raw`) are marked by hand. The baseline request is sent with
    the markers removed.
    auth: "session" (cookie + X-CSRF-Token + Origin, as the browser's forms send), "own-session" (the
    same for the second account, see OWN_EMAIL), "bearer" (API token),
    "anon" (nobody signed in), "anon-form" (nobody signed in, with the pre-session CSRF cookie and its
    copy in X-CSRF-Token, as the sign-in and join forms need)."""

    def __init__(self, route, path, auth="session", form=None, json_body=None, raw=None, ctype=None,
                 expect=(200,), to_login=False, unmarked=()):
        self.method = route.split(" ", 1)[0]
        self.route = route
        base, sep, query = path.partition("?")
        if query:
            query = "&".join(kv if kv.endswith("*") else kv + "*" for kv in query.split("&"))
        self.path = base + sep + query
        self.auth = auth
        self.expect = expect
        self.to_login = to_login  # a redirect to /login is the handler's answer, not a lost session
        self.body, self.ctype = None, ctype

        def marked(name):
            return not any(name == u or (u.endswith("_") and name.startswith(u)) for u in unmarked)

        if form is not None:
            self.ctype = "application/x-www-form-urlencoded"
            self.body = "&".join(urllib.parse.urlencode({k: v}) + ("*" if marked(k) else "")
                                 for k, v in form.items())
        elif json_body is not None:
            self.ctype = "application/json"
            self.body = marked_json(json_body, marked)
        elif raw is not None:
            self.body = raw

    def points(self):
        """A rough cost: the places sqlmap injects into, plus what every target costs anyway."""
        return self.path.count("*") + (self.body or "").count("*") + 3


def marked_json(value, marked):
    """JSON text with `*` after every number and at the end of every string (inside the quotes, where
    sqlmap puts its payload), except under keys for which marked(key) is false."""
    if isinstance(value, dict):
        return "{" + ",".join(json.dumps(k) + ":" + (marked_json(v, marked) if marked(k) else
                                                    json.dumps(v, ensure_ascii=False))
                              for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(marked_json(v, marked) for v in value) + "]"
    if isinstance(value, str):
        return json.dumps(value + "*", ensure_ascii=False)
    if isinstance(value, (bool, type(None))):
        return json.dumps(value)
    return json.dumps(value) + "*"


# The second account (created by tests/scan/run with `forkant user add`).
OWN_EMAIL, OWN_PASSWORD = "scan.password@example.org", "scan-password-2026"

# Routes with nothing a client controls besides the URL itself, and the one the scan must not send.
NOT_SCANNED = {
    "GET /healthz": "no parameters",
    "GET /readyz": "no parameters",
    "GET /": "no parameters (redirects to the first organisation)",
    "GET /api/v1/openapi.json": "no parameters (static document)",
    "GET /api/v1/me": "no parameters",
    "GET /api/v1/frameworks": "no parameters",
    "GET /api/v1/me/tokens": "no parameters",
    "GET /api/v1/me/data": "no parameters (the caller's own data)",
    "GET /me/data": "no parameters (the caller's own data)",
    "POST /orgs/{org_id}/members/{user_id}/erase": "deletes a member's personal data for good: needs a fresh member per run (tests/integration/privacy_test.cpp)",
    "POST /logout": "would end the scan's session; it has no parameter besides the CSRF token",
    # Issue 15: state-changing forms whose every request needs an object in a fresh state (a closed round
    # not yet contributed, a decision not yet shared, an open invitation, a coordinator term, a done
    # step). Their fields are bound parameters; tests/integration/{peer_benchmark,network_sharing,
    # networks}_test.cpp send them bad input and other organisations' ids. Scan targets are owed.
    "POST /rounds/{round_id}/contribute": "needs a fresh closed round per request (issue 15)",
    # Issue 17, the radar: ids of editions and entries are not among the scan's fixtures yet, and a new
    # edition or an import changes which edition is current for every later target. Their fields are
    # bound parameters; tests/integration/radar_test.cpp sends bad input and other organisations' ids.
    "POST /orgs/{org_id}/radar/editions": "makes a new current edition: later radar targets would change (issue 17)",
    "POST /orgs/{org_id}/radar/entries/{entry_id}": "entry ids are not among the scan's fixtures (issue 17)",
    "POST /orgs/{org_id}/radar/entries/{entry_id}/delete": "entry ids are not among the scan's fixtures (issue 17)",
    "POST /api/v1/orgs/{org_id}/radar/editions": "makes a new current edition (issue 17)",
    "POST /api/v1/orgs/{org_id}/radar/entries": "JSON body; radar_test.cpp sends bad input (issue 17)",
    "PUT /api/v1/orgs/{org_id}/radar/entries/{entry_id}": "entry ids are not among the scan's fixtures (issue 17)",
    "DELETE /api/v1/orgs/{org_id}/radar/entries/{entry_id}": "entry ids are not among the scan's fixtures (issue 17)",
    "POST /api/v1/orgs/{org_id}/radar/import": "JSON body; radar_test.cpp sends bad input (issue 17)",
    # A deleted sector answers 404 to every request after the first, so sqlmap could test nothing, and
    # unlike the competencies there is no sector that is never deleted; competence_test.cpp deletes them.
    "POST /orgs/{org_id}/competencies/sectors/{sector_id}/delete": "a deleted sector answers 404 after the first request (issue 17)",
    "DELETE /api/v1/orgs/{org_id}/competence-sectors/{sector_id}": "a deleted sector answers 404 after the first request (issue 17)",
    "POST /rounds/{round_id}/withdraw-contribution": "needs a fresh contribution per request (issue 15)",
    "POST /orgs/{org_id}/decisions/{decision_id}/share": "needs a fresh decision per request (issue 15)",
    "POST /orgs/{org_id}/initiatives/{initiative_id}/share": "needs a fresh initiative per request (issue 15)",
    "GET /orgs/{org_id}/steps/{step_id}/share": "needs an evaluated step, which no API makes yet (issue 15)",
    "POST /orgs/{org_id}/steps/{step_id}/share": "needs an evaluated step, which no API makes yet (issue 15)",
    "POST /orgs/{org_id}/network-shares/{share_id}/withdraw": "needs a fresh share per request (issue 15)",
    "POST /orgs/{org_id}/network-invitations/{invitation_id}": "needs an open invitation per request (issue 15)",
    "POST /orgs/{org_id}/networks/{network_id}/coordinators": "needs a new coordinator per request (issue 15)",
    "POST /orgs/{org_id}/networks/{network_id}/coordinators/{coordinator_id}/end":
        "needs a current coordinator term per request (issue 15)",
    "POST /orgs/{org_id}/networks/{network_id}/leave": "would leave the demo network the other targets read",
    # Issue 16, single sign-on: these need a real identity provider (tests/sso/run starts one and sends
    # them replayed, foreign and tampered values); the settings form would switch the demo's sign-in over.
    "GET /sso/{org_id}": "redirects to the organisation's provider, which the scan does not run (tests/sso/run)",
    "GET /sso/callback": "needs a code from a real provider and the browser's state cookie (tests/sso/run)",
    "POST /orgs/{org_id}/sign-in": "would switch the demo organisation's sign-in to a provider (tests/sso/run)",
    # Issue 16, e-mail: the scan's server has no mail server, so these answer 409 before they read a field;
    # tests/integration/mail_test.cpp sends them bad addresses, used and expired links and other
    # organisations' rounds against a real SMTP server. A reset link exists only in a captured e-mail.
    "GET /password/forgot": "no parameters",
    "POST /password/forgot": "no mail server on the scan's server: 409 before the field is read (issue 16)",
    "GET /password/reset/{token}": "needs a fresh link from a captured e-mail (issue 16)",
    "POST /password/reset/{token}": "needs a fresh link from a captured e-mail (issue 16)",
    "POST /rounds/{round_id}/mail": "no mail server on the scan's server: 409 before the fields are read (issue 16)",
    "POST /rounds/{round_id}/remind": "no mail server on the scan's server: 409 (issue 16)",
    # Issue 16, TOTP: the second step of a sign-in needs a fresh pending sign-in (a password sign-in of an
    # account with TOTP) per request, and the account page's forms change the scan account's sign-in
    # itself (enrolled, codes replaced, switched off). Their one field is a code compared in constant
    # time, never SQL; tests/integration/two_factor_test.cpp sends wrong, replayed, forged and missing
    # ones. The GET pages are read-only.
    "GET /login/two-factor": "needs a pending second step (cookie) per request (issue 16)",
    "POST /login/two-factor": "needs a pending second step (cookie) per request (issue 16)",
    "GET /two-factor": "no parameters",
    "POST /two-factor/enrol": "would start enrolment on the scan's account; no parameter besides CSRF",
    "POST /two-factor/confirm": "needs an enrolment under way per request (issue 16)",
    "POST /two-factor/recovery-codes": "needs an account with TOTP and a fresh code per request (issue 16)",
    "POST /two-factor/disable": "needs an account with TOTP and a fresh code per request (issue 16)",
}


# The fields of the decision form (templates/decisions_fields.mustache), besides the checkbox groups.
DECISION_FORM_FIELDS = ["kind", "title", "rationale", "alternatives", "owner", "body", "decided_on", "review_on",
                        "round", "goal"]


# The fields of the briefing form (templates/briefing.mustache).
BRIEFING_FORM = {"lang": "da", "proposals": "Scan: we propose", "not_doing": "Scan: not doing, because",
                 "asks": "Scan: decide", "noticed": "Scan: noticed", "benefits": "Scan: benefits"}


def make_targets(f):
    """Every scan target but the sign-in form, grouped as routes.cpp groups the routes."""
    o, d, g, m = f["org"], f["decision"], f["goal"], f["series"]
    jsonish = dict(expect=(200, 201))
    draft_form = {"kind": "decided", "title": "Scan: by form", "rationale": "Because", "alternatives": "None",
                  "questions": "1", "purposes": "p.efficiency", "owner": f["user"], "body": "Direktionen",
                  "decided_on": "2026-11-01", "review_on": "2027-11-01", "round": f["closed_round"],
                  "goal": g}
    period = "from=2025-01-01&to=2026-12-31"
    filters = (f"kind=decided&question=1&owner={f['user']}&body=Direktionen&from=2020-01-01&to=2030-12-31"
               "&q=Scan&sort=title&dir=asc")
    portfolio_filters = "phase=pilot&purpose=p.efficiency&question=4&tier=high&level=3&open=1&sort=risk"
    audit_filters = "actor=" + str(f["user"]) + "&kind=decision&from=2020-01-01&to=2030-12-31&page=1"
    csv_body = ("group;q1.s1;q1.position;q1.importance;q1.comment;p.citizens;p.efficiency\n"
                "chefer*;4*;3;5;Scan comment*;60;40\n")
    answers = {"q1.s1": "3", "q1.s2": "4", "q1.s3": "0", "q1.s4": "2", "q1.position": "3", "q1.importance": "5",
               "p.citizens": "50", "p.efficiency": "50", "q1.comment": "Scan comment", "nav": "next"}
    return [
        # Accounts and organisations
        Target("GET /login", f"/login?next=%2Forgs%2F{o}", auth="anon"),
        Target("GET /orgs/{org_id}/sign-in", f"/orgs/{o}*/sign-in"),
        # The login page's discovery by e-mail domain (a lookup in the database); no demo domain is claimed.
        Target("POST /sso", "/sso", auth="anon-form", form={"email": "scan@example.dk", "next": "/"},
               expect=(422,)),
        Target("POST /language", "/language", form={"lang": "da", "return": f"/orgs/{o}"}, expect=(303,)),
        Target("GET /join/{token}", f"/join/{f['join_read']}*", auth="anon"),
        # Accepting an invitation creates the account and sends the new member to sign in.
        Target("POST /join/{token}", f"/join/{f['join_accept']}*", auth="anon-form",
               form={"name": "Scan Person", "password": "scan-password-2026"}, expect=(303,), to_login=True),
        # The password form, with an account of its own: a wrong current password counts towards the
        # login throttle of that account, and a change would end its other sessions. The new password
        # equals the current one, so every request passes the password check and changes nothing.
        Target("GET /password", "/password?changed=1"),
        Target("POST /password", "/password", auth="own-session", form={
            "current_password": OWN_PASSWORD, "new_password": OWN_PASSWORD, "repeat_password": OWN_PASSWORD},
            expect=(422,)),
        # One's own sessions (ASVS 3.3.4), with the password form's account: "all others" ends only
        # sessions of that account other than the scan's own (none), so every request changes nothing
        # the scan uses. (sqlmap does not test a form whose first answer is 404: a made-up name won't do.)
        Target("GET /me/sessions", "/me/sessions?ended=1"),
        Target("POST /me/sessions/end", "/me/sessions/end", auth="own-session", form={
            "session": "others", "password": OWN_PASSWORD}, expect=(303,)),
        # Personal API tokens: creating one shows it once (201); revoking sends back to the list (303).
        Target("GET /tokens", "/tokens?revoked=1"),
        Target("POST /tokens", "/tokens", form={"name": "Scan token", "days": "30"}, expect=(201,)),
        Target("POST /tokens/{token_id}/revoke", f"/tokens/{f['revoke_page']}*/revoke", expect=(303,)),
        Target("DELETE /api/v1/me/tokens/{token_id}", f"/api/v1/me/tokens/{f['revoke_api']}*", auth="bearer",
               expect=(204,)),
        Target("GET /orgs/{org_id}", f"/orgs/{o}*"),
        Target("GET /orgs/{org_id}/members", f"/orgs/{o}*/members"),
        Target("POST /orgs/{org_id}/members", f"/orgs/{o}*/members",
               form={"email": "scan.member@example.org", "role": "viewer"}, expect=(201,)),
        Target("GET /orgs/{org_id}/audit", f"/orgs/{o}*/audit?{audit_filters}"),
        Target("GET /api/v1/orgs/{org_id}", f"/api/v1/orgs/{o}*", auth="bearer"),
        Target("GET /api/v1/orgs/{org_id}/members", f"/api/v1/orgs/{o}*/members", auth="bearer"),
        Target("POST /api/v1/orgs/{org_id}/invitations", f"/api/v1/orgs/{o}*/invitations", auth="bearer",
               json_body={"email": "scan.api@example.org", "role": "viewer"}, **jsonish),
        Target("GET /api/v1/orgs/{org_id}/audit", f"/api/v1/orgs/{o}*/audit?{audit_filters}", auth="bearer"),
        # Assessment: pages
        Target("GET /orgs/{org_id}/rounds", f"/orgs/{o}*/rounds"),
        Target("POST /orgs/{org_id}/rounds", f"/orgs/{o}*/rounds", form={
            "title": "Scan: by form", "framework": f["framework"], "groups": "chefer",
            "other_groups": "Scan group", "k": "3"}, expect=(303,)),
        Target("GET /rounds/{round_id}", f"/rounds/{f['live_round']}*?imported=1"),
        Target("POST /rounds/{round_id}/open", f"/rounds/{f['open_page']}*/open", expect=(303,)),
        Target("POST /rounds/{round_id}/close", f"/rounds/{f['close_page']}*/close", expect=(303,)),
        Target("POST /rounds/{round_id}/links", f"/rounds/{f['live_round']}*/links",
               form={"group": "chefer", "count": "2"}),
        Target("POST /rounds/{round_id}/import", f"/rounds/{f['live_round']}*/import",
               form={"csv": csv_body.replace("*", "")}, expect=(303,)),
        Target("GET /rounds/{round_id}/results", f"/rounds/{f['closed_round']}*/results?group={f['group']}"),
        # The board report (a PDF): the period and the language are the query's inputs.
        Target("GET /rounds/{round_id}/report.pdf",
               f"/rounds/{f['closed_round']}*/report.pdf?from=2026-01-01&to=2026-12-31&lang=en"),
        Target("GET /rounds/{round_id}/report.xlsx", f"/rounds/{f['closed_round']}*/report.xlsx"),
        # Draft rounds: edited, deleted and previewed (one round per changing target).
        Target("GET /rounds/{round_id}/edit", f"/rounds/{f['draft_view']}*/edit"),
        Target("POST /rounds/{round_id}/edit", f"/rounds/{f['draft_edit_page']}*/edit", form={
            "title": "Scan: edited", "groups": "chefer", "other_groups": "Scan group", "k": "3",
            "top_group": "chefer"}, expect=(303,)),
        Target("GET /rounds/{round_id}/delete", f"/rounds/{f['draft_view']}*/delete"),
        # Deleting is scanned on an open round, which the handler refuses (409) after loading it: a
        # deleted draft would answer 404 to every request after the first, so sqlmap could test nothing.
        Target("POST /rounds/{round_id}/delete", f"/rounds/{f['live_round']}*/delete", expect=(409,)),
        Target("GET /rounds/{round_id}/preview", f"/rounds/{f['draft_view']}*/preview"),
        Target("GET /rounds/{round_id}/preview/q/{n}", f"/rounds/{f['draft_view']}*/preview/q/1*"),
        # Paper forms typed into the respondent pages by the signed-in coordinator (entries made in prepare).
        Target("POST /rounds/{round_id}/paper", f"/rounds/{f['live_round']}*/paper", form={"group": "chefer"},
               expect=(303,)),
        Target("GET /rounds/{round_id}/paper/{entry_id}/q/{n}",
               f"/rounds/{f['live_round']}*/paper/{f['paper_read']}*/q/1*"),
        Target("POST /rounds/{round_id}/paper/{entry_id}/q/{n}",
               f"/rounds/{f['live_round']}*/paper/{f['paper_save']}*/q/1*", form=answers, expect=(303,)),
        Target("GET /rounds/{round_id}/paper/{entry_id}/review",
               f"/rounds/{f['live_round']}*/paper/{f['paper_read']}*/review"),
        Target("POST /rounds/{round_id}/paper/{entry_id}/submit",
               f"/rounds/{f['live_round']}*/paper/{f['paper_submit']}*/submit", expect=(303,)),
        Target("GET /r/{token}", f"/r/{f['r_read']}*?saved=1", auth="anon"),
        Target("GET /r/{token}/q/{n}", f"/r/{f['r_read']}*/q/1*", auth="anon"),
        Target("POST /r/{token}/q/{n}", f"/r/{f['r_save']}*/q/1*", auth="anon", form=answers, expect=(303,)),
        Target("GET /r/{token}/review", f"/r/{f['r_read']}*/review", auth="anon"),
        Target("POST /r/{token}/submit", f"/r/{f['r_submit']}*/submit", auth="anon", expect=(303,)),
        # Assessment: API
        Target("GET /api/v1/frameworks/{framework_id}", f"/api/v1/frameworks/{f['framework']}*", auth="bearer"),
        Target("GET /api/v1/orgs/{org_id}/rounds", f"/api/v1/orgs/{o}*/rounds", auth="bearer"),
        Target("POST /api/v1/orgs/{org_id}/rounds", f"/api/v1/orgs/{o}*/rounds", auth="bearer", json_body={
            "title": "Scan: by API", "framework": f["framework"], "groups": ["chefer", "Scan group"]}, **jsonish),
        Target("GET /api/v1/rounds/{round_id}", f"/api/v1/rounds/{f['live_round']}*", auth="bearer"),
        Target("POST /api/v1/rounds/{round_id}/open", f"/api/v1/rounds/{f['open_api']}*/open", auth="bearer"),
        Target("POST /api/v1/rounds/{round_id}/close", f"/api/v1/rounds/{f['close_api']}*/close", auth="bearer"),
        Target("POST /api/v1/rounds/{round_id}/invitations", f"/api/v1/rounds/{f['live_round']}*/invitations",
               auth="bearer", json_body={"group": "chefer", "count": 1}, **jsonish),
        Target("POST /api/v1/rounds/{round_id}/responses", f"/api/v1/rounds/{f['live_round']}*/responses",
               auth="bearer", raw=csv_body, ctype="text/csv", **jsonish),
        Target("GET /api/v1/rounds/{round_id}/results",
               f"/api/v1/rounds/{f['closed_round']}*/results?group={f['group']}", auth="bearer"),
        Target("GET /api/v1/rounds/{round_id}/results.csv", f"/api/v1/rounds/{f['closed_round']}*/results.csv",
               auth="bearer"),
        Target("GET /api/v1/rounds/{round_id}/report.pdf",
               f"/api/v1/rounds/{f['closed_round']}*/report.pdf?from=2026-01-01&to=2026-12-31", auth="bearer"),
        Target("GET /api/v1/rounds/{round_id}/report.xlsx", f"/api/v1/rounds/{f['closed_round']}*/report.xlsx",
               auth="bearer"),
        Target("PUT /api/v1/rounds/{round_id}", f"/api/v1/rounds/{f['draft_edit_api']}*", auth="bearer",
               json_body={"title": "Scan: edited by API", "groups": ["chefer", "medarbejdere"],
                          "min_respondents": 3, "top_group": "chefer"}),
        Target("DELETE /api/v1/rounds/{round_id}", f"/api/v1/rounds/{f['undeletable']}*", auth="bearer",
               expect=(409,)),
        Target("GET /api/v1/responses/{token}", f"/api/v1/responses/{f['r_api_get']}*", auth="anon"),
        Target("PUT /api/v1/responses/{token}", f"/api/v1/responses/{f['r_api_put']}*", auth="anon", json_body={
            "answers": {"q1.s1": 3, "q1.position": 4}, "comments": {"q1.comment": "Scan comment"},
            "purposes": {"p.citizens": 100}}),
        # Impact assessments (issue 12): pages
        Target("GET /orgs/{org_id}/assessments/questionnaires", f"/orgs/{o}*/assessments/questionnaires"),
        Target("POST /orgs/{org_id}/assessments/questionnaires", f"/orgs/{o}*/assessments/questionnaires",
               form={"text": '{"pages":[{"name":"p","elements":[{"type":"text","name":"q"}]}]}', "version": "scan"},
               expect=(303, 409)),
        Target("GET /orgs/{org_id}/assessments/routing", f"/orgs/{o}*/assessments/routing"),
        Target("POST /orgs/{org_id}/assessments/routing", f"/orgs/{o}*/assessments/routing",
               form={"forum.aia_level_1": "fagchef", "forum.aia_level_2": "dpo"}, expect=(303,)),
        Target("POST /orgs/{org_id}/assessments/routing/reset", f"/orgs/{o}*/assessments/routing/reset",
               form={"confirm": "reset"}, expect=(303,)),
        Target("POST /orgs/{org_id}/initiatives/{initiative_id}/assessments",
               f"/orgs/{o}*/initiatives/{f['impact_initiative']}*/assessments", form={"kind": "screening"},
               expect=(303,)),
        Target("GET /orgs/{org_id}/assessments/{assessment_id}", f"/orgs/{o}*/assessments/{f['impact_judge_page']}*?rule=1"),
        Target("GET /orgs/{org_id}/assessments/{assessment_id}/pages/{n}",
               f"/orgs/{o}*/assessments/{f['impact_read']}*/pages/1*"),
        Target("POST /orgs/{org_id}/assessments/{assessment_id}/pages/{n}",
               f"/orgs/{o}*/assessments/{f['impact_save_page']}*/pages/1*", form={"shown": ""}, expect=(303,)),
        Target("GET /orgs/{org_id}/assessments/{assessment_id}/review",
               f"/orgs/{o}*/assessments/{f['impact_read']}*/review"),
        # Completing consumes the draft: the form must name it ("complete-<id>"); a mutated value is
        # refused (422) and completes nothing; a draft with a required question unanswered is refused (422)
        # too. Judging likewise names the assessment and a kind.
        Target("POST /orgs/{org_id}/assessments/{assessment_id}/complete",
               f"/orgs/{o}*/assessments/{f['impact_complete_page']}*/complete",
               form={"confirm": f"complete-{f['impact_complete_page']}"}, expect=(303, 409, 422)),
        Target("POST /orgs/{org_id}/assessments/{assessment_id}/judgement",
               f"/orgs/{o}*/assessments/{f['impact_judge_page']}*/judgement",
               form={"assessment": str(f["impact_judge_page"]), "kind": "decided", "rationale": "Scan"},
               expect=(303, 409)),
        Target("POST /orgs/{org_id}/assessments/{assessment_id}/obligations",
               f"/orgs/{o}*/assessments/{f['impact_obligation']}*/obligations",
               form={"obligation": f["impact_obligation_page"], "met_on": "2026-01-05", "note": "Scan"},
               expect=(303, 409)),
        # Impact assessments: API
        Target("GET /api/v1/orgs/{org_id}/assessments/questionnaires",
               f"/api/v1/orgs/{o}*/assessments/questionnaires", auth="bearer"),
        Target("POST /api/v1/orgs/{org_id}/assessments/questionnaires",
               f"/api/v1/orgs/{o}*/assessments/questionnaires?version=scan-api", auth="bearer",
               json_body={"pages": [{"name": "p", "elements": [{"type": "text", "name": "q"}]}]},
               expect=(201, 409)),
        Target("GET /api/v1/orgs/{org_id}/assessments/routing", f"/api/v1/orgs/{o}*/assessments/routing",
               auth="bearer"),
        Target("PUT /api/v1/orgs/{org_id}/assessments/routing", f"/api/v1/orgs/{o}*/assessments/routing",
               auth="bearer", json_body={"forums": {"aia_level_1": "fagchef"}}),
        Target("DELETE /api/v1/orgs/{org_id}/assessments/routing", f"/api/v1/orgs/{o}*/assessments/routing",
               auth="bearer"),
        Target("GET /api/v1/orgs/{org_id}/initiatives/{initiative_id}/assessments",
               f"/api/v1/orgs/{o}*/initiatives/{f['impact_initiative']}*/assessments", auth="bearer"),
        Target("POST /api/v1/orgs/{org_id}/initiatives/{initiative_id}/assessments",
               f"/api/v1/orgs/{o}*/initiatives/{f['impact_initiative']}*/assessments", auth="bearer",
               json_body={"kind": "screening"}, **jsonish),
        Target("GET /api/v1/assessments/{assessment_id}", f"/api/v1/assessments/{f['impact_judge_api']}*?rule=1",
               auth="bearer"),
        Target("PUT /api/v1/assessments/{assessment_id}/answers",
               f"/api/v1/assessments/{f['impact_answers_api']}*/answers", auth="bearer",
               json_body={"answers": {}}),
        Target("POST /api/v1/assessments/{assessment_id}/complete",
               f"/api/v1/assessments/{f['impact_complete_api']}*/complete", auth="bearer", expect=(200, 409, 422)),
        Target("POST /api/v1/assessments/{assessment_id}/judgement",
               f"/api/v1/assessments/{f['impact_judge_api']}*/judgement", auth="bearer",
               json_body={"kind": "decided", "rationale": "Scan"}, expect=(201, 409)),
        Target("POST /api/v1/assessments/{assessment_id}/obligations",
               f"/api/v1/assessments/{f['impact_obligation']}*/obligations", auth="bearer",
               json_body={"obligation_id": f["impact_obligation_api"], "met_on": "2026-01-05", "note": "Scan"},
               expect=(201, 409)),
        # Decisions: pages
        Target("GET /orgs/{org_id}/decisions", f"/orgs/{o}*/decisions?{filters}"),
        Target("POST /orgs/{org_id}/decisions", f"/orgs/{o}*/decisions", form=draft_form, expect=(303,)),
        Target("GET /orgs/{org_id}/decisions/new", f"/orgs/{o}*/decisions/new?kind=deselected"),
        Target("GET /orgs/{org_id}/decisions/{decision_id}", f"/orgs/{o}*/decisions/{d}*"),
        Target("GET /orgs/{org_id}/decisions/{decision_id}/edit", f"/orgs/{o}*/decisions/{d}*/edit"),
        Target("POST /orgs/{org_id}/decisions/{decision_id}/edit", f"/orgs/{o}*/decisions/{f['edit_page']}*/edit",
               form=dict(draft_form, version="1"), expect=(303,)),
        Target("GET /orgs/{org_id}/decisions/{decision_id}/supersede", f"/orgs/{o}*/decisions/{d}*/supersede"),
        Target("POST /orgs/{org_id}/decisions/{decision_id}/supersede",
               f"/orgs/{o}*/decisions/{f['supersede_page']}*/supersede", form=draft_form, expect=(303,)),
        Target("POST /orgs/{org_id}/decisions/{decision_id}/notes", f"/orgs/{o}*/decisions/{d}*/notes",
               form={"text": "Scan note"}, expect=(303,)),
        Target("POST /orgs/{org_id}/decisions/{decision_id}/reviewed", f"/orgs/{o}*/decisions/{d}*/reviewed",
               expect=(303,)),
        # The initiative register: pages
        Target("GET /orgs/{org_id}/initiatives", f"/orgs/{o}*/initiatives"),
        Target("POST /orgs/{org_id}/initiatives", f"/orgs/{o}*/initiatives",
               form=dict(INITIATIVE_FORM, owner=f["user"]), expect=(303,)),
        Target("GET /orgs/{org_id}/initiatives/new", f"/orgs/{o}*/initiatives/new"),
        Target("GET /orgs/{org_id}/initiatives/{initiative_id}", f"/orgs/{o}*/initiatives/{f['initiative']}*"),
        Target("GET /orgs/{org_id}/initiatives/{initiative_id}/edit",
               f"/orgs/{o}*/initiatives/{f['initiative']}*/edit"),
        Target("POST /orgs/{org_id}/initiatives/{initiative_id}",
               f"/orgs/{o}*/initiatives/{f['initiative_edit_page']}*",
               form=dict(INITIATIVE_FORM, owner=f["user"], version="1"), expect=(303,)),
        Target("POST /orgs/{org_id}/initiatives/{initiative_id}/phase",
               f"/orgs/{o}*/initiatives/{f['initiative_phase_page']}*/phase",
               form={"phase": "analysis", "reason": "Scan"}, expect=(303,)),
        Target("POST /orgs/{org_id}/initiatives/{initiative_id}/measurements",
               f"/orgs/{o}*/initiatives/{f['initiative']}*/measurements",
               form={"benefit": "0", "value": "12,5", "measured_on": "2026-11-01", "note": "Scan"}, expect=(303,)),
        Target("GET /orgs/{org_id}/goals", f"/orgs/{o}*/goals"),
        Target("POST /orgs/{org_id}/goals", f"/orgs/{o}*/goals", form={
            "title": "Scan: goal by form", "description": "Scan", "questions": "2", "horizon": "2028-06-30"},
            expect=(303,)),
        Target("GET /orgs/{org_id}/goals/{goal_id}", f"/orgs/{o}*/goals/{g}*"),
        Target("GET /orgs/{org_id}/goals/{goal_id}/edit", f"/orgs/{o}*/goals/{g}*/edit"),
        Target("POST /orgs/{org_id}/goals/{goal_id}/edit", f"/orgs/{o}*/goals/{f['goal_edit_page']}*/edit", form={
            "version": "1", "title": "Scan: goal edited", "description": "Scan", "questions": "2",
            "horizon": "2028-12-31"}, expect=(303,)),
        Target("GET /orgs/{org_id}/steps/{step_id}/edit", f"/orgs/{o}*/steps/{f['start_page']}*/edit"),
        Target("POST /orgs/{org_id}/steps/{step_id}/edit", f"/orgs/{o}*/steps/{f['step_edit_page']}*/edit", form={
            "version": "1", "hypothesis": "Scan: step edited", "success_criterion": "Measured",
            "owner": f["user"], "due_on": "2027-09-30"}, expect=(303,)),
        Target("GET /orgs/{org_id}/meetings/{series_id}/history", f"/orgs/{o}*/meetings/{f['held_series']}*/history"),
        Target("GET /orgs/{org_id}/meetings/{series_id}/held/{meeting_id}",
               f"/orgs/{o}*/meetings/{f['held_series']}*/held/{f['held_meeting']}*"),
        Target("GET /orgs/{org_id}/meetings/{series_id}/held/{meeting_id}/print",
               f"/orgs/{o}*/meetings/{f['held_series']}*/held/{f['held_meeting']}*/print"),
        Target("GET /orgs/{org_id}/meetings/{series_id}/held/{meeting_id}/minutes.pdf",
               f"/orgs/{o}*/meetings/{f['held_series']}*/held/{f['held_meeting']}*/minutes.pdf"),
        Target("POST /orgs/{org_id}/goals/{goal_id}/steps", f"/orgs/{o}*/goals/{f['goal_steps_page']}*/steps", form={
            "hypothesis": "Scan: step by form", "success_criterion": "Measured", "owner": f["user"],
            "due_on": "2027-06-30"}, expect=(303,)),
        Target("POST /orgs/{org_id}/steps/{step_id}/start", f"/orgs/{o}*/steps/{f['start_page']}*/start",
               expect=(303,)),
        Target("GET /orgs/{org_id}/steps/{step_id}/complete", f"/orgs/{o}*/steps/{f['complete_page']}*/complete"),
        Target("POST /orgs/{org_id}/steps/{step_id}/complete", f"/orgs/{o}*/steps/{f['complete_page']}*/complete",
               form={"result": "Scan result", "learned": "Scan lesson", "verdict": "adjust",
                     "evaluated_on": "2026-11-20", **{"d_" + k: v for k, v in draft_form.items()}},
               expect=(303,), unmarked=("d_",)),
        Target("POST /orgs/{org_id}/steps/{step_id}/drop", f"/orgs/{o}*/steps/{f['drop_page']}*/drop",
               form={"reason": "Scan reason"}, expect=(303,)),
        Target("GET /orgs/{org_id}/meetings", f"/orgs/{o}*/meetings"),
        Target("POST /orgs/{org_id}/meetings", f"/orgs/{o}*/meetings", form={
            "title": "Scan: series by form", "cadence": "every_n_weeks", "interval_weeks": "2",
            "first_meeting": "2027-02-01"}, expect=(303,)),
        Target("GET /orgs/{org_id}/meetings/{series_id}", f"/orgs/{o}*/meetings/{m}*?recorded=1"),
        Target("POST /orgs/{org_id}/meetings/{series_id}/agenda", f"/orgs/{o}*/meetings/{m}*/agenda",
               form={"agenda": "Scan agenda"}, expect=(303,)),
        Target("GET /orgs/{org_id}/meetings/{series_id}/print", f"/orgs/{o}*/meetings/{m}*/print"),
        Target("GET /orgs/{org_id}/meetings/{series_id}/agenda.txt", f"/orgs/{o}*/meetings/{m}*/agenda.txt"),
        Target("GET /orgs/{org_id}/meetings/{series_id}/agenda.pdf", f"/orgs/{o}*/meetings/{m}*/agenda.pdf"),
        # Decisions recorded with the minutes or with a step's evaluation (the m1_ and d_ fields, and
        # the nested drafts of the API) go the way every new decision goes (DecisionService::
        # insert_decision_tx): they are sent, valid, but not injected into; the new-decision form and
        # POST /api/v1/orgs/{id}/decisions test that way field by field.
        Target("POST /orgs/{org_id}/meetings/{series_id}/minutes",
               f"/orgs/{o}*/meetings/{f['series_minutes_page']}*/minutes", form={
                   "minutes": "Scan minutes", **{"m1_" + k: v for k, v in draft_form.items()},
                   "s_goal": g, "s_hypothesis": "Scan: step from minutes", "s_criterion": "Measured",
                   "s_owner": f["user"], "s_due_on": "2027-03-01", "reviewed": d, "f1_text": "Scan follow-up",
                   "f1_owner": f["user"], "f1_due_on": "2027-02-01"},
               expect=(303,), unmarked=("m1_",)),
        Target("GET /orgs/{org_id}/account", f"/orgs/{o}*/account?{period}"),
        Target("GET /orgs/{org_id}/account.csv", f"/orgs/{o}*/account.csv?{period}"),
        Target("GET /orgs/{org_id}/account.json", f"/orgs/{o}*/account.json?{period}"),
        # The political briefing. Freezing adds a version on each request (never refused, never consuming);
        # version 1 is the demo's, read as a page and as its PDF.
        Target("GET /orgs/{org_id}/briefing", f"/orgs/{o}*/briefing?saved=1"),
        Target("POST /orgs/{org_id}/briefing", f"/orgs/{o}*/briefing", form=BRIEFING_FORM, expect=(303,)),
        Target("POST /orgs/{org_id}/briefing/versions", f"/orgs/{o}*/briefing/versions", form=BRIEFING_FORM,
               expect=(303,)),
        Target("GET /orgs/{org_id}/briefing/versions/{version}", f"/orgs/{o}*/briefing/versions/1*"),
        Target("GET /orgs/{org_id}/briefing/versions/{version}.pdf", f"/orgs/{o}*/briefing/versions/1*.pdf"),
        # Decisions: API
        Target("GET /api/v1/orgs/{org_id}/decisions", f"/api/v1/orgs/{o}*/decisions?{filters}", auth="bearer"),
        Target("GET /api/v1/orgs/{org_id}/briefing/versions/{version}", f"/api/v1/orgs/{o}*/briefing/versions/1*",
               auth="bearer"),
        Target("POST /api/v1/orgs/{org_id}/decisions", f"/api/v1/orgs/{o}*/decisions", auth="bearer",
               json_body=decision_draft(f), **jsonish),
        Target("GET /api/v1/decisions/{decision_id}", f"/api/v1/decisions/{d}*", auth="bearer"),
        Target("PUT /api/v1/decisions/{decision_id}", f"/api/v1/decisions/{f['edit_api']}*", auth="bearer",
               json_body=dict(decision_draft(f), version=1)),
        Target("POST /api/v1/decisions/{decision_id}/supersede",
               f"/api/v1/decisions/{f['supersede_api']}*/supersede",
               auth="bearer", json_body=decision_draft(f), **jsonish),
        Target("POST /api/v1/decisions/{decision_id}/notes", f"/api/v1/decisions/{d}*/notes", auth="bearer",
               json_body={"text": "Scan note"}, **jsonish),
        Target("POST /api/v1/decisions/{decision_id}/reviewed", f"/api/v1/decisions/{d}*/reviewed", auth="bearer",
               **jsonish),
        # The initiative register: API
        Target("GET /api/v1/orgs/{org_id}/initiatives", f"/api/v1/orgs/{o}*/initiatives", auth="bearer"),
        Target("POST /api/v1/orgs/{org_id}/initiatives", f"/api/v1/orgs/{o}*/initiatives", auth="bearer",
               json_body=initiative_body(f, "Scan: initiative by API"), **jsonish),
        Target("GET /api/v1/initiatives/{initiative_id}", f"/api/v1/initiatives/{f['initiative']}*", auth="bearer"),
        Target("PUT /api/v1/initiatives/{initiative_id}", f"/api/v1/initiatives/{f['initiative_edit_api']}*",
               auth="bearer", json_body=dict(initiative_body(f, "Scan: edited by API"), version=1)),
        Target("POST /api/v1/initiatives/{initiative_id}/phase",
               f"/api/v1/initiatives/{f['initiative_phase_api']}*/phase", auth="bearer",
               json_body={"phase": "analysis", "reason": "Scan"}),
        Target("POST /api/v1/initiatives/{initiative_id}/measurements",
               f"/api/v1/initiatives/{f['initiative']}*/measurements", auth="bearer",
               json_body={"benefit_index": 0, "value": 12.5, "measured_on": "2026-11-01", "note": "Scan"}, **jsonish),
        Target("GET /api/v1/initiatives/{initiative_id}/versions", f"/api/v1/initiatives/{f['initiative']}*/versions",
               auth="bearer"),
        Target("GET /api/v1/orgs/{org_id}/goals", f"/api/v1/orgs/{o}*/goals", auth="bearer"),
        Target("POST /api/v1/orgs/{org_id}/goals", f"/api/v1/orgs/{o}*/goals", auth="bearer", json_body={
            "title": "Scan: goal by API", "description": "Scan", "questions": [3], "horizon": "2028-06-30"},
            **jsonish),
        Target("GET /api/v1/goals/{goal_id}", f"/api/v1/goals/{g}*", auth="bearer"),
        Target("PUT /api/v1/goals/{goal_id}", f"/api/v1/goals/{f['goal_edit_api']}*", auth="bearer", json_body={
            "version": 1, "title": "Scan: goal edited by API", "description": "Scan", "questions": [3],
            "horizon": "2028-12-31"}),
        Target("PUT /api/v1/steps/{step_id}", f"/api/v1/steps/{f['step_edit_api']}*", auth="bearer", json_body={
            "version": 1, "hypothesis": "Scan: step edited by API", "success_criterion": "Measured",
            "owner_id": f["user"], "due_on": "2027-09-30"}),
        Target("GET /api/v1/meeting-series/{series_id}/history",
               f"/api/v1/meeting-series/{f['held_series']}*/history", auth="bearer"),
        Target("POST /api/v1/goals/{goal_id}/steps", f"/api/v1/goals/{f['goal_steps_api']}*/steps", auth="bearer",
               json_body={
            "hypothesis": "Scan: step by API", "success_criterion": "Measured", "owner_id": f["user"],
            "due_on": "2027-06-30"}, **jsonish),
        Target("POST /api/v1/steps/{step_id}/start", f"/api/v1/steps/{f['start_api']}*/start", auth="bearer"),
        Target("POST /api/v1/steps/{step_id}/complete", f"/api/v1/steps/{f['complete_api']}*/complete",
               auth="bearer", json_body={"result": "Scan result", "learned": "Scan lesson", "verdict": "adjust",
                                         "evaluated_on": "2026-11-20", "decision": decision_draft(f)},
               unmarked=("decision",)),
        Target("POST /api/v1/steps/{step_id}/drop", f"/api/v1/steps/{f['drop_api']}*/drop", auth="bearer",
               json_body={"reason": "Scan reason"}),
        Target("GET /api/v1/orgs/{org_id}/meetings", f"/api/v1/orgs/{o}*/meetings", auth="bearer"),
        Target("POST /api/v1/orgs/{org_id}/meetings", f"/api/v1/orgs/{o}*/meetings", auth="bearer", json_body={
            "title": "Scan: series by API", "cadence": "every_n_weeks", "interval_weeks": 3,
            "first_meeting": "2027-02-01"}, **jsonish),
        Target("GET /api/v1/meeting-series/{series_id}/agenda", f"/api/v1/meeting-series/{m}*/agenda",
               auth="bearer"),
        Target("PUT /api/v1/meeting-series/{series_id}/agenda", f"/api/v1/meeting-series/{m}*/agenda",
               auth="bearer", json_body={"text": "Scan agenda"}),
        Target("POST /api/v1/meeting-series/{series_id}/minutes",
               f"/api/v1/meeting-series/{f['series_minutes_api']}*/minutes", auth="bearer", unmarked=("decisions",),
               json_body={
                   "minutes": "Scan minutes", "decisions": [decision_draft(f)],
                   "steps": [{"goal_id": g, "hypothesis": "Scan: step from minutes", "success_criterion": "Measured",
                              "owner_id": f["user"], "due_on": "2027-03-01"}],
                   "follow_ups": [{"text": "Scan follow-up", "owner_id": f["user"], "due_on": "2027-02-01"}],
                   "reviewed_decision_ids": [d]}, **jsonish),
        Target("GET /api/v1/orgs/{org_id}/account", f"/api/v1/orgs/{o}*/account?{period}&format=json",
               auth="bearer"),
        Target("GET /api/v1/orgs/{org_id}/account.csv", f"/api/v1/orgs/{o}*/account.csv?{period}", auth="bearer"),

        # The opt-in public page of decisions (the demo's page is at /p/demo-kommune; saving keeps it on).
        Target("POST /orgs/{org_id}/decisions/{decision_id}/publish",
               f"/orgs/{o}*/decisions/{f['publish_page']}*/publish", form={"summary": "Scan: plain summary"},
               expect=(303,)),
        Target("POST /orgs/{org_id}/decisions/{decision_id}/unpublish",
               f"/orgs/{o}*/decisions/{f['never_published']}*/unpublish", expect=(409,)),
        Target("GET /orgs/{org_id}/public-page", f"/orgs/{o}*/public-page"),
        Target("POST /orgs/{org_id}/public-page", f"/orgs/{o}*/public-page",
               form={"address": "demo-kommune", "enabled": "1"}, expect=(303,)),
        Target("GET /p/{organisation}", "/p/demo-kommune*?lang=da", auth="anon"),
        Target("GET /p/{organisation}/feed.atom", "/p/demo-kommune*/feed.atom", auth="anon"),

        # The portfolio of initiatives, with every filter (one parser for the page, the exports and the API).
        Target("GET /orgs/{org_id}/portfolio", f"/orgs/{o}*/portfolio?{portfolio_filters}"),
        Target("GET /orgs/{org_id}/portfolio.csv", f"/orgs/{o}*/portfolio.csv?{portfolio_filters}"),
        Target("GET /orgs/{org_id}/portfolio.json", f"/orgs/{o}*/portfolio.json?{portfolio_filters}"),
        Target("GET /api/v1/orgs/{org_id}/portfolio", f"/api/v1/orgs/{o}*/portfolio?{portfolio_filters}",
               auth="bearer"),
        # The technology radar (issue 17): the pages without an id, the forms, the exports, the API.
        Target("GET /orgs/{org_id}/radar", f"/orgs/{o}*/radar"),
        Target("GET /orgs/{org_id}/radar/compare", f"/orgs/{o}*/radar/compare?from=&to="),
        Target("GET /orgs/{org_id}/radar/entries/new", f"/orgs/{o}*/radar/entries/new"),
        Target("GET /orgs/{org_id}/radar/import", f"/orgs/{o}*/radar/import"),
        Target("GET /orgs/{org_id}/radar/editions/{edition_id}", f"/orgs/{o}*/radar/editions/{f['radar_edition']}*"),
        Target("GET /orgs/{org_id}/radar/entries/{entry_id}/edit",
               f"/orgs/{o}*/radar/entries/{f['radar_entry']}*/edit"),
        Target("GET /api/v1/orgs/{org_id}/radar/editions/{edition_id}",
               f"/api/v1/orgs/{o}*/radar/editions/{f['radar_edition']}*", auth="bearer"),
        Target("GET /orgs/{org_id}/radar/export.csv", f"/orgs/{o}*/radar/export.csv?edition="),
        Target("GET /orgs/{org_id}/radar/export.json", f"/orgs/{o}*/radar/export.json?edition="),
        Target("POST /orgs/{org_id}/radar/entries", f"/orgs/{o}*/radar/entries",
               form={"name": "Scan", "quadrant": "0", "ring": "assess", "description": "",
                     "prerequisite_kind": "data", "prerequisite_name": "x", "prerequisite_quality": "good"},
               expect=(303,)),
        Target("POST /orgs/{org_id}/radar/import", f"/orgs/{o}*/radar/import",
               form={"title": "Scan", "published_on": "2026-01-01", "format": "csv",
                     "text": "name,ring,quadrant,isNew,description\nA,adopt,q1,TRUE,d\n"}, expect=(422,)),
        Target("GET /api/v1/orgs/{org_id}/radar", f"/api/v1/orgs/{o}*/radar", auth="bearer"),
        Target("GET /api/v1/orgs/{org_id}/radar/editions", f"/api/v1/orgs/{o}*/radar/editions", auth="bearer"),
        Target("GET /api/v1/orgs/{org_id}/radar/export.csv", f"/api/v1/orgs/{o}*/radar/export.csv", auth="bearer"),
        Target("GET /api/v1/orgs/{org_id}/radar/export.json", f"/api/v1/orgs/{o}*/radar/export.json",
               auth="bearer"),
        # The competence matrix (issue 17): pages, downloads and API, on objects made for the scan.
        Target("GET /orgs/{org_id}/competencies", f"/orgs/{o}*/competencies?sector={f['sector']}"),
        Target("POST /orgs/{org_id}/competencies", f"/orgs/{o}*/competencies",
               form={"name": "Scan: by form", "description": "Scan"}, expect=(303, 409)),
        Target("GET /orgs/{org_id}/competencies.csv", f"/orgs/{o}*/competencies.csv"),
        Target("GET /orgs/{org_id}/competencies.json", f"/orgs/{o}*/competencies.json"),
        Target("GET /orgs/{org_id}/competencies/gaps", f"/orgs/{o}*/competencies/gaps"),
        Target("GET /orgs/{org_id}/competencies/manage", f"/orgs/{o}*/competencies/manage"),
        Target("GET /orgs/{org_id}/competencies/cell",
               f"/orgs/{o}*/competencies/cell?competence={f['competence']}&role=borgere&sector={f['sector']}"),
        Target("POST /orgs/{org_id}/competencies/cell", f"/orgs/{o}*/competencies/cell",
               form={"competence": f["competence"], "role": "politikere", "sector": f["sector"], "version": "",
                     "current_level": "1", "needed_level": "2", "route": "train", "owner": f["user"],
                     "due_on": "2027-01-31", "note": "Scan"}, expect=(303, 409)),
        Target("POST /orgs/{org_id}/competencies/cells/{cell_id}/step",
               f"/orgs/{o}*/competencies/cells/{f['gap_step_page']}*/step", form={"goal": g, "due_on": ""},
               expect=(303, 409)),
        Target("POST /orgs/{org_id}/competencies/sectors", f"/orgs/{o}*/competencies/sectors",
               form={"name": "Scan: sector by form"}, expect=(303, 409)),
        Target("POST /orgs/{org_id}/competencies/sectors/{sector_id}",
               f"/orgs/{o}*/competencies/sectors/{f['sector']}*", form={"name": "Scan: sector"}, expect=(303,)),
        Target("POST /orgs/{org_id}/competencies/{competence_id}",
               f"/orgs/{o}*/competencies/{f['competence']}*", form={"name": "Scan: competence",
                                                                     "description": "Scan"}, expect=(303,)),
        Target("POST /orgs/{org_id}/competencies/{competence_id}/delete",
               f"/orgs/{o}*/competencies/{f['competence_builtin']}*/delete", expect=(409,)),
        Target("GET /api/v1/orgs/{org_id}/competencies", f"/api/v1/orgs/{o}*/competencies", auth="bearer"),
        Target("POST /api/v1/orgs/{org_id}/competencies", f"/api/v1/orgs/{o}*/competencies", auth="bearer",
               json_body={"name": "Scan: by API", "description": "Scan"}, expect=(201, 409)),
        Target("PUT /api/v1/orgs/{org_id}/competencies/{competence_id}",
               f"/api/v1/orgs/{o}*/competencies/{f['competence']}*", auth="bearer",
               json_body={"description": "Scan"}),
        Target("DELETE /api/v1/orgs/{org_id}/competencies/{competence_id}",
               f"/api/v1/orgs/{o}*/competencies/{f['competence_builtin']}*", auth="bearer", expect=(409,)),
        Target("GET /api/v1/orgs/{org_id}/competence-gaps", f"/api/v1/orgs/{o}*/competence-gaps", auth="bearer"),
        Target("POST /api/v1/orgs/{org_id}/competence-sectors", f"/api/v1/orgs/{o}*/competence-sectors",
               auth="bearer", json_body={"name": "Scan: sector by API"}, expect=(201, 409)),
        Target("PUT /api/v1/orgs/{org_id}/competence-sectors/{sector_id}",
               f"/api/v1/orgs/{o}*/competence-sectors/{f['sector']}*", auth="bearer",
               json_body={"name": "Scan: sector"}),
        Target("PUT /api/v1/orgs/{org_id}/competence-cells", f"/api/v1/orgs/{o}*/competence-cells", auth="bearer",
               json_body={"competence_id": f["competence"], "role": "borgere", "sector_id": f["sector"],
                          "current_level": 1, "needed_level": 2, "route": "partner", "note": "Scan"},
               expect=(200, 409), unmarked=("version",)),
        Target("POST /api/v1/orgs/{org_id}/competence-cells/{cell_id}/step",
               f"/api/v1/orgs/{o}*/competence-cells/{f['gap_step_api']}*/step", auth="bearer",
               json_body={"goal_id": g}, expect=(201, 409)),
        # Networks (issue 15): the pages, the benchmark's view and the library's search with every filter.
        Target("GET /orgs/{org_id}/networks", f"/orgs/{o}*/networks"),
        Target("GET /orgs/{org_id}/networks/{network_id}", f"/orgs/{o}*/networks/{f['network']}*"),
        Target("GET /orgs/{org_id}/networks/{network_id}/benchmark",
               f"/orgs/{o}*/networks/{f['network']}*/benchmark?view="),
        Target("GET /orgs/{org_id}/networks/{network_id}/leave", f"/orgs/{o}*/networks/{f['network']}*/leave"),
        Target("GET /orgs/{org_id}/networks/{network_id}/library",
               f"/orgs/{o}*/networks/{f['network']}*/library?q=kommunerne&question=6&verdict=&kind=decision"),
        Target("GET /orgs/{org_id}/networks/{network_id}/library/{share}",
               f"/orgs/{o}*/networks/{f['network']}*/library/{f['library_item']}*"),
        Target("GET /orgs/{org_id}/profile", f"/orgs/{o}*/profile"),
        Target("POST /orgs/{org_id}/profile", f"/orgs/{o}*/profile",
               form={"kind": "municipality", "inhabitants": "52000"}, expect=(303,)),
        Target("POST /orgs/{org_id}/networks", f"/orgs/{o}*/networks",
               form={"name": "Scan: network", "purpose": "Made by tests/scan"}, expect=(303,)),
        Target("POST /orgs/{org_id}/networks/{network_id}/invitations",
               f"/orgs/{o}*/networks/{f['network']}*/invitations", form={"org_name": "No Such Organisation"},
               expect=(404, 422)),
    ]


def login_target():
    # Sent last and alone: ten failed sign-ins from one address lock /login for 15 minutes (429), so
    # sqlmap's payloads mostly meet the throttle. The correct password makes an injection that matches
    # the account show as a successful sign-in (303) against failures (401) within the first attempts.
    return Target("POST /login", "/login", auth="anon-form", form={
        "email": "direktoer@demo.forkant.dk", "password": "forkant-demo-2026", "next": "/"}, expect=(303,))


def route_table(path):
    """METHOD PATTERN of every route registered in routes.cpp."""
    text = open(path, encoding="utf-8").read()
    return {f"{m} {p}" for m, p in re.findall(r'\{\s*"(GET|POST|PUT|PATCH|DELETE)",\s*"([^"]+)"', text)}


# What wapiti must not crawl or attack (its -x patterns, `*` a wildcard, matched against whole URLs):
# - /logout: its crawler submits each form it finds once, as it is; that would end the session.
# - /language: its form is on every page with that page as the hidden `return`, so wapiti would attack
#   one copy per page; sqlmap scans it, and tests/integration/language_test.cpp its redirect target.
# - The JSON API and the CSV, JSON and text exports: served with their own Content-Type and nosniff,
#   a browser never renders them as HTML, so reflected text there is not XSS; wapiti 3.0.4 cannot send
#   JSON bodies; and its permanentxss module spends minutes of CPU on an export that quotes the hundreds
#   of marked titles the xss module stored. sqlmap scans all of them.
# - The PDF reports: a PDF is never rendered as HTML, and its text is printed by pango, not parsed; sqlmap
#   scans their query.
# - The account page (/orgs/{id}/account): it shows again, per question, the decisions and lessons that
#   the decision and goal pages show, all of them at once: permanentxss spent its whole time share on
#   this one page (200 kB once the other modules have stored their payloads) instead of moving on.
# - The PDFs and workbooks (application/pdf, XLSX: downloads): never rendered as HTML; sqlmap scans them.
WAPITI_EXCLUDE = ["/logout", "/language", "/api/*", "/*.csv", "/*.csv?*", "/*.json", "/*.json?*", "/*.txt",
                  "/*.txt?*", "/orgs/*/account", "/orgs/*/account?*",
                  "/*.pdf", "/*.pdf?*", "/*.xlsx", "/*.xlsx?*"]


def excluded_from_wapiti(path):
    path = path.replace("*", "")
    return any(re.fullmatch(re.escape(p).replace(r"\*", ".*"), path) for p in WAPITI_EXCLUDE)


# ----------------------------------------------------------------------------------------------------
# prepare


def request_headers(t, s, auth):
    """The headers a target is sent with: Host first (sqlmap reads the port from it)."""
    accept = "application/json" if "/api/" in t.path else "text/html"
    h = [("Host", f"{s.http.host}:{s.http.port}"), ("Accept", accept)]
    if t.auth in ("session", "own-session"):
        session, csrf = auth[t.auth]
        h += [("Cookie", "forkant_session=" + session), ("Origin", s.url), ("X-CSRF-Token", csrf)]
    elif t.auth == "bearer":
        h += [("Authorization", "Bearer " + s.token)]
    elif t.auth == "anon-form":
        pre = auth["anon-form"]
        h += [("Cookie", "forkant_csrf=" + pre), ("Origin", s.url), ("X-CSRF-Token", pre)]
    if t.ctype:
        h.append(("Content-Type", t.ctype))
    return h


def baseline(t, s, headers):
    """Sends the target once without markers; returns an error text, or None when the handler answered
    as expected. What counts is that the request got past routing, authentication and the CSRF check."""
    path, body = t.path.replace("*", ""), (t.body or "").replace("*", "") or None
    try:
        status, res_headers, text = s.http.send(t.method, path, body, dict(headers[1:]))
    except (OSError, http.client.HTTPException) as e:
        return f"{t.method} {path} got no answer: {e!r}"
    location = header(res_headers, "Location")
    if status not in t.expect or (urllib.parse.urlsplit(location).path == "/login" and not t.to_login):
        return f"{t.method} {path} answered {status} {location} (expected {t.expect}): {text[:200]!r}"
    return None


def burp_entry(t, headers):
    lines = [f"{t.method} {t.path} HTTP/1.1"] + [f"{k}: {v}" for k, v in headers] + [""]
    if t.body is not None:
        lines.append(t.body)
    sep = "=" * 54
    return f"{sep}\n" + "\n".join(lines) + f"\n{sep}\n\n"


def prepare(args):
    s = Setup(args.url, args.token, args.email, args.password)
    os.makedirs(args.out, exist_ok=True)
    fixtures = make_fixtures(s)
    routes = route_table(args.routes)
    _, headers, _ = s.http.send("GET", "/login")
    auth = {"session": s.sign_in(), "anon-form": set_cookies(headers)["forkant_csrf"]}
    if "POST /password" in routes or "POST /me/sessions/end" in routes:
        auth["own-session"] = s.sign_in(OWN_EMAIL, OWN_PASSWORD)

    # Every route is scanned or has a reason not to be: a new route cannot slip past the scan. A target
    # whose route is not (or no longer) in routes.cpp is left out: the binary does not have it either.
    fixtures.update(make_paper_entries(s, auth["session"], fixtures))
    targets = make_targets(fixtures)
    for t in targets:
        if t.route not in routes and args.shard == 1 and not args.wapiti:  # (said once, not per server)
            print(f"scan: note: {t.route} is not in {args.routes}; its target is left out")
    targets = [t for t in targets if t.route in routes]
    covered = {t.route for t in targets} | {login_target().route} | set(NOT_SCANNED)
    missing = sorted(routes - covered)
    if missing:
        for r in missing:
            print(f"scan: route {r} has no scan target (add one in tests/scan/scan.py, or a reason in NOT_SCANNED)")
        sys.exit(1)

    errors = []
    entries = []
    for t in targets:
        h = request_headers(t, s, auth)
        if (e := baseline(t, s, h)):
            errors.append(e)
        entries.append((t.points(), burp_entry(t, h)))
    if errors:
        print("scan: these requests do not reach their handlers, so scanning them would prove nothing:")
        for e in errors:
            print("  " + e)
        sys.exit(1)

    if args.wapiti:
        write_wapiti_inputs(args.out, s, targets, fixtures, auth)
        print(f"scan: wapiti at {s.url}: {len(targets)} targets reach their handlers")
        return

    # Shards of about equal cost, for sqlmap processes side by side, each against its own server
    # (largest first, to the lightest). Every server gets the same targets in the same order, so each
    # computes the same split and writes out only its own shard.
    shards = [[] for _ in range(args.shards)]
    load = [0] * args.shards
    for cost, entry in sorted(entries, key=lambda e: -e[0]):
        i = load.index(min(load))
        shards[i].append(entry)
        load[i] += cost
    with open(os.path.join(args.out, f"sqlmap-{args.shard}.log"), "w", encoding="utf-8") as out:
        out.writelines(shards[args.shard - 1])
    lt = login_target()
    if args.shard == 1:
        # The sign-in form, alone, without a baseline (that would be one of the ten allowed failures).
        with open(os.path.join(args.out, "sqlmap-login.log"), "w", encoding="utf-8") as out:
            out.write(burp_entry(lt, request_headers(lt, s, auth)))
        with open(os.path.join(args.out, "targets.txt"), "w") as out:
            for t in targets + [lt]:
                out.write(f"{t.method} {t.path}\n")
    print(f"scan: sqlmap {args.shard}: {len(shards[args.shard - 1])} of {len(targets) + 1} targets "
          f"(over {len(routes) - len(NOT_SCANNED)} routes); all reach their handlers")


def write_wapiti_inputs(out_dir, s, targets, fixtures, auth):
    """wapiti's session as a cookie file in its own format, its start URLs (it crawls one link further
    from each: the forms and links on them), and what it must not touch or attack."""
    with open(os.path.join(out_dir, "wapiti-cookies.json"), "w") as out:
        json.dump({s.http.host: {"/": {"forkant_session": {
            "value": auth["session"][0], "expires": None, "secure": False, "port": None, "version": 0}}}}, out)
    # Start URLs: the HTML pages (API reads and exports are excluded, see WAPITI_EXCLUDE).
    starts = [s.url + t.path.replace("*", "") for t in targets
              if t.method == "GET" and not excluded_from_wapiti(t.path)]
    starts.append(f"{s.url}/r/{fixtures['r_wapiti']}")
    with open(os.path.join(out_dir, "wapiti-start.txt"), "w") as out:
        out.write("\n".join(dict.fromkeys(starts)) + "\n")
    with open(os.path.join(out_dir, "wapiti-exclude.txt"), "w") as out:
        out.write("".join(f"{s.url}{p}\n" for p in WAPITI_EXCLUDE))
    # Skipped parameters. wapiti attacks every copy of a parameter, and a checkbox group is one copy per
    # box (questions: 10, purposes: 7, reviewed: one per decision due): the groups' numbers and ids
    # are left to sqlmap. The minutes and step-evaluation forms embed the decision fields
    # (templates/decisions_fields.mustache) with a prefix per block (m1_, m2_, d_): the same template
    # and parser are attacked through the new, edit and supersede forms. The CSRF token: changing it
    # only tests the CSRF check, which has its own module.
    groups = ["questions", "purposes"]
    skip = ["csrf", "reviewed"] + groups
    skip += [prefix + k for prefix in ("m1_", "m2_", "d_") for k in DECISION_FORM_FIELDS + groups]
    with open(os.path.join(out_dir, "wapiti-skip.txt"), "w") as out:
        out.write("\n".join(skip) + "\n")


# ----------------------------------------------------------------------------------------------------
# verdict

# Every wapiti report entry (vulnerabilities and anomalies alike: SQL, blind SQL, XSS, stored XSS,
# CRLF, open redirect, command execution, path traversal, CSP, cookie flags, CSRF, answers 500, ...)
# fails the scan, except these, accepted in a plain-http loopback run, by category and `info` text:
WAPITI_ACCEPTED = {
    # Cookies get Secure only with --secure-cookies (behind TLS); this run is plain http on loopback,
    # where a Secure cookie would never be sent back. The cookie tests check Secure with the flag.
    "Secure Flag cookie": re.compile(r"Secure flag is not set in the cookie"),
    # HSTS is meaningful only over TLS (browsers ignore it on http). X-XSS-Protection is obsolete:
    # browsers removed the filter and OWASP advises not to set it; the CSP is the protection.
    # A missing X-Frame-Options or X-Content-Type-Options still fails.
    "HTTP Secure Headers": re.compile(r"(Strict-Transport-Security|X-XSS-Protection) is not set"),
}
# Accepted by category and path: respondent links carry a secret token that already proves intent and
# no cookie is involved (router.hpp, Route::csrf_exempt), so their forms' POSTs skip the CSRF check and
# wapiti sees the (unused) csrf field "not properly checked". Any other form failing this check fails.
WAPITI_ACCEPTED_PATHS = {
    "Cross Site Request Forgery": re.compile(r"/r/[^/]+/(q/\d+|submit)"),
}


MAX_LISTED = 40  # findings printed; one injection can make hundreds of answers 500


def sqlmap_sections(log):
    """Splits a sqlmap log into (url, text) per target."""
    parts = re.split(r"^.*\[INFO\] testing URL '([^']*)'\s*$", log, flags=re.M)
    return list(zip(parts[1::2], parts[2::2]))


def wapiti_coverage(name, log):
    """What a wapiti process did, from its console log: resources found, and per module how many it
    attacked and whether it stopped at its time share."""
    found = re.search(r"Wapiti found (\d+) URLs and forms", log)
    out = [f"{name}: crawled {found.group(1) if found else '?'} URLs and forms"]
    parts = re.split(r"^\[\*\] Launching module (\w+)\s*$", log, flags=re.M)
    for module, text in zip(parts[1::2], parts[2::2]):
        attacked = len(re.findall(r"^\[\+\] ", text, flags=re.M))
        capped = " (stopped at its time share)" if "Max attack time was reached" in text else ""
        if attacked or capped:
            out.append(f"{name}: {module}: {attacked} resources attacked{capped}")
    return out


def verdict(args):
    failures, notes = [], []
    work = args.work

    # sqlmap: every target must end with "not injectable"; an injection point, an error that skipped
    # a target, or a target never reached is a failure.
    tested, injectable = 0, set()
    for logfile in sorted(glob.glob(os.path.join(work, "sqlmap-*.out"))):
        text = open(logfile, encoding="utf-8", errors="replace").read()
        expected = open(logfile[:-4] + ".log", encoding="utf-8").read().count("HTTP/1.1\n")
        sections = sqlmap_sections(text)
        if len(sections) != expected:
            failures.append(f"sqlmap {os.path.basename(logfile)}: {len(sections)} of {expected} targets tested "
                            f"(timed out or stopped?); last lines:\n" + "\n".join(text.splitlines()[-8:]))
        for url, body in sections:
            tested += 1
            # (sqlmap also says "appears to be ... injectable" for a candidate it then rejects as a
            # false positive; only the final "identified the following injection point(s)" counts.)
            if re.search(r"identified the following injection point|is vulnerable", body):
                points = re.findall(r"^Parameter: .*$|^\s+Type: .*$|^\s+Payload: .*$", body, flags=re.M)
                failures.append(f"sqlmap: INJECTABLE {url}\n    " + "\n    ".join(points[:12]))
                injectable.add(url.replace("*", ""))
            elif "do not appear to be injectable" not in body:
                last = [l for l in body.splitlines() if "[CRITICAL]" in l or "[ERROR]" in l][-3:]
                failures.append(f"sqlmap: {url} not completely tested: " + (" | ".join(last) or "no verdict"))
    # The results files (one row per injection point) as a cross-check of the logs.
    for results in sorted(glob.glob(os.path.join(work, "sqlmap-results-*.csv"))):
        rows = [r for r in open(results, encoding="utf-8").read().splitlines()[1:] if r.strip()]
        for r in rows:
            if "false positive" in r:  # a candidate sqlmap itself disproved with further requests
                notes.append(f"sqlmap rejected a candidate as a false positive: {r}")
            elif r.split(",", 1)[0] not in injectable:
                failures.append(f"sqlmap results file {os.path.basename(results)}: {r}")
    notes.append(f"sqlmap: {tested} targets tested")

    # wapiti: one JSON report per process (wapiti-a, -b, -c: see wapiti_modules in run).
    consoles = sorted(glob.glob(os.path.join(work, "wapiti-*.out")))
    if not consoles:
        failures.append("wapiti: no console log at all (it did not run)")
    for console in consoles:
        name = os.path.basename(console)[:-4]
        report_path = console[:-4] + ".json"
        if not os.path.exists(report_path):
            failures.append(f"{name}: no report (it crashed or timed out; see {name}.out)")
            continue
        report = json.load(open(report_path, encoding="utf-8"))
        for section in ("vulnerabilities", "anomalies"):
            for category, entries in sorted(report.get(section, {}).items()):
                for e in entries:
                    where = f"{e.get('method', '')} {e.get('path', '')} {e.get('parameter', '')}".strip()
                    accepted = WAPITI_ACCEPTED.get(category)
                    accepted_path = WAPITI_ACCEPTED_PATHS.get(category)
                    if accepted and accepted.search(e.get("info", "")):
                        notes.append(f"wapiti (accepted, see WAPITI_ACCEPTED): {category}: {e.get('info')}")
                    elif accepted_path and accepted_path.fullmatch(e.get("path", "")):
                        notes.append(f"wapiti (accepted, see WAPITI_ACCEPTED_PATHS): {category}: {where}")
                    else:
                        failures.append(f"wapiti: {category}: {where}: {e.get('info', '')}\n"
                                        f"    {e.get('curl_command', '')[:400]}")
        notes += wapiti_coverage(name, open(console, errors="replace").read())

    # The servers: an answer 500 is an unhandled exception that some input provoked (a failed SQL
    # statement among them), whichever scanner sent it.
    for server_log in sorted(glob.glob(os.path.join(work, "server-*.log"))):
        errors = {}
        for line in open(server_log, encoding="utf-8", errors="replace"):
            try:
                msg = json.loads(line).get("msg", {})
            except json.JSONDecodeError:
                continue
            if isinstance(msg, dict) and msg.get("event") == "error":
                errors[msg.get("error", "?")] = errors.get(msg.get("error", "?"), 0) + 1
            elif isinstance(msg, dict) and isinstance(msg.get("status"), int) and msg["status"] >= 500:
                key = f"{msg.get('method')} {msg.get('path')} -> {msg['status']}"
                errors[key] = errors.get(key, 0) + 1
        for what, n in sorted(errors.items()):
            failures.append(f"server {os.path.basename(server_log)}: {n} x {what}")

    for n in notes:
        print("scan: " + n)
    if failures:
        print(f"scan: {len(failures)} FINDING(S):")
        for f in failures[:MAX_LISTED]:
            print("  - " + f)
        if len(failures) > MAX_LISTED:
            print(f"  ... and {len(failures) - MAX_LISTED} more (SCAN_KEEP=1 keeps the logs and reports)")
        return 1
    print("scan: no findings")
    return 0


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="command", required=True)
    pp = sub.add_parser("prepare")
    pp.add_argument("--url", required=True)
    pp.add_argument("--token", required=True)
    pp.add_argument("--out", required=True)
    pp.add_argument("--routes", required=True)
    pp.add_argument("--shards", type=int, default=2)
    pp.add_argument("--shard", type=int, default=1, help="which shard this server scans (1-based)")
    pp.add_argument("--wapiti", action="store_true", help="write wapiti's inputs instead")
    pp.add_argument("--email", default="direktoer@demo.forkant.dk")
    pp.add_argument("--password", default="forkant-demo-2026")
    pv = sub.add_parser("verdict")
    pv.add_argument("--work", required=True)
    args = p.parse_args()
    if args.command == "prepare":
        prepare(args)
        return 0
    return verdict(args)


if __name__ == "__main__":
    sys.exit(main())
