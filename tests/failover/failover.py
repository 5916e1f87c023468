#!/usr/bin/env python3
"""Failover test for forkant: two instances on one PostgreSQL database behind nginx, one killed, the
database restarted, all under write load from a client signed in through nginx.

One run:
  1. A fresh database (CREATE DATABASE on the cluster the PG* variables name, as pg_virtualenv sets them,
     or on FORKANT_TEST_POSTGRESQL), `forkant demo` on it once, two `forkant serve` instances (A and B) on
     loopback ports, and nginx started by the test as its own process (`nginx -p DIR -c DIR/nginx.conf
     -e DIR/error.log -g 'daemon off;'`, everything in the test's temporary directory) with both
     instances as one upstream. nginx adds the instance that answered as a response header, so the
     client can see where each request went.
  2. The client signs in THROUGH nginx with the sign-in form (the pre-session CSRF cookie, then the
     session cookie) and reads its CSRF token from a page. The same cookie is shown to work on A and on
     B directly: the session lives in the database, not in an instance.
  3. Writer threads create decisions (POST /api/v1/orgs/{org}/decisions with the session cookie and
     X-CSRF-Token) through nginx, each with a unique title. 201 is an acknowledgement; any other answer
     or a broken connection is an error, which is allowed (the outcome is unknown) but must never be a
     false acknowledgement. 401 or 403 is a failure: the user was signed out.
  4. Kill: once both instances have acknowledged writes, A gets SIGKILL. The load must move to B: a
     number of acknowledgements after the kill, all from B, the user still signed in. A is restarted on
     the same port, and requests must reach it again (an acknowledged write answered by A).
  5. Database restart (PostgreSQL only) under the same load: `pg_ctlcluster -m fast ... stop` of the test
     cluster, each instance's /readyz must answer 503 "database unreachable", then `pg_ctlcluster ...
     start` (or, for another server, the restart command in FAILOVER_PG_RESTART). Afterwards both
     instances, not restarted (the same processes), must acknowledge writes again.
  6. The writers stop; then every acknowledged title must be in the database exactly once (read with
     psql, not through forkant), no title may be there twice (a POST retried onto the other instance
     would double it: nginx does not pass a non-idempotent request on once it was sent, which is its
     default without `non_idempotent`), and both instances stop cleanly on SIGTERM.

Every wait polls a condition with a deadline; nothing sleeps for synchronisation.

Environment: FORKANT_BIN (default build/release/forkant), FORKANT_TEST_POSTGRESQL (a postgresql:// URL of
a server on which the test may create and drop a database; default: built from the PG* variables),
FAILOVER_PG_RESTART (a shell command that restarts that server; default: pg_ctlcluster of the
pg_virtualenv cluster), FAILOVER_BACKEND=sqlite (developing the harness only: two instances on one
SQLite file, no database restart), FAILOVER_KEEP=1 keeps the work directory (kept anyway on failure).
Standard library only. Exit status 0 = passed.
"""

import http.client
import json
import os
import re
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

OWNER_EMAIL = "direktoer@demo.forkant.dk"
OWNER_PASSWORD = "forkant-demo-2026"
WRITERS = 4
ACKS_BEFORE_KILL = 40  # and at least one from each instance
ACKS_AFTER_KILL = 60  # acknowledged by the survivor before the killed one is restarted
ACKS_AROUND_DB_RESTART = 40
DEADLINE = 45  # seconds any one condition may take
HTTP_TIMEOUT = 20  # a bound on a hung request, never a way to wait
UPSTREAM_HEADER = "x-forkant-upstream"
TRANSPORT_ERRORS = (OSError, http.client.HTTPException)


class Failure(Exception):
    """The test found a violation or could not do its job."""


def log(message):
    print(f"failover: {message}", flush=True)


