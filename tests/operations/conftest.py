"""Real servers the operations tests start for themselves: redis-server on a free port."""
import os
import shutil
import socket
import subprocess
import time

import pytest


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    """A running redis-server the test may stop."""

    def __init__(self, process: subprocess.Popen, port: int):
        self.process, self.url = process, f"redis://127.0.0.1:{port}/0"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


@pytest.fixture
def redis_server(tmp_path):
    """A throwaway Debian redis-server on 127.0.0.1, stopped after the test."""
    server = shutil.which("redis-server")
    if server is None:
        if os.environ.get("CI"):
            raise RuntimeError("redis-server is missing: scripts/install-services.sh should have installed it")
        pytest.skip("Debian's redis-server is not installed (scripts/install-services.sh)")
    port = _free_port()
    process = subprocess.Popen([server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                                "--dir", str(tmp_path)], stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise RuntimeError("redis-server did not start")
            time.sleep(0.05)
    server = RedisServer(process, port)
    yield server
    server.stop()


@pytest.fixture
def redis_url(redis_server):
    return redis_server.url
