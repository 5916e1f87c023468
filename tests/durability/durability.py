#!/usr/bin/env python3
"""Crash-durability test for forkant: kill -9 the real server while clients write, then check the data.

One run:
  1. `forkant demo` on a fresh database, an API token for the demo organisation's owner, the server on an
     ephemeral port (its URL is the last word of its first stdout line).
  2. Setup through the JSON API: a round of the built-in framework, opened, with respondent links.
  3. Cycles (DURABILITY_CYCLES, default 25). In each cycle several client threads write:
       - respondent threads save answers (PUT /api/v1/responses/{token}) and now and then make new links
         (POST /api/v1/rounds/{id}/invitations);
       - decision threads create decisions, edit them (a new version), supersede them and add notes.
     Every write that got a 2xx is *acknowledged*; a write whose connection broke is *in flight* (it may or
     may not have committed). The server gets SIGKILL right after the N-th acknowledgement of the cycle,
     N random: the moment is chosen by counting acknowledgements, never by sleeping.
  4. With the server dead, the database file is opened read-only with Python's sqlite3:
     PRAGMA integrity_check must say 'ok', PRAGMA foreign_key_check must be empty and the journal WAL.
  5. The server is restarted on the same database (new port) and everything acknowledged so far, in this
     cycle and all earlier ones, is read back through the API and compared with what was acknowledged:
       - a link's saved answers equal its last acknowledged save, or the one save in flight after it;
         never a mix of two saves (half-written) and never an older save (lost);
       - every acknowledged decision exists with exactly its content, version, history, supersession links
         and notes; an in-flight create/edit/supersede/note is either entirely there or entirely absent;
       - nothing appears that was never sent (phantom), the demo data is unchanged, and the round's
         per-group counts match the links.
     An in-flight write found committed becomes acknowledged from then on: later cycles require it too.
  6. Then DURABILITY_BATCH_CYCLES (default 10) more cycles under a batching load: sixteen respondent
     threads save at once besides the decision threads, so that concurrent writes share a commit (group
     commit, README): a kill now lands in the middle of batches, and each acknowledged save must still be
     there whole, each unacknowledged one whole or not at all.
  7. A last burst of that load without a kill, then SIGTERM (it must exit 0): the server's "stopped" log
     line gives how many writes shared how many commits, and the largest batch must hold more than one
     write (else the batching cycles did not test batching). The file is checked once more.

On PostgreSQL (DURABILITY_BACKEND=postgresql) the same cycles run against a database of its own on the
test server (FORKANT_TEST_POSTGRESQL, or the PG* variables of scripts/with-postgresql), created and dropped
here with psql. Step 4 becomes what a killed client means there: the server must run with fsync=on and
synchronous_commit on (or remote_write/remote_apply), and every connection of the killed instance must be
gone, its open transaction rolled back, before the restart. PostgreSQL itself does not crash, so there is
no file to check; it groups the WAL flushes of concurrent commits itself, so the largest_batch assertion
of step 7 is SQLite's alone.

Environment: FORKANT_BIN (default build/release/forkant), DURABILITY_BACKEND (sqlite | postgresql),
DURABILITY_CYCLES (25), DURABILITY_BATCH_CYCLES (10), DURABILITY_SEED
(random; printed, so a failing run can be repeated with the same kill points and content; thread timing
still varies), DURABILITY_KEEP=1 keeps the work directory (kept anyway on failure). Standard library only. Exit status 0 = durable, 1 = a write was lost or corrupted
(or the harness could not run).
"""

import datetime
import http.client
import json
import os
import random
import re
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

OWNER_EMAIL = "direktoer@demo.forkant.dk"  # owner of the demo organisation
FRAMEWORK = "ti-spoergsmaal"
GROUPS = ["direktion", "chefer"]
RESPONDENT_THREADS = 3
BATCH_RESPONDENT_THREADS = 16  # in the batching cycles; the first RESPONDENT_THREADS write in all cycles
BURST_ACKS = 600  # acknowledged writes in the last, unkilled burst
DECISION_THREADS = 2
LINKS_PER_RESPONDENT_THREAD = 4  # links made during setup; more are made while the test runs
# The kill comes after N acknowledged writes, N uniform in this range: small N kills right after a
# restart (little in the WAL), large N after a longer burst.
KILL_AFTER_ACKS = (1, 160)
MAX_LINKS_PER_RESPONDENT_THREAD = 16  # keeps the per-cycle check of every link cheap in long runs
DETAIL_ALL_UP_TO = 600  # decisions; see verify_decisions
DETAIL_SAMPLE = 200
LINK_HISTORY = 50  # saves remembered per link, to name an older save when one is found instead
HTTP_TIMEOUT = 30  # seconds; only a bound on a hung server, never used to wait for something

# Errors that mean "the connection broke": the request may or may not have reached the database.
TRANSPORT_ERRORS = (OSError, http.client.HTTPException)


class Failure(Exception):
    """The harness found a durability violation or could not do its job."""


def clip(value, limit=300):
    """A value for a message, cut to a readable length."""
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return text if len(text) <= limit else text[:limit] + "…"


def short(token):
    """A link token shortened for messages (the full token is a secret in production)."""
    return token[:10] + "…"


# ---------------------------------------------------------------------------------------------------------
# The server process


