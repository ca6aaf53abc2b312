"""Several app hosts share their rate-limit counts through Redis, so a limit holds across hosts.

Host A is an app in the test's process; host B is another process built from the same settings,
as a second machine behind the load balancer would be.
"""
import json
import subprocess
import sys
from pathlib import Path

import redis

from brain.extensions import db

from tests.conftest import build_app

ROOT = Path(__file__).resolve().parents[2]
HOST_B = """
import json, sys
from brain import create_app
from config import TestingConfig
from tests.conftest import IsolatedClient
settings = json.loads(sys.argv[1])
app = create_app(TestingConfig, **settings)
app.test_client_class = IsolatedClient
with app.app_context():
    response = app.test_client().post("/login", data={"email": "guess@example.org", "password": "from host b"})
    print(response.status_code)
"""


def _host_a(seeded_template, tmp_path, storage: str):
    return build_app(seeded_template, tmp_path / "host-a", RATELIMIT_ENABLED=True, RATELIMIT_STORAGE_URI=storage)


def _attempts_on(host, count: int) -> list[int]:
    with host.app_context():
        statuses = [host.test_client().post("/login", data={"email": "guess@example.org", "password": f"guess {n}"})
                    .status_code for n in range(count)]
        db.session.remove()
        db.engine.dispose()
    return statuses


def _attempt_on_host_b(host_a, tmp_path) -> int:
    settings = {name: host_a.config[name] for name in (
        "SQLALCHEMY_DATABASE_URI", "RATELIMIT_STORAGE_URI", "SEARCH_INDEX_DIR", "UPLOAD_DIR", "SECRET_KEY")}
    settings.update(INSTANCE_DIR=str(tmp_path / "host-b"), RATELIMIT_ENABLED=True)
    done = subprocess.run([sys.executable, "-c", HOST_B, json.dumps(settings)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return int(done.stdout.split()[-1])


def test_sign_in_attempts_are_counted_across_hosts_in_redis(seeded_template, tmp_path, redis_url):
    host_a = _host_a(seeded_template, tmp_path, redis_url)
    # Ten attempts a minute per address are allowed; host A takes them all.
    assert _attempts_on(host_a, 10) == [200] * 10
    assert redis.Redis.from_url(redis_url).keys("LIMITS*"), "the counts should live in Redis"
    # The eleventh lands on host B, which has never seen this address: Redis tells it to refuse.
    assert _attempt_on_host_b(host_a, tmp_path) == 429


def test_without_a_shared_store_another_host_would_not_know(seeded_template, tmp_path):
    host_a = _host_a(seeded_template, tmp_path, "memory://")
    assert _attempts_on(host_a, 10) == [200] * 10
    assert _attempt_on_host_b(host_a, tmp_path) == 200


def test_when_redis_goes_away_sign_in_still_answers(seeded_template, tmp_path, redis_server):
    host_a = _host_a(seeded_template, tmp_path, redis_server.url)
    assert _attempts_on(host_a, 2) == [200, 200]
    redis_server.stop()
    # Counting falls back to the process's memory: people can still sign in, and the limit still holds.
    statuses = _attempts_on(host_a, 12)
    assert statuses[0] == 200 and statuses[-1] == 429 and set(statuses) == {200, 429}
