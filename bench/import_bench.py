"""Bulk-import speed and memory: N real files through `flask brain import MANIFEST`.

    .venv/bin/python bench/import_bench.py [--n 1000] [--compare] [--seed 1] [--keep]

Generates N materials as real files (PDF via fpdf2, DOCX via python-docx, plain text) in four
languages with 150-300 SSE-themed words each, writes a manifest CSV, prepares a fresh instance
(migrations, editions, topics, an empty complete search index) and runs the real command
`.venv/bin/flask --app wsgi brain import MANIFEST` in a subprocess pointed at that instance
through BRAIN_INSTANCE_DIR / DATABASE_URL / SEARCH_INDEX_DIR / UPLOAD_DIR.

Prints N, wall seconds, materials/s, the peak RSS of the import process (from wait4's rusage,
so only that process counts), RSS sampled over the run, and checks that every material is in
the database and in the search index (the comparison `flask brain reindex --check` makes,
for materials, without its repair). `--compare` runs N=1000 and N=5000 so memory flatness can be seen.
Goal stated in the issue: >= 25 materials/s, memory flat as N grows.
"""
import argparse
import csv
import io
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import _corpus  # noqa: E402
from _corpus import LANGUAGES, VOCABULARIES  # noqa: E402

FLASK = os.path.join(ROOT, ".venv", "bin", "flask")
MANIFEST_COLUMNS = ("file", "url", "title", "description", "kind", "language", "edition", "session",
                    "topics", "authors", "visibility", "translation_group")
FORMATS = (("pdf", 0.4), ("docx", 0.3), ("txt", 0.3))
#: Topic names (not slugs) a manifest may also use, by slug and language.
TOPIC_NAMES = {
    "decent-work": {"en": "Decent work", "fr": "Travail décent", "es": "Trabajo decente", "pt": "Trabalho decente"},
    "cooperatives": {"en": "Cooperatives", "fr": "Coopératives", "es": "Cooperativas", "pt": "Cooperativas"},
}


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# Files -----------------------------------------------------------------------------------------