def free_port():
    """A loopback port nobody listens on now (for nginx, whose configuration names its port)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def poll(what, condition, deadline=DEADLINE):
    """Waits until condition() is true, re-checking as events arrive; fails after `deadline` seconds."""
    end = time.monotonic() + deadline
    while not condition():
        if time.monotonic() > end:
            raise Failure(f"timed out after {deadline} s waiting for {what}")
        threading.Event().wait(0.02)  # a re-check interval while polling, never a synchronisation point


# ---------------------------------------------------------------------------------------------------------
# The database


class Postgres:
    """A database of its own on the test cluster; psql reads it directly."""

    def __init__(self):
        base = os.environ.get("FORKANT_TEST_POSTGRESQL")
        if not base:
            if not os.environ.get("PGHOST"):
                raise Failure("no PostgreSQL: set FORKANT_TEST_POSTGRESQL or run under scripts/with-postgresql")
            user = urllib.parse.quote(os.environ.get("PGUSER", "postgres"), safe="")
            password = os.environ.get("PGPASSWORD")
            auth = user + (":" + urllib.parse.quote(password, safe="") if password else "")
            host = urllib.parse.quote(os.environ["PGHOST"], safe="")
            base = f"postgresql://{auth}@{host}:{os.environ.get('PGPORT', '5432')}/postgres"
        parts = urllib.parse.urlsplit(base)
        self.name = f"forkant_failover_{os.getpid()}"
        self.admin = base
        self.url = urllib.parse.urlunsplit(parts._replace(path="/" + self.name))
        self.psql(self.admin, f"CREATE DATABASE {self.name}")

    @staticmethod
    def psql(url, sql):
        out = subprocess.run(["psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql],
                             capture_output=True, text=True, timeout=60)
        if out.returncode != 0:
            raise Failure(f"psql failed: {out.stderr.strip()}")
        return out.stdout

    def titles(self, org_id):
        rows = self.psql(self.url, f"SELECT title FROM decisions WHERE org_id = {int(org_id)}")
        return rows.splitlines()

    def cluster(self):
        """pg_virtualenv's cluster (version, name): the one listening on PGPORT; None for another server."""
        if os.environ.get("FAILOVER_PG_RESTART") or not os.environ.get("PG_CLUSTER_CONF_ROOT"):
            return None
        port = os.environ.get("PGPORT", "5432")
        lines = subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True).stdout
        found = [ln.split()[:2] for ln in lines.splitlines() if ln.split()[2:3] == [port]]
        if not found:
            raise Failure(f"no cluster on port {port} in pg_lsclusters")
        return found[0]

    def control(self, action):
        """pg_ctlcluster stop (-m fast: in-flight transactions are rolled back) or start."""
        version, name = self.cluster()
        mode = ["-m", "fast"] if action == "stop" else []
        out = subprocess.run(["pg_ctlcluster", *mode, version, name, action], capture_output=True, text=True,
                             timeout=120)
        if out.returncode != 0:
            raise Failure(f"pg_ctlcluster {action} failed: {out.stderr.strip()}")

    def restart(self):
        command = os.environ.get("FAILOVER_PG_RESTART")
        if not command:
            raise Failure("cannot restart PostgreSQL: set FAILOVER_PG_RESTART (or run under "
                          "scripts/with-postgresql)")
        out = subprocess.run(["sh", "-c", command], capture_output=True, text=True, timeout=120)
        if out.returncode != 0:
            raise Failure(f"restarting PostgreSQL failed: {out.stderr.strip()}")

    def drop(self):
        self.psql(self.admin, f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")


class SqliteFile:
    """Development only: the harness on two instances sharing one SQLite file (WAL works across processes)."""

    def __init__(self, work):
        self.url = os.path.join(work, "forkant.db")

    def titles(self, org_id):
        import sqlite3
        with sqlite3.connect(f"file:{self.url}?mode=ro", uri=True) as c:
            return [r[0] for r in c.execute("SELECT title FROM decisions WHERE org_id = ?", (org_id,))]

    def restart(self):
        raise Failure("a SQLite file has no server to restart")

    def drop(self):
        pass


# ---------------------------------------------------------------------------------------------------------
# The processes


class Instance:
    """One `forkant serve`; `port` 0 the first time (its URL is the last word of its first stdout line)."""

    def __init__(self, name, binary, db, work, port=0):
        self.name, self.binary, self.db, self.work = name, binary, db, work
        self.log_path = os.path.join(work, f"instance-{name}.log")
        self.port = port
        self.proc = None
        self.start()

    def start(self):
        logf = open(self.log_path, "ab")
        self.proc = subprocess.Popen([self.binary, "serve", "--db", self.db, "--listen", f"127.0.0.1:{self.port}",
                                      "--owner-totp", "optional"],
                                     stdout=subprocess.PIPE, stderr=logf, stdin=subprocess.DEVNULL)
        logf.close()
        ready, _, _ = select.select([self.proc.stdout], [], [], DEADLINE)
        line = self.proc.stdout.readline().decode(errors="replace").strip() if ready else ""
        if not line.split() or not line.split()[-1].startswith("http://127.0.0.1:"):
            self.proc.kill()
            self.proc.wait()
            raise Failure(f"instance {self.name} did not start ({line!r}); see {self.log_path}")
        self.port = int(line.split()[-1].rsplit(":", 1)[1].rstrip("/"))
        threading.Thread(target=self.proc.stdout.read, daemon=True).start()

    @property
    def address(self):
        return f"127.0.0.1:{self.port}"

    def kill(self):
        self.proc.send_signal(signal.SIGKILL)
        if self.proc.wait() != -signal.SIGKILL:
            raise Failure(f"instance {self.name} exited before it was killed")

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        try:
            rc = self.proc.wait(timeout=DEADLINE)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise Failure(f"instance {self.name} did not stop on SIGTERM")
        if rc != 0:
            raise Failure(f"instance {self.name} exited with status {rc} on SIGTERM; see {self.log_path}")


NGINX_CONF = """\
# Written by tests/failover/failover.py for one run; everything lives in {work}.
worker_processes 1;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log info;
events {{ worker_connections 512; }}
http {{
    # Method, status and instance only: paths carry respondent tokens.
    log_format upstreams '$request_method $status $upstream_addr $upstream_status';
    access_log {work}/nginx-access.log upstreams;
    client_body_temp_path {work}/nginx-tmp/body;
    proxy_temp_path {work}/nginx-tmp/proxy;
    fastcgi_temp_path {work}/nginx-tmp/fastcgi;
    uwsgi_temp_path {work}/nginx-tmp/uwsgi;
    scgi_temp_path {work}/nginx-tmp/scgi;
    # Bodies and answers stay in memory: run as root, nginx's workers are `nobody` and may not enter the
    # test's private directory.
    client_body_buffer_size 1m;
    proxy_max_temp_file_size 0;
    upstream forkant {{
        # One failure takes an instance out for 2 s; then nginx tries it again.
        server {a} max_fails=1 fail_timeout=2s;
        server {b} max_fails=1 fail_timeout=2s;
        keepalive 16;
    }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://forkant;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $remote_addr;
            # Passed on to the other instance: a connection that fails or times out and an instance's 502.
            # Without `non_idempotent`, nginx never passes on a POST (or PATCH, LOCK) once it was sent to
            # an instance: a write is tried on a second instance only when the first never received it,
            # so no write can be applied twice. A GET, PUT or DELETE may be passed on (they are idempotent).
            proxy_next_upstream error timeout http_502;
            proxy_connect_timeout 2s;
            add_header X-Forkant-Upstream $upstream_addr always;
        }}
    }}
}}
"""


class Nginx:
    def __init__(self, work, a, b):
        self.work = work
        self.port = free_port()
        os.makedirs(os.path.join(work, "nginx-tmp"), exist_ok=True)
        conf = os.path.join(work, "nginx.conf")
        with open(conf, "w") as f:
            f.write(NGINX_CONF.format(work=work, a=a, b=b, port=self.port))
        if not shutil.which("nginx") and not os.path.exists("/usr/sbin/nginx"):
            raise Failure("nginx not found (scripts/install-deps installs Debian's nginx)")
        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        self.err = open(os.path.join(work, "nginx-stderr.log"), "ab")
        self.proc = subprocess.Popen([binary, "-p", work, "-c", conf, "-e", os.path.join(work, "nginx-error.log"),
                                      "-g", "daemon off;"], stdout=self.err, stderr=self.err,
                                     stdin=subprocess.DEVNULL)

    def stop(self):
        self.proc.send_signal(signal.SIGQUIT)  # graceful
        try:
            self.proc.wait(timeout=DEADLINE)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.err.close()


# ---------------------------------------------------------------------------------------------------------
# The client: a browser's session, over keep-alive connections to nginx


class Client:
    def __init__(self, port, cookies=None):
        self.port, self.cookies, self.conn = port, dict(cookies or {}), None

    def request(self, method, path, body=None, headers=None, form=None):
        """(status, headers as a lower-cased dict, body bytes); raises TRANSPORT_ERRORS."""
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=HTTP_TIMEOUT)
        h = dict(headers or {})
        data = None
        if form is not None:
            data = urllib.parse.urlencode(form).encode()
            h["Content-Type"] = "application/x-www-form-urlencoded"
        elif body is not None:
            data = json.dumps(body).encode()
            h["Content-Type"] = "application/json"
        if self.cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        try:
            self.conn.request(method, path, body=data, headers=h)
            resp = self.conn.getresponse()
            raw = resp.read()
        except BaseException:
            self.close()
            raise
        for value in resp.headers.get_all("Set-Cookie") or []:
            name, _, rest = value.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        out_headers = {k.lower(): v for k, v in resp.getheaders()}
        if resp.will_close:
            self.close()
        return resp.status, out_headers, raw

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


