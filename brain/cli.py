"""`flask brain …` commands for operators, and `flask translate …` for translators."""
import os
import subprocess
import sys

import click
from flask import Flask
from flask.cli import AppGroup
from flask_babel import gettext as _

brain_cli = AppGroup("brain", help="Operate the Collective Brain: data, imports, search index, admins.")
translate_cli = AppGroup("translate", help="Extract, update and compile the interface catalogues.")

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), os.pardir))


@brain_cli.command("create-admin")
@click.argument("email")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True, help="At least 10 characters.")
@click.option("--name", default=None, help="Display name (defaults to the part of the email before @).")
def create_admin(email: str, password: str, name: str | None) -> None:
    """Create an admin account, or make an existing account admin."""
    from brain.accounts.services import AccountError, create_admin as create

    try:
        user = create(email, password, name)
    except AccountError as refused:
        raise click.ClickException(str(refused))
    click.echo(_("Admin ready: %(email)s. At the first sign-in they set up two-factor sign-in with an "
                 "authenticator app.", email=user.email))


@brain_cli.command("seed")
def seed() -> None:
    """Load the reference facts: the editions since 2010, the topics and the glossary."""
    from brain.archive.demo import seed_editions, seed_topics
    from brain.community.services import ensure_categories
    from brain.search.glossary import seed_glossary

    click.echo(_("Editions added: %(count)s", count=seed_editions()))
    click.echo(_("Topics added: %(count)s", count=seed_topics()))
    click.echo(_("Glossary concepts added: %(count)s", count=seed_glossary()))
    click.echo(_("Discussion categories added: %(count)s", count=ensure_categories()))


@brain_cli.command("demo")
@click.option("--if-empty", is_flag=True, help="Do nothing when the archive already has materials.")
def demo(if_empty: bool) -> None:
    """Load the demo archive: editions, programmes and materials in four languages."""
    from brain.archive.demo import archive_is_empty, load_demo
    from brain.search.glossary import seed_glossary

    if not archive_is_empty():
        click.echo(_("The archive already has materials; the demo was not loaded."))
        if if_empty:
            return
        raise click.ClickException(_("Load the demo only into an empty archive."))
    seed_glossary()
    bar = {"bar": None}

    def start(total: int) -> None:
        bar["bar"] = click.progressbar(length=total, label=_("Importing demo materials"), file=sys.stderr)
        bar["bar"].__enter__()

    try:
        report = load_demo(on_row=lambda: bar["bar"].update(1), count_rows=start)
    finally:
        if bar["bar"] is not None:
            bar["bar"].__exit__(None, None, None)
    _print_report(report)


@brain_cli.command("invite")
@click.argument("edition")
@click.argument("participants", type=click.Path(exists=True, dir_okay=False))
def invite(edition: str, participants: str) -> None:
    """Invite an EDITION's participants (number or slug) from a CSV: email,name,country,organisation."""
    from brain.accounts.services import AccountError, invite_participants
    from brain.archive.importer import RowError, find_edition

    try:
        target = find_edition(edition)
        with open(participants, encoding="utf-8-sig") as handle:
            report = invite_participants(target, handle.read(), None)
    except (RowError, AccountError) as refused:
        raise click.ClickException(str(refused))
    for line, reason in report.failures:
        click.echo(_("line %(line)s: %(reason)s", line=line, reason=reason), err=True)
    click.echo(_("invited: %(invited)s, already members: %(members)s, failed: %(failed)s",
                 invited=report.invited, members=report.already_members, failed=len(report.failures)))


@brain_cli.command("import")
@click.argument("manifest", type=click.Path(exists=True, dir_okay=False))
@click.option("--as", "actor_email", default=None, help="Email of the admin the audit log names.")
def import_command(manifest: str, actor_email: str | None) -> None:
    """Import materials from MANIFEST.csv (files relative to it); re-running skips what is there."""
    from brain.accounts.services import find_by_email
    from brain.archive.importer import RowError, count_rows, import_manifest

    actor = find_by_email(actor_email) if actor_email else None
    if actor_email and actor is None:
        raise click.ClickException(_("No account %(email)s.", email=actor_email))
    try:
        total = count_rows(manifest)
    except RowError as refused:
        raise click.ClickException(str(refused))
    with click.progressbar(length=total, label=_("Importing"), file=sys.stderr) as bar:
        report = import_manifest(manifest, actor=actor, on_row=lambda: bar.update(1))
    _print_report(report)
    if report.failed:
        sys.exit(1)


def _print_report(report) -> None:
    for failure in report.failures:
        click.echo(_("line %(line)s: %(reason)s", line=failure.line, reason=failure.reason), err=True)
    for warning in report.warnings:
        click.echo(_("line %(line)s: warning: %(reason)s", line=warning.line, reason=warning.reason), err=True)
    # The summary line stays in English whatever LANG says: scripts read it.
    click.echo(f"imported: {report.imported}, skipped: {report.skipped}, failed: {report.failed}")


@brain_cli.command("send-digests")
def send_digests() -> None:
    """Mail the daily digest of notifications to the members who chose it (run it daily from cron)."""
    from brain.community.services import send_digests as send

    click.echo(_("Digests sent: %(count)s", count=send()))