class Server:
    """One `forkant serve` process on an ephemeral port."""

    def __init__(self, binary, db, log_path):
        self.log = open(log_path, "ab")
        try:
            self.proc = subprocess.Popen(
                # Link creation is rate-limited per account (docs/operations.md); this test creates links
                # far faster than a person would, to load the server, so its server runs without that limit.
                [binary, "serve", "--db", db, "--listen", "127.0.0.1:0", "--owner-totp", "optional",
                 "--rate-limit", "links=0/0"],
                stdout=subprocess.PIPE, stderr=self.log, stdin=subprocess.DEVNULL)
        except OSError as e:  # e.g. the binary is being rebuilt at this moment
            raise Failure(f"cannot start {binary}: {e}") from e
        # The first stdout line ends with the URL. select() bounds the wait if the server never starts;
        # it returns as soon as the line (or EOF) is there.
        ready, _, _ = select.select([self.proc.stdout], [], [], 30)
        line = self.proc.stdout.readline().decode(errors="replace").strip() if ready else ""
        if not line:
            self.proc.kill()
            self.proc.wait()
            raise Failure(f"the server did not print its address (exit status {self.proc.returncode}); "
                          f"see {log_path}")
        self.url = line.split()[-1]
        if not self.url.startswith("http://127.0.0.1:"):
            raise Failure(f"unexpected first line from the server: {line!r}")
        # Keep draining stdout so the server never blocks on a full pipe.
        threading.Thread(target=self.proc.stdout.read, daemon=True).start()

    @property
    def pid(self):
        return self.proc.pid

    def reap_killed(self):
        """Wait for the process after SIGKILL; it must have died of that signal and nothing else."""
        rc = self.proc.wait()
        self.log.close()
        if rc != -signal.SIGKILL:
            raise Failure(f"the server exited with status {rc} before it was killed (crash?)")

    def stop(self):
        """Graceful stop: SIGTERM, which must give exit status 0."""
        self.proc.send_signal(signal.SIGTERM)
        rc = self.proc.wait()
        self.log.close()
        if rc != 0:
            raise Failure(f"the server exited with status {rc} on SIGTERM")


def commit_stats(log_path):
    """The group-commit counts of the server's last graceful stop: its "stopped" log line."""
    found = None
    with open(log_path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if '"event":"stopped"' in line:
                found = json.loads(line)["msg"]  # {"t":…,"level":…,"msg":{"event":"stopped",…}}
    if found is None or "largest_batch" not in found:
        raise Failure(f"no group-commit counts in the server's stopped line ({log_path})")
    return found


# ---------------------------------------------------------------------------------------------------------
# HTTP


class Api:
    """A keep-alive JSON client for one thread. `call` raises TRANSPORT_ERRORS when the connection breaks."""

    def __init__(self, url, bearer):
        parts = urllib.parse.urlsplit(url)
        self.host, self.port, self.bearer = parts.hostname, parts.port, bearer
        self.conn = None

    def call(self, method, path, body=None, auth=True):
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=HTTP_TIMEOUT)
        headers = {"Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if auth:
            headers["Authorization"] = "Bearer " + self.bearer
        try:
            self.conn.request(method, path, body=data, headers=headers)
            resp = self.conn.getresponse()
            raw = resp.read()
        except BaseException:
            self.close()
            raise
        if resp.will_close:
            self.close()
        try:
            payload = json.loads(raw) if raw else None
        except ValueError:
            payload = raw.decode(errors="replace")
        return resp.status, payload

    def get(self, path, auth=True):
        """GET that must succeed (verification and setup run against a live server)."""
        try:
            status, body = self.call("GET", path, auth=auth)
        except TRANSPORT_ERRORS as e:
            raise Failure(f"GET {path}: connection failed: {e!r}") from e
        if status != 200:
            raise Failure(f"GET {path}: HTTP {status}: {clip(body)}")
        return body

    def send(self, method, path, body, expect):
        try:
            status, out = self.call(method, path, body)
        except TRANSPORT_ERRORS as e:
            raise Failure(f"{method} {path}: connection failed: {e!r}") from e
        if status != expect:
            raise Failure(f"{method} {path}: HTTP {status} (expected {expect}): {clip(out)}")
        return out

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


# ---------------------------------------------------------------------------------------------------------
# What the clients know: acknowledged state, and at most one in-flight write per thread


class Link:
    """A respondent link and the state its answers must be in.

    `state` is the last acknowledged (or verified) content: (answers, comments, purposes, invitation state).
    `pending` is the content of a save that was in flight when the server died: it may have committed.
    """

    def __init__(self, token, group):
        self.token, self.group = token, group
        self.state = ({}, {}, {}, "new")
        self.label = "no save yet"
        self.pending = None  # (state, label)
        self.history = []  # (label, state) of the last saves sent, to name an older one if found


class DecisionModel:
    """A decision as acknowledged: its versions' content, supersession links and notes."""

    def __init__(self, decision_id, content, label, supersedes=None):
        self.id = decision_id
        self.versions = [content]  # content of version 1, 2, ...
        self.labels = [label]
        self.supersedes = supersedes
        self.superseded_by = None
        self.notes = {}  # note id -> text
        self.pending_edit = None  # (content, label)
        self.pending_notes = []  # note texts in flight
        self.touched = True  # written to (or in flight) since the last full check of history and notes


class Ledger:
    """Shared by all threads of a cycle: counts acknowledgements, fires the kill, collects failures."""

    def __init__(self):
        self.lock = threading.Lock()
        self.dead = threading.Event()  # set once the server has been sent SIGKILL (or the burst is over)
        self.failures = []
        self.acks = 0
        self.kill_at = 0
        self.pid = None
        self.totals = {"acknowledged": 0, "in_flight": 0, "in_flight_committed": 0, "not_delivered": 0}
        self.by_kind = {}

    def new_cycle(self, pid, kill_at, kill=True):
        self.dead.clear()
        self.acks, self.kill_at, self.pid, self.kill = 0, kill_at, pid, kill

    def ack(self, kind):
        """Record one acknowledged write; the kill_at-th one of the cycle kills the server at once."""
        with self.lock:
            self.acks += 1
            self.totals["acknowledged"] += 1
            self.by_kind[kind] = self.by_kind.get(kind, 0) + 1
            if self.acks == self.kill_at and not self.dead.is_set():
                self.dead.set()  # first, so that any connection error seen after this is the kill's
                if self.kill:
                    os.kill(self.pid, signal.SIGKILL)

    def count(self, key):
        with self.lock:
            self.totals[key] += 1

    def fail(self, message):
        """A write was refused or answered wrongly under load: stop the cycle (kill) and report."""
        with self.lock:
            self.failures.append(message)
            if not self.dead.is_set():
                self.dead.set()
                os.kill(self.pid, signal.SIGKILL)


# ---------------------------------------------------------------------------------------------------------
# Content generators: every write carries a unique label so that what is found can be named


WORDS = ["borgere", "data", "platform", "robotter", "kerneopgaven", "økonomi", "sagsbehandling", "MitID",
         "gevinster", "kompetencer", "«citat»", "\"anførsel\"", "linje\nskift", "tab\there",
         "<b>&amp;</b>", "Ærø", "å", "emoji 🚲"]


def words(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def iso(day):
    return day.isoformat()


class Framework:
    """The item and purpose ids a response may use, read from GET /api/v1/frameworks/{id}."""

    def __init__(self, doc):
        items = [i for d in doc["dimensions"] for i in d["items"]]
        self.rated = [i["id"] for i in items if i["kind"] in ("statement", "position", "importance")]
        self.comment_items = [i["id"] for i in items if i["kind"] == "comment"]
        self.purposes = [p["id"] for p in doc["purposes"]]
        if not self.rated or not self.comment_items or not self.purposes:
            raise Failure("the framework has no rated items, comment items or purposes")


def response_patch(rng, fw, label):
    """A save that sets (or clears, with null) every item, comment and purpose, so that the stored draft
    afterwards is exactly this save whatever was there before. Values vary; comments carry the label."""
    answers = {i: (None if rng.random() < 0.1 else rng.randint(1, 5)) for i in fw.rated}
    answers[fw.rated[0]] = rng.randint(1, 5)  # never all null: the save always leaves something
    comments = {c: (None if rng.random() < 0.3 else f"{label}: {words(rng, rng.randint(1, 6))}")
                for c in fw.comment_items}
    purposes = {p: (None if rng.random() < 0.2 else rng.randint(0, 100)) for p in fw.purposes}
    return {"answers": answers, "comments": comments, "purposes": purposes, "submit": False}


def stored_state(patch):
    """The draft the server must hold after `patch`: the non-null entries, state 'started'."""
    keep = lambda m: {k: v for k, v in m.items() if v is not None}  # noqa: E731
    return (keep(patch["answers"]), keep(patch["comments"]), keep(patch["purposes"]), "started")


def state_of(doc):
    """The same 4-tuple read from a GET/PUT /api/v1/responses/{token} answer."""
    return (doc["answers"], doc["comments"], doc["purposes"], doc["state"])


DRAFT_FIELDS = ["kind", "title", "rationale", "alternatives", "questions", "purposes", "owner_id", "body",
                "decided_on", "review_on", "round_id", "goal_id"]


def decision_draft(rng, ctx, label):
    """A valid decision with random content (see DecisionDraft in docs/openapi.json)."""
    decided = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 330))
    review = None if rng.random() < 0.5 else iso(decided + datetime.timedelta(days=rng.randint(0, 400)))
    return {
        "kind": rng.choice(["decided", "deselected", "postponed"]),
        "title": f"Beslutning {label} {words(rng, 2)}"[:200],
        "rationale": f"Begrundelse {label}: {words(rng, rng.randint(1, 12))}",
        "alternatives": "" if rng.random() < 0.4 else words(rng, rng.randint(1, 5)),
        "questions": sorted(rng.sample(range(1, 11), rng.randint(1, 3))),
        "purposes": sorted(rng.sample(ctx["purposes"], rng.randint(0, 2))),
        "owner_id": rng.choice(ctx["members"]),
        "body": rng.choice(["Direktionen", "Kommunalbestyrelsen", "Økonomiudvalget"]),
        "decided_on": iso(decided),
        "review_on": review,
        "round_id": rng.choice([None, ctx["round_id"]]),
        "goal_id": None,
    }