CSRF_FIELD = re.compile(rb'name="csrf" value="([A-Za-z0-9_-]{43})"')


def sign_in(port):
    """Signs in through nginx as a browser does; returns the session cookies and the session's CSRF token."""
    c = Client(port)
    status, _, page = c.request("GET", "/login")
    found = CSRF_FIELD.search(page)
    if status != 200 or not found:
        raise Failure(f"GET /login through nginx: HTTP {status}, CSRF field {'found' if found else 'missing'}")
    status, headers, _ = c.request("POST", "/login", form={"email": OWNER_EMAIL, "password": OWNER_PASSWORD,
                                                          "csrf": found.group(1).decode()})
    if status != 303 or "forkant_session" not in c.cookies:
        raise Failure(f"signing in through nginx: HTTP {status} without a session cookie")
    status, _, page = c.request("GET", "/tokens")  # a signed-in page with a form: the session's CSRF token
    found = CSRF_FIELD.search(page)
    if status != 200 or not found:
        raise Failure(f"GET /tokens after signing in: HTTP {status}")
    c.close()
    return {"forkant_session": c.cookies["forkant_session"]}, found.group(1).decode()


def readyz(port):
    try:
        status, _, body = Client(port).request("GET", "/readyz")
    except TRANSPORT_ERRORS:
        return None
    return status, body.decode(errors="replace").strip()