def pdf_bytes(title: str, text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    body = f"{title}\n\n{text}".encode("latin-1", "replace").decode("latin-1")
    pdf.multi_cell(0, 6, body)
    return bytes(pdf.output())


def docx_bytes(title: str, text: str) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    words = text.split(" ")
    for start in range(0, len(words), 60):  # a few paragraphs, as a real document has
        document.add_paragraph(" ".join(words[start:start + 60]))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def generate(n: int, folder: str, seed: int) -> str:
    """Write n files and their manifest into folder; return the manifest's path."""
    rng = random.Random(seed)
    files_dir = os.path.join(folder, "files")
    os.makedirs(files_dir, exist_ok=True)
    manifest = os.path.join(folder, "manifest.csv")
    formats, weights = zip(*FORMATS)
    started = time.perf_counter()
    with open(manifest, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=MANIFEST_COLUMNS)
        writer.writeheader()
        for number in range(1, n + 1):
            language = rng.choice(LANGUAGES)
            vocabulary = VOCABULARIES[language]
            title = vocabulary.title(rng)
            # A reference number makes every file's bytes (hence its import key) unique.
            text = f"Ref. {seed}-{number:06d}. " + vocabulary.text(rng, rng.randint(150, 300))
            fmt = rng.choices(formats, weights=weights)[0]
            name = f"{number:06d}-{language}.{fmt}"
            data = {"pdf": pdf_bytes, "docx": docx_bytes}.get(fmt, lambda t, x: f"{t}\n\n{x}\n".encode())(title, text)
            with open(os.path.join(files_dir, name), "wb") as out:
                out.write(data)
            topics = rng.sample(_corpus.TOPICS, rng.randint(0, 2))
            if rng.random() < 0.15:
                # a topic by its name in the row's language; never one already named by its slug,
                # since the importer does not deduplicate topics (a row naming one twice fails)
                slug = rng.choice(sorted(TOPIC_NAMES))
                if slug not in topics:
                    topics.append(TOPIC_NAMES[slug][language])
            edition = rng.choice(_corpus.EDITION_NUMBERS)
            writer.writerow({
                "file": f"files/{name}", "url": "", "title": title,
                "description": vocabulary.text(rng, rng.randint(10, 25)) if rng.random() < 0.5 else "",
                "kind": rng.choice(_corpus.KINDS_WITH_FILES), "language": language,
                # the manifest may name an edition by number or by slug: use both
                "edition": str(edition) if rng.random() < 0.5 else EDITION_SLUGS[edition],
                "session": "", "topics": ";".join(topics), "authors": _corpus.authors(rng),
                "visibility": "members" if rng.random() < 0.15 else "public",
                "translation_group": f"group-{rng.randint(1, n // 3 + 1)}" if rng.random() < 0.3 else "",
            })
            if number % 500 == 0:
                log(f"  generated {number}/{n} files ({time.perf_counter() - started:.0f}s)")
    return manifest


EDITION_SLUGS = {1: "2010-turin", 2: "2011-montreal", 3: "2013-agadir", 4: "2014-campinas",
                 5: "2015-johannesburg", 6: "2015-puebla", 7: "2016-san-jose", 8: "2017-seoul",
                 9: "2017-luxembourg", 10: "2019-turin", 11: "2019-madrid", 12: "2021-lisbon"}


# Instance --------------------------------------------------------------------------------------

def settings(instance: str) -> dict:
    return {
        "INSTANCE_DIR": instance,
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{os.path.join(instance, 'brain.sqlite3')}",
        "SEARCH_INDEX_DIR": os.path.join(instance, "search-index"),
        "UPLOAD_DIR": os.path.join(instance, "uploads"),
    }


def environment(instance: str) -> dict:
    values = settings(instance)
    env = dict(os.environ)
    env.update({
        "BRAIN_INSTANCE_DIR": values["INSTANCE_DIR"], "DATABASE_URL": values["SQLALCHEMY_DATABASE_URI"],
        "SEARCH_INDEX_DIR": values["SEARCH_INDEX_DIR"], "UPLOAD_DIR": values["UPLOAD_DIR"],
        "BRAIN_ENV": "development", "LOG_LEVEL": "WARNING",
    })
    return env


def prepare_instance(instance: str) -> None:
    """Migrate, seed editions and topics, and build a complete index of the editions, as `make run` would.

    The index is built from the editions only (what a full rebuild of this fresh database holds),
    so that the benchmark does not depend on the other searchable areas.
    """
    from flask_migrate import upgrade
    from sqlalchemy import select

    from brain import create_app
    from brain.archive.indexing import edition_document
    from brain.archive.models import Edition
    from brain.extensions import db
    from config import TestingConfig

    app = create_app(TestingConfig, **settings(instance))
    with app.app_context():
        upgrade()
        from brain.archive.demo import seed_editions, seed_topics

        seed_editions()
        seed_topics()
        index = app.extensions["brain_search"].index
        index.rebuild([edition_document(edition) for edition in db.session.scalars(select(Edition))])
        db.session.remove()
        db.engine.dispose()
        index.close()


def verify(instance: str) -> dict:
    """Count materials in the database and in the index; compare the two sets of ids as `reindex --check` does."""
    from sqlalchemy import func, select

    from brain import create_app
    from brain.archive.models import Material
    from brain.extensions import db
    from config import TestingConfig

    app = create_app(TestingConfig, **settings(instance))
    with app.app_context():
        expected = {f"material:{material_id}" for material_id in
                    db.session.scalars(select(Material.id).where(Material.is_deleted.is_(False)))}
        index = app.extensions["brain_search"].index
        present = {key for key in index.stored_ids() if key.startswith("material:")}
        result = {"db": len(expected), "index": len(present), "missing": len(expected - present),
                  "extra": len(present - expected), "status": index.status(),
                  "segments": len(index._open(index.current_dir())._segments()),
                  "with_text": db.session.scalar(select(func.count()).select_from(Material)
                                                 .where(Material.text != ""))}
        result["agrees"] = result["status"] == "ok" and not result["missing"] and not result["extra"]
        db.session.remove()
        db.engine.dispose()
        index.close()
    return result


# Running the command ---------------------------------------------------------------------------

def _rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def run_import(manifest: str, instance: str, workdir: str) -> dict:
    """Run `flask brain import` in a subprocess; return wall time, its own peak RSS and RSS samples."""
    out_path, err_path = os.path.join(workdir, "import.out"), os.path.join(workdir, "import.err")
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        started = time.perf_counter()
        process = subprocess.Popen([FLASK, "--app", "wsgi", "brain", "import", manifest], cwd=ROOT,
                                   env=environment(instance), stdout=out, stderr=err)
        samples: list[tuple[float, float]] = []
        stop = threading.Event()

        def sample():
            while not stop.is_set():
                rss = _rss_mb(process.pid)
                if rss is not None:
                    samples.append((time.perf_counter() - started, rss))
                stop.wait(0.25)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        # wait4 gives this child's own rusage: its peak RSS, not the max over every child so far
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        stop.set()
        sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)
    with open(out_path, encoding="utf-8", errors="replace") as handle:
        stdout = handle.read()
    with open(err_path, encoding="utf-8", errors="replace") as handle:
        stderr = handle.read()
    return {"seconds": seconds, "peak_mb": usage.ru_maxrss / 1024, "samples": samples,
            "returncode": process.returncode, "stdout": stdout, "stderr": stderr,
            "user_s": usage.ru_utime, "sys_s": usage.ru_stime}


