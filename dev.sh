#!/usr/bin/env bash
# Set-up and run: `./dev.sh demo` starts privacydesk on a fresh demo database;
# `./dev.sh test` runs the linters, the layer contracts and the whole test suite.
# Both are idempotent: a second run reuses .venv and reinstalls only when pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")"

PY=${PYTHON:-python3}
VENV=.venv

need_python() {
    if ! command -v "$PY" >/dev/null 2>&1; then
        echo "Python 3.11+ is needed. Install it, then run this again." >&2; exit 1
    fi
    if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
        echo "Python 3.11 or newer is needed (found $("$PY" --version))." >&2; exit 1
    fi
    if ! "$PY" -c 'import venv, ensurepip' >/dev/null 2>&1; then
        echo "Python's venv module is missing. On Debian/Ubuntu run:" >&2
        echo "  sudo apt-get install python3-venv" >&2; exit 1
    fi
}

qt_libs() {
    # Qt's offscreen platform still loads libEGL, libGL and fontconfig on Linux.
    [ "$(uname -s)" = Linux ] || return 0
    local missing=()
    for lib in libEGL.so.1 libGL.so.1 libfontconfig.so.1 libxkbcommon.so.0 libdbus-1.so.3; do
        ldconfig -p 2>/dev/null | grep -q "$lib" || missing+=("$lib")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local pkgs="libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3"
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $pkgs >/dev/null
    else
        echo "Qt needs system libraries (${missing[*]}). Run:" >&2
        echo "  sudo apt-get install -y $pkgs" >&2; exit 1
    fi
}

install() {
    need_python
    qt_libs
    [ -d "$VENV" ] || "$PY" -m venv "$VENV"
    local stamp="$VENV/.stamp-$1"
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
        "$VENV/bin/python" -m pip install -q --upgrade pip
        "$VENV/bin/python" -m pip install -q -e ".[$1]"
        touch "$stamp"
    fi
}

case "${1:-}" in
    demo)
        install test
        shift
        exec "$VENV/bin/privacydesk" --demo "$@"
        ;;
    test)
        install test
        shift
        export QT_QPA_PLATFORM=offscreen
        "$VENV/bin/ruff" check src tests benchmarks
        "$VENV/bin/lint-imports"
        exec "$VENV/bin/python" -m pytest "$@"
        ;;
    *)
        echo "usage: ./dev.sh demo | ./dev.sh test [pytest args]" >&2; exit 2
        ;;
esac
