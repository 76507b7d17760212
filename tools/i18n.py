"""Update the Qt translations: extract strings (pyside6-lupdate), then compile (lrelease).

`.venv/bin/python tools/i18n.py` after changing widget text. English is the source language,
so privacydesk_en.ts is filled with the source text; Japanese translations are written in
resources/translations/privacydesk_ja.ts (by hand or with pyside6-linguist).
tests/ui/test_translations.py fails while any string lacks its translation.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("ja", "en")


def tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def sources() -> list[str]:
    forms = sorted(str(p) for p in (ROOT / "forms").glob("*.ui"))
    code = sorted(
        str(p) for p in (ROOT / "src" / "privacydesk" / "ui").rglob("*.py")
        if "generated" not in p.parts
    )
    return forms + code


def ts_file(lang: str) -> Path:
    return TS_DIR / f"privacydesk_{lang}.ts"


def fill_english(path: Path) -> None:
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.find("source")
        if translation is None or source is None:
            continue
        if translation.get("type") == "unfinished" or not (translation.text or ""):
            translation.text = source.text
            translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def main() -> None:
    for lang in LANGS:
        subprocess.run(
            [tool("pyside6-lupdate"), "-no-obsolete", *sources(), "-ts", str(ts_file(lang))],
            check=True, capture_output=True,
        )
    fill_english(ts_file("en"))
    for lang in LANGS:
        qm = ts_file(lang).with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), str(ts_file(lang)), "-qm", str(qm)],
                       check=True, capture_output=True)
        print(f"{ts_file(lang).name} -> {qm.name}")


if __name__ == "__main__":
    main()
