"""The app's log file: rotating, owner-only, and free of personal values by construction.

Exception text and log arguments can quote what a person typed (a name in a failing INSERT, a
path with a name in it), so the file gets only what the app chose to say: the message template,
arguments that are numbers or plain ASCII words, and for an exception its type and frames
(file:line:function), never its message. SQLAlchemy's loggers are held at WARNING: at DEBUG
they print result rows, which hide_parameters does not cover.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import re
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from privacydesk import paths

ENV_LEVEL = "PRIVACYDESK_LOG_LEVEL"
LOG_DIR = "logs"
LOG_NAME = "privacydesk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 2  # the live file and two older ones: 3 MB at most
LEVELS = {"DEBUG": logging.DEBUG, "INFO": logging.INFO, "WARNING": logging.WARNING}
WITHHELD = "<withheld>"
# An argument is written only when it is a number or a plain ASCII word (a code, a type name,
# a file name without spaces): no kana, no kanji, no "@", no spaces, so no name nor email.
_SAFE_TEXT = re.compile(r"[A-Za-z0-9_.:/+=,\-\[\]()]{0,120}")
_PACKAGE_ROOT = Path(__file__).resolve().parent
# Loggers of libraries that log values (SQLAlchemy logs result rows at DEBUG).
QUIET_LOGGERS = ("sqlalchemy", "alembic", "faker", "PIL", "fontTools", "reportlab")

_handler: logging.Handler | None = None


class _PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """A rotating file created owner-only (0600), also after each rotation."""

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with contextlib.suppress(OSError):
            Path(self.baseFilename).chmod(0o600)
        return open(fd, "a", encoding="utf-8", errors="backslashreplace")

    def handleError(self, record: logging.LogRecord) -> None:
        # logging's own handleError prints the record's message and arguments (a name) on
        # stderr with a traceback: say only that the log could not be written.
        if not self._warned:
            self._warned = True
            with contextlib.suppress(Exception):
                sys.stderr.write("privacydesk: the log file could not be written\n")

    _warned = False


def where(tb: TracebackType | None) -> str:
    """The innermost frame in our own code (else the innermost frame): 'documents/letter.py:12'."""
    frames = traceback.extract_tb(tb) if tb is not None else []
    if not frames:
        return "-"
    ours = [f for f in frames if _relative(f.filename).startswith("privacydesk/")]
    frame = (ours or frames)[-1]
    return f"{_short(frame.filename)}:{frame.lineno}"


def describe(exc: BaseException) -> tuple[str, str]:
    """What failed, safe to show and log: the exception's type name and where it was raised."""
    return type(exc).__name__, where(exc.__traceback__)


def _relative(filename: str) -> str:
    path = Path(filename)
    try:
        return "privacydesk/" + path.resolve().relative_to(_PACKAGE_ROOT).as_posix()
    except (ValueError, OSError):
        return "/".join(path.parts[-2:])


def _short(filename: str) -> str:
    """A frame's file relative to the package ('documents/letter.py'), else its last two parts."""
    rel = _relative(filename)
    return rel.removeprefix("privacydesk/")


def _safe_arg(value: object) -> object:
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, BaseException):
        return type(value).__name__
    if isinstance(value, type):
        return value.__name__
    if isinstance(value, str) and _SAFE_TEXT.fullmatch(value):
        return value
    return WITHHELD


def format_exception(exc_info: Any) -> str:
    """Type and frames only, for the exception and its causes: never the message."""
    _type, exc, tb = exc_info
    lines: list[str] = []
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        lines.append(f"  exception {type(exc).__name__} (message withheld)")
        for frame in traceback.extract_tb(tb):
            lines.append(f"    at {_short(frame.filename)}:{frame.lineno}:{frame.name}")
        nxt = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
        if nxt is not None:
            lines.append("  which was raised while handling:")
        exc, tb = nxt, (nxt.__traceback__ if nxt is not None else None)
    return "\n".join(lines)


class SafeFormatter(logging.Formatter):
    """Writes the message template with only safe arguments, and exceptions as type + frames."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s %(process)d: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        safe = logging.makeLogRecord(record.__dict__)
        safe.msg = record.msg if isinstance(record.msg, str) else type(record.msg).__name__
        args = record.args
        if isinstance(args, tuple):
            safe.args = tuple(_safe_arg(a) for a in args)
        elif isinstance(args, dict):
            safe.args = {k: _safe_arg(v) for k, v in args.items()}
        try:
            message = safe.getMessage()
        except (TypeError, ValueError):
            message = safe.msg + " " + WITHHELD
        safe.msg, safe.args = message, ()
        safe.exc_info, safe.exc_text, safe.stack_info = None, None, None
        text = super().format(safe)
        if record.exc_info and record.exc_info[1] is not None:
            text += "\n" + format_exception(record.exc_info)
        if record.stack_info:
            text += "\n  (stack withheld)"
        return text


class QuietLibraries(logging.Filter):
    """Drops what libraries log below WARNING (SQLAlchemy's rows, Faker's names)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            return True
        return not any(
            record.name == name or record.name.startswith(name + ".") for name in QUIET_LOGGERS
        )


def level_from_env() -> int:
    return LEVELS.get(os.environ.get(ENV_LEVEL, "").strip().upper(), logging.INFO)


def log_dir() -> Path:
    return paths.data_dir() / LOG_DIR


def log_file() -> Path:
    return log_dir() / LOG_NAME


def setup(level: int | None = None) -> Path:
    """Log to the rotating file in the app data folder; idempotent. Returns the file's path.

    Called again with another data folder (tests, --db of a portable build), the handler moves.
    """
    global _handler
    wanted = level_from_env() if level is None else level
    folder = log_dir()
    folder.mkdir(mode=0o700, exist_ok=True)
    with contextlib.suppress(OSError):
        folder.chmod(0o700)
    target = folder / LOG_NAME
    root = logging.getLogger()
    if _handler is not None and Path(getattr(_handler, "baseFilename", "")) != target:
        teardown()
    fresh = _handler is None
    if _handler is None:
        handler = _PrivateRotatingFile(
            target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
        handler.setFormatter(SafeFormatter())
        handler.addFilter(QuietLibraries())
        root.addHandler(handler)
        _handler = handler
    _handler.setLevel(wanted)
    # Lower the root level when asked (never raise it above what a test or embedder chose).
    if root.level == logging.WARNING or root.level > wanted:
        root.setLevel(wanted)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    if fresh:
        logging.getLogger(__name__).debug("logging at %s", logging.getLevelName(wanted))
    return target


def teardown() -> None:
    """Close and remove the file handler (tests; the app keeps it until exit)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


def safe_exc_info(exc: BaseException) -> BaseException | bool:
    """exc_info for a log call: the exception only while our formatter owns the output.

    Without our handler, logging's last-resort handler would print the full traceback, message
    included, on stderr.
    """
    return exc if _handler is not None else False


def log_crash(exc: BaseException, context: str = "unexpected") -> None:
    """Record an unhandled exception: its type and frames, never its message."""
    logging.getLogger("privacydesk.crash").critical(
        "%s: %s at %s", context, *describe(exc), exc_info=safe_exc_info(exc)
    )
