"""What can be checked here of the Windows and macOS installers without those systems: the
icons made from the one source image, and the promises the Inno Setup script makes to staff.
The bundle itself is built and self-tested by .ci/run (installer/build.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image

from installer import build

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "installer" / "windows" / "privacydesk.iss"


def test_the_icons_are_made_from_the_source_image(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build, "ICONS", tmp_path)
    with Image.open(build.ICON_PNG) as source:
        assert source.size == (1024, 1024)
    build.make_icons()
    with Image.open(tmp_path / "privacydesk.ico") as ico:
        assert ico.format == "ICO"
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(tmp_path / "privacydesk.icns") as icns:
        assert icns.format == "ICNS"
        assert max(icns.info["sizes"])[:2] >= (512, 512)


def test_the_setup_script_installs_per_user_and_keeps_the_database() -> None:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Inno Setup reads the Japanese only with a BOM
    text = raw.decode("utf-8-sig")
    setting = dict(re.findall(r"^(\w+)=(.*?)\r?$", text, flags=re.MULTILINE))
    assert setting["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setting  # never asks for admin
    assert setting["DefaultDirName"] == r"{autopf}\privacydesk"
    assert 'Name: "ja"; MessagesFile: "compiler:Languages\\Japanese.isl"' in text
    assert 'Name: "en"; MessagesFile: "compiler:Default.isl"' in text
    assert '#define AppNameJa "個人情報管理"' in text
    assert 'Name: "{autoprograms}\\{#AppNameJa} (privacydesk)"' in text
    # The uninstaller deletes nothing beyond what it installed, and says the data stay.
    assert "[UninstallDelete]" not in text.replace("; No [UninstallDelete]", "")
    assert "ja.KeepData=" in text and "en.KeepData=" in text
    assert "CustomMessage('KeepData')" in text and "usPostUninstall" in text
    assert r"{localappdata}\privacydesk" in text  # platformdirs' folder on Windows


def test_the_build_script_finds_the_console_executable() -> None:
    exe = build.console_exe()
    assert exe.name.startswith("privacydesk-cli")
    assert build.bundle_dir() in exe.parents
