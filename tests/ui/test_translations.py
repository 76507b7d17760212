"""Every widget string is translated in both languages, and the .qm files are up to date."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
assert spec and spec.loader
i18n_tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n_tool)


def _messages(ts: Path) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                text = ""
            else:
                text = translation.text or ""
            found[(name, message.findtext("source") or "")] = text
    return found


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_string_is_translated(lang: str, tmp_path: Path) -> None:
    # Extract afresh from the forms and the code, so a new string without a translation fails.
    fresh = tmp_path / f"fresh_{lang}.ts"
    subprocess.run(
        [i18n_tool.tool("pyside6-lupdate"), *i18n_tool.sources(), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = set(_messages(fresh))
    have = _messages(i18n_tool.ts_file(lang))
    missing = sorted(k for k in wanted if not have.get(k))
    assert not missing, (
        f"untranslated in {lang}: {missing[:10]} (run tools/i18n.py, then translate)"
    )


def test_japanese_differs_from_source_where_it_should() -> None:
    ja = _messages(i18n_tool.ts_file("ja"))
    # A source that is already Japanese (a date format example) may stay as it is.
    same = [
        k
        for k, v in ja.items()
        if v == k[1] and any(c.isalpha() for c in v) and not any(ord(c) > 0x3000 for c in v)
    ]
    assert not same, f"left in English in privacydesk_ja.ts: {same[:10]}"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_qm_is_compiled_from_ts(lang: str, tmp_path: Path) -> None:
    qm = tmp_path / f"{lang}.qm"
    subprocess.run(
        [i18n_tool.tool("pyside6-lrelease"), str(i18n_tool.ts_file(lang)), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    committed = i18n_tool.ts_file(lang).with_suffix(".qm")
    assert committed.read_bytes() == qm.read_bytes(), "run .venv/bin/python tools/i18n.py"


def test_tools_use_this_python() -> None:
    assert Path(i18n_tool.tool("pyside6-lupdate")).parent == Path(sys.executable).parent


def test_a_role_refusal_names_the_role_in_the_users_words(qapp: object) -> None:
    from privacydesk.errors import NotAllowed
    from privacydesk.ui import i18n

    exc = NotAllowed("auth.role_not_allowed", action="staff.create", role="viewer")
    i18n.set_language("ja", remember=False)
    assert "（閲覧者）" in i18n.error_text(exc)
    i18n.set_language("en", remember=False)
    try:
        assert "(viewer)" in i18n.error_text(exc)
    finally:
        i18n.set_language("ja", remember=False)