@brain_cli.command("reindex")
@click.option("--check", is_flag=True, help="Compare the index with the database, repair what differs.")
@click.option("--if-needed", is_flag=True, help="Rebuild only when the index is missing, damaged or incomplete.")
def reindex(check: bool, if_needed: bool) -> None:
    """Rebuild the search index from the database into a fresh folder and swap it in."""
    from flask import current_app

    from brain.search import reindex as rebuild_service

    if "brain_search" not in current_app.extensions:
        raise click.ClickException(_("Search is disabled (SEARCH_ENABLED=0)."))
    index = current_app.extensions["brain_search"].index
    if check:
        result = rebuild_service.check()
        click.echo(_("index status: %(status)s", status=result.status))
        if result.agrees:
            click.echo(_("The index and the database agree."))
            return
        click.echo(_("missing from the index: %(missing)s; in the index but not the database: %(extra)s",
                     missing=len(result.missing), extra=len(result.extra)))
        for key in (result.missing + result.extra)[:20]:
            click.echo(f"  {key}")
        if result.status in ("missing", "damaged", "outdated"):
            click.echo(_("Rebuilding the index."))
        else:
            rebuild_service.repair(result)
            click.echo(_("Repaired."))
            return
    elif if_needed and index.status() == "ok":
        click.echo(_("The search index is complete; nothing to do."))
        return
    total = rebuild_service.count_rows()
    with click.progressbar(length=total, label=_("Indexing"), file=sys.stderr) as bar:
        count = rebuild_service.rebuild(on_document=lambda: bar.update(1))
    click.echo(_("Indexed %(count)s documents.", count=count))


@brain_cli.command("optimize-index")
def optimize_index() -> None:
    """Merge the index's segments into one (slow: run it from cron at a quiet hour)."""
    from flask import current_app

    current_app.extensions["brain_search"].index.optimize()
    click.echo(_("Search index optimised."))


@brain_cli.command("backup")
@click.argument("folder", type=click.Path(file_okay=False))
def backup_command(folder: str) -> None:
    """Write a consistent snapshot (database, uploads, manifest of hashes) while the site runs."""
    from brain import backup

    try:
        with click.progressbar(length=0, label=_("Copying files"), file=sys.stderr) as bar:
            def set_total(count: int) -> None:
                bar.length = count

            report = backup.backup(folder, on_file=bar.update, on_total=set_total)
    except backup.BackupError as refused:
        raise click.ClickException(str(refused))
    counts = ", ".join(f"{table}: {count}" for table, count in report.counts.items())
    click.echo(_("Backup written to %(folder)s: %(files)s files; %(counts)s.", folder=report.folder,
                 files=report.files, counts=counts))
    for problem in report.problems:
        click.echo(_("warning: %(problem)s", problem=problem), err=True)


@brain_cli.command("restore")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
def restore_command(folder: str) -> None:
    """Bring a backup back into an empty deployment, migrate it, and rebuild the search index."""
    from flask_migrate import upgrade

    from brain import backup
    from brain.search import reindex as rebuild_service

    try:
        manifest = backup.read_manifest(folder)
        with click.progressbar(length=len(manifest["files"]), label=_("Restoring files"), file=sys.stderr) as bar:
            report = backup.restore(folder, on_file=bar.update)
    except backup.BackupError as refused:
        raise click.ClickException(str(refused))
    upgrade()
    counts = ", ".join(f"{table}: {count}" for table, count in report.counts.items())
    click.echo(_("Restored from %(folder)s: %(files)s files; %(counts)s.", folder=report.folder,
                 files=report.files, counts=counts))
    from flask import current_app

    if "brain_search" in current_app.extensions:
        total = rebuild_service.count_rows()
        with click.progressbar(length=total, label=_("Indexing"), file=sys.stderr) as bar:
            count = rebuild_service.rebuild(on_document=lambda: bar.update(1))
        click.echo(_("Indexed %(count)s documents.", count=count))


def _pybabel(*args: str) -> None:
    command = [sys.executable, "-m", "babel.messages.frontend", *args]
    if subprocess.call(command, cwd=ROOT):
        raise click.ClickException("pybabel " + " ".join(args) + " failed")


def _extract() -> None:
    _pybabel("extract", "-F", "babel.cfg", "-k", "_l", "--no-location", "--sort-output",
             "-o", "translations/messages.pot", ".")


@translate_cli.command("extract")
def extract() -> None:
    """Collect the interface strings into translations/messages.pot."""
    _extract()


@translate_cli.command("update")
def update() -> None:
    """Extract, then merge new strings into every catalogue."""
    _extract()
    _pybabel("update", "-i", "translations/messages.pot", "-d", "translations", "--no-fuzzy-matching")


@translate_cli.command("compile")
def compile_catalogues() -> None:
    """Compile the catalogues into the .mo files the app reads."""
    _pybabel("compile", "-d", "translations")


def init_app(app: Flask) -> None:
    """Register the command groups."""
    app.cli.add_command(brain_cli)
    app.cli.add_command(translate_cli)