def content_of(doc):
    return {f: doc.get(f) for f in DRAFT_FIELDS}


# ---------------------------------------------------------------------------------------------------------
# Client threads. Each owns its links or decisions, so its writes to one object are sequential and it has
# at most one write in flight when the server dies (a thread stops at its first broken connection).

IN_FLIGHT = "in flight"


def write(api, ledger, method, path, body, expect, what, auth=True):
    """Send one write. Returns the answer if it was acknowledged with `expect`; IN_FLIGHT if the connection
    broke (the outcome is unknown); None if the thread should stop for another reason."""
    try:
        status, out = api.call(method, path, body, auth=auth)
    except ConnectionRefusedError:
        ledger.count("not_delivered")  # no connection at all, so the server never saw it
        return None
    except TRANSPORT_ERRORS as e:
        ledger.count("in_flight")
        # `dead` is set before SIGKILL is sent, so a connection that broke while it is clear was broken
        # by the server on its own (crash, hang, dropped connection).
        if not ledger.dead.is_set():
            ledger.fail(f"{what}: the connection broke before the kill: {e!r}")
        return IN_FLIGHT
    if status != expect or not isinstance(out, dict):
        ledger.fail(f"{what} was refused under load: {method} {path}: HTTP {status}: {clip(out)}")
        return None
    return out


