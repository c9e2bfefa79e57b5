"""Recognising a data folder inside a sync service or on a network share, from its path and
the mount table, without ever touching the disk."""

from __future__ import annotations

from pathlib import PurePosixPath, PureWindowsPath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caregiver_app.core.syncfolders import sync_service

LOCAL_MOUNTS = [("/", "ext4"), ("/boot/efi", "vfat"), ("/home", "btrfs"), ("/tmp", "tmpfs")]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/maria/Dropbox/caregiver", "Dropbox"),
        ("/home/maria/dropbox/caregiver", "Dropbox"),
        ("/home/maria/Dropbox (Personal)/diary", "Dropbox"),
        ("/home/maria/Dropbox (Acme Corp)/diary", "Dropbox"),
        ("/Users/maria/Library/CloudStorage/Dropbox/diary", "Dropbox"),
        ("/Users/maria/Library/CloudStorage/Dropbox-Personal/diary", "Dropbox"),
        ("/home/maria/OneDrive/Documents/diary", "OneDrive"),
        ("/Users/maria/Library/CloudStorage/OneDrive-Personal/diary", "OneDrive"),
        ("/Users/maria/Library/Mobile Documents/com~apple~CloudDocs/diary", "iCloud Drive"),
        (
            "/Users/maria/Library/CloudStorage/GoogleDrive-maria@example.com/My Drive",
            "Google Drive",
        ),
        ("/Users/maria/Library/CloudStorage/SomeNewService-maria/diary", "a cloud storage folder"),
        ("/home/maria/Google Drive/diary", "Google Drive"),
        ("/home/maria/Nextcloud/diary", "Nextcloud"),
        ("/home/maria/Nextcloud2/diary", "Nextcloud"),
        ("/home/maria/ownCloud/diary", "ownCloud"),
        ("/home/maria/ownCloud - maria@cloud.example.org/diary", "ownCloud"),
        ("/home/maria/pCloudDrive/diary", "pCloud"),
        ("/home/maria/MEGA/diary", "MEGA"),
        ("/home/maria/MEGAsync/diary", "MEGA"),
        ("/run/user/1000/gvfs/google-drive:host=gmail.com,user=maria/diary", "Google Drive"),
        ("/run/user/1000/gvfs/smb-share:server=nas,share=family/diary", "a network share"),
        ("/run/user/1000/gvfs/sftp:host=server/home/maria", "a network share"),
        # Too ambiguous to warn about: Syncthing's and Sync.com's "Sync", a plain "Box".
        ("/home/maria/Sync/diary", None),
        ("/home/maria/Box/diary", None),
        ("/home/maria/.local/share/caregiver-app", None),
        ("/home/maria/Documents/dropbox-notes", None),
        ("/home/maria/Documents/megaphone", None),
    ],
)
def test_folder_names_of_sync_services_are_recognised(path, expected):
    assert sync_service(PurePosixPath(path), LOCAL_MOUNTS) == expected


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("C:\\Users\\Maria\\OneDrive\\Documents\\diary", "OneDrive"),
        ("C:\\Users\\Maria\\OneDrive - Contoso\\diary", "OneDrive"),
        ("C:\\Users\\Maria\\iCloudDrive\\diary", "iCloud Drive"),
        ("C:\\Users\\Maria\\Dropbox\\diary", "Dropbox"),
        ("G:\\My Drive\\diary", "Google Drive"),
        ("\\\\nas\\family\\diary", "a network share"),
        ("\\\\nas\\home\\Dropbox\\diary", "Dropbox"),
        ("C:\\Users\\Maria\\My Drive\\diary", None),
        ("C:\\Users\\Maria\\AppData\\Local\\caregiver-app", None),
    ],
)
def test_windows_paths_are_recognised_too(path, expected):
    assert sync_service(PureWindowsPath(path), []) == expected


@pytest.mark.parametrize(
    ("fs_type", "expected"),
    [
        ("nfs", "a network share"),
        ("nfs4", "a network share"),
        ("cifs", "a network share"),
        ("smb3", "a network share"),
        ("smbfs", "a network share"),
        ("fuse.sshfs", "a network share"),
        ("davfs", "a network share"),
        ("afs", "a network share"),
        ("fuse.gvfsd-fuse", "a network share"),
        ("fuse.rclone", "a cloud drive"),
        ("fuse.onedriver", "OneDrive"),
        ("9p", "a folder shared from another system (such as a virtual machine's host)"),
        ("vboxsf", "a folder shared from another system (such as a virtual machine's host)"),
        ("ext4", None),
        ("btrfs", None),
        ("tmpfs", None),
        ("fuse.encfs", None),
    ],
)
def test_the_file_system_under_the_folder_decides_for_remote_mounts(fs_type, expected):
    mounts = [*LOCAL_MOUNTS, ("/mnt/family", fs_type)]
    assert sync_service(PurePosixPath("/mnt/family/diary"), mounts) == expected


def test_the_longest_mount_point_holding_the_folder_wins():
    mounts = [("/", "nfs4"), ("/home", "ext4"), ("/home/maria/shared", "cifs")]
    assert sync_service(PurePosixPath("/home/maria/diary"), mounts) is None
    assert sync_service(PurePosixPath("/home/maria/shared/diary"), mounts) == "a network share"
    assert sync_service(PurePosixPath("/srv/diary"), mounts) == "a network share"
    # /home/maria/shared-not is not inside /home/maria/shared.
    assert sync_service(PurePosixPath("/home/maria/shared-not"), mounts) is None


def test_a_file_system_mounted_over_another_at_the_same_place_wins():
    mounts = [("/", "ext4"), ("/mnt/nas", "autofs"), ("/mnt/nas", "nfs")]
    assert sync_service(PurePosixPath("/mnt/nas/diary"), mounts) == "a network share"


def test_a_network_home_folder_is_a_network_share():
    mounts = [("/", "ext4"), ("/home/maria", "nfs4")]
    assert sync_service(PurePosixPath("/home/maria/.local/share/caregiver-app"), mounts) == (
        "a network share"
    )


def test_a_sync_folder_name_is_said_rather_than_the_network_under_it():
    mounts = [("/", "ext4"), ("/home", "nfs")]
    assert sync_service(PurePosixPath("/home/maria/Dropbox/diary"), mounts) == "Dropbox"


_texts = st.text(st.characters(codec="utf-8"), max_size=30)
_parts = st.lists(
    st.one_of(
        _texts,
        st.sampled_from(
            ["Dropbox", "gvfs", "google-drive:x", "Library", "CloudStorage", "..", ".", "/", ""]
        ),
    ),
    max_size=8,
)
_mounts = st.lists(
    st.tuples(
        st.one_of(_texts, _texts.map(lambda text: "/" + text), st.sampled_from(["/", "none"])),
        st.one_of(_texts, st.sampled_from(["nfs", "ext4", "fuse.rclone", "9p", ""])),
    ),
    max_size=8,
)


@given(parts=_parts, mounts=_mounts, windows=st.booleans())
def test_odd_paths_and_mount_tables_never_crash(parts, mounts, windows):
    path = (PureWindowsPath if windows else PurePosixPath)("/", *parts)
    result = sync_service(path, mounts)
    assert result is None or isinstance(result, str)