def me(port, cookies):
    status, _, body = Client(port, cookies).request("GET", "/api/v1/me", headers={"Accept": "application/json"})
    return status, (json.loads(body) if status == 200 else None)


# ---------------------------------------------------------------------------------------------------------
# The load


class Ledger:
    """What the writers saw. `acks` are (title, instance address) in order of acknowledgement."""

    def __init__(self):
        self.lock = threading.Lock()
        self.acks = []
        self.errors = {}  # kind -> count
        self.sent = set()
        self.failures = []
        self.stop = threading.Event()

    def ack(self, title, upstream):
        with self.lock:
            self.acks.append((title, upstream))

    def error(self, kind):
        with self.lock:
            self.errors[kind] = self.errors.get(kind, 0) + 1

    def fail(self, message):
        with self.lock:
            self.failures.append(message)
        self.stop.set()

    def acks_since(self, mark, upstream=None):
        with self.lock:
            return sum(1 for _, u in self.acks[mark:] if upstream is None or u == upstream)

    def count(self):
        with self.lock:
            return len(self.acks)

    def served_by(self, upstream):
        return self.acks_since(0, upstream)


def answered_by(headers):
    """The instance that answered: the last address nginx tried."""
    tried = headers.get(UPSTREAM_HEADER, "")
    return tried.split(",")[-1].strip() if tried else ""