class RespondentActor:
    """Saves answers on its own links; now and then makes new links."""

    def __init__(self, index, links):
        self.index, self.links, self.saves = index, links, 0

    def run(self, url, ctx, ledger, rng, cycle):
        api = Api(url, ctx["bearer"])
        try:
            while not ledger.dead.is_set():
                if rng.random() < 0.04 and len(self.links) < MAX_LINKS_PER_RESPONDENT_THREAD:
                    ok = self.make_links(api, ctx, ledger, rng, cycle)
                else:
                    ok = self.save(api, ctx, ledger, rng, cycle)
                if not ok:
                    return
        except Exception as e:  # a bug in the harness must not look like a pass
            ledger.fail(f"respondent thread {self.index}: {e!r}")
        finally:
            api.close()

    def save(self, api, ctx, ledger, rng, cycle):
        link = rng.choice(self.links)
        self.saves += 1
        label = f"save c{cycle}.r{self.index}.{self.saves}"
        patch = response_patch(rng, ctx["fw"], label)
        expected = stored_state(patch)
        link.history = link.history[-LINK_HISTORY:] + [(label, expected)]
        out = write(api, ledger, "PUT", f"/api/v1/responses/{link.token}", patch, 200,
                    f"{label} on link {short(link.token)}", auth=False)  # the token is the credential
        if out is IN_FLIGHT:
            link.pending = (expected, label)
        if not isinstance(out, dict):
            return False
        if state_of(out) != expected:
            ledger.fail(f"{label} on link {short(link.token)}: the server acknowledged other content than "
                        f"was sent: {clip(state_of(out))} != {clip(expected)}")
            return False
        link.state, link.label = expected, label
        ledger.ack("response save")
        return True

    def make_links(self, api, ctx, ledger, rng, cycle):
        group = rng.choice(GROUPS)
        count = rng.randint(1, 2)
        out = write(api, ledger, "POST", f"/api/v1/rounds/{ctx['round_id']}/invitations",
                    {"group": group, "count": count}, 201, f"new links c{cycle}.r{self.index}")
        if out is IN_FLIGHT:
            # The tokens are shown only in the answer, so an in-flight batch cannot be followed; the
            # round's invited count may or may not include it (checked as a range).
            with ledger.lock:
                ctx["invited_in_flight"][group].append(count)
        if not isinstance(out, dict):
            return False
        if len(out.get("links", [])) != count:
            ledger.fail(f"new links c{cycle}.r{self.index}: asked for {count}, got {clip(out)}")
            return False
        self.links += [Link(item["token"], group) for item in out["links"]]
        with ledger.lock:
            ctx["invited"][group] += count
        ledger.ack("links created")
        return True


class DecisionActor:
    """Creates decisions, edits them (new versions), supersedes them and adds follow-up notes."""

    def __init__(self, index):
        self.index, self.decisions, self.ops = index, [], 0
        self.pending_creates = []  # (content, label, superseded decision id or None) in flight

    def run(self, url, ctx, ledger, rng, cycle):
        api = Api(url, ctx["bearer"])
        try:
            while not ledger.dead.is_set():
                self.ops += 1
                label = f"c{cycle}.d{self.index}.{self.ops}"
                live = [d for d in self.decisions if d.superseded_by is None]
                r = rng.random()
                if not live or r < 0.3:
                    ok = self.create(api, ctx, ledger, rng, label)
                elif r < 0.65:
                    ok = self.note(api, ledger, rng, label)
                elif r < 0.9:
                    ok = self.edit(api, ctx, ledger, rng, rng.choice(live), label)
                else:
                    ok = self.supersede(api, ctx, ledger, rng, rng.choice(live), label)
                if not ok:
                    return
        except Exception as e:
            ledger.fail(f"decision thread {self.index}: {e!r}")
        finally:
            api.close()

    def create(self, api, ctx, ledger, rng, label):
        content = decision_draft(rng, ctx, "create " + label)
        out = write(api, ledger, "POST", f"/api/v1/orgs/{ctx['org_id']}/decisions", content, 201,
                    "decision create " + label)
        if out is IN_FLIGHT:
            self.pending_creates.append((content, "create " + label, None))
        if not isinstance(out, dict):
            return False
        if content_of(out) != content or out.get("version") != 1:
            ledger.fail(f"decision create {label}: the acknowledged content differs from what was sent: "
                        f"{clip(out)}")
            return False
        self.decisions.append(DecisionModel(out["id"], content, "create " + label))
        ledger.ack("decision create")
        return True

    def note(self, api, ledger, rng, label):
        # A superseded decision takes no more notes (409): its follow-up belongs to its successor.
        d = rng.choice([x for x in self.decisions if x.superseded_by is None])
        d.touched = True
        text = f"Opfølgning {label}: {words(rng, rng.randint(1, 8))}"
        out = write(api, ledger, "POST", f"/api/v1/decisions/{d.id}/notes", {"text": text}, 201,
                    "note " + label)
        if out is IN_FLIGHT:
            d.pending_notes.append(text)
        if not isinstance(out, dict):
            return False
        mine = [n for n in out.get("notes", []) if n["text"] == text]
        if len(mine) != 1:
            ledger.fail(f"note {label} on decision {d.id}: the acknowledged answer has it {len(mine)} times")
            return False
        d.notes[mine[0]["id"]] = text
        ledger.ack("decision note")
        return True

    def edit(self, api, ctx, ledger, rng, d, label):
        d.touched = True
        content = decision_draft(rng, ctx, "edit " + label)
        out = write(api, ledger, "PUT", f"/api/v1/decisions/{d.id}", dict(content, version=len(d.versions)),
                    200, "decision edit " + label)
        if out is IN_FLIGHT:
            d.pending_edit = (content, "edit " + label)
        if not isinstance(out, dict):
            return False
        if content_of(out) != content or out.get("version") != len(d.versions) + 1:
            ledger.fail(f"decision edit {label} of {d.id}: the acknowledged content differs from what was "
                        f"sent: {clip(out)}")
            return False
        d.versions.append(content)
        d.labels.append("edit " + label)
        ledger.ack("decision edit")
        return True

    def supersede(self, api, ctx, ledger, rng, d, label):
        d.touched = True
        content = decision_draft(rng, ctx, "supersede " + label)
        out = write(api, ledger, "POST", f"/api/v1/decisions/{d.id}/supersede", content, 201,
                    "supersede " + label)
        if out is IN_FLIGHT:
            self.pending_creates.append((content, "supersede " + label, d.id))
        if not isinstance(out, dict):
            return False
        if content_of(out) != content or out.get("supersedes_id") != d.id:
            ledger.fail(f"supersede {label} of {d.id}: the acknowledged content differs from what was sent: "
                        f"{clip(out)}")
            return False
        self.decisions.append(DecisionModel(out["id"], content, "supersede " + label, supersedes=d.id))
        d.superseded_by = out["id"]
        ledger.ack("decision supersede")
        return True


