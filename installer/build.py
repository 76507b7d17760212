"""Builds the one-folder bundle and proves it: the same script on Linux (.ci/run), Windows and
macOS (.github/workflows/installers.yml).

    python installer/build.py               # icons, PyInstaller, then the frozen self-test
    python installer/build.py --self-test-only

It makes build/icons/privacydesk.ico and .icns from resources/icons/privacydesk.png, runs
PyInstaller on installer/privacydesk.spec into dist/, then runs the frozen console
executable's `--self-test` and fails unless it exits 0 and prints its success line. The
installers (Inno Setup, the .dmg) are made from dist/ afterwards; see installer/README.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "installer" / "privacydesk.spec"
ICON_PNG = ROOT / "resources" / "icons" / "privacydesk.png"
ICONS = ROOT / "build" / "icons"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
SUCCESS_PREFIX = "privacydesk self-test: OK"  # as privacydesk/selftest.py prints it
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
SELF_TEST_TIMEOUT = 600  # seconds; it takes about 10 here


def bundle_dir() -> Path:
    """What the build produces: the .app on macOS, the folder elsewhere."""
    return DIST / ("privacydesk.app" if sys.platform == "darwin" else "privacydesk")


def console_exe() -> Path:
    if sys.platform == "darwin":
        return bundle_dir() / "Contents" / "MacOS" / "privacydesk-cli"
    return bundle_dir() / ("privacydesk-cli.exe" if os.name == "nt" else "privacydesk-cli")


def make_icons() -> None:
    """The .ico (Windows, Inno Setup) and .icns (macOS) from the one source PNG."""
    from PIL import Image

    ICONS.mkdir(parents=True, exist_ok=True)
    with Image.open(ICON_PNG) as image:
        rgba = image.convert("RGBA")
        rgba.save(ICONS / "privacydesk.ico", format="ICO", sizes=ICO_SIZES)
        rgba.save(ICONS / "privacydesk.icns", format="ICNS")
    print(f"icons: {ICONS / 'privacydesk.ico'}, {ICONS / 'privacydesk.icns'}", flush=True)


def size_mb(path: Path) -> float:
    total = sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1e6


def pyinstaller() -> float:
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
    )
    return time.perf_counter() - started


def self_test() -> float:
    """Run the frozen console executable's self-test as an office machine would."""
    exe = console_exe()
    if not exe.is_file():
        raise SystemExit(f"build: {exe} is missing")
    # The bundle as shipped: nothing of ours from the environment (resources, data folder).
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRIVACYDESK_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    done = subprocess.run(
        [str(exe), "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=SELF_TEST_TIMEOUT,
        check=False,
    )
    elapsed = time.perf_counter() - started
    sys.stdout.write(done.stdout)
    sys.stderr.write(done.stderr)
    if done.returncode != 0 or not any(
        line.startswith(SUCCESS_PREFIX) for line in done.stdout.splitlines()
    ):
        raise SystemExit(f"build: the frozen self-test failed (exit {done.returncode})")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--self-test-only", action="store_true", help="test an existing build")
    args = parser.parse_args(argv)
    if not args.self_test_only:
        make_icons()
        if bundle_dir().exists():
            shutil.rmtree(bundle_dir())
        built = pyinstaller()
        print(f"build: {bundle_dir()} in {built:.0f} s", flush=True)
    print(f"bundle size: {size_mb(bundle_dir()):.0f} MB ({bundle_dir()})", flush=True)
    took = self_test()
    print(f"frozen self-test: OK in {took:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
