"""取り込み・書き出し. Import the office's existing spreadsheets (the register, persons, consents)
and export each area as CSV.

Import is all or nothing: one write unit of work reads, converts and validates every row
through the areas' own domain rules, and is rolled back on any problem (ImportRefused carries
the report, every problem with its row and column), on a dry run, and on cancel. A successful
import is audited once, with counts.

Export streams rows from one unit of work into a temporary file beside the target, then
renames it into place: never a half-written file. It leaves under the outbound policy (staff
and managers only; audited with kind, count and the destination's fingerprint). A protected
person's whereabouts (所在秘匿) are masked for everyone but managers, as on screen.

Both are long work: the window runs import_task / export_task in a QThreadPool with a cancel
token and a progress bar; the CLI runs them through desk.run.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from privacydesk.domain import importer
from privacydesk.domain.accounts import Role
from privacydesk.domain.importer import (
    EXPORT_KINDS,
    IMPORT_KINDS,
    KIND_LABELS,
    ColumnMatch,
    FieldSpec,
    Finding,
    ImportRefused,
    ImportReport,
    Preview,
    PreviewRow,
    describe,
    export_headers,
    fields_for,
    load_mapping,
    report_lines,
    suggest_mapping,
)
from privacydesk.services import outbound
from privacydesk.services.desk import Desk
from privacydesk.services.roles import STAFF_UP, allowed
from privacydesk.storage.engine import translate
from privacydesk.tasks import CancelToken, Progress, Task, no_progress

__all__ = [
    "EXPORT_KINDS",
    "IMPORT_KINDS",
    "KIND_LABELS",
    "ColumnMatch",
    "FieldSpec",
    "Finding",
    "ImportRefused",
    "ImportReport",
    "Preview",
    "PreviewRow",
    "describe",
    "export_csv",
    "export_headers",
    "export_task",
    "fields_for",
    "import_file",
    "import_task",
    "load_mapping",
    "preview_import",
    "report_lines",
    "suggest_mapping",
]

Mapping_ = Mapping[str, str | None]
REPLACE_ATTEMPTS = 10


class _DryRun(Exception):
    """Raised inside the unit of work to roll a dry run back."""


# -- import ---------------------------------------------------------------------------------------


@allowed(*STAFF_UP)
def preview_import(desk: Desk, kind: str, path: Path, mapping: Mapping_ | None = None) -> Preview:
    """For the mapping dialog: the header as read, each column's field, and the first rows
    converted. Reads the file only; the database is not touched."""
    return importer.preview(kind, Path(path), dict(mapping) if mapping else None)


@allowed(*STAFF_UP)
def import_file(
    desk: Desk,
    kind: str,
    path: Path,
    mapping: Mapping_ | None = None,
    *,
    dry_run: bool = False,
    cancel: CancelToken | None = None,
    progress: Progress = no_progress,
    today: date | None = None,
) -> ImportReport:
    """Import a .xlsx or .csv file of `kind` (register | subjects | consents).

    Returns the report (warnings and info lines included) when every row passed; raises
    ImportRefused with the report when any did not: nothing is saved then. A dry run checks
    everything the same way and saves nothing (report.checked says how many would be saved).
    Cancelling raises Cancelled and saves nothing.
    """
    prepared = importer.prepare(kind, Path(path), dict(mapping) if mapping else None)
    report = prepared.report
    report.dry_run = dry_run
    try:
        with desk.uow(write=True) as s:
            ctx = importer.ImportContext(
                s, desk.context.account_id, today or date.today(), cancel, progress
            )
            importer.run_import(ctx, prepared)
            if not report.ok:
                raise ImportRefused(report)
            if dry_run:
                raise _DryRun
            desk.audit(
                s,
                "data.imported",
                kind,
                "",
                {
                    "kind": kind,
                    "file": report.file_type,
                    "rows": report.rows,
                    "created": report.created,
                    "purposes_created": report.purposes_created,
                },
            )
    except _DryRun:
        report.created = 0
        report.purposes_created = 0
    except BaseException:
        report.created = 0
        report.purposes_created = 0
        raise
    finally:
        prepared.table.close()
    return report


def import_task(
    desk: Desk,
    kind: str,
    path: Path,
    mapping: Mapping_ | None = None,
    *,
    dry_run: bool = False,
    today: date | None = None,
) -> Task[ImportReport]:
    """import_file as a task(cancel, progress) for the window's thread pool (or desk.run)."""

    def task(cancel: CancelToken, progress: Progress) -> ImportReport:
        return import_file(
            desk,
            kind,
            path,
            mapping,
            dry_run=dry_run,
            cancel=cancel,
            progress=progress,
            today=today,
        )

    return task


# -- export ---------------------------------------------------------------------------------------


def _replace(tmp: Path, target: Path) -> None:
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            tmp.replace(target)
            return
        except PermissionError:  # antivirus or an editor holding the old file, briefly
            if attempt == REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


@allowed(*STAFF_UP)
def export_csv(
    desk: Desk,
    kind: str,
    out: Path,
    *,
    cancel: CancelToken | None = None,
    progress: Progress = no_progress,
) -> int:
    """Write `kind` (register | subjects | consents | provisions) to `out` as CSV in UTF-8 with
    BOM, with the headers import recognises; returns the number of records written."""
    headers = export_headers(kind)
    out = Path(out)
    state: dict[str, Path | bool | None] = {"tmp": None, "placed": False}
    try:
        # Bookkeeping: reading out is allowed while the audit chain awaits acknowledgement.
        with desk.uow(write=True, bookkeeping=True) as s:
            mask = desk.context.role != Role.MANAGER
            total = importer.export_count(s, kind)
            try:
                fd, name = tempfile.mkstemp(prefix=".~" + out.name[:40], dir=out.parent)
                state["tmp"] = Path(name)
                with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as f:
                    rows = importer.export_rows(s, kind, mask_protected=mask)
                    count = importer.write_rows(f, headers, rows, cancel, progress, total)
                    f.flush()
                    os.fsync(f.fileno())
            except OSError as exc:  # named by the file written, not the database
                raise translate(exc, out) from exc
            outbound.leaving(
                desk,
                s,
                outbound.Outbound(f"export.{kind}", count, True, False, "file"),
                out,
            )
            try:
                _replace(Path(name), out)
            except OSError as exc:
                raise translate(exc, out) from exc
            state["placed"] = True
    except BaseException:
        tmp = state["tmp"]
        _cleanup(tmp if isinstance(tmp, Path) else None, out, state["placed"] is True)
        raise
    return count


def _cleanup(tmp: Path | None, out: Path, placed: bool) -> None:
    """A failed export leaves nothing: not the temporary file, nor (when the audit entry did
    not commit) the file that was already renamed into place."""
    for path in (tmp, out if placed else None):
        if path is not None:
            with contextlib.suppress(OSError):
                path.unlink()


def export_task(desk: Desk, kind: str, out: Path) -> Task[int]:
    """export_csv as a task(cancel, progress) for the window's thread pool (or desk.run)."""

    def task(cancel: CancelToken, progress: Progress) -> int:
        return export_csv(desk, kind, out, cancel=cancel, progress=progress)

    return task