# ---------------------------------------------------------------------------------------------------------
# Checks


# ---------------------------------------------------------------------------------------------------------
# PostgreSQL: a database of the run's own on the test server


def postgresql_server_url():
    """The test server's maintenance database as a URL, as tests/support/postgresql_url.cpp builds it."""
    url = os.environ.get("FORKANT_TEST_POSTGRESQL")
    if url:
        return url
    env = os.environ.get
    if not env("PGHOST") and not env("PGPORT"):
        raise Failure("no PostgreSQL server: set FORKANT_TEST_POSTGRESQL or run under scripts/with-postgresql")
    quote = lambda s: urllib.parse.quote(s, safe="")  # noqa: E731
    user, password = env("PGUSER", ""), env("PGPASSWORD", "")
    auth = (quote(user) + (":" + quote(password) if password else "") + "@") if user else ""
    host, port, database = env("PGHOST") or "localhost", env("PGPORT", ""), env("PGDATABASE") or "postgres"
    if host.startswith("/"):  # a Unix socket directory
        return (f"postgresql://{auth}/{quote(database)}?host={quote(host)}" +
                (f"&port={port}" if port else ""))
    return f"postgresql://{auth}{quote(host)}{':' + port if port else ''}/{quote(database)}"


def with_database(url, database):
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(parts._replace(path="/" + database))


