#!/usr/bin/env bash
# The macOS .app and its .dmg (drag to Applications), for this Mac's own architecture:
# sqlcipher3 has no universal2 wheel, so build once on Apple silicon (arm64) and once on an
# Intel Mac (x86_64). macOS 13 or later (PySide6 6.11).
#
#   installer/macos/build_dmg.sh           # build.py (bundle + frozen self-test), then the .dmg
#   SKIP_BUILD=1 installer/macos/build_dmg.sh   # only the .dmg, from an existing dist/privacydesk.app
#
# With CODESIGN_IDENTITY set ("Developer ID Application: …"), the .app is signed with the
# hardened runtime before it goes into the .dmg; with NOTARY_PROFILE set too (a keychain
# profile made by `xcrun notarytool store-credentials`), the .dmg is notarised and stapled.
# See installer/README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

PY=${PYTHON:-python3}
APP=dist/privacydesk.app
ARCH=$(uname -m)

if [ "$(uname -s)" != Darwin ]; then
    echo "build_dmg.sh runs on macOS only (hdiutil, codesign)." >&2; exit 2
fi
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    "$PY" installer/build.py
fi
[ -d "$APP" ] || { echo "$APP is missing: run installer/build.py first." >&2; exit 1; }

# The bundle must be of this architecture only (a mixed one would fail on the other Mac).
BUILT=$(lipo -archs "$APP/Contents/MacOS/privacydesk")
if [ "$BUILT" != "$ARCH" ]; then
    echo "$APP is built for '$BUILT', not '$ARCH'." >&2; exit 1
fi
MIN=$(/usr/libexec/PlistBuddy -c 'Print :LSMinimumSystemVersion' "$APP/Contents/Info.plist")
[ "$MIN" = "13.0" ] || { echo "LSMinimumSystemVersion is '$MIN', expected 13.0." >&2; exit 1; }

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    # Hardened runtime and a secure timestamp: both are required for notarisation.
    codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
fi

VERSION=$("$PY" -c 'import privacydesk; print(privacydesk.__version__)')
DMG="dist/privacydesk-$VERSION-macos-$ARCH.dmg"
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
ditto "$APP" "$STAGE/privacydesk.app"  # ditto keeps the signatures and extended attributes
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "privacydesk" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
hdiutil verify "$DMG"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$DMG"
    if [ -n "${NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
        xcrun stapler staple "$DMG"
        xcrun stapler validate "$DMG"
    fi
fi

# The .dmg as an office Mac receives it: mounted read-only, the app's own self-test run.
MOUNT=$(mktemp -d)
hdiutil attach "$DMG" -nobrowse -readonly -mountpoint "$MOUNT" >/dev/null
trap 'hdiutil detach "$MOUNT" >/dev/null 2>&1 || true; rm -rf "$STAGE"' EXIT
QT_QPA_PLATFORM=offscreen "$MOUNT/privacydesk.app/Contents/MacOS/privacydesk-cli" --self-test \
    | tee "$STAGE/self-test.txt"
grep -q '^privacydesk self-test: OK' "$STAGE/self-test.txt"
[ -L "$MOUNT/Applications" ] || { echo "the .dmg has no Applications link" >&2; exit 1; }
echo "dmg: $DMG ($(du -h "$DMG" | cut -f1))"
