"""The committed generated forms are fresh: regenerate each and compare."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("build_forms", ROOT / "tools" / "build_forms.py")
assert spec and spec.loader
build_forms = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_forms)

FORMS = sorted((ROOT / "forms").glob("*.ui"))


def _strip_version(text: str) -> list[str]:
    return [line for line in text.splitlines() if "Qt User Interface Compiler version" not in line]


def test_every_form_is_compiled() -> None:
    generated = {p.name for p in build_forms.GENERATED.glob("ui_*.py")}
    assert generated == {f"ui_{f.stem}.py" for f in FORMS}


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.stem)
def test_generated_form_is_fresh(form: Path) -> None:
    committed = build_forms.target_for(form).read_text(encoding="utf-8")
    assert _strip_version(build_forms.compile_form(form)) == _strip_version(committed), (
        f"{form.name} changed: run .venv/bin/python tools/build_forms.py"
    )