def startup_seconds(workdir: str, instance: str) -> float:
    """Time the same command on a header-only manifest: the fixed cost of starting the app."""
    empty = os.path.join(workdir, "empty.csv")
    with open(empty, "w", encoding="utf-8") as handle:
        handle.write(",".join(MANIFEST_COLUMNS) + "\n")
    return run_import(empty, instance, workdir)["seconds"]


def rss_profile(samples: list[tuple[float, float]]) -> str:
    """RSS at 10 %, 25 %, 50 %, 75 % and 100 % of the run, to see whether memory grows with N."""
    if not samples:
        return "n/a"
    end = samples[-1][0]
    points = []
    for fraction in (0.1, 0.25, 0.5, 0.75, 1.0):
        at = min(samples, key=lambda sample: abs(sample[0] - fraction * end))
        points.append(f"{int(fraction * 100)}%:{at[1]:.0f}")
    return " ".join(points)


def bench(n: int, seed: int, keep: bool) -> dict:
    workdir = tempfile.mkdtemp(prefix=f"brain-import-bench-{n}-", dir="/tmp")
    instance = os.path.join(workdir, "instance")
    try:
        log(f"[N={n}] generating files in {workdir}")
        started = time.perf_counter()
        manifest = generate(n, os.path.join(workdir, "source"), seed)
        log(f"[N={n}] generated in {time.perf_counter() - started:.1f}s; preparing the instance")
        prepare_instance(instance)
        overhead = startup_seconds(workdir, instance)
        log(f"[N={n}] running flask brain import (start-up alone: {overhead:.2f}s)")
        run = run_import(manifest, instance, workdir)
        summary = re.search(r"imported: (\d+), skipped: (\d+), failed: (\d+)", run["stdout"])
        if run["returncode"] != 0 or summary is None:
            log(run["stderr"][-3000:])
        log(f"[N={n}] import finished; verifying")
        check = verify(instance)
        return {"n": n, "workdir": workdir, "overhead": overhead, "summary": summary.groups() if summary else None,
                "warnings": run["stderr"].count(": warning: "), **run, **check}
    finally:
        if not keep:
            shutil.rmtree(workdir, ignore_errors=True)


def report(result: dict) -> None:
    n, seconds = result["n"], result["seconds"]
    net = seconds - result["overhead"]
    imported, skipped, failed = result["summary"] or ("?", "?", "?")
    print(f"N={n:<6} seconds={seconds:8.1f}  materials/s={n / seconds:6.1f}  "
          f"(excluding {result['overhead']:.1f}s start-up: {n / net:6.1f}/s)  "
          f"peak RSS={result['peak_mb']:6.1f} MB  cpu user+sys={result['user_s'] + result['sys_s']:.1f}s")
    print(f"         RSS MB over the run: {rss_profile(result['samples'])}")
    print(f"         command said: imported {imported}, skipped {skipped}, failed {failed}, "
          f"extraction warnings {result['warnings']}, exit {result['returncode']}")
    verdict = "OK" if result["db"] == n and result["index"] == n and result["agrees"] else "MISMATCH"
    print(f"         check: {result['db']} materials in the DB ({result['with_text']} with text), "
          f"{result['index']} in the index, missing {result['missing']}, extra {result['extra']}, "
          f"index status {result['status']}, {result['segments']} index segments -> {verdict}")
    sys.stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="materials to import (default 1000)")
    parser.add_argument("--compare", action="store_true", help="run N=1000 and N=5000 to compare memory")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folders (printed on stderr)")
    args = parser.parse_args()
    sizes = [1000, 5000] if args.compare else [args.n]
    print("flask brain import: goal >= 25 materials/s, memory flat as N grows")
    results = []
    for n in sizes:
        result = bench(n, args.seed, args.keep)
        results.append(result)
        report(result)
    if len(results) > 1:
        first, last = results[0], results[-1]
        print(f"peak RSS {first['n']} -> {last['n']}: {first['peak_mb']:.1f} -> {last['peak_mb']:.1f} MB "
              f"({last['peak_mb'] - first['peak_mb']:+.1f} MB for {last['n'] / first['n']:.0f}x the materials)")


if __name__ == "__main__":
    main()
