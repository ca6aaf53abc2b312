"""Load on the real server: simulated members browsing, searching, replying and uploading.

    .venv/bin/python bench/load.py              # 50 members: 60 s with pauses, 60 s without, 60 s of the lightest page
    .venv/bin/python bench/load.py --quick      # the same with 15 s phases (CI)
    .venv/bin/python bench/load.py --think 0    # without the phase with pauses
    .venv/bin/python bench/load.py --duration 120 --users 50 --think 5 --keep

A measurement, not a test: bounded in users and time, traffic only to 127.0.0.1.

1. Prepares a temporary instance (BRAIN_INSTANCE_DIR, DATABASE_URL, SEARCH_INDEX_DIR, UPLOAD_DIR,
   SECRET_KEY, RATELIMIT_ENABLED=0) with the real commands `flask db upgrade`, `flask brain seed`,
   `flask brain demo` and `flask brain reindex`, then, in-process, N verified members, one admin
   and one thread in the "general" category to reply to.
2. Starts gunicorn (2 sync workers, 127.0.0.1, a free port) on wsgi:app with that environment.
3. Each simulated member signs in (GET /login for the CSRF token, POST /login; one cookie jar per
   member); the admin signs in once (one shared admin browser). Once every sign-in is done, each
   member loops, choosing by weight: browsing 60 % (home, an edition, a page of /materials, a
   material, a topic, /community), search 25 % (~30 queries in four languages: accent-less words,
   glossary terms, phrases, filters), replies 10 % (GET the thread for a fresh csrf_token and
   submission_key, POST a unique body; success is a 302 to `#post-<id>`) and uploads 5 % (through
   the admin browser: GET the upload form, POST a small unique .txt; success is a 302 to
   /materials/<id>). Three phases follow each other on the same server and the same members:
   - "members": a random pause (mean `--think`, 3 s by default) before each action, the first
     included, so that members do not all click at the same instant. This is how people use the
     site, and the latency goals (p95 of pages and of search under 300 ms) are judged here.
   - "capacity": no pause at all, a closed loop that keeps both workers busy. Its requests/s is
     what two workers can serve; its latencies are mostly waiting for a free worker (about
     members / throughput). The throughput ratio to the bare route is judged here.
   - "lightest page": the same closed loop on /privacy only, a page with the site's layout and
     no query of its own. What it reaches is a ceiling for any mix of the app's pages, since every
     page costs at least that much (session, account, language, notifications, header).
4. Prints, per phase, requests/s (answers received within the window; requests still in flight at
   its end are awaited and counted in the latencies only) and, per request kind, p50/p95/p99
   latency, errors (an unexpected status, a failed transfer, or a results page that only says
   search is unavailable), 4xx and 5xx, plus the time in a worker per route from gunicorn's access
   log (which excludes the time a request waits for a free worker); then the server log's
   warnings. Then checks that every reply accepted in either phase is in the database and in the
   search index, and that the index holds as many post documents as the database has visible
   posts; the app server is stopped after that check.
5. Baseline: a second gunicorn (same flags) serving a bare Flask app with one route, the same
   number of visitors without pause for the same duration; prints its requests/s and the ratio
   app (capacity phase) / bare (goal >= 0.40).

Both servers are stopped in any case. Exit status 1 when a 5xx occurred, the check mismatched or
the app's server log holds an error or a traceback, 2 when the run could not be set up (a
command, the server or a sign-in failed). The temporary folder is removed unless the run failed
or `--keep` is given. Progress goes to stderr, figures to stdout.
"""
import argparse
import asyncio
import functools
import html
import os
import random
import re
import resource
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlencode

import pyotp


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".venv", "bin")
sys.path.insert(0, ROOT)

PASSWORD = "load-test-password-1"
WORKERS = 2
REQUEST_TIMEOUT = 60.0
P95_GOAL_MS = 300.0
#: A page with the site's layout and nothing else (no query of its own): what any page of the app
#: costs at least for a signed-in member (session, account, language, notifications, header).
LIGHTEST_PAGE = "/privacy"
#: Mean pause of a member between two actions in the first phase (people read what they open).
DEFAULT_THINK = 3.0
RATIO_GOAL = 0.40

#: Action weights of a simulated member.
WEIGHTS = (("browse", 0.60), ("search", 0.25), ("reply", 0.10), ("upload", 0.05))

#: Search queries: four languages, accent-less words, glossary terms, phrases, filters.
#: "{edition}" is replaced by a random edition slug.
#: What the results page says, with a 200, when the index could not be read or the search failed.
SEARCH_NOTICES = {
    "unavailable": "Search is unavailable right now",
    "failed": "Search could not answer this time",
    "rebuilding": "The search index is being rebuilt",
}

QUERIES = [
    {"q": "cooperative"},
    {"q": "economia"},                                  # accent-less: economía, economia, économie
    {"q": "economie sociale"},
    {"q": "societe"},
    {"q": "solidarite"},
    {"q": "cooperacion"},
    {"q": "formacao"},
    {"q": "decent work"},                               # glossary
    {"q": "trabajo decente"},                           # glossary
    {"q": "travail décent"},
    {"q": "economia solidária"},
    {"q": "économie sociale et solidaire"},
    {"q": "informal economy"},
    {"q": "South-South cooperation"},
    {"q": "entreprise sociale"},
    {"q": "mutuelles"},
    {"q": '"social and solidarity economy"'},           # phrase
    {"q": '"economía social"'},
    {"q": '"desenvolvimento local"'},
    {"q": "cooperatives -housing"},                     # exclusion
    {"q": "women OR youth"},
    {"q": "microfinance credit"},
    {"q": "politiques publiques", "language": "fr"},    # filters
    {"q": "políticas públicas", "language": "es"},
    {"q": "economia", "language": "pt"},
    {"q": "cooperative", "kind": "reading"},
    {"q": "social economy", "edition": "{edition}"},
    {"q": "solidarity", "type": "material", "sort": "date"},
    {"q": "trabajo decente", "xlang": "0"},
    {"q": "load reply", "type": "post"},                # finds the replies written during the run
    {"q": "economy", "page": "2"},
]


