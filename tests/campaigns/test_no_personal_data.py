"""Campaign: no personal data reaches logs, temp files, console output or crash output.

A demo database (the demo services, through `privacydesk demo-data`, small) is taken through
every CLI command the parser knows (in-process through cli.main with PRIVACYDESK_LOG_LEVEL=DEBUG
and the root logger at DEBUG, and a few as real processes so their real stderr is read), the
main window's flows (sign in, every page, a person opened, a search, a letter previewed, a
workbook exported) and a forced crash through the crash dialog's hook. Then every captured
stdout and stderr, every log file, the app's temp folders and the system temp folder (a private
one for this test, so nothing else on the machine writes there; a watcher also copies files that
live there for more than a moment and are deleted before the end) are searched for each demo
person's name (full, kana) and email everywhere, and family names in the logs and on stderr,
where no name at all belongs (elsewhere a family name is also part of the office's own text:
Faker's company names are family names, as in a contractor named on the privacy notice the demo
imports through the temp folder; a staff member may share one). A hit fails the test, naming
the place and the kind of value, never the value.

Not searched: the files a command was told to write (-o; exports the user asked for), and the
standard output of the commands whose purpose is to show persons (search, list requests): the
user asked to see them on screen. Their stderr is searched like every other.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import io
import json
import logging
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from pytestqt.qtbot import QtBot
from tests.conftest import CHEAP_KDF
from tests.ui.test_main_window import sign_in

from privacydesk import cli, logs, paths
from privacydesk.services import accounts, auth, demo, profile, staff, subjects
from privacydesk.services.desk import Desk
from privacydesk.ui.app import Controller
from privacydesk.ui.crash import CrashReporter
from privacydesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from privacydesk.ui.dialogs.request import RequestDialog
from privacydesk.ui.dialogs.subject import SubjectDialog
from privacydesk.ui.main_window import AREAS
from privacydesk.ui.pages.reports import ReportsPage
from privacydesk.ui.pages.subjects import SubjectsPage

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "build" / "campaigns" / "no_personal_data.json"
SCALE = 40  # persons; the demo adds its requests, contractors and complaints at any scale
USER, PASSWORD = demo.DEMO_USER, demo.DEMO_PASSWORD
NEW_PASSWORD = "a new pass phrase 2026"
# Commands whose standard output is the persons the user asked to see.
SHOWS_PERSONS = {"search", "list requests"}


# --- what is searched for ------------------------------------------------------------------------


@dataclass
class Secrets:
    """Every demo person's name (full, family, kana) and email, as stored."""

    everywhere: set[str] = field(default_factory=set)  # full names, readings, emails
    family: set[str] = field(default_factory=set)  # family names: not in logs, temp, stderr
    persons: int = 0


def _secrets(desk: Desk) -> Secrets:
    found = Secrets()
    offset = 0
    while rows := subjects.search(desk, "", limit=200, offset=offset):
        offset += len(rows)
        for r in rows:
            found.persons += 1
            for full in (r.legal_name, r.reading, r.alias):
                parts = full.split()
                if not parts:
                    continue
                found.everywhere |= {full, "".join(parts)}
                # A family name of two letters is only a name when it is not plain ASCII
                # ("Li" or "Ng" would match code); Japanese family names are searched whole.
                family = parts[0]
                if len(family) >= 2 and (not family.isascii() or len(family) >= 5):
                    found.family.add(family)
            if r.email:
                found.everywhere.add(r.email)
    # The office's own people (its representative and privacy manager on the public notice,
    # its staff and accounts) are not data subjects: a subject who shares a family name with
    # one of them is not named by the notice that names them.
    org = profile.get_profile(desk)
    office = [org.representative, org.manager_name]
    office += [a.display_name for a in accounts.list_users(desk)]
    office += [m.name for m in staff.list_staff(desk)]
    for name in office:
        parts = name.split()
        if parts:
            found.everywhere -= {name, "".join(parts)}
            found.family.discard(parts[0])
    return found


@dataclass
class Place:
    name: str
    text: str
    family_too: bool = True  # also search family names (logs, temp files, stderr)


