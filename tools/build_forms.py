"""Compile forms/*.ui into src/privacydesk/ui/generated/ with pyside6-uic (committed output).

Run after editing a form: `.venv/bin/python tools/build_forms.py`. tests/ui/test_forms.py
regenerates and compares, ignoring the generator's version line.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
GENERATED = ROOT / "src" / "privacydesk" / "ui" / "generated"


def uic() -> str:
    exe = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent))
    if exe is None:
        raise SystemExit("pyside6-uic not found next to this Python")
    return exe


def compile_form(ui_file: Path) -> str:
    result = subprocess.run(
        [uic(), "--from-imports", str(ui_file)], capture_output=True, check=True
    )
    return result.stdout.decode("utf-8")


def target_for(ui_file: Path) -> Path:
    return GENERATED / f"ui_{ui_file.stem}.py"


def main() -> None:
    GENERATED.mkdir(parents=True, exist_ok=True)
    init = GENERATED / "__init__.py"
    init.write_text('"""Generated from forms/*.ui by tools/build_forms.py: do not edit."""\n',
                    encoding="utf-8")
    for ui_file in sorted(FORMS.glob("*.ui")):
        target_for(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.name} -> {target_for(ui_file).relative_to(ROOT)}")


if __name__ == "__main__":
    main()