def writer(index, port, cookies, csrf, org_id, owner_id, ledger):
    c = Client(port, cookies)
    n = 0
    while not ledger.stop.is_set():
        n += 1
        title = f"Failover {index}-{n}"
        with ledger.lock:
            ledger.sent.add(title)
        body = {"kind": "decided", "title": title, "rationale": "Skrevet under failover-testen.",
                "alternatives": "", "questions": [1 + n % 10], "purposes": [], "owner_id": owner_id,
                "body": "Direktionen", "decided_on": "2026-06-01", "review_on": None, "round_id": None,
                "goal_id": None}
        try:
            status, headers, raw = c.request("POST", f"/api/v1/orgs/{org_id}/decisions", body=body,
                                             headers={"X-CSRF-Token": csrf, "Accept": "application/json"})
        except TRANSPORT_ERRORS as e:
            ledger.error(f"connection: {type(e).__name__}")
            continue
        if status == 201:
            try:
                stored = json.loads(raw)
            except ValueError:
                stored = {}
            if stored.get("title") != title:
                ledger.fail(f"201 for {title!r} answered with another decision: {raw[:200]!r}")
            ledger.ack(title, answered_by(headers))
        elif status in (401, 403):
            ledger.fail(f"{title}: HTTP {status}: the user was signed out (or lost the CSRF token): {raw[:200]!r}")
        else:
            ledger.error(f"HTTP {status}")