@dataclass
class Campaign:
    db: Path
    out: Path  # files the commands were told to write: not searched
    places: list[Place] = field(default_factory=list)
    commands: set[str] = field(default_factory=set)
    runs: int = 0
    slowest: list[tuple[float, str]] = field(default_factory=list)
    processes: int = 0

    def cli(self, *argv: str, db: Path | None = None) -> tuple[int, str]:
        """One command in-process; its stdout and stderr kept for the search."""
        out, err = io.StringIO(), io.StringIO()
        args = [*argv, "--db", str(db or self.db)]
        began = time.perf_counter()
        code = cli.main(args, out=out, err=err)
        self.slowest.append((round(time.perf_counter() - began, 2), " ".join(argv[:2])))
        label = _command_of(list(argv))
        shown = " ".join(a for a in argv[:2] if not a.startswith("-"))
        self.commands.add(label)
        self.runs += 1
        assert "Traceback" not in err.getvalue(), label
        self.places.append(Place(f"stderr of `{' '.join(argv[:2])}`", err.getvalue()))
        if label not in SHOWS_PERSONS and shown not in SHOWS_PERSONS:
            self.places.append(
                Place(f"stdout of `{' '.join(argv[:2])}`", out.getvalue(), family_too=False)
            )
        return code, out.getvalue()

    def process(self, *argv: str, env: dict[str, str]) -> int:
        """One command as a real process: its real stdout and stderr (fd 1 and 2)."""
        done = subprocess.run(
            [sys.executable, "-m", "privacydesk", *argv, "--db", str(self.db)],
            env=env,
            capture_output=True,
            timeout=120,
            check=False,
        )
        self.processes += 1
        label = _command_of(list(argv))
        shown = " ".join(a for a in argv[:2] if not a.startswith("-"))
        stderr = done.stderr.decode("utf-8", "replace")
        assert "Traceback" not in stderr, label
        self.places.append(Place(f"process stderr of `{' '.join(argv[:2])}`", stderr))
        if label not in SHOWS_PERSONS and shown not in SHOWS_PERSONS:
            stdout = done.stdout.decode("utf-8", "replace")
            self.places.append(Place(f"process stdout of `{label}`", stdout, family_too=False))
        return done.returncode


