"""Where a database file lives: a local disk, a synced cloud folder or a network share.

Synced and network locations are refused unless the user opts in per database, because
sync clients and network file systems break SQLite's locking and WAL.
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from privacydesk.errors import EnvironmentProblem

__all__ = [
    "NETWORK_FS_TYPES",
    "Location",
    "LocationKind",
    "Mount",
    "classify_location",
    "parse_mount_output",
    "parse_mountinfo",
    "parse_proc_mounts",
    "require_allowed",
    "system_mounts",
    "warning_code",
]


class LocationKind(Enum):
    LOCAL = "local"
    SYNCED = "synced"
    NETWORK = "network"


@dataclass(frozen=True)
class Location:
    kind: LocationKind
    service: str | None = None

    @property
    def needs_opt_in(self) -> bool:
        return self.kind is not LocationKind.LOCAL

    @property
    def allows_wal(self) -> bool:
        # WAL needs shared memory between processes, which sync clients and SMB/NFS do not give.
        return self.kind is LocationKind.LOCAL


LOCAL = Location(LocationKind.LOCAL)
NETWORK = "network"


@dataclass(frozen=True)
class Mount:
    mount_point: str
    fs_type: str


NETWORK_FS_TYPES: frozenset[str] = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smbfs",
        "smb3",
        "smb2",
        "afpfs",
        "webdav",
        "davfs",
        "fuse.davfs",
        "sshfs",
        "fuse.sshfs",
        "ncpfs",
        "afs",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.gcsfuse",
    }
)

# GNOME's gvfs mounts remote shares under .../gvfs/<scheme>:...; local devices (mtp) are fine.
_GVFS_REMOTE_PREFIXES = ("smb-share:", "sftp:", "ftp:", "dav:", "davs:", "afp-volume:", "nfs:")

_ONEDRIVE_ENV_VARS = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")

_WINDOWS_ABS = re.compile(r"^(?:[A-Za-z]:[\\/]|\\\\|//(?!/))")

_DRIVE_REMOTE = 4  # GetDriveTypeW


# ---------------------------------------------------------------------------------------------
# Mount tables


def _unescape_octal(field: str) -> str:
    # /proc escapes space, tab, newline and backslash as \ooo.
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def parse_mountinfo(text: str) -> list[Mount]:
    """Mounts from Linux /proc/self/mountinfo text."""
    mounts: list[Mount] = []
    for line in text.splitlines():
        left, sep, right = line.partition(" - ")
        fields = left.split()
        rest = right.split()
        if not sep or len(fields) < 5 or not rest:
            continue
        mounts.append(Mount(_unescape_octal(fields[4]), rest[0]))
    return mounts


def parse_proc_mounts(text: str) -> list[Mount]:
    """Mounts from Linux /proc/mounts (or /etc/mtab) text."""
    mounts: list[Mount] = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append(Mount(_unescape_octal(fields[1]), fields[2]))
    return mounts


_MOUNT_LINE = re.compile(r"^.* on (?P<point>/.*?) \((?P<type>[^,)]+)")


def parse_mount_output(text: str) -> list[Mount]:
    """Mounts from the output of macOS/BSD `mount` ("dev on /point (type, options)")."""
    mounts: list[Mount] = []
    for line in text.splitlines():
        m = _MOUNT_LINE.match(line)
        if m:
            mounts.append(Mount(m.group("point"), m.group("type").strip()))
    return mounts


def system_mounts(platform: str | None = None) -> list[Mount]:
    """This machine's mount table; empty when it cannot be read (never raises)."""
    platform = platform or sys.platform
    if platform.startswith("linux"):
        for source, parse in (
            ("/proc/self/mountinfo", parse_mountinfo),
            ("/proc/mounts", parse_proc_mounts),
        ):
            try:
                with open(source, encoding="utf-8", errors="replace") as f:
                    return parse(f.read())
            except OSError:
                continue
        return []
    if platform == "darwin" or "bsd" in platform:
        try:
            done = subprocess.run(
                ["/sbin/mount"],
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=5,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            return []
        return parse_mount_output(done.stdout) if done.returncode == 0 else []
    return []


def _mount_for(path: str, mounts: Iterable[Mount], *, fold_case: bool) -> Mount | None:
    key = path.casefold() if fold_case else path
    best: Mount | None = None
    best_len = -1
    for mount in mounts:
        point = mount.mount_point.rstrip("/") or "/"
        cmp = point.casefold() if fold_case else point
        covers = cmp == "/" or key == cmp or key.startswith(cmp + "/")
        # Later lines win ties: a later mount on the same point hides the earlier one.
        if covers and len(cmp) >= best_len:
            best, best_len = mount, len(cmp)
    return best


# ---------------------------------------------------------------------------------------------
# Windows drives


def _windows_drive_is_remote(root: str) -> bool:  # pragma: no cover - Windows only
    if sys.platform != "win32":
        return False
    try:
        import ctypes

        return bool(ctypes.windll.kernel32.GetDriveTypeW(root) == _DRIVE_REMOTE)
    except (OSError, AttributeError):
        return False


# ---------------------------------------------------------------------------------------------
# Synced folder names


def _service_for_name(name: str) -> str | None:
    n = name.casefold()
    if n == "onedrive" or n.startswith(("onedrive - ", "onedrive-")):
        return "OneDrive"
    if n == "dropbox" or n.startswith(("dropbox (", "dropbox-")):
        return "Dropbox"
    if n in {"google drive", "googledrive", "my drive", "マイドライブ"} or n.startswith(
        "googledrive-"
    ):
        return "Google Drive"
    if n in {"icloud drive", "iclouddrive", "com~apple~clouddocs"}:
        return "iCloud Drive"
    # "box" is an ordinary word; only the exact folder names Box Drive / Box Sync create.
    if name in {"Box", "Box Sync"} or n == "box sync":
        return "Box"
    return None


def _cloudstorage_service(name: str) -> str:
    # macOS File Provider folders: ~/Library/CloudStorage/<Provider>-<account>.
    known = _service_for_name(name)
    if known:
        return known
    if name.casefold().startswith("box-"):
        return "Box"
    return name.split("-", 1)[0] or name


def _synced_service(parts: Sequence[str]) -> str | None:
    folded = [p.casefold() for p in parts]
    for i, part in enumerate(parts):
        if i >= 1 and folded[i - 1] == "library":
            if folded[i] == "mobile documents":
                return "iCloud Drive"
            if folded[i] == "cloudstorage" and i + 1 < len(parts):
                return _cloudstorage_service(parts[i + 1])
        service = _service_for_name(part)
        if service:
            return service
    return None


def _under(child: PurePath, parent: PurePath) -> bool:
    c = [p.casefold() for p in child.parts]
    p = [p.casefold() for p in parent.parts]
    return len(p) > 0 and c[: len(p)] == p


# ---------------------------------------------------------------------------------------------
# Classification


def _looks_windows(text: str) -> bool:
    return bool(_WINDOWS_ABS.match(text))


def _strip_extended_prefix(text: str) -> tuple[str, bool]:
    """Drops Win32 \\\\?\\ and \\\\.\\ prefixes; the bool says the result is a UNC path."""
    norm = text.replace("/", "\\")
    upper = norm.upper()
    for prefix in ("\\\\?\\UNC\\", "\\\\.\\UNC\\"):
        if upper.startswith(prefix):
            return "\\\\" + norm[len(prefix) :], True
    for prefix in ("\\\\?\\", "\\\\.\\"):
        if upper.startswith(prefix):
            return norm[len(prefix) :], False
    return text, False


def _classify_windows(
    text: str,
    environ: Mapping[str, str],
    drive_is_remote: Callable[[str], bool],
) -> Location:
    text, unc = _strip_extended_prefix(text)
    path = PureWindowsPath(text)
    if unc or path.drive.startswith("\\\\"):
        return Location(LocationKind.NETWORK, NETWORK)
    if path.drive and drive_is_remote(path.drive + "\\"):
        return Location(LocationKind.NETWORK, NETWORK)
    for var in _ONEDRIVE_ENV_VARS:
        value = environ.get(var)
        if value and _under(path, PureWindowsPath(value)):
            return Location(LocationKind.SYNCED, "OneDrive")
    service = _synced_service(path.parts[1:] if path.anchor else path.parts)
    if service:
        return Location(LocationKind.SYNCED, service)
    return LOCAL


def _classify_posix(text: str, mounts: Iterable[Mount], *, fold_case: bool) -> Location:
    if text.startswith("//") and not text.startswith("///"):
        return Location(LocationKind.NETWORK, NETWORK)
    mount = _mount_for(text, mounts, fold_case=fold_case)
    if mount and mount.fs_type.casefold() in NETWORK_FS_TYPES:
        return Location(LocationKind.NETWORK, NETWORK)
    parts = PurePosixPath(text).parts
    for i, part in enumerate(parts):
        if part == "gvfs" and i + 1 < len(parts) and parts[i + 1].startswith(_GVFS_REMOTE_PREFIXES):
            return Location(LocationKind.NETWORK, NETWORK)
    service = _synced_service(parts[1:])
    if service:
        return Location(LocationKind.SYNCED, service)
    return LOCAL


def _candidates(path: PurePath | str, native: bool) -> list[str]:
    text = os.fspath(path)
    if not native:
        return [text]
    absolute = str(Path(text).absolute())
    out = [absolute]
    # A symlink into Dropbox or onto a share counts; so does a link out of one.
    with contextlib.suppress(OSError, ValueError):
        real = os.path.realpath(absolute)
        if real != absolute:
            out.insert(0, real)
    return out


def classify_location(
    path: PurePath | str,
    *,
    mounts: Iterable[Mount] | None = None,
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    drive_is_remote: Callable[[str], bool] | None = None,
) -> Location:
    """Local disk, synced cloud folder or network share; reads only (mounts, symlinks).

    Windows-style paths (C:\\..., \\\\server\\share) are understood on any platform. `mounts`,
    `environ`, `platform` and `drive_is_remote` default to this machine and exist for tests.
    """
    platform = platform or sys.platform
    text = os.fspath(path)
    windows = platform == "win32" or isinstance(path, PureWindowsPath) or _looks_windows(text)
    native = platform == sys.platform and (windows == (os.name == "nt"))
    if isinstance(path, PurePath) and not isinstance(path, Path):
        native = False
    if windows:
        env = environ if environ is not None else (os.environ if os.name == "nt" else {})
        remote = drive_is_remote or _windows_drive_is_remote
        results = [_classify_windows(c, env, remote) for c in _candidates(path, native)]
    else:
        table = list(mounts) if mounts is not None else system_mounts(platform)
        fold = platform == "darwin"
        results = [_classify_posix(c, table, fold_case=fold) for c in _candidates(path, native)]
    # The most restrictive finding wins: network over synced over local.
    for kind in (LocationKind.NETWORK, LocationKind.SYNCED):
        for result in results:
            if result.kind is kind:
                return result
    return LOCAL


def require_allowed(path: PurePath | str, location: Location, *, opted_in: bool) -> None:
    """Refuses a synced or network location unless this database was opted in."""
    if opted_in or not location.needs_opt_in:
        return
    if location.kind is LocationKind.NETWORK:
        raise EnvironmentProblem("location.network_refused", path=str(path))
    raise EnvironmentProblem("location.synced_refused", path=str(path), service=location.service)


def warning_code(location: Location) -> str | None:
    """The message to show once after opting in, or None (the caller remembers "once")."""
    if location.kind is LocationKind.SYNCED:
        return "location.synced_warning"
    return None