def main():
    binary = os.environ.get("FORKANT_BIN") or os.path.join(ROOT, "build", "release", "forkant")
    if not os.access(binary, os.X_OK):
        print(f"failover: {binary} not found; build first (make build)", file=sys.stderr)
        return 1
    sqlite = os.environ.get("FAILOVER_BACKEND") == "sqlite"
    keep = os.environ.get("FAILOVER_KEEP") == "1"
    work = tempfile.mkdtemp(prefix="forkant-failover.")
    started = time.monotonic()
    db = instances = nginx = None
    threads = []
    ledger = Ledger()
    ok = False
    try:
        db = SqliteFile(work) if sqlite else Postgres()
        log(f"{binary} on {'one SQLite file (harness development only)' if sqlite else 'PostgreSQL'}, "
            f"work dir {work}")
        out = subprocess.run([binary, "demo", "--db", db.url], capture_output=True, text=True, timeout=300)
        if out.returncode != 0:
            raise Failure(f"forkant demo failed: {out.stderr.strip()}")
        a = Instance("A", binary, db.url, work)
        b = Instance("B", binary, db.url, work)
        nginx = Nginx(work, a.address, b.address)
        instances = [a, b]

        def nginx_ready():
            try:
                status, _, _ = Client(nginx.port).request("GET", "/readyz")
                return status == 200
            except TRANSPORT_ERRORS:
                return nginx.proc.poll() is not None  # exited: the check below reports it
        poll("nginx to answer", nginx_ready)
        if nginx.proc.poll() is not None:
            raise Failure(f"nginx exited with status {nginx.proc.returncode}; see {work}/nginx-error.log")

        # Signed in through nginx; the one cookie works on both instances directly.
        cookies, csrf = sign_in(nginx.port)
        for inst in instances:
            status, doc = me(inst.port, cookies)
            if status != 200:
                raise Failure(f"the session made through nginx does not work on instance {inst.name} "
                              f"(HTTP {status})")
        org_id = next(m["org_id"] for m in doc["memberships"] if m["role"] == "owner")
        owner_id = doc["id"] if "id" in doc else doc["user"]["id"]
        log(f"signed in through nginx on :{nginx.port}; the session cookie works on A ({a.address}) and "
            f"B ({b.address})")

        threads = [threading.Thread(target=writer, args=(i, nginx.port, cookies, csrf, org_id, owner_id, ledger),
                                    daemon=True) for i in range(WRITERS)]
        for t in threads:
            t.start()

        def progress(n, upstream=None, since=0):
            return lambda: ledger.failures or ledger.acks_since(since, upstream) >= n

        # 1. Both instances serve; then A dies under write load.
        poll("writes acknowledged by both instances",
             lambda: ledger.failures or (ledger.count() >= ACKS_BEFORE_KILL and ledger.served_by(a.address) > 0
                                         and ledger.served_by(b.address) > 0))
        check(ledger)
        a.kill()
        killed_at = ledger.count()
        log(f"killed A (SIGKILL) after {killed_at} acknowledged writes "
            f"({ledger.served_by(a.address)} by A, {ledger.served_by(b.address)} by B)")
        poll(f"{ACKS_AFTER_KILL} writes acknowledged by B after the kill", progress(ACKS_AFTER_KILL, b.address,
                                                                                     killed_at))
        check(ledger)
        late_a = ledger.acks_since(killed_at, a.address)
        # An acknowledgement from A after the kill would be a write A answered after it was dead.
        if late_a:
            raise Failure(f"{late_a} writes acknowledged by A after it was killed")
        status, _ = me(nginx.port, cookies)
        if status != 200:
            raise Failure(f"after the kill, GET /api/v1/me through nginx: HTTP {status} (signed out?)")
        log(f"B took the load: {ledger.acks_since(killed_at)} writes acknowledged since the kill, all by B; "
            "still signed in")

        # 2. A restarted on its port serves again.
        a.start()
        restarted_at = ledger.count()
        poll("a write acknowledged by the restarted A", progress(1, a.address, restarted_at))
        check(ledger)
        log(f"A restarted (pid {a.proc.pid}) and serves again: "
            f"{ledger.acks_since(restarted_at, a.address)} writes by A since")

        # 3. The database restarts under the same load; the instances are not restarted.
        if not sqlite:
            pids = [i.proc.pid for i in instances]
            before = ledger.count()
            poll("writes before the database restart", progress(10, since=before))
            if db.cluster():
                # Stopped, then started: in between, each instance's /readyz must say the database is gone.
                db.control("stop")
                for inst in instances:
                    poll(f"/readyz of {inst.name} to answer 503 naming the database",
                         lambda: readyz(inst.port) == (503, "database unreachable"))
                db.control("start")
            else:
                db.restart()
            restarted_db_at = ledger.count()
            log("PostgreSQL " + ("stopped (-m fast) under load, /readyz of A and B answered 503 'database "
                                 "unreachable', started again" if db.cluster() else "restarted under load") +
                f"; errors so far: {ledger.errors or 'none'}")
            for inst in instances:
                poll(f"instance {inst.name} to acknowledge writes after the database restart",
                     progress(1, inst.address, restarted_db_at))
            poll("writes after the database restart", progress(ACKS_AROUND_DB_RESTART, since=restarted_db_at))
            check(ledger)
            if [i.proc.pid for i in instances] != pids or any(i.proc.poll() is not None for i in instances):
                raise Failure("an instance was restarted or died with the database")
            log(f"both instances reconnected by themselves: {ledger.acks_since(restarted_db_at)} writes "
                "acknowledged since the database restart")

        ledger.stop.set()
        for t in threads:
            t.join(timeout=HTTP_TIMEOUT + 5)
        check(ledger)

        # 4. Every acknowledged write is in the database exactly once; nothing twice.
        stored = db.titles(org_id)
        counts = {}
        for t in stored:
            counts[t] = counts.get(t, 0) + 1
        acked = [t for t, _ in ledger.acks]
        missing = [t for t in acked if counts.get(t, 0) == 0]
        doubled = [t for t, n in counts.items() if n > 1 and t.startswith("Failover ")]
        phantom = [t for t in counts if t.startswith("Failover ") and t not in ledger.sent]
        unacked_committed = sum(1 for t in counts if t.startswith("Failover ") and t not in set(acked))
        if missing or doubled or phantom:
            raise Failure(f"acknowledged but missing: {missing[:10]} ({len(missing)}); stored twice: "
                          f"{doubled[:10]} ({len(doubled)}); never sent: {phantom[:10]}")
        for inst in instances:
            inst.stop()
        instances = None
        log(f"{len(acked)} acknowledged writes all in the database once; {sum(ledger.errors.values())} "
            f"answered an error ({ledger.errors or 'none'}), of which {unacked_committed} committed anyway "
            f"(allowed: never a false acknowledgement); no write stored twice")
        log(f"passed in {time.monotonic() - started:.1f} s")
        ok = True
        return 0
    except Failure as e:
        print(f"failover: FAILED: {e}", file=sys.stderr)
        print(f"failover: work dir kept: {work}", file=sys.stderr)
        return 1
    finally:
        ledger.stop.set()
        for inst in instances or []:
            if inst.proc and inst.proc.poll() is None:
                inst.proc.kill()
                inst.proc.wait()
        if nginx:
            nginx.stop()
        if db:
            try:
                db.drop()
            except Failure as e:
                print(f"failover: {e}", file=sys.stderr)
        if ok and not keep:
            shutil.rmtree(work, ignore_errors=True)


def check(ledger):
    if ledger.failures:
        raise Failure("\n  ".join(ledger.failures[:10]))


if __name__ == "__main__":
    sys.exit(main())
