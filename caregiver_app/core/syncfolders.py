"""Is a folder inside a sync service (Dropbox, OneDrive...) or on a network share?

SQLite's file locking is what keeps a diary whole when two programs write to it. Sync
services copy the file behind SQLite's back, and network file systems often do not honour
its locks, so either can leave a damaged or half-old diary. This module only recognises such
places, from the folder's path and the mount table (``(mount point, file system type)``
pairs, as read from ``/proc/mounts``); it never touches the disk.

The names returned are shown to the family: brand names (proper nouns, the same in every
language), or a plain description marked for translation in the "SyncFolders" context; pass
either through ``translate(CONTEXT, name)``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import PurePath, PurePosixPath

from caregiver_app.core.messages import QT_TRANSLATE_NOOP

CONTEXT = "SyncFolders"

# Brand names are not translated.
DROPBOX = "Dropbox"
ONEDRIVE = "OneDrive"
ICLOUD = "iCloud Drive"
GOOGLE_DRIVE = "Google Drive"
NEXTCLOUD = "Nextcloud"
OWNCLOUD = "ownCloud"
PCLOUD = "pCloud"
MEGA = "MEGA"
BOX = "Box"
TRESORIT = "Tresorit"
SEAFILE = "Seafile"
PROTON_DRIVE = "Proton Drive"
YANDEX_DISK = "Yandex Disk"
RESILIO = "Resilio Sync"
CLOUD_FOLDER = QT_TRANSLATE_NOOP("SyncFolders", "a cloud storage folder")
CLOUD_DRIVE = QT_TRANSLATE_NOOP("SyncFolders", "a cloud drive")
NETWORK_SHARE = QT_TRANSLATE_NOOP("SyncFolders", "a network share")
SHARED_FROM_HOST = QT_TRANSLATE_NOOP(
    "SyncFolders", "a folder shared from another system (such as a virtual machine's host)"
)

# Folder names (compared case-insensitively, whole name) that sync clients create. Plain
# "Sync" (Syncthing, Sync.com) and "Box" are left out: too many folders have those names.
_FOLDER_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), name)
    for pattern, name in (
        (r"dropbox( \(.*\))?", DROPBOX),  # "Dropbox", "Dropbox (Personal)", "Dropbox (Acme)"
        (r"onedrive( - .*| \(.*\))?", ONEDRIVE),  # "OneDrive", "OneDrive - Acme"
        (r"icloud ?drive( \(archive\))?", ICLOUD),  # Windows: "iCloudDrive", "iCloud Drive"
        (r"mobile documents", ICLOUD),  # macOS: ~/Library/Mobile Documents/com~apple~CloudDocs
        (r"com~apple~clouddocs", ICLOUD),
        (r"google ?drive", GOOGLE_DRIVE),  # "Google Drive" (Backup and Sync), "GoogleDrive"
        (r"nextcloud\d*", NEXTCLOUD),  # "Nextcloud", "Nextcloud2" (a second account)
        (r"owncloud\d*( - .*)?", OWNCLOUD),  # "ownCloud", "ownCloud - maria@cloud.example"
        (r"pcloud ?drive|pcloud( sync)?", PCLOUD),
        (r"mega(sync)?", MEGA),
        (r"box sync", BOX),
        (r"tresorit", TRESORIT),
        (r"seafile", SEAFILE),
        (r"proton ?drive", PROTON_DRIVE),
        (r"yandex\.disk", YANDEX_DISK),
        (r"resilio sync", RESILIO),
    )
)

# macOS keeps every File Provider sync service under ~/Library/CloudStorage/<Provider>-<account>.
_CLOUD_STORAGE_PROVIDERS: tuple[tuple[str, str], ...] = (
    ("dropbox", DROPBOX),
    ("onedrive", ONEDRIVE),
    ("googledrive", GOOGLE_DRIVE),
    ("box", BOX),
    ("pcloud", PCLOUD),
    ("nextcloud", NEXTCLOUD),
    ("owncloud", OWNCLOUD),
    ("mega", MEGA),
    ("protondrive", PROTON_DRIVE),
    ("icloud", ICLOUD),
)

# GNOME's gvfs mounts remote places under /run/user/<uid>/gvfs/<scheme>:<details>.
_GVFS_SCHEMES: tuple[tuple[str, str], ...] = (
    ("google-drive:", GOOGLE_DRIVE),
    ("onedrive:", ONEDRIVE),
    ("smb-share:", NETWORK_SHARE),
    ("sftp:", NETWORK_SHARE),
    ("ftp:", NETWORK_SHARE),
    ("ftps:", NETWORK_SHARE),
    ("dav:", NETWORK_SHARE),
    ("davs:", NETWORK_SHARE),
    ("afp-volume:", NETWORK_SHARE),
    ("nfs:", NETWORK_SHARE),
)

# File system types (the third field of /proc/mounts) that live on another computer.
_NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "openafs",
        "coda",
        "ceph",
        "fuse.ceph",
        "glusterfs",
        "fuse.glusterfs",
        "lustre",
        "gpfs",
        "beegfs",
        "ocfs2",
        "gfs2",
        "sshfs",
        "fuse.sshfs",
        "davfs",
        "davfs2",
        "fuse.davfs2",
        "fuse.curlftpfs",
        "fuse.gvfsd-fuse",
        "fuse.gvfs-fuse-daemon",
        "fuse.kio-fuse",
    }
)
_CLOUD_FILE_SYSTEMS: dict[str, str] = {
    "fuse.rclone": CLOUD_DRIVE,
    "rclone": CLOUD_DRIVE,
    "fuse.s3fs": CLOUD_DRIVE,
    "s3fs": CLOUD_DRIVE,
    "fuse.gcsfuse": CLOUD_DRIVE,
    "fuse.goofys": CLOUD_DRIVE,
    "fuse.onedriver": ONEDRIVE,
    "fuse.google-drive-ocamlfuse": GOOGLE_DRIVE,
    "fuse.pcloud": PCLOUD,
    "fuse.megafuse": MEGA,
    "fuse.megacmd": MEGA,
}
# Folders a virtual machine or WSL sees from its host: not a network, but the same trouble
# with locks (WSL's /mnt/c is 9p or drvfs).
_HOST_SHARED_FILE_SYSTEMS = frozenset(
    {"9p", "drvfs", "virtiofs", "vboxsf", "vmhgfs", "fuse.vmhgfs-fuse", "prl_fs"}
)


def _by_folder_name(parts: Sequence[str]) -> str | None:
    for index, part in enumerate(parts):
        folded = part.casefold()
        for pattern, name in _FOLDER_PATTERNS:
            if pattern.fullmatch(folded):
                return name
        for scheme, name in _GVFS_SCHEMES:
            if folded.startswith(scheme) and index > 0 and parts[index - 1] == "gvfs":
                return name
        if (
            folded == "cloudstorage"
            and index > 0
            and parts[index - 1].casefold() == "library"
            and index + 1 < len(parts)
        ):
            provider = parts[index + 1].casefold().replace(" ", "")
            for prefix, name in _CLOUD_STORAGE_PROVIDERS:
                if provider.startswith(prefix):
                    return name
            return CLOUD_FOLDER
        # Google Drive for desktop on Windows shows "My Drive" at the root of its own drive.
        if folded in ("my drive", "shared drives") and index == 1 and parts[0].endswith(":\\"):
            return GOOGLE_DRIVE
    return None


def _file_system_kind(fs_type: str) -> str | None:
    fs_type = fs_type.casefold()
    if fs_type in _CLOUD_FILE_SYSTEMS:
        return _CLOUD_FILE_SYSTEMS[fs_type]
    if fs_type in _HOST_SHARED_FILE_SYSTEMS:
        return SHARED_FROM_HOST
    if fs_type in _NETWORK_FILE_SYSTEMS or fs_type.startswith(("nfs", "smb", "cifs")):
        return NETWORK_SHARE
    return None


def _by_mount(path: PurePath, mounts: Sequence[tuple[str, str]]) -> str | None:
    """The kind of the file system holding ``path``: the mount with the longest mount point
    that contains it (a later entry wins a tie: it is mounted over the earlier one)."""
    parts = PurePosixPath(path.as_posix()).parts
    best: tuple[int, str] | None = None
    for mount_point, fs_type in mounts:
        if not mount_point.startswith("/"):
            continue  # not a path ("none", a swap entry...)
        mount_parts = PurePosixPath(mount_point).parts
        if parts[: len(mount_parts)] != mount_parts:
            continue
        if best is None or len(mount_parts) >= best[0]:
            best = (len(mount_parts), fs_type)
    return _file_system_kind(best[1]) if best is not None else None


def sync_service(path: PurePath, mounts: Sequence[tuple[str, str]]) -> str | None:
    """The sync service or kind of remote place holding ``path`` (an absolute, resolved
    folder), as an English name marked for translation in :data:`CONTEXT`; ``None`` for an
    ordinary local folder."""
    # A Windows UNC path (\\server\share\...) is a network share by definition.
    unc = path.drive.startswith(("\\\\", "//")) and len(path.drive) > 2
    return _by_folder_name(path.parts) or (NETWORK_SHARE if unc else _by_mount(path, mounts))