def cpu_seconds() -> float:
    """CPU time (user + system) of this process, the load generator, so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def percentile(values: list[float], fraction: float) -> float:
    """Linear-interpolated percentile of a non-empty list."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def field_value(page: str, name: str) -> str | None:
    """The value of the <input name=…> of a rendered form."""
    for tag in re.findall(r"<input\b[^>]*>", page):
        if re.search(rf'\bname="{re.escape(name)}"', tag):
            value = re.search(r'\bvalue="([^"]*)"', tag)
            return html.unescape(value.group(1)) if value else ""
    return None


# Statistics -------------------------------------------------------------------------------------

class Stats:
    """Latencies (successful or not, as long as an answer came) and outcomes per request kind."""

    def __init__(self) -> None:
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.statuses: dict[str, Counter] = defaultdict(Counter)
        self.errors: Counter = Counter()
        self.exceptions: dict[str, Counter] = defaultdict(Counter)
        #: A 200 page that only says the service could not answer (search notices).
        self.notices: dict[str, Counter] = defaultdict(Counter)
        #: time.monotonic() when each answer (or failure) arrived, for the rate within the window.
        self.finished: list[float] = []

    def record(self, kind: str, seconds: float, status: int, ok: bool) -> None:
        self.finished.append(time.monotonic())
        self.latencies[kind].append(seconds)
        self.statuses[kind][status] += 1
        if not ok:
            self.errors[kind] += 1

    def record_exception(self, kind: str, error: Exception) -> None:
        self.finished.append(time.monotonic())
        self.exceptions[kind][type(error).__name__] += 1
        self.errors[kind] += 1

    def finished_by(self, moment: float) -> int:
        return sum(1 for t in self.finished if t <= moment)

    def count(self, kinds=None) -> int:
        kinds = kinds or set(self.latencies) | set(self.exceptions)
        return sum(len(self.latencies[k]) + sum(self.exceptions[k].values()) for k in kinds)

    def status_class(self, kind: str, first_digit: int) -> int:
        return sum(n for status, n in self.statuses[kind].items() if status // 100 == first_digit)

    def total_5xx(self) -> int:
        return sum(self.status_class(kind, 5) for kind in self.statuses)


async def timed(client, stats: Stats, kind: str, method: str, url: str, expect, **kwargs):
    """Send one request, record its latency and whether `expect(response)` holds."""
    start = time.perf_counter()
    try:
        response = await client.request(method, url, **kwargs)
    except (OSError, asyncio.TimeoutError, ClientError) as error:
        stats.record_exception(kind, error)
        return None
    stats.record(kind, time.perf_counter() - start, response.status_code, bool(expect(response)))
    return response


def is_200(response) -> bool:
    return response.status_code == 200


# Preparing the instance --------------------------------------------------------------------------

def instance_environment(folder: str) -> dict:
    environment = dict(os.environ)
    environment.update({
        "BRAIN_INSTANCE_DIR": folder,
        "DATABASE_URL": f"sqlite:///{os.path.join(folder, 'brain.sqlite3')}",
        "SEARCH_INDEX_DIR": os.path.join(folder, "search-index"),
        "UPLOAD_DIR": os.path.join(folder, "uploads"),
        "SECRET_KEY": "load-bench-" + uuid.uuid4().hex,
        "RATELIMIT_ENABLED": "0",
        "FLASK_APP": "wsgi",
    })
    environment.pop("BRAIN_ENV", None)
    return environment


def run_command(arguments: list[str], environment: dict) -> None:
    log("$ " + " ".join(arguments))
    done = subprocess.run([os.path.join(BIN, arguments[0])] + arguments[1:], cwd=ROOT, env=environment,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if done.returncode != 0:
        raise SetupFailed(f"{' '.join(arguments)} exited with {done.returncode}:\n{done.stdout[-3000:]}")


class SetupFailed(RuntimeError):
    pass


def create_people(environment: dict, members: int) -> dict:
    """Create the members, the admin and the thread in-process; return their addresses and ids."""
    # config.py reads the environment when imported: point it at the temporary instance too.
    for name in ("BRAIN_INSTANCE_DIR", "DATABASE_URL", "SEARCH_INDEX_DIR", "UPLOAD_DIR", "SECRET_KEY", "RATELIMIT_ENABLED"):
        os.environ[name] = environment[name]
    from config import DevelopmentConfig

    from brain import create_app
    from brain.accounts import two_factor
    from brain.accounts.models import User
    from brain.community.models import Category
    from brain.community.services import start_thread
    from brain.database import utcnow
    from brain.extensions import db

    app = create_app(
        DevelopmentConfig,
        INSTANCE_DIR=environment["BRAIN_INSTANCE_DIR"],
        SQLALCHEMY_DATABASE_URI=environment["DATABASE_URL"],
        SEARCH_INDEX_DIR=environment["SEARCH_INDEX_DIR"],
        UPLOAD_DIR=environment["UPLOAD_DIR"],
        SECRET_KEY=environment["SECRET_KEY"],
        RATELIMIT_ENABLED=False,
        LOG_LEVEL="WARNING",
    )
    with app.app_context():
        now = utcnow()
        # One scrypt hash (at the app's real cost) shared by every account: same password.
        template = User(password_hash="")
        template.set_password(PASSWORD)
        emails = [f"member{n:03d}@load.example" for n in range(1, members + 1)]
        people = [User(email=email, display_name=f"Load Member {n:03d}", role="member",
                       password_hash=template.password_hash, email_verified_at=now, consent_at=now)
                  for n, email in enumerate(emails, start=1)]
        admin = User(email="admin@load.example", display_name="Load Admin", role="admin",
                     password_hash=template.password_hash, email_verified_at=now, consent_at=now)
        db.session.add_all(people + [admin])
        db.session.commit()
        # Admins sign in with a second factor: enrol the admin as its authenticator app would.
        admin_secret = two_factor.start_enrolment(admin)
        two_factor.confirm_enrolment(admin, pyotp.TOTP(admin_secret).now())
        general = db.session.query(Category).filter_by(slug="general").one()
        thread = start_thread(people[0], general, "Load test: replies", "Replies of the load test go here.", "en")
        thread_id = thread.id
        db.session.remove()
        db.engine.dispose()
    return {"members": emails, "admin": "admin@load.example", "admin_secret": admin_secret, "thread_id": thread_id}


def read_catalogue(database: str) -> dict:
    """What the simulated members browse: editions, topics, materials."""
    with sqlite3.connect(database) as connection:
        editions = connection.execute("SELECT id, slug FROM editions ORDER BY id").fetchall()
        topics = [row[0] for row in connection.execute("SELECT slug FROM topics ORDER BY id")]
        materials = [row[0] for row in connection.execute("SELECT id FROM materials WHERE is_deleted = 0")]
    return {"edition_ids": [e[0] for e in editions], "edition_slugs": [e[1] for e in editions],
            "topics": topics, "materials": materials, "pages": max(1, (len(materials) + 19) // 20)}


# Servers ----------------------------------------------------------------------------------------

class Server:
    """A gunicorn process with its log files, stopped by its own process group."""

    def __init__(self, name: str, folder: str, target: str, environment: dict, chdir: str | None = None) -> None:
        self.name = name
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.access_log = os.path.join(folder, f"{name}-access.log")
        self.error_log = os.path.join(folder, f"{name}-server.log")
        arguments = [os.path.join(BIN, "gunicorn"), "--bind", f"127.0.0.1:{self.port}", "--workers", str(WORKERS),
                     "--no-control-socket", "--access-logfile", self.access_log, "--access-logformat", "%(m)s %(U)s %(s)s %(D)s"]
        if chdir:
            arguments += ["--chdir", chdir]
        arguments.append(target)
        self._log_handle = open(self.error_log, "w")
        self.process = subprocess.Popen(arguments, cwd=ROOT, env=environment, stdout=self._log_handle,
                                        stderr=subprocess.STDOUT, start_new_session=True)

    def wait_ready(self, seconds: float = 60.0) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SetupFailed(f"{self.name} server exited with {self.process.returncode}:\n{self.tail()}")
            try:
                with urllib.request.urlopen(self.url + "/", timeout=5):
                    return
            except urllib.error.HTTPError as answer:
                if answer.code < 500:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise SetupFailed(f"{self.name} server did not answer within {seconds:.0f} s:\n{self.tail()}")

    def tail(self, lines: int = 30) -> str:
        try:
            with open(self.error_log, encoding="utf-8", errors="replace") as handle:
                return "".join(handle.readlines()[-lines:])
        except OSError:
            return ""

    def stop(self) -> None:
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
            except ProcessLookupError:
                pass
        if not self._log_handle.closed:
            self._log_handle.close()


BARE_APP = '''"""A bare Flask app: the baseline of bench/load.py."""
from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "ok"
'''


# Simulated members -------------------------------------------------------------------------------

class Run:
    """Shared state of one load run against the app; `stats` and `think` are the current phase's."""

    def __init__(self, catalogue: dict, thread_id: int, seed: int) -> None:
        self.catalogue = catalogue
        self.thread_id = thread_id
        self.stats = Stats()
        self.login_stats = Stats()
        self.accepted_replies: list[str] = []
        self.accepted_uploads: list[str] = []
        self.seed = seed
        self.think = 0.0
        self.page = ""
        #: The phase's number, so that each phase draws its own actions.
        self.phase = 0
        self.sign_in_seconds = 0.0


@dataclass
class Phase:
    """One stretch of load on the app: the members, with or without pauses, for a duration."""

    name: str
    think: float
    duration: float
    #: When set, the members ask only for this page instead of the mix.
    page: str = ""
    stats: Stats = field(default_factory=Stats)
    began: float = 0.0
    #: Until the last request in flight at the end of the window was answered.
    seconds: float = 0.0
    #: CPU seconds the load generator itself spent meanwhile.
    client_cpu: float = 0.0
    #: Lines of gunicorn's access log written before and after the phase.
    log_lines: tuple[int, int] = (0, 0)

    @property
    def requests_per_second(self) -> float:
        return self.stats.finished_by(self.began + self.duration) / self.duration


# The HTTP client ----------------------------------------------------------------------------------

class ClientError(RuntimeError):
    """The server's answer could not be read (closed early, malformed)."""


class Response:
    """What the tests look at in an answer: status, headers (lower-case names) and text."""

    def __init__(self, status_code: int, headers: dict[str, str], body: bytes) -> None:
        self.status_code = status_code
        self.headers = headers
        self.body = body

    @functools.cached_property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


class Browser:
    """One simulated browser: a cookie jar and kept-alive HTTP/1.1 connections to 127.0.0.1.

    A small client on asyncio streams rather than httpx: the load generator shares the two
    cores with the servers it measures, and httpx spent about 4 ms of CPU per request here
    (45 % of a core at ~100 requests/s), a large share of what the bare route needs. It never
    follows redirects, keeps idle connections for the next request (the shared admin browser
    sends several at once), reconnects when the server closes one (gunicorn's sync workers
    close after every answer) and, when a kept-alive connection turns out to be closed before
    any answer byte arrived, drops the idle ones and retries once on a new connection.
    """

    def __init__(self, base_url: str) -> None:
        host_port = base_url.split("://", 1)[1]
        self.host, _, port = host_port.partition(":")
        self.port = int(port or 80)
        self.host_header = host_port
        self.cookies: dict[str, str] = {}
        self._idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []

    async def request(self, method: str, url: str, params: dict | None = None, data: dict | None = None,
                      files: dict | None = None) -> Response:
        if params:
            url = f"{url}?{urlencode(params)}"
        headers = [f"{method} {url} HTTP/1.1", f"Host: {self.host_header}", "Accept-Language: en",
                   "Connection: keep-alive"]
        body = b""
        if files:
            boundary = uuid.uuid4().hex
            parts = []
            for name, value in (data or {}).items():
                parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
            for name, (filename, content, media_type) in files.items():
                parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                             f"Content-Type: {media_type}\r\n\r\n".encode() + content + b"\r\n")
            body = b"".join(parts) + f"--{boundary}--\r\n".encode()
            headers.append(f"Content-Type: multipart/form-data; boundary={boundary}")
        elif data is not None:
            body = urlencode(data).encode()
            headers.append("Content-Type: application/x-www-form-urlencoded")
        if body or method == "POST":
            headers.append(f"Content-Length: {len(body)}")
        if self.cookies:
            headers.append("Cookie: " + "; ".join(f"{name}={value}" for name, value in self.cookies.items()))
        message = ("\r\n".join(headers) + "\r\n\r\n").encode() + body
        return await asyncio.wait_for(self._exchange(message), REQUEST_TIMEOUT)

    async def _exchange(self, message: bytes) -> Response:
        for attempt in (1, 2):
            reused = bool(self._idle)
            reader, writer = self._idle.pop() if reused else await asyncio.open_connection(self.host, self.port)
            try:
                writer.write(message)
                await writer.drain()
                status_line = await reader.readline()
                if not status_line:
                    raise ConnectionResetError("connection closed before the answer")
            except (ConnectionError, OSError):
                await _close(writer)
                if reused and attempt == 1:
                    await self.aclose()  # the other idle connections are as old: retry on a new one
                    continue
                raise
            try:
                response, keep = await _read_answer(reader, status_line, self._remember_cookie)
            except BaseException:
                await _close(writer)
                raise
            if keep:
                self._idle.append((reader, writer))
            else:
                await _close(writer)
            return response
        raise ClientError("unreachable")

    def _remember_cookie(self, header: str) -> None:
        pair, _, attributes = header.partition(";")
        name, _, value = pair.strip().partition("=")
        attributes = attributes.lower()
        if "max-age=0" in attributes or "expires=thu, 01 jan 1970" in attributes or not value:
            self.cookies.pop(name, None)
        else:
            self.cookies[name] = value

    async def aclose(self) -> None:
        idle, self._idle = self._idle, []
        for _, writer in idle:
            await _close(writer)


async def _close(writer: asyncio.StreamWriter) -> None:
    writer.close()
    try:
        await writer.wait_closed()
    except (ConnectionError, OSError):
        pass


async def _read_answer(reader: asyncio.StreamReader, status_line: bytes, on_cookie) -> tuple[Response, bool]:
    """Read the rest of an answer; return it and whether the connection may be used again."""
    parts = status_line.split(None, 2)
    if len(parts) < 2 or not parts[1].isdigit():
        raise ClientError(f"malformed status line {status_line[:80]!r}")
    headers: dict[str, str] = {}
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b"\n", b""):
            break
        name, _, value = line.decode("latin-1").partition(":")
        name, value = name.strip().lower(), value.strip()
        if name == "set-cookie":
            on_cookie(value)
        headers[name] = f"{headers[name]}, {value}" if name in headers and name != "location" else value
    keep = headers.get("connection", "").lower() != "close"
    if "content-length" in headers:
        body = await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        chunks = []
        while True:
            size = int((await reader.readline()).split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while (await reader.readline()) not in (b"\r\n", b""):
                    pass
                break
            chunks.append(await reader.readexactly(size))
            await reader.readexactly(2)
        body = b"".join(chunks)
    else:
        body, keep = await reader.read(), False
    return Response(int(parts[1]), headers, body), keep


def new_client(base_url: str) -> Browser:
    return Browser(base_url)


def signed_in(response) -> bool:
    return response.status_code == 302 and "/login" not in response.headers.get("location", "")


async def sign_in(client, email: str, stats: Stats, totp_secret: str | None = None) -> bool:
    """Sign in as a person does: the form's token, the password, then the app's code when asked for one."""
    page = await timed(client, stats, "sign-in", "GET", "/login", is_200)
    token = field_value(page.text, "csrf_token") if page is not None else None
    if not token:
        return False
    answer = await timed(client, stats, "sign-in", "POST", "/login",
                         lambda r: r.status_code == 302 and "/login" not in r.headers.get("location", "")
                         or r.headers.get("location", "").startswith("/login/code") and totp_secret is not None,
                         data={"email": email, "password": PASSWORD, "csrf_token": token, "next": ""})
    if answer is not None and totp_secret and answer.headers.get("location", "").startswith("/login/code"):
        page = await timed(client, stats, "sign-in", "GET", "/login/code", is_200)
        code = pyotp.TOTP(totp_secret).at(time.time() + 30)  # the enrolment used the current step
        answer = await timed(client, stats, "sign-in", "POST", "/login/code", signed_in,
                             data={"code": code, "csrf_token": field_value(page.text, "csrf_token") or ""})
    return answer is not None and signed_in(answer)


async def browse(client, run: Run, rng: random.Random) -> None:
    catalogue = run.catalogue
    choice = rng.randrange(6)
    if choice == 0:
        url = "/"
    elif choice == 1:
        url = f"/editions/{rng.choice(catalogue['edition_slugs'])}"
    elif choice == 2:
        url = f"/materials?page={rng.randint(1, catalogue['pages'])}"
    elif choice == 3:
        url = f"/materials/{rng.choice(catalogue['materials'])}"
    elif choice == 4:
        url = f"/topics/{rng.choice(catalogue['topics'])}"
    else:
        url = "/community"
    await timed(client, run.stats, "browse", "GET", url, is_200)


async def search(client, run: Run, rng: random.Random) -> None:
    params = dict(rng.choice(QUERIES))
    if params.get("edition") == "{edition}":
        params["edition"] = rng.choice(run.catalogue["edition_slugs"])

    def answered(response) -> bool:
        if response.status_code != 200:
            return False
        notices = [name for name, text in SEARCH_NOTICES.items() if text in response.text]
        for name in notices:
            run.stats.notices["search"][name] += 1
        return not notices

    await timed(client, run.stats, "search", "GET", "/search", answered, params=params)


async def reply(client, run: Run, rng: random.Random) -> None:
    thread_url = f"/threads/{run.thread_id}"
    page = await timed(client, run.stats, "reply-form", "GET", thread_url, is_200)
    if page is None or page.status_code != 200:
        return
    token, key = field_value(page.text, "csrf_token"), field_value(page.text, "submission_key")
    body = f"load reply {uuid.uuid4()}"

    def accepted(response) -> bool:
        return response.status_code == 302 and "#post-" in response.headers.get("location", "")

    answer = await timed(client, run.stats, "reply", "POST", f"{thread_url}/reply", accepted,
                         data={"body": body, "submission_key": key or "", "csrf_token": token or ""})
    if answer is not None and accepted(answer):
        run.accepted_replies.append(body)


async def upload(admin, run: Run, rng: random.Random) -> None:
    page = await timed(admin, run.stats, "upload-form", "GET", "/admin/materials/upload", is_200)
    if page is None or page.status_code != 200:
        return
    marker = uuid.uuid4().hex
    title = f"Load upload {marker}"
    words = ("social solidarity economy cooperative decent work local development women youth "
             "financing policy training network members").split()
    content = f"{title}\n\n" + " ".join(rng.choice(words) for _ in range(120)) + f"\n{marker}\n"

    def accepted(response) -> bool:
        return response.status_code == 302 and re.search(r"/materials/\d+", response.headers.get("location", ""))

    answer = await timed(
        admin, run.stats, "upload", "POST", "/admin/materials/upload", accepted,
        data={"csrf_token": field_value(page.text, "csrf_token") or "", "title": title, "kind": "reading",
              "language": "en", "edition": str(rng.choice(run.catalogue["edition_ids"])), "session": "0",
              "visibility": "public"},
        files={"files": (f"load-{marker}.txt", content.encode(), "text/plain")},
    )
    if answer is not None and accepted(answer):
        run.accepted_uploads.append(title)


async def member(number: int, client, admin, run: Run, start: asyncio.Event, deadline: list) -> None:
    rng = random.Random((run.seed * 10 + run.phase) * 1000 + number)
    actions = [name for name, _ in WEIGHTS]
    weights = [weight for _, weight in WEIGHTS]
    await start.wait()
    if run.think:  # people do not all click at the same instant: each begins after a first pause
        await asyncio.sleep(rng.uniform(0, 2 * run.think))
    while time.monotonic() < deadline[0]:
        action = "page" if run.page else rng.choices(actions, weights)[0]
        if action == "page":
            await timed(client, run.stats, "page", "GET", run.page, is_200)
        elif action == "browse":
            await browse(client, run, rng)
        elif action == "search":
            await search(client, run, rng)
        elif action == "reply":
            await reply(client, run, rng)
        else:
            await upload(admin, run, rng)
        if run.think:
            await asyncio.sleep(rng.uniform(0, 2 * run.think))


async def load_app(base_url: str, people: dict, run: Run, users: int, phases: list[Phase], access_log: str) -> None:
    """Sign everyone in, then run the members through each phase in turn, filling in its figures."""
    clients = [new_client(base_url) for _ in range(users)]
    admin = new_client(base_url)
    try:
        log(f"signing in {users} members and the admin…")
        started = time.monotonic()
        results = await asyncio.gather(*(sign_in(c, people["members"][i % len(people["members"])], run.login_stats)
                                         for i, c in enumerate(clients)),
                                       sign_in(admin, people["admin"], run.login_stats, people["admin_secret"]))
        run.sign_in_seconds = time.monotonic() - started
        if not all(results):
            raise SetupFailed(f"{results.count(False)} of {len(results)} sign-ins failed")
        await asyncio.sleep(0.5)  # let gunicorn write the sign-ins to its access log before counting lines
        for number, phase in enumerate(phases):
            run.stats, run.think, run.page, run.phase = phase.stats, phase.think, phase.page, number
            start, deadline = asyncio.Event(), [0.0]
            tasks = [asyncio.create_task(member(i, c, admin, run, start, deadline)) for i, c in enumerate(clients)]
            log(f"{phase.name}: {users} members, pause {phase.think:g} s, for {phase.duration:.0f} s…")
            lines_before = count_lines(access_log)
            phase.began, cpu = time.monotonic(), cpu_seconds()
            deadline[0] = phase.began + phase.duration
            start.set()
            await asyncio.gather(*tasks)
            phase.client_cpu = cpu_seconds() - cpu
            phase.seconds = time.monotonic() - phase.began
            await asyncio.sleep(0.5)  # let gunicorn write the last lines of its access log
            phase.log_lines = (lines_before, count_lines(access_log))
    finally:
        await asyncio.gather(*(c.aclose() for c in clients + [admin]))


async def load_bare(base_url: str, users: int, duration: float, stats: Stats) -> tuple[float, float, float]:
    """Run the visitors against the bare app; return when the load began, how long it took, and the client's CPU."""
    clients = [new_client(base_url) for _ in range(users)]
    start, deadline = asyncio.Event(), [0.0]

    async def visitor(client) -> None:
        await start.wait()
        while time.monotonic() < deadline[0]:
            await timed(client, stats, "bare", "GET", "/", is_200)

    try:
        tasks = [asyncio.create_task(visitor(c)) for c in clients]
        log(f"baseline: {users} visitors for {duration:.0f} s…")
        began, cpu = time.monotonic(), cpu_seconds()
        deadline[0] = began + duration
        start.set()
        await asyncio.gather(*tasks)
        return began, time.monotonic() - began, cpu_seconds() - cpu
    finally:
        await asyncio.gather(*(c.aclose() for c in clients))


# Reporting and checking --------------------------------------------------------------------------

def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.0f}"


def print_table(stats: Stats, kinds: list[str]) -> None:
    print(f"  {'kind':<12}{'count':>7}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}"
          f"{'errors':>8}{'4xx':>6}{'5xx':>6}  statuses")
    for kind in kinds:
        latencies = stats.latencies.get(kind, [])
        if not latencies and not stats.exceptions.get(kind):
            continue
        statuses = " ".join(f"{s}:{n}" for s, n in sorted(stats.statuses[kind].items()))
        failures = " ".join([f"{name}:{n}" for name, n in stats.exceptions[kind].items()] +
                            [f"notice-{name}:{n}" for name, n in stats.notices[kind].items()])
        figures = (f"{ms(percentile(latencies, .50))} {ms(percentile(latencies, .95))} "
                   f"{ms(percentile(latencies, .99))} {ms(max(latencies))}") if latencies else f"{'-':>35}"
        print(f"  {kind:<12}{stats.count([kind]):>7} {figures}{stats.errors[kind]:>8}"
              f"{stats.status_class(kind, 4):>6}{stats.status_class(kind, 5):>6}  {statuses} {failures}".rstrip())


ROUTES = [
    (re.compile(r"^/$"), "/"),
    (re.compile(r"^/editions/[^/]+$"), "/editions/<slug>"),
    (re.compile(r"^/materials$"), "/materials?page"),
    (re.compile(r"^/materials/\d+$"), "/materials/<id>"),
    (re.compile(r"^/topics/[^/]+$"), "/topics/<slug>"),
    (re.compile(r"^/community$"), "/community"),
    (re.compile(r"^/search$"), "/search"),
    (re.compile(r"^/threads/\d+$"), "/threads/<id>"),
    (re.compile(r"^/threads/\d+/reply$"), "POST /threads/<id>/reply"),
    (re.compile(r"^/admin/materials/upload$"), "/admin/materials/upload"),
    (re.compile(r"^/login$"), "/login"),
]


def count_lines(path: str) -> int:
    try:
        with open(path, "rb") as handle:
            return sum(1 for _ in handle)
    except OSError:
        return 0


def server_times(access_log: str, lines: tuple[int, int]) -> dict[str, list[float]]:
    """Seconds each request spent in a worker, by route, from the given lines of the access log."""
    times: dict[str, list[float]] = defaultdict(list)
    first, end = lines
    try:
        with open(access_log, encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle):
                if not first <= number < end:
                    continue
                parts = line.split()
                if len(parts) != 4 or not parts[3].isdigit():
                    continue
                method, path = parts[0], parts[1]
                route = next((name for pattern, name in ROUTES if pattern.match(path)), path)
                if method == "POST" and not route.startswith("POST"):
                    route = f"POST {route}"
                times[route].append(int(parts[3]) / 1_000_000)
    except OSError:
        pass
    return times


def print_client_cpu(cpu: float, seconds: float) -> None:
    """Say how much of the machine the load generator itself used (it shares the CPUs with the server)."""
    print(f"  load generator CPU: {cpu:.1f} s in {seconds:.1f} s = {cpu / seconds:.0%} of one core "
          f"(of {os.cpu_count()})")


def print_server_times(access_log: str, lines: tuple[int, int]) -> None:
    times = server_times(access_log, lines)
    print("  time in a worker per route (gunicorn access log; excludes waiting for a free worker):")
    print(f"    {'route':<32}{'count':>7}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'total s':>9}")
    for route, values in sorted(times.items(), key=lambda item: -sum(item[1])):
        print(f"    {route:<32}{len(values):>7} {ms(percentile(values, .5))} {ms(percentile(values, .95))} "
              f"{ms(max(values))}{sum(values):>9.1f}")


def verify(database: str, index_dir: str, replies: list[str], uploads: list[str]) -> bool:
    """Check accepted replies against the database and the index; return True when all agree."""
    from brain.search.index import JOURNAL, IndexUnavailable, WhooshIndex

    with sqlite3.connect(database) as connection:
        found: dict[str, int] = {}
        for start in range(0, len(replies), 500):
            chunk = replies[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(connection.execute(f"SELECT body, id FROM posts WHERE body IN ({marks})", chunk).fetchall())
        visible_posts = connection.execute(
            "SELECT count(*) FROM posts WHERE is_deleted = 0 AND is_hidden = 0").fetchone()[0]
        materials: dict[str, int] = {}
        for start in range(0, len(uploads), 500):
            chunk = uploads[start:start + 500]
            marks = ",".join("?" * len(chunk))
            materials.update(connection.execute(
                f"SELECT title, id FROM materials WHERE title IN ({marks})", chunk).fetchall())
    index = WhooshIndex(index_dir)
    failed_opens: list[str] = []
    for _ in range(20):
        try:
            stored = index.stored_ids()
            break
        except IndexUnavailable as unavailable:
            # A background merge in a worker may delete a segment between reading the TOC and
            # opening the segment: retry, and report it.
            failed_opens.append(str(unavailable))
            time.sleep(0.5)
        finally:
            index.close()
    else:
        print(f"  the index could not be opened: {failed_opens[-1]}")
        return False
    indexed_posts = sum(1 for key in stored if key.startswith("post:"))
    replies_indexed = sum(1 for body in replies if found.get(body) is not None and f"post:{found[body]}" in stored)
    uploads_indexed = sum(1 for title in uploads
                          if materials.get(title) is not None and f"material:{materials[title]}" in stored)
    journal = os.path.join(index.current_dir() or "", JOURNAL)
    journalled = 0
    if os.path.exists(journal):
        with open(journal, encoding="utf-8") as handle:
            journalled = sum(1 for line in handle if line.strip())

    def verdict(good: bool) -> str:
        return "OK" if good else "MISMATCH"

    in_db = len(found)
    checks = [in_db == len(replies), replies_indexed == len(replies), indexed_posts == visible_posts]
    print(f"  accepted replies: {len(replies)}")
    print(f"    in the database:      {in_db:>6} / {len(replies):<6} {verdict(checks[0])}")
    print(f"    in the search index:  {replies_indexed:>6} / {len(replies):<6} {verdict(checks[1])}")
    print(f"  visible posts in the database: {visible_posts}, post documents in the index: {indexed_posts}  "
          f"{verdict(checks[2])}")
    print(f"  accepted uploads: {len(uploads)}; in the database: {len(materials)}, in the index: {uploads_indexed} "
          f"(for information)")
    print(f"  journalled index writes still pending: {journalled}")
    if failed_opens:
        print(f"  opening the index for this check failed {len(failed_opens)} time(s) before it worked: "
              f"{failed_opens[0][:160]}")
    return all(checks)


def log_problems(path: str) -> Counter:
    """Distinct warnings, errors, tracebacks and worker timeouts of a server log, counted."""
    problems: Counter = Counter()
    in_traceback = False
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if line.startswith("Traceback"):
                    in_traceback = True
                    continue
                if in_traceback:
                    if line.startswith((" ", "\n")) or line.startswith(("The above exception", "During handling")):
                        continue
                    in_traceback = False
                    text = re.sub(r"/tmp/\S+", "<path>", line.strip())[:110]
                    problems[f"Traceback ending in {text}"] += 1
                    continue
                match = re.search(r" (WARNING|ERROR|CRITICAL) ([\w.]+): (.*)|\[(CRITICAL|ERROR|WARNING)\] (.*)", line)
                if match:
                    level = match.group(1) or match.group(4)
                    text = match.group(3) or match.group(5)
                    text = re.sub(r"\d+", "N", re.sub(r"/tmp/\S+", "<path>", text))[:110]
                    problems[f"{level} {match.group(2) or 'gunicorn'}: {text}"] += 1
    except OSError:
        pass
    return problems


# Main ---------------------------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=60.0,
                        help="seconds of each phase and of the baseline (default 60)")
    parser.add_argument("--quick", action="store_true", help="15 s for each phase and the baseline")
    parser.add_argument("--users", type=int, default=50, help="simulated members (default 50, at most 200)")
    parser.add_argument("--think", type=float, default=DEFAULT_THINK,
                        help=f"mean pause in seconds before each of a member's actions in the first phase "
                             f"(default {DEFAULT_THINK:g}; 0 runs the no-pause phase only)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    duration = 15.0 if args.quick else args.duration
    if not 0 < duration <= 1800:
        parser.error("--duration must be between 0 and 1800 seconds")
    if not 1 <= args.users <= 200:
        parser.error("--users must be between 1 and 200")
    if args.think < 0:
        parser.error("--think must not be negative")
    phases = [Phase("capacity", 0.0, duration), Phase("lightest page", 0.0, duration, page=LIGHTEST_PAGE)]
    if args.think:
        phases.insert(0, Phase("members", args.think, duration))
    members, capacity, lightest = phases[0], phases[-2], phases[-1]

    folder = tempfile.mkdtemp(prefix="brain-load-")
    environment = instance_environment(folder)
    database = os.path.join(folder, "brain.sqlite3")
    servers: list[Server] = []
    failed = True
    try:
        began = time.monotonic()
        for command in (["flask", "db", "upgrade"], ["flask", "brain", "seed"], ["flask", "brain", "demo"],
                        ["flask", "brain", "reindex"]):
            run_command(command, environment)
        people = create_people(environment, args.users)
        catalogue = read_catalogue(database)
        setup_seconds = time.monotonic() - began

        app_server = Server("app", folder, "wsgi:app", environment)
        servers.append(app_server)
        app_server.wait_ready()
        run = Run(catalogue, people["thread_id"], args.seed)
        asyncio.run(load_app(app_server.url, people, run, args.users, phases, app_server.access_log))

        print(f"Collective Brain under load: {args.users} members, gunicorn {WORKERS} sync workers "
              f"on 127.0.0.1, {os.cpu_count()} CPUs")
        print(f"setup: {setup_seconds:.1f} s (migrations, seed, demo of {len(catalogue['materials'])} materials, "
              f"reindex, {args.users} members + 1 admin)")
        sign_in_latencies = run.login_stats.latencies["sign-in"]
        print(f"sign-in of {args.users + 1} accounts (GET + POST /login, scrypt): {run.sign_in_seconds:.1f} s, "
              f"p50 {percentile(sign_in_latencies, .5) * 1000:.0f} ms, p95 {percentile(sign_in_latencies, .95) * 1000:.0f} ms"
              f" (not counted below)")
        kinds = ["browse", "search", "reply-form", "reply", "upload-form", "upload", "page"]
        total_5xx = 0
        for phase in phases:
            stats = phase.stats
            answered = stats.finished_by(phase.began + phase.duration)
            pause = (f"a pause of {phase.think:g} s on average before each action" if phase.think
                     else f"no pause, GET {phase.page} only" if phase.page
                     else "no pause: a closed loop that keeps both workers busy")
            print(f"\n{phase.name} ({pause}): {answered} requests answered within the {phase.duration:.0f} s window "
                  f"= {phase.requests_per_second:.1f} requests/s ({stats.count() - answered} more answered during the "
                  f"{phase.seconds - phase.duration:.1f} s drain; latencies below count all {stats.count()})")
            print_table(stats, kinds)
            print_client_cpu(phase.client_cpu, phase.seconds)
            phase_5xx = stats.total_5xx()
            total_5xx += phase_5xx
            print(f"  total: errors {sum(stats.errors.values())}, "
                  f"4xx {sum(stats.status_class(k, 4) for k in kinds)}, 5xx {phase_5xx}")
            print_server_times(app_server.access_log, phase.log_lines)
        problems = log_problems(app_server.error_log)
        print(f"\nserver log: {'nothing above INFO' if not problems else ''}")
        for message, n in problems.most_common(8):
            print(f"    {n:>5} x {message}")

        print("\nverification (every phase)")
        consistent = verify(database, environment["SEARCH_INDEX_DIR"], run.accepted_replies, run.accepted_uploads)
        app_server.stop()

        bare_folder = os.path.join(folder, "bare")
        os.makedirs(bare_folder)
        with open(os.path.join(bare_folder, "bare_app.py"), "w", encoding="utf-8") as handle:
            handle.write(BARE_APP)
        bare_server = Server("bare", folder, "bare_app:app", environment, chdir=bare_folder)
        servers.append(bare_server)
        bare_server.wait_ready()
        bare_stats = Stats()
        bare_began, bare_seconds, bare_client_cpu = asyncio.run(
            load_bare(bare_server.url, args.users, duration, bare_stats))
        bare_requests = bare_stats.finished_by(bare_began + duration)
        bare_rps = bare_requests / duration
        bare_server.stop()

        print(f"\nbaseline (bare Flask, one route, same gunicorn flags, {args.users} visitors, no pause): "
              f"{bare_requests} requests answered within the {duration:.0f} s window = {bare_rps:.1f} requests/s")
        print_table(bare_stats, ["bare"])
        print_client_cpu(bare_client_cpu, bare_seconds)
        ratio = capacity.requests_per_second / bare_rps if bare_rps else float("nan")
        pages_p95 = percentile(members.stats.latencies["browse"], .95) * 1000
        search_p95 = percentile(members.stats.latencies["search"], .95) * 1000

        def goal(good: bool) -> str:
            return "yes" if good else "NO"

        print("\ngoals")
        print(f"  p95 pages ({members.name}):    {pages_p95:.0f} ms  "
              f"(goal < {P95_GOAL_MS:.0f} ms: {goal(pages_p95 < P95_GOAL_MS)})")
        print(f"  p95 search ({members.name}):   {search_p95:.0f} ms  "
              f"(goal < {P95_GOAL_MS:.0f} ms: {goal(search_p95 < P95_GOAL_MS)})")
        print(f"  app / bare requests/s, both without pause: {capacity.requests_per_second:.1f} / {bare_rps:.1f} "
              f"= {ratio:.2f}  (goal >= {RATIO_GOAL:.2f}: {goal(ratio >= RATIO_GOAL)})")
        print(f"  the same for the lightest page, {LIGHTEST_PAGE} signed in: {lightest.requests_per_second:.1f} / "
              f"{bare_rps:.1f} = {lightest.requests_per_second / bare_rps if bare_rps else float('nan'):.2f}  "
              f"(a ceiling for any mix of this app's pages)")
        all_5xx = total_5xx + bare_stats.total_5xx()
        crashes = sum(n for message, n in problems.items() if message.startswith(("Traceback", "ERROR", "CRITICAL")))
        print(f"  5xx answers: {all_5xx}; verification: {'OK' if consistent else 'MISMATCH'}; "
              f"errors in the server log: {crashes}")
        failed = all_5xx > 0 or not consistent or crashes > 0
        return 1 if failed else 0
    except SetupFailed as error:
        log(f"setup failed: {error}")
        return 2
    finally:
        for server in servers:
            server.stop()
        if args.keep or failed:
            log(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
