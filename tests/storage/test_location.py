"""Classification of database locations: local disk, synced cloud folders, network shares."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from privacydesk.errors import EnvironmentProblem
from privacydesk.storage.location import (
    Location,
    LocationKind,
    Mount,
    classify_location,
    parse_mount_output,
    parse_mountinfo,
    parse_proc_mounts,
    require_allowed,
    system_mounts,
    warning_code,
)

LOCAL = Location(LocationKind.LOCAL)
NET = Location(LocationKind.NETWORK, "network")


def synced(service: str) -> Location:
    return Location(LocationKind.SYNCED, service)


LINUX_TABLE = [
    Mount("/", "ext4"),
    Mount("/home", "ext4"),
    Mount("/mnt/office", "cifs"),
    Mount("/mnt/office/local-cache", "ext4"),
    Mount("/srv/nfs share", "nfs4"),
    Mount("/mnt/nas", "nfs"),
    Mount("/home/u/remote", "fuse.sshfs"),
]

MAC_TABLE = [
    Mount("/", "apfs"),
    Mount("/System/Volumes/Data", "apfs"),
    Mount("/Volumes/Office", "smbfs"),
    Mount("/Volumes/Old NAS", "afpfs"),
    Mount("/Volumes/USB", "exfat"),
]


def linux(path: str) -> Location:
    return classify_location(PurePosixPath(path), mounts=LINUX_TABLE, platform="linux")


def mac(path: str) -> Location:
    return classify_location(PurePosixPath(path), mounts=MAC_TABLE, platform="darwin")


def win(path: str, environ: dict[str, str] | None = None, remote: str = "") -> Location:
    return classify_location(
        PureWindowsPath(path),
        environ=environ or {},
        platform="win32",
        drive_is_remote=lambda root: root[0].upper() in remote,
    )


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/u/privacydesk/privacydesk.db", LOCAL),
        ("/var/lib/privacydesk.db", LOCAL),
        ("/home/u/Dropbox/office/privacydesk.db", synced("Dropbox")),
        ("/home/u/Dropbox (Personal)/privacydesk.db", synced("Dropbox")),
        ("/home/u/OneDrive/privacydesk.db", synced("OneDrive")),
        ("/home/u/Google Drive/privacydesk.db", synced("Google Drive")),
        ("/home/u/boxes/box/privacydesk.db", LOCAL),  # "box" alone is an ordinary word
        ("/mnt/office/privacydesk.db", NET),
        ("/mnt/office", NET),
        ("/mnt/office/local-cache/privacydesk.db", LOCAL),  # longest mount point wins
        ("/mnt/officex/privacydesk.db", LOCAL),  # a prefix that is not a path component
        ("/srv/nfs share/db/privacydesk.db", NET),
        ("/mnt/nas/privacydesk.db", NET),
        ("/home/u/remote/privacydesk.db", NET),
        ("//server/share/privacydesk.db", NET),
        ("/run/user/1000/gvfs/smb-share:server=nas,share=office/privacydesk.db", NET),
        ("/run/user/1000/gvfs/mtp:host=phone/privacydesk.db", LOCAL),
    ],
)
def test_linux_paths(path: str, expected: Location) -> None:
    assert linux(path) == expected


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/Users/u/Documents/privacydesk.db", LOCAL),
        ("/Users/u/Library/CloudStorage/OneDrive-Personal/privacydesk.db", synced("OneDrive")),
        (
            "/Users/u/Library/CloudStorage/OneDrive-SharedLibraries-Contoso/a.db",
            synced("OneDrive"),
        ),
        ("/Users/u/Library/CloudStorage/Dropbox/privacydesk.db", synced("Dropbox")),
        (
            "/Users/u/Library/CloudStorage/GoogleDrive-someone@example.org/My Drive/x.db",
            synced("Google Drive"),
        ),
        ("/Users/u/Library/CloudStorage/Box-Box/privacydesk.db", synced("Box")),
        ("/Users/u/Library/CloudStorage/pCloud-Drive/privacydesk.db", synced("pCloud")),
        (
            "/Users/u/Library/Mobile Documents/com~apple~CloudDocs/privacydesk.db",
            synced("iCloud Drive"),
        ),
        ("/Users/u/Box/privacydesk.db", synced("Box")),
        ("/Users/u/Box Sync/privacydesk.db", synced("Box")),
        ("/Volumes/Office/privacydesk.db", NET),
        ("/volumes/office/privacydesk.db", NET),  # APFS is case-insensitive
        ("/Volumes/Old NAS/privacydesk.db", NET),
        ("/Volumes/USB/privacydesk.db", LOCAL),
    ],
)
def test_macos_paths(path: str, expected: Location) -> None:
    assert mac(path) == expected


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (r"C:\Users\u\Documents\privacydesk.db", LOCAL),
        (r"C:\Users\u\OneDrive\privacydesk.db", synced("OneDrive")),
        (r"C:\Users\u\OneDrive - NPO法人さくら\個人情報\privacydesk.db", synced("OneDrive")),
        (r"c:\users\u\onedrive\privacydesk.db", synced("OneDrive")),
        (r"C:\Users\u\Dropbox\privacydesk.db", synced("Dropbox")),
        (r"G:\My Drive\privacydesk.db", synced("Google Drive")),
        (r"G:\マイドライブ\事務局\privacydesk.db", synced("Google Drive")),
        (r"C:\Users\u\iCloudDrive\privacydesk.db", synced("iCloud Drive")),
        (r"C:\Users\u\Box\privacydesk.db", synced("Box")),
        (r"\\nas01\office\privacydesk.db", NET),
        ("//nas01/office/privacydesk.db", NET),
        (r"\\?\UNC\nas01\office\privacydesk.db", NET),
        (r"\\?\C:\Users\u\Documents\privacydesk.db", LOCAL),
        (r"\\?\C:\Users\u\Dropbox\privacydesk.db", synced("Dropbox")),
    ],
)
def test_windows_paths(path: str, expected: Location) -> None:
    assert win(path) == expected


def test_windows_mapped_network_drive() -> None:
    assert win(r"Z:\privacydesk\privacydesk.db", remote="Z") == NET
    assert win(r"D:\privacydesk\privacydesk.db", remote="Z") == LOCAL


def test_windows_onedrive_environment_variable() -> None:
    env = {"OneDriveCommercial": r"D:\Sync\Contoso Files"}
    assert win(r"D:\Sync\Contoso Files\db\privacydesk.db", env) == synced("OneDrive")
    assert win(r"d:\sync\contoso files\privacydesk.db", env) == synced("OneDrive")
    assert win(r"D:\Sync\Other\privacydesk.db", env) == LOCAL


def test_windows_style_strings_are_understood_on_any_platform() -> None:
    assert classify_location(r"\\nas01\office\x.db", mounts=[], platform="linux") == NET
    assert classify_location(r"C:\Users\u\Dropbox\x.db", mounts=[], platform="linux") == synced(
        "Dropbox"
    )


def test_network_wins_over_synced() -> None:
    assert linux("/mnt/office/Dropbox/privacydesk.db") == NET


def test_symlink_into_a_synced_folder(tmp_path: Path) -> None:
    target = tmp_path / "Dropbox" / "office"
    target.mkdir(parents=True)
    link = tmp_path / "shortcut"
    link.symlink_to(target, target_is_directory=True)
    assert classify_location(link / "privacydesk.db", mounts=[Mount("/", "ext4")]) == synced(
        "Dropbox"
    )


def test_real_local_folder(tmp_path: Path) -> None:
    assert classify_location(tmp_path / "privacydesk.db", mounts=[Mount("/", "ext4")]) == LOCAL


def test_parse_mountinfo() -> None:
    text = (
        "22 1 8:2 / / rw,relatime shared:1 - ext4 /dev/sda2 rw\n"
        "40 22 0:35 / /mnt/office rw,relatime shared:20 - cifs //nas/office rw,vers=3.0\n"
        "41 22 0:36 / /srv/nfs\\040share rw shared:21 master:3 - nfs4 nas:/export rw\n"
        "garbage line\n"
    )
    assert parse_mountinfo(text) == [
        Mount("/", "ext4"),
        Mount("/mnt/office", "cifs"),
        Mount("/srv/nfs share", "nfs4"),
    ]


def test_parse_proc_mounts() -> None:
    text = (
        "/dev/sda2 / ext4 rw 0 0\n"
        "nas:/export /mnt/nas nfs rw 0 0\n"
        "//nas/a /mnt/a\\040b cifs rw 0 0\n"
    )
    assert parse_proc_mounts(text) == [
        Mount("/", "ext4"),
        Mount("/mnt/nas", "nfs"),
        Mount("/mnt/a b", "cifs"),
    ]


def test_parse_macos_mount_output() -> None:
    text = (
        "/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
        "//u@nas._smb._tcp.local/Office on /Volumes/Office (smbfs, nodev, nosuid, mounted by u)\n"
        "afp_0TQ on /Volumes/Old NAS (afpfs, nodev, nosuid, mounted by u)\n"
    )
    assert parse_mount_output(text) == [
        Mount("/", "apfs"),
        Mount("/Volumes/Office", "smbfs"),
        Mount("/Volumes/Old NAS", "afpfs"),
    ]


def test_system_mounts_never_raises() -> None:
    assert isinstance(system_mounts(), list)
    assert system_mounts("win32") == []


def test_require_allowed() -> None:
    require_allowed("/x.db", LOCAL, opted_in=False)
    require_allowed("/x.db", synced("OneDrive"), opted_in=True)
    require_allowed("/x.db", NET, opted_in=True)
    with pytest.raises(EnvironmentProblem) as synced_err:
        require_allowed("/x.db", synced("OneDrive"), opted_in=False)
    assert synced_err.value.code == "location.synced_refused"
    assert synced_err.value.params == {"path": "/x.db", "service": "OneDrive"}
    assert "OneDrive" in str(synced_err.value)
    with pytest.raises(EnvironmentProblem) as net_err:
        require_allowed("/x.db", NET, opted_in=False)
    assert net_err.value.code == "location.network_refused"


def test_warning_and_wal() -> None:
    assert warning_code(synced("Dropbox")) == "location.synced_warning"
    assert warning_code(NET) is None
    assert warning_code(LOCAL) is None
    assert LOCAL.allows_wal
    assert not NET.allows_wal
    assert not synced("Box").allows_wal
    assert not LOCAL.needs_opt_in
    assert NET.needs_opt_in