def psql(url, sql):
    """One statement through psql on the test server's throwaway cluster."""
    out = subprocess.run(["psql", "-XAtq", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql],
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise Failure(f"psql: {sql[:80]}: {out.stderr.strip()}")
    return out.stdout.strip()


def postgresql_check(url):
    """With the instance dead: the server keeps what it acknowledged only with fsync and synchronous
    commit (forkant refuses to start otherwise; checked here as the journal mode is on SQLite), and no
    connection of the killed instance may be left (PostgreSQL rolls back its open transaction when it
    sees the socket closed). Polled with a deadline: the server notices the closed sockets on its own."""
    problems = []
    settings = dict(line.split("|") for line in psql(url, "SELECT name, setting FROM pg_settings WHERE name "
                                                          "IN ('fsync', 'synchronous_commit')").splitlines())
    if settings.get("fsync") != "on":
        problems.append(f"fsync is {settings.get('fsync')!r}, not 'on' (docs/operations.md)")
    if settings.get("synchronous_commit") not in ("on", "remote_write", "remote_apply"):
        problems.append(f"synchronous_commit is {settings.get('synchronous_commit')!r} (docs/operations.md)")
    others = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
    deadline = time.monotonic() + 30
    while psql(url, others) != "0":
        if time.monotonic() > deadline:
            problems.append("the killed instance's connections were still open 30 s after the kill")
            break
        time.sleep(0.05)  # polling a condition with a deadline, not waiting for a guessed moment
    return problems


def integrity_check(db):
    """With the server dead: open the file read-only (this connection reads the WAL the killed server left
    but writes nothing, and is closed again before the restart) and run SQLite's own consistency checks."""
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            result = [r[0] for r in con.execute("PRAGMA integrity_check")]
            fk = con.execute("PRAGMA foreign_key_check").fetchall()
            journal = con.execute("PRAGMA journal_mode").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error as e:  # e.g. "database disk image is malformed"
        return [f"the database file cannot be read: {e}"]
    problems = []
    # WAL is recorded in the file header. A kill -9 cannot tell a weaker journal (DELETE without fsync,
    # MEMORY, OFF) from WAL except when it lands inside a commit, so the configuration is checked directly.
    if journal != "wal":
        problems.append(f"PRAGMA journal_mode is {journal!r}, not 'wal' (README, Durability)")
    if result != ["ok"]:
        problems.append("PRAGMA integrity_check: " + "; ".join(result[:10]))
    if fk:
        problems.append(f"PRAGMA foreign_key_check: {fk[:10]}")
    return problems


def verify_links(api, actors, ledger):
    problems = []
    for actor in actors:
        for link in actor.links:
            doc = api.get(f"/api/v1/responses/{link.token}", auth=False)
            found = state_of(doc)
            if link.pending and found == link.pending[0]:
                link.state, link.label = link.pending  # the in-flight save committed: now it must stay
                ledger.count("in_flight_committed")
            elif found != link.state:
                named = next((lab for lab, st in reversed(link.history) if st == found), None)
                what = (f"the content of the older {named}" if named else
                        f"content that matches no single save (half-written or corrupt): {clip(found)}")
                allowed = link.label + (f" or the in-flight {link.pending[1]}" if link.pending else "")
                problems.append(f"LOST/CORRUPT response: link {short(link.token)} should hold {allowed}, "
                                f"but holds {what}")
            link.pending = None
    return problems


def verify_decisions(api, ctx, actors, ledger, rng, full):
    problems = []
    listed = {d["id"]: d for d in api.get(f"/api/v1/orgs/{ctx['org_id']}/decisions")["decisions"]}

    # The demo's own decisions are untouched.
    for did, doc in ctx["demo_decisions"].items():
        if listed.get(did) != doc:
            problems.append(f"CORRUPT demo decision {did}: was {clip(doc)}, now {clip(listed.get(did))}")

    # New decisions nobody acknowledged must be an in-flight create or supersede; adopt them.
    known = {d.id: (actor, d) for actor in actors for d in actor.decisions}
    for did in sorted(set(listed) - set(ctx["demo_decisions"]) - set(known)):
        doc = listed[did]
        owner = next((a for a in actors for p in a.pending_creates if p[0] == content_of(doc)), None)
        if owner is None:
            problems.append(f"PHANTOM decision {did} (title {doc.get('title')!r}) was never sent, or was "
                            f"sent with other content")
            continue
        content, label, supersedes = next(p for p in owner.pending_creates if p[0] == content_of(doc))
        owner.pending_creates.remove((content, label, supersedes))
        model = DecisionModel(did, content, label, supersedes)
        owner.decisions.append(model)
        known[did] = (owner, model)
        if supersedes is not None:
            # Atomicity: the successor exists, so the predecessor must point to it (checked below).
            known[supersedes][1].superseded_by = did
        ledger.count("in_flight_committed")
    for actor in actors:
        actor.pending_creates.clear()  # absent after the restart, so never committed

    # Every acknowledged decision, from the register list: present, with its current content, version and
    # supersession links (both ends of a supersession are one transaction: never one without the other).
    for did, (actor, d) in sorted(known.items()):
        doc = listed.get(did)
        if doc is None:
            problems.append(f"LOST decision {did} ({d.labels[0]}, acknowledged) is missing from the register")
            continue
        if d.pending_edit and content_of(doc) == d.pending_edit[0] and doc["version"] == len(d.versions) + 1:
            d.versions.append(d.pending_edit[0])  # the in-flight edit committed: from now on it must stay
            d.labels.append(d.pending_edit[1])
            ledger.count("in_flight_committed")
        d.pending_edit = None
        where = f"decision {did} (last acknowledged: {d.labels[-1]})"
        if content_of(doc) != d.versions[-1]:
            named = next((lab for lab, c in zip(d.labels, d.versions) if c == content_of(doc)), None)
            held = f"the content of the older {named}" if named else f"unknown content {clip(doc)}"
            problems.append(f"LOST/CORRUPT {where}: holds {held}")
        if doc["version"] != len(d.versions):
            problems.append(f"CORRUPT {where}: version {doc['version']}, expected {len(d.versions)}")
        if doc["supersedes_id"] != d.supersedes or doc["superseded_by_id"] != d.superseded_by:
            problems.append(f"HALF-WRITTEN supersession at {where}: supersedes {doc['supersedes_id']}, "
                            f"superseded by {doc['superseded_by_id']}; expected {d.supersedes}, "
                            f"{d.superseded_by}")

    # History and notes take one GET per decision: all decisions while there are at most DETAIL_ALL_UP_TO
    # (always so in the default 25-cycle run) and at the final check; beyond that the decisions written to
    # in this cycle (which includes every in-flight note) plus a random sample.
    chosen = [did for did in sorted(known) if did in listed]
    if not full and len(chosen) > DETAIL_ALL_UP_TO:
        touched = [did for did in chosen if known[did][1].touched]
        rest = [did for did in chosen if not known[did][1].touched]
        chosen = touched + rng.sample(rest, min(len(rest), DETAIL_SAMPLE))
    for did in chosen:
        d = known[did][1]
        where = f"decision {did} (last acknowledged: {d.labels[-1]})"
        doc = api.get(f"/api/v1/decisions/{did}")
        if listed[did] != {k: v for k, v in doc.items() if k not in ("history", "notes")}:
            problems.append(f"CORRUPT {where}: the register list and the detail disagree")
        history = [(h["version"], content_of(h["content"])) for h in doc["history"]]
        if history != list(enumerate(d.versions, start=1)):
            problems.append(f"CORRUPT {where}: the history does not hold exactly the acknowledged versions "
                            f"(found versions {[h[0] for h in history]}, expected 1..{len(d.versions)})")
        found = {n["id"]: n["text"] for n in doc["notes"]}
        if len(found) != len(doc["notes"]):
            problems.append(f"CORRUPT {where}: a note id appears twice")
        for nid, text in d.notes.items():
            if found.get(nid) != text:
                problems.append(f"LOST/CORRUPT note {nid} on {where}: expected {text!r}, "
                                f"found {found.get(nid)!r}")
        for nid, text in found.items():
            if nid in d.notes:
                continue
            if text in d.pending_notes:  # the in-flight note committed
                d.pending_notes.remove(text)
                d.notes[nid] = text
                ledger.count("in_flight_committed")
            else:
                problems.append(f"PHANTOM note {nid} on {where}: {text!r} was never sent")
        d.pending_notes = []
        d.touched = False
    return problems


def verify_round(api, ctx, respondents):
    """Per group: invited = acknowledged links plus some whole in-flight batches (a batch of links is one
    transaction); started = links whose verified state is 'started'. In-flight batches found committed
    count as invited from now on."""
    problems = []
    doc = api.get(f"/api/v1/rounds/{ctx['round_id']}")
    if doc["state"] != "open":
        problems.append(f"CORRUPT round {ctx['round_id']}: state {doc['state']}, expected open")
    counts = {c["group"]: c for c in doc["responses"]}  # per group: invited, started, submitted
    for group in GROUPS:
        links = [link for a in respondents for link in a.links if link.group == group]
        c = counts.get(group, {"invited": 0, "started": 0})
        allowed = {ctx["invited"][group]}
        for batch in ctx["invited_in_flight"][group]:
            allowed |= {n + batch for n in allowed}
        if c["invited"] not in allowed:
            problems.append(f"LOST/HALF-WRITTEN/PHANTOM links in group {group}: {c['invited']} invited, "
                            f"expected one of {sorted(allowed)} ({ctx['invited'][group]} acknowledged, "
                            f"batches in flight: {ctx['invited_in_flight'][group]})")
        ctx["invited"][group] = c["invited"]
        ctx["invited_in_flight"][group] = []
        started = sum(1 for link in links if link.state[3] == "started")
        if c["started"] != started:
            problems.append(f"CORRUPT counts in group {group}: {c['started']} started, {started} expected")
    return problems


# ---------------------------------------------------------------------------------------------------------
# Main


def without_password(text):
    """A PostgreSQL URL's password never goes into a message."""
    return re.sub(r"(postgres(?:ql)?://[^:/@\s]*):[^@\s]*@", r"\1:***@", text)


def run_command(args):
    out = subprocess.run(args, capture_output=True, text=True)
    if out.returncode != 0:
        raise Failure(without_password(f"{' '.join(args)} failed ({out.returncode}): {out.stderr.strip()}"))
    return out.stdout


def server_errors(log):
    """The server's error-level log lines (the detail behind a 500), for the failure report."""
    try:
        with open(log, encoding="utf-8", errors="replace") as f:
            return [line.rstrip() for line in f if '"level":"error"' in line or '"level":"critical"' in line]
    except OSError:
        return []


def setup(api, ctx, respondents):
    """The org, its members, the framework, a new open round with links, the demo decisions as they are."""
    me = api.get("/api/v1/me")
    ctx["org_id"] = next(m["org_id"] for m in me["memberships"] if m["role"] == "owner")
    ctx["members"] = [m["user_id"] for m in api.get(f"/api/v1/orgs/{ctx['org_id']}/members")["members"]]
    fw = Framework(api.get(f"/api/v1/frameworks/{FRAMEWORK}"))
    ctx["fw"], ctx["purposes"] = fw, fw.purposes
    rnd = api.send("POST", f"/api/v1/orgs/{ctx['org_id']}/rounds",
                   {"title": "Holdbarhedstest", "framework": FRAMEWORK, "groups": GROUPS,
                    "min_respondents": 3}, 201)
    ctx["round_id"] = rnd["id"]
    api.send("POST", f"/api/v1/rounds/{rnd['id']}/open", None, 200)
    ctx["invited"] = {g: 0 for g in GROUPS}
    ctx["invited_in_flight"] = {g: [] for g in GROUPS}  # sizes of link batches in flight at a kill
    for actor in respondents:
        for i in range(LINKS_PER_RESPONDENT_THREAD):
            group = GROUPS[i % len(GROUPS)]
            out = api.send("POST", f"/api/v1/rounds/{rnd['id']}/invitations",
                           {"group": group, "count": 1}, 201)
            actor.links.append(Link(out["links"][0]["token"], group))
            ctx["invited"][group] += 1
    ctx["demo_decisions"] = {d["id"]: d for d in
                             api.get(f"/api/v1/orgs/{ctx['org_id']}/decisions")["decisions"]}


def verify_all(api, ctx, respondents, deciders, ledger, rng, full):
    return (verify_links(api, respondents, ledger) + verify_decisions(api, ctx, deciders, ledger, rng, full) +
            verify_round(api, ctx, respondents))


def main():
    binary = os.environ.get("FORKANT_BIN") or os.path.join(ROOT, "build", "release", "forkant")
    plain_cycles = int(os.environ.get("DURABILITY_CYCLES", "25"))
    batch_cycles = int(os.environ.get("DURABILITY_BATCH_CYCLES", "10"))
    cycles = plain_cycles + batch_cycles
    seed = int(os.environ.get("DURABILITY_SEED") or random.SystemRandom().randrange(1 << 32))
    keep = os.environ.get("DURABILITY_KEEP") == "1"
    if not os.access(binary, os.X_OK):
        print(f"durability: {binary} not found; build first (make build)", file=sys.stderr)
        return 1
    backend = os.environ.get("DURABILITY_BACKEND", "sqlite")
    if backend not in ("sqlite", "postgresql"):
        print(f"durability: DURABILITY_BACKEND must be sqlite or postgresql, not {backend!r}", file=sys.stderr)
        return 1
    rng = random.Random(seed)
    work = tempfile.mkdtemp(prefix="forkant-durability.")
    db, log = os.path.join(work, "forkant.db"), os.path.join(work, "server.log")
    server_url = None
    if backend == "postgresql":
        try:
            server_url = postgresql_server_url()
            name = f"forkant_durability_{os.getpid()}"
            psql(server_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            psql(server_url, f"CREATE DATABASE {name}")
        except Failure as e:
            print(f"durability: FAILED: {e}", file=sys.stderr)
            return 1
        db = with_database(server_url, name)
    check = postgresql_check if backend == "postgresql" else integrity_check
    print(f"durability: {binary} on {backend}, {plain_cycles} kill cycles + {batch_cycles} under a batching "
          f"load, seed {seed}, work dir {work}")
    started = time.monotonic()
    ledger = Ledger()
    respondents = [RespondentActor(i, []) for i in range(max(RESPONDENT_THREADS, BATCH_RESPONDENT_THREADS))]
    deciders = [DecisionActor(i) for i in range(DECISION_THREADS)]
    ctx = {}
    server = None
    ok = False
    failure = None
    cycles_done = 0
    phase = {"load": 0.0, "integrity_check": 0.0, "restart": 0.0, "verify": 0.0}  # seconds, for the summary
    try:
        run_command([binary, "demo", "--db", db])
        token_out = run_command([binary, "token", "create", "--db", db, "--email", OWNER_EMAIL])
        ctx["bearer"] = token_out.split()[-1]
        server = Server(binary, db, log)
        api = Api(server.url, ctx["bearer"])
        setup(api, ctx, respondents)
        api.close()

        for cycle in range(1, cycles + 1):
            # Load until the kill_at-th acknowledgement of this cycle kills the server.
            mark = time.monotonic()
            in_flight_before = ledger.totals["in_flight"]
            batching = cycle > plain_cycles
            ledger.new_cycle(server.pid, rng.randint(*KILL_AFTER_ACKS))
            writers = respondents[:BATCH_RESPONDENT_THREADS if batching else RESPONDENT_THREADS] + deciders
            threads = [threading.Thread(target=actor.run,
                                        args=(server.url, ctx, ledger, random.Random(rng.random()), cycle))
                       for actor in writers]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            if not ledger.dead.is_set():
                # Every thread stopped without the kill: the server broke their connections by itself.
                ledger.fail("all clients lost their connection before the kill (did the server crash or "
                            "close connections?)")
            if ledger.failures:
                server.proc.wait()
                server = None
                raise Failure(f"cycle {cycle}: " + "\n  ".join(ledger.failures))
            server.reap_killed()
            server = None
            phase["load"] += time.monotonic() - mark

            # The server is dead: the file on its own must be consistent.
            mark = time.monotonic()
            problems = check(db)
            if problems:
                raise Failure(f"cycle {cycle}: " + "\n  ".join(problems))
            phase["integrity_check"] += time.monotonic() - mark

            # Restart on the same file and read back everything acknowledged so far.
            mark = time.monotonic()
            server = Server(binary, db, log)
            phase["restart"] += time.monotonic() - mark
            mark = time.monotonic()
            api = Api(server.url, ctx["bearer"])
            problems = verify_all(api, ctx, respondents, deciders, ledger, rng, full=(cycle == cycles))
            api.close()
            phase["verify"] += time.monotonic() - mark
            if problems:
                raise Failure(f"cycle {cycle} (killed after {ledger.kill_at} acknowledged writes):\n  " +
                              "\n  ".join(problems[:30]) +
                              (f"\n  ... and {len(problems) - 30} more" if len(problems) > 30 else ""))
            cycles_done = cycle
            if cycles <= 50 or cycle % 50 == 0:
                print(f"durability: cycle {cycle}{' (batching load)' if batching else ''}: killed after {ledger.kill_at} acknowledged writes "
                      f"({ledger.acks} in all, {ledger.totals['in_flight'] - in_flight_before} in flight); "
                      f"{'integrity_check' if backend == 'sqlite' else 'server check'} ok; "
                      f"all acknowledged writes so far verified", flush=True)

        # The batching load once more, without a kill, then a graceful stop whose log line counts the
        # commits: the proof that this load makes writes share commits.
        ledger.new_cycle(server.pid, BURST_ACKS, kill=False)
        threads = [threading.Thread(target=actor.run,
                                    args=(server.url, ctx, ledger, random.Random(rng.random()), cycles + 1))
                   for actor in respondents[:BATCH_RESPONDENT_THREADS] + deciders]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if ledger.failures:
            raise Failure("the last burst: " + "\n  ".join(ledger.failures))
        api = Api(server.url, ctx["bearer"])
        problems = verify_all(api, ctx, respondents, deciders, ledger, rng, full=True)
        api.close()
        if problems:
            raise Failure("after the last burst:\n  " + "\n  ".join(problems[:30]))
        server.stop()  # graceful stop after the last verification
        server = None
        commits = commit_stats(log)
        print(f"durability: the last server life (the burst and the checks): {commits['writes']} writes in "
              f"{commits['commits']} commits, the largest batch {commits['largest_batch']} writes", flush=True)
        if backend == "sqlite" and batch_cycles > 0 and commits["largest_batch"] < 2:
            raise Failure("no two writes ever shared a commit under the batching load: the batching "
                          "cycles did not test group commit")
        problems = check(db)
        if problems:
            raise Failure("after the final SIGTERM: " + "\n  ".join(problems))
        ok = True
    except Failure as e:
        failure = str(e)
        keep = True
    except Exception:  # a harness bug or an answer of unexpected shape: fail loudly, never pass
        failure = "harness error:\n" + traceback.format_exc()
        keep = True
    finally:
        if server is not None and server.proc.poll() is None:
            server.proc.kill()
            server.proc.wait()

    t = ledger.totals
    kinds = ", ".join(f"{v} {k}" for k, v in sorted(ledger.by_kind.items()))
    print(f"durability: {cycles_done} of {cycles} kill cycles verified; {t['acknowledged']} acknowledged "
          f"writes ({kinds}); {t['in_flight']} writes in flight at a kill, "
          f"{t['in_flight_committed']} of them found committed (whole); "
          f"{t['not_delivered']} requests refused after a kill")
    print(f"durability: data at the end: {sum(len(a.links) for a in respondents)} respondent links, "
          f"{sum(len(a.decisions) for a in deciders)} decisions, "
          f"{sum(len(d.notes) for a in deciders for d in a.decisions)} notes")
    print(f"durability: {time.monotonic() - started:.1f} s (" +
          ", ".join(f"{k} {v:.1f} s" for k, v in phase.items()) + ")")
    if keep:
        print(f"durability: work dir kept: {work}" + (f" (and the database {db.split('/')[-1].split('?')[0]})"
                                                       if server_url else ""))
    else:
        shutil.rmtree(work, ignore_errors=True)
        if server_url:
            psql(server_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    sys.stdout.flush()
    if ok:
        print(f"durability: passed on {backend}: every acknowledged write survived every kill; " +
              ("integrity_check ok" if backend == "sqlite" else "fsync and synchronous_commit on, no "
               "connection of a killed instance left"))
    else:
        print(f"durability: FAILED: {failure}", file=sys.stderr)
        errors = server_errors(log)
        if errors:
            print("durability: errors in the server log (last 10):\n  " + "\n  ".join(errors[-10:]),
                  file=sys.stderr)
        print(f"durability: repeat with DURABILITY_SEED={seed}; server log: {log}", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