def _command_paths(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> set[str]:
    found: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                inner = _command_paths(sub, (*prefix, name))
                found |= inner or {" ".join((*prefix, name))}
    return found


@functools.cache
def _all_commands() -> frozenset[str]:
    return frozenset(_command_paths(cli.build_parser("en")))


def _command_of(argv: list[str]) -> str:
    paths_ = _all_commands()
    words = [a for a in argv if not a.startswith("-")]
    for n in (2, 1):
        if " ".join(words[:n]) in paths_:
            return " ".join(words[:n])
    return words[0] if words else ""


def _scan_files(
    root: Path, label: str, skip: tuple[Path, ...] = (), family_too: bool = False
) -> list[Place]:
    found: list[Place] = []
    if not root.exists():
        return found
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        if any(path.is_relative_to(s) for s in skip):
            continue
        data = path.read_bytes()[: 50 << 20]
        text = data.decode("utf-8", "replace") + "\n" + data.decode("utf-16-le", "replace")
        found.append(Place(f"{label}/{path.relative_to(root)}", text, family_too))
    return found


class TempWatcher(threading.Thread):
    """Copies every file that appears in the temp folders while the flows run: a temporary
    file deleted before the end would otherwise escape the search.

    In this process an audit hook reads a file just before Python removes or renames it (so
    nothing is missed however short its life); a polling thread also sees what child
    processes and Qt's C++ code write.
    """

    def __init__(self, roots: list[Path]) -> None:
        super().__init__(daemon=True)
        self.roots = roots
        self.seen: dict[Path, bytes] = {}
        self.stopped = threading.Event()
        self.hooked = 0  # files read by the audit hook before their removal
        sys.addaudithook(self._audit)  # cannot be removed: inert once stopped

    def _audit(self, event: str, args: tuple[object, ...]) -> None:
        if self.stopped.is_set() or event not in ("os.remove", "os.rename", "shutil.rmtree"):
            return
        try:
            target = args[0]
            dir_fd = args[2] if event == "os.rename" else args[1]
            if not isinstance(target, str | bytes | os.PathLike) or dir_fd not in (None, -1):
                return  # a path relative to a directory descriptor (rmtree's own unlinks)
            path = Path(os.fsdecode(target)).absolute()
            if not any(path.is_relative_to(r) for r in self.roots):
                return
            files = [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else [path]
            for f in files:
                self._keep(f)
                self.hooked += 1
        except Exception:  # an audit hook must never break the code it watches
            return

    def _keep(self, path: Path) -> None:
        with contextlib.suppress(OSError):
            if path.is_file():
                data = path.read_bytes()[: 50 << 20]
                if len(data) >= len(self.seen.get(path, b"")):
                    self.seen[path] = data

    def run(self) -> None:
        while not self.stopped.wait(0.02):
            self.poll()

    def poll(self) -> None:
        for root in self.roots:
            with contextlib.suppress(OSError):
                for path in list(root.rglob("*")) if root.exists() else []:
                    self._keep(path)

    def stop(self) -> list[Place]:
        self.stopped.set()
        self.join()
        self.poll()
        return [
            Place(
                f"temp file seen while running: {path.name}",
                data.decode("utf-8", "replace") + "\n" + data.decode("utf-16-le", "replace"),
                family_too=False,
            )
            for path, data in sorted(self.seen.items())
        ]


def _hits(place: Place, secrets: Secrets) -> int:
    return len(_found(place, secrets))


def _found(place: Place, secrets: Secrets) -> list[str]:
    """What kinds of value a place holds (never the values): 'name or email', 'family name'."""
    kinds = ["name or email" for v in secrets.everywhere if v in place.text]
    if place.family_too:
        kinds += ["family name" for v in secrets.family if v in place.text]
    return kinds


# --- the flows -------------------------------------------------------------------------------


def _fiscal_year(today: date) -> int:
    return today.year if today.month >= 4 else today.year - 1


def _run_every_command(c: Campaign, sheet: auth.RecoverySheet, secrets: Secrets) -> None:
    o = c.out
    code, text = c.cli("list", "requests", "--json")
    assert code == 0
    requests = json.loads(text)
    code, text = c.cli("list", "contractors", "--json")
    contractors = json.loads(text)
    for kind in ("requests", "contractors", "complaints", "incidents", "staff", "audits"):
        c.cli("list", kind)
        c.cli("list", kind, "--json")
    assert c.cli("check")[0] == 0
    c.cli("acknowledge-break")  # nothing to acknowledge: a refusal, in words
    c.cli("user", "list")
    c.cli("user", "list", "--json")
    os.environ[cli.ENV_NEW_PASSWORD] = NEW_PASSWORD
    try:
        assert c.cli("user", "add", "clerk9", "--role", "staff", "--display-name", "Clerk")[0] == 0
        c.cli("user", "reset", "clerk9")
    finally:
        del os.environ[cli.ENV_NEW_PASSWORD]
    c.cli("user", "disable", "clerk9")
    c.cli("profile", "show")
    c.cli("profile", "set", "desk_email", "desk@example.org")
    for form in ("request", "power-of-attorney", "envelope-test"):
        c.cli("form", form, "-o", str(o / f"form-{form}.pdf"))
    if contractors:
        first = contractors[0]["id"]
        c.cli("form", "contractor-checklist", "--contractor", str(first), "-o", str(o / "cl.pdf"))
    kinds = ("register", "subjects", "consents", "provisions", "requests", "complaints")
    kinds += ("incidents", "contractors", "staff", "audits", "mailings")
    for kind in kinds:
        c.cli("export", kind, "-o", str(o / f"{kind}.csv"))
    for kind in ("register", "subjects", "consents"):
        c.cli("import", kind, str(o / f"{kind}.csv"), "--dry-run")
    year = str(_fiscal_year(date.today()))
    c.cli("export-board", "--fiscal-year", year, "-o", str(o / "board.xlsx"))
    os.environ[cli.ENV_EXPORT_PASSWORD] = "board pass phrase 2026"
    try:
        c.cli(
            "export-board", "--fiscal-year", year, "--with-personal-data", "-o", str(o / "b.xlsx")
        )
    finally:
        del os.environ[cli.ENV_EXPORT_PASSWORD]
    # Letters: every kind for a few requests; most do not fit the state (exit 6, in words).
    for r in requests[:2]:
        for kind in ("acknowledgement", "identity-check", "disclosure", "withdrawn"):
            c.cli("letter", kind, "--request", str(r["id"]), "-o", str(o / f"l{r['id']}{kind}.pdf"))
        c.cli("disclose-electronic", "--request", str(r["id"]), "-o", str(o / f"e{r['id']}.pdf"))
    query = sorted(secrets.everywhere)[0]
    code, shown = c.cli("search", query)
    # The control: the search's own output shows the person, so the campaign's search of
    # output would see a name if one leaked.
    assert code == 0 and _hits(Place("search", shown), secrets) > 0
    c.cli("search", query, "--json")
    c.cli("search", "nobody-zzz")
    c.cli("check-notice")
    c.cli("check-notice", "--json")
    # Backup, restore, and the key commands on the restored copy (the live one stays as is).
    assert c.cli("backup", "-o", str(o / "backups"))[0] == 0
    folder = next((o / "backups").iterdir())
    copy = o / "restored" / "privacydesk.db"
    copy.parent.mkdir()
    assert c.cli("restore", str(folder), "-o", str(copy))[0] == 0
    paths.key_file_for(copy).unlink()
    assert c.cli("rebuild-keys", "--backups", str(o / "backups"), db=copy)[0] == 0
    os.environ[cli.ENV_NEW_PASSWORD] = NEW_PASSWORD
    os.environ[cli.ENV_RECOVERY] = sheet.secret
    try:
        c.cli("passwd", db=copy)
        c.cli("recover", db=copy)
        if "rotate-key" in _all_commands():
            os.environ[cli.ENV_PASSWORD] = NEW_PASSWORD
            c.cli("rotate-key", db=copy)
        os.environ[cli.ENV_USER] = "kanri2"
        c.cli("init", db=o / "new" / "privacydesk.db")
    finally:
        for var in (cli.ENV_NEW_PASSWORD, cli.ENV_RECOVERY):
            del os.environ[var]
        os.environ[cli.ENV_USER], os.environ[cli.ENV_PASSWORD] = USER, PASSWORD


def _run_processes(c: Campaign, secrets: Secrets) -> None:
    env = {**os.environ}
    c.process("search", sorted(secrets.everywhere)[0], env=env)
    c.process("letter", "disclosure", "--request", "1", "-o", str(c.out / "p.pdf"), env=env)


def _crash_with_a_name(name: str) -> None:
    raise OSError(f"could not print the letter for {name}")


def _run_window(
    qtbot: QtBot, c: Campaign, secrets: Secrets, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = Controller(c.db)
    qtbot.addWidget(controller.window)
    sign_in(qtbot, controller.start(), USER, PASSWORD)
    desk = controller.desk
    assert isinstance(desk, Desk)
    window = controller.window
    for key, *_ in AREAS:
        window.show_area(key)
        qtbot.wait(5)
    # A search, a person opened (the detail and the dialog).
    window.show_area("subjects")
    page = window.page("subjects")
    assert isinstance(page, SubjectsPage)
    person = next(r for r in subjects.search(desk, "", limit=50) if r.reading)
    page.ui.searchEdit.setText(person.reading.split()[0])
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    page.ui.subjectsView.selectRow(0)
    dialog = SubjectDialog(desk, page.model.row_at(0).id, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()
    # A letter produced and previewed (the preview's exec is a modal loop: skipped).
    shown: list[PdfPreviewDialog] = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self) or 0)
    from privacydesk.services import requests as rq

    for row in rq.list_requests(desk):
        request_dialog = RequestDialog(desk, row.id)
        qtbot.addWidget(request_dialog)
        u = request_dialog.ui
        u.tabs.setCurrentWidget(u.lettersTab)
        for i in range(u.letterCombo.count()):
            u.letterCombo.setCurrentIndex(i)
            if u.issueButton.isEnabled():
                break
        if u.issueButton.isEnabled() and request_dialog.letters.issue() is not None:
            break
    assert shown and shown[0].pdf.startswith(b"%PDF")
    # The board workbook exported from 出力.
    window.show_area("reports")
    reports = window.page("reports")
    assert isinstance(reports, ReportsPage)
    assert reports.choose_destination(c.out / "gui-board")
    with qtbot.waitSignal(reports.export_finished, timeout=60_000) as blocker:
        reports.ui.exportButton.click()
    assert isinstance(blocker.args[0], Path)
    # A crash with a person's name in the exception's text, through the installed hook.
    reporter = CrashReporter(modal=False)
    reporter.install()
    try:
        name = sorted(secrets.everywhere)[0]
        with qtbot.waitSignal(reporter.crashed, timeout=5000):
            QTimer.singleShot(0, lambda: _crash_with_a_name(name))
        assert reporter.box is not None
        c.places.append(Place("the crash dialog", reporter.box.text()))
        reporter.box.close()
    finally:
        reporter.uninstall()
    controller.shutdown()


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The system temp folder for this test alone (tempfile, Qt and child processes)."""
    folder = tmp_path / "system-tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


@pytest.mark.qt_no_exception_capture
def test_no_personal_data_in_logs_temp_files_or_output(
    qtbot: QtBot,
    capfd: pytest.CaptureFixture[str],
    tmp_path: Path,
    private_tmp: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    start = time.perf_counter()
    phases: dict[str, float] = {}
    monkeypatch.setenv(logs.ENV_LEVEL, "DEBUG")
    monkeypatch.setenv(cli.ENV_USER, USER)
    monkeypatch.setenv(cli.ENV_PASSWORD, PASSWORD)
    monkeypatch.setenv(cli.ENV_LANG, "ja")
    root = logging.getLogger()
    root_level = root.level
    root.setLevel(logging.DEBUG)
    logs.teardown()
    db = tmp_path / "office" / "privacydesk.db"
    db.parent.mkdir()
    out = tmp_path / "requested-files"
    out.mkdir()
    desk, sheet = auth.create_database(
        db, USER, PASSWORD, kdf=CHEAP_KDF, backup_root=tmp_path / "backups"
    )
    desk.close()
    c = Campaign(db, out)
    watcher = TempWatcher([private_tmp, paths.data_dir() / "tmp"])
    watcher.start()
    try:
        # The demo through its own command, logged at DEBUG like everything after it.
        assert c.cli("demo-data", "--scale", str(SCALE))[0] == 0
        desk = auth.sign_in(db, USER, PASSWORD)
        try:
            secrets = _secrets(desk)
        finally:
            desk.close()
        assert secrets.persons >= SCALE and secrets.everywhere and secrets.family
        phases["demo"] = time.perf_counter() - start
        _run_every_command(c, sheet, secrets)
        phases["cli"] = time.perf_counter() - start - sum(phases.values())
        _run_processes(c, secrets)
        phases["processes"] = time.perf_counter() - start - sum(phases.values())
        _run_window(qtbot, c, secrets, monkeypatch)
        phases["window"] = time.perf_counter() - start - sum(phases.values())
    finally:
        transient = watcher.stop()
        logs.teardown()
        root.setLevel(root_level)
    missing = _all_commands() - c.commands
    assert not missing, f"commands the campaign did not run: {sorted(missing)}"

    captured = capfd.readouterr()
    c.places += [
        Place("captured stdout (fd 1)", captured.out, family_too=False),
        Place("captured stderr (fd 2)", captured.err),
    ]
    log_files = _scan_files(logs.log_dir(), "log", family_too=True)
    assert log_files, "the log file was written"
    assert any("DEBUG" in p.text for p in log_files), "logging ran at DEBUG"
    assert any("OSError" in p.text for p in log_files), "the crash was logged"
    c.places += log_files
    home = paths.data_dir()
    c.places += _scan_files(home, "app data folder", skip=(logs.log_dir(),))
    c.places += _scan_files(private_tmp, "system temp folder")
    c.places += transient
    settings = Path(QSettings().fileName()).parent
    c.places += _scan_files(settings, "Qt settings folder")

    # The control for files: an export the user asked for holds the names the scan looks for.
    exported = _scan_files(out, "requested files")
    assert any(_hits(p, secrets) for p in exported if p.name.endswith("/subjects.csv"))
    leaks = [
        f"{p.name}: {len(kinds)} personal value(s) ({', '.join(sorted(set(kinds)))})"
        for p in c.places
        if (kinds := _found(p, secrets))
    ]
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(
        json.dumps(
            {
                "campaign": "no_personal_data",
                "persons": secrets.persons,
                "values_searched": len(secrets.everywhere | secrets.family),
                "commands_covered": sorted(c.commands),
                "cli_runs_in_process": c.runs,
                "cli_processes": c.processes,
                "places_searched": len(c.places),
                "files_searched": sum(1 for p in c.places if "/" in p.name),
                "temp_files_seen_while_running": len(transient),
                "temp_files_read_before_removal": watcher.hooked,
                "places_with_personal_data": leaks,
                "seconds": round(time.perf_counter() - start, 1),
                "phases": {k: round(v, 1) for k, v in phases.items()},
                "slowest_commands": sorted(c.slowest, reverse=True)[:8],
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    assert not leaks, "personal data found in:\n" + "\n".join(leaks)
