"""The message catalogue: both languages everywhere, every code used in the source present."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from privacydesk import cli
from privacydesk.errors import EXIT_CODE_MESSAGES, ExitCode
from privacydesk.messages import LANGUAGES, MESSAGES, normalise_language, render

SRC = Path(__file__).resolve().parents[1] / "src" / "privacydesk"

_CODE = r"[\"']([a-z_]+\.[a-z0-9_.-]+)[\"']"
PATTERNS = [
    # Error constructors: InvalidInput("x.y"), NotAllowed("x.y"), Cancelled("x.y"), ...
    re.compile(
        r"\b\w*(?:Error|Problem|Input|Allowed|Database|Credentials|TooNew|InUse|Broken|Found"
        r"|Cancelled)\(\s*" + _CODE
    ),
    re.compile(r"\brender\(\s*" + _CODE),
    re.compile(r"\bt\(\s*" + _CODE),  # also matches .t( and cli.t(
    re.compile(r"\bDashboardItem\(\s*" + _CODE),
    # (field, "code", params) problems passed to InvalidInput
    re.compile(r"\(\s*(?:\"\w+\"|[\w.]+)\s*,\s*" + _CODE + r"\s*,\s*\{"),
    # prompts: cli.secret(ENV_X, "cli.prompt_x")
    re.compile(r"\bsecret\(\s*\w+\s*,\s*" + _CODE),
    # a function that returns a message code (location.warning_code)
    re.compile(r"\breturn\s+" + _CODE + r"\s*$", re.MULTILINE),
    # ternaries that choose a code: "a.b" if x else "c.d"
    re.compile(_CODE + r"\s+if\s+[^\n]+?\s+else\s+" + r"\"[a-z_]+\.[a-z0-9_.-]+\""),
    re.compile(r"\belse\s+" + _CODE),
    # a code given as a keyword argument default: code: str = "x.y"
    re.compile(r"\bcode:\s*str\s*=\s*" + _CODE),
]

# Codes built at run time from a prefix (cli.py); each expansion is listed by hand.
ANCHOR_STATUSES = ["none", "ok", "truncated", "rewritten", "invalid"]
BREAK_REASONS = [
    "edited",
    "missing",
    "out_of_order",
    "truncated",
    "anchor_mismatch",
    "anchor_invalid",
]
ROLES = ["manager", "staff", "viewer"]
DYNAMIC_PREFIXES = {
    "check.anchor.",
    "check.break.",
    "role.",
    "cli.help.",
    "cli.help.user_",
    "audit_action.",  # the audit page's labels: see test_every_audit_action_has_a_label
}

_ACTION = r"\"([a-z_]+\.[a-z_.]+)\""
AUDIT_ACTION_PATTERNS = [
    re.compile(r"\.audit\(\s*\w+\s*,\s*" + _ACTION),  # desk.audit(s, "x.y", ...)
    re.compile(r"\baudit\.append\(\s*\w+\s*,\s*[\w.]+\s*,\s*" + _ACTION),
    re.compile(r"\b_record_open\([^()]*?" + _ACTION + r"\s*\)"),
    re.compile(r"\b(?:close|lock)\(\s*" + _ACTION),
    re.compile(r"\bdef close\(self, action: str = " + _ACTION),
    re.compile(r"^ACK_ACTION = " + _ACTION, re.MULTILINE),
]


def _cli_subcommands() -> list[str]:
    """Every name passed to add(...) in build_parser: each has a cli.help.<name> text."""
    text = (SRC / "cli.py").read_text(encoding="utf-8")
    names = re.findall(r"\badd\(\"([a-z-]+)\"", text)
    assert len(names) >= 8, names
    return names


def dynamic_codes() -> set[str]:
    codes = {"check.anchor." + s for s in ANCHOR_STATUSES}
    codes |= {"check.break." + r for r in BREAK_REASONS}
    codes |= {"role." + r for r in ROLES}
    codes |= {"cli.help." + name for name in _cli_subcommands()}
    codes |= {"cli.help.user_" + a for a in ("add", "disable", "reset", "list")}
    codes |= set(EXIT_CODE_MESSAGES.values())
    return codes


def source_codes() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "messages.py":
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in PATTERNS:
            for m in pattern.finditer(text):
                found.setdefault(m.group(1), set()).add(str(path.relative_to(SRC)))
    return found


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_scan_finds_codes() -> None:
    """The scan itself works: it sees codes known to be used, in several files."""
    found = source_codes()
    for code in (
        "auth.wrong_credentials",
        "auth.role_not_allowed",
        "db.missing",
        "accounts.last_manager",
        "dashboard.backup_stale",
        "dashboard.backup_never",
        "cli.recovery_sheet",
        "task.cancelled",
        "profile.bad_postal_code",
        "input.problems",
    ):
        assert code in found, code
    assert len(found) > 60


def test_every_entry_has_both_languages() -> None:
    for code, entry in MESSAGES.items():
        assert set(entry) == set(LANGUAGES), code
        for lang in LANGUAGES:
            assert isinstance(entry[lang], str), (code, lang)
            assert entry[lang].strip(), (code, lang)


def test_every_code_used_in_the_source_exists() -> None:
    missing = {
        code: sorted(files)
        for code, files in source_codes().items()
        if code not in MESSAGES and not code.endswith(".")
    }
    assert not missing, missing


def test_every_dynamic_prefix_is_expanded() -> None:
    """A code built as "prefix." + value must be one whose values this test lists."""
    used: set[str] = set()
    for path in sorted(SRC.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        # "prefix." + value, and f"prefix.{value}" handed to a text function
        used |= set(re.findall(r"[\"']([a-z_]+\.[a-z_.]*[._])[\"']\s*\+", text))
        used |= set(re.findall(r"\b(?:t|render|text|tr)\(\s*f[\"']([a-z_]+\.[a-z_.]*[._])\{", text))
    assert used, "the scan found no dynamic codes at all"
    assert used <= DYNAMIC_PREFIXES, used - DYNAMIC_PREFIXES


def test_every_dynamic_code_exists() -> None:
    missing = sorted(c for c in dynamic_codes() if c not in MESSAGES)
    assert not missing, missing


def audit_actions() -> set[str]:
    found: set[str] = set()
    for path in sorted(SRC.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for pattern in AUDIT_ACTION_PATTERNS:
            found |= set(pattern.findall(text))
    return found


def test_every_audit_action_has_a_label() -> None:
    actions = audit_actions()
    for known in ("auth.sign_in", "auth.sign_out", "auth.lock", "database.created"):
        assert known in actions
    assert len(actions) >= 15, actions
    missing = sorted(a for a in actions if "audit_action." + a not in MESSAGES)
    assert not missing, missing


def test_every_exit_code_has_a_message() -> None:
    assert set(EXIT_CODE_MESSAGES) == set(ExitCode)
    assert [int(c) for c in ExitCode] == list(range(13))


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_placeholders_match_between_languages(code: str) -> None:
    entry = MESSAGES[code]
    assert _fields(entry["ja"]) == _fields(entry["en"]), code


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_rendering_without_params_does_not_raise(code: str) -> None:
    for lang in LANGUAGES:
        text = render(code, lang)
        assert text
        for name in _fields(MESSAGES[code][lang]):
            assert "{" + name + "}" in text


def test_render_fills_params_and_falls_back() -> None:
    assert "7" in render("check.break.edited", "en", seq=7)
    assert "7" in render("check.break.edited", "ja", seq=7)
    assert render("no.such_code", "ja") == "no.such_code"
    # An unknown language falls back to English; normalise_language picks ja by default.
    assert render("exit.ok", "fr") == "ok"
    assert normalise_language(None) == "ja"
    assert normalise_language("en_US.UTF-8") == "en"
    assert normalise_language("de") == "ja"


def test_render_survives_odd_params() -> None:
    # Attribute or index lookups in a template would raise; none of ours may have them.
    for code, entry in MESSAGES.items():
        for lang in LANGUAGES:
            for name in _fields(entry[lang]):
                assert re.fullmatch(r"[a-z_]+", name), (code, lang, name)
    # Values with braces are inserted as they are, not formatted again.
    assert "{x}" in render("cli.usage", "en", detail="{x}")


def test_cli_module_uses_the_catalogue() -> None:
    assert cli.ENV_PASSWORD == "PRIVACYDESK_PASSWORD"
