"""Run a command against a throwaway PostgreSQL cluster of its own, on 127.0.0.1 and a free port.

    python scripts/with_postgres.py -- python -m pytest

initdb makes a temporary data directory, postgres listens on a free port, the command runs with
BRAIN_TEST_POSTGRES_URL (the server, for the test fixtures) and DATABASE_URL (a database named
"brain") set, and the cluster is stopped and removed at the end, whatever the command's outcome.
PGBRAIN_CTL names a script the tests may call with "stop" or "start" to take the server away.
"""
import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time


def _bin_dir() -> str:
    """Find Debian's PostgreSQL 15 server programs (package postgresql-15)."""
    for candidate in ["/usr/lib/postgresql/15/bin", *sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]:
        if os.path.exists(os.path.join(candidate, "initdb")):
            return candidate
    sys.exit("PostgreSQL's server is not installed: run scripts/install-services.sh (as root) first.")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_owner(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run its programs as the 'postgres' system user then."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def main(argv: list[str]) -> int:
    command = argv[argv.index("--") + 1:] if "--" in argv else argv
    if not command:
        sys.exit(__doc__)
    bin_dir = _bin_dir()
    root = tempfile.mkdtemp(prefix="brain-pg-")
    data, sockets = os.path.join(root, "data"), os.path.join(root, "run")
    os.makedirs(sockets)
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sockets, "postgres")
    port = _free_port()
    settings = (f"-c listen_addresses=127.0.0.1 -p {port} -k {sockets} -c fsync=off -c full_page_writes=off "
                f"-c synchronous_commit=off -c max_connections=200 -c shared_buffers=128MB")
    control = os.path.join(root, "pgctl")
    with open(control, "w") as script:
        start = " ".join(_as_owner([f"{bin_dir}/pg_ctl", "-D", data, "-w", "-l", f"{root}/log", "-o", f"'{settings}'"]))
        script.write(f"#!/bin/sh\nset -e\ncase \"$1\" in\n"
                     f"  start) {start} start >/dev/null ;;\n"
                     f"  stop) {' '.join(_as_owner([f'{bin_dir}/pg_ctl', '-D', data, '-w', '-m', 'fast']))} stop >/dev/null ;;\n"
                     f"esac\n")
    os.chmod(control, 0o755)
    try:
        subprocess.run(_as_owner([f"{bin_dir}/initdb", "-D", data, "-U", "brain", "--auth=trust",
                                  "--encoding=UTF8", "--locale=C.UTF-8"]), check=True, stdout=subprocess.DEVNULL)
        subprocess.run([control, "start"], check=True)
        subprocess.run(_as_owner([f"{bin_dir}/createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "brain", "brain"]),
                       check=True)
        server = f"postgresql+psycopg://brain@127.0.0.1:{port}"
        env = {**os.environ, "BRAIN_TEST_POSTGRES_URL": f"{server}/postgres", "DATABASE_URL": f"{server}/brain",
               "PGBRAIN_CTL": control, "PGBRAIN_BIN": bin_dir}
        print(f"PostgreSQL {bin_dir.split('/')[-2]} on 127.0.0.1:{port} ({data})", file=sys.stderr)
        return subprocess.run(command, env=env).returncode
    finally:
        subprocess.run([control, "stop"], stderr=subprocess.DEVNULL)
        time.sleep(0.2)
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
