"""Typed errors shared by every layer below the UI.

Each error carries a message code (a key of privacydesk.messages) and parameters that are
ids, counts, paths or field names, never personal values. The exit code of the CLI is a
property of the error class, so one table serves the CLI, the UI and the README.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, ClassVar


class ExitCode(IntEnum):
    OK = 0
    INTERNAL = 1
    USAGE = 2
    WRONG_CREDENTIALS = 3
    NOT_A_DATABASE = 4
    SCHEMA_TOO_NEW = 5
    INVALID_INPUT = 6
    AUDIT_BROKEN = 7
    NOT_ALLOWED = 8
    IN_USE = 9
    KEY_FILE = 10
    ENVIRONMENT = 11
    GAPS_FOUND = 12


class PrivacydeskError(Exception):
    """Base of every error the user is meant to read."""

    exit_code: ClassVar[ExitCode] = ExitCode.INTERNAL

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        # English text; the UI and CLI render through messages.render() in the user's language.
        from privacydesk.messages import render

        return render(self.code, "en", **self.params)


class InternalError(PrivacydeskError):
    exit_code = ExitCode.INTERNAL


class UsageError(PrivacydeskError):
    exit_code = ExitCode.USAGE


class WrongCredentials(PrivacydeskError):
    exit_code = ExitCode.WRONG_CREDENTIALS

    def __init__(self, code: str = "auth.wrong_credentials", **params: Any) -> None:
        super().__init__(code, **params)


class SignInThrottled(WrongCredentials):
    """Too many failed sign-ins in a row: wait `seconds` before the next try (exit 3)."""

    def __init__(self, code: str = "auth.throttled", *, seconds: int, **params: Any) -> None:
        super().__init__(code, seconds=seconds, **params)
        self.seconds = seconds


class NotADatabase(PrivacydeskError):
    """Not a privacydesk database, or a damaged, empty or truncated one."""

    exit_code = ExitCode.NOT_A_DATABASE


class SchemaTooNew(PrivacydeskError):
    exit_code = ExitCode.SCHEMA_TOO_NEW


class InvalidInput(PrivacydeskError):
    """Bad input from a person or a file. `problems` lists (field, code, params) items."""

    exit_code = ExitCode.INVALID_INPUT

    def __init__(
        self,
        code: str,
        problems: list[tuple[str, str, dict[str, Any]]] | None = None,
        **params: Any,
    ) -> None:
        super().__init__(code, **params)
        self.problems = problems or []


class AuditChainBroken(PrivacydeskError):
    exit_code = ExitCode.AUDIT_BROKEN


class NotAllowed(PrivacydeskError):
    exit_code = ExitCode.NOT_ALLOWED


class InUse(PrivacydeskError):
    exit_code = ExitCode.IN_USE


class KeyFileProblem(PrivacydeskError):
    """The key file is missing, damaged, or belongs to another database."""

    exit_code = ExitCode.KEY_FILE


class EnvironmentProblem(PrivacydeskError):
    """The machine's fault: disk full, read-only file or folder, OS permission."""

    exit_code = ExitCode.ENVIRONMENT


class GapsFound(PrivacydeskError):
    exit_code = ExitCode.GAPS_FOUND


class Cancelled(PrivacydeskError):
    """Long work stopped because the user (or a lock) cancelled it."""

    exit_code = ExitCode.INTERNAL

    def __init__(self, code: str = "task.cancelled", **params: Any) -> None:
        super().__init__(code, **params)


EXIT_CODE_MESSAGES: dict[ExitCode, str] = {
    ExitCode.OK: "exit.ok",
    ExitCode.INTERNAL: "exit.internal",
    ExitCode.USAGE: "exit.usage",
    ExitCode.WRONG_CREDENTIALS: "exit.wrong_credentials",
    ExitCode.NOT_A_DATABASE: "exit.not_a_database",
    ExitCode.SCHEMA_TOO_NEW: "exit.schema_too_new",
    ExitCode.INVALID_INPUT: "exit.invalid_input",
    ExitCode.AUDIT_BROKEN: "exit.audit_broken",
    ExitCode.NOT_ALLOWED: "exit.not_allowed",
    ExitCode.IN_USE: "exit.in_use",
    ExitCode.KEY_FILE: "exit.key_file",
    ExitCode.ENVIRONMENT: "exit.environment",
    ExitCode.GAPS_FOUND: "exit.gaps_found",
}
