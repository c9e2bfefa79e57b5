"""Where the family's data, backups and logs live, and where the app's resources are.

Data: ``--data-dir`` wins, then ``CAREGIVER_APP_DATA_DIR``, then the folder recorded in the
``data-location`` file of the user config folder (written when the family moves their data
out of a sync folder), then the platform's user data folder (platformdirs). A folder the
diary was moved out of holds a ``moved-to`` note naming the new folder, and is followed, so
an old ``--data-dir`` or shortcut never opens an empty diary in its place. Resources: inside
the installed package (wheel or frozen build), or the repository's top-level ``resources/``
and ``translations/`` when run from a checkout."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from caregiver_app import APP_NAME

DATA_DIR_ENV = "CAREGIVER_APP_DATA_DIR"
#: In the user config folder: one line, the absolute path of the family's data folder.
DATA_LOCATION_FILENAME = "data-location"
#: In a data folder the diary was moved out of: one line, the folder it went to.
MOVED_NOTE_FILENAME = "moved-to"
#: Must match ``storage.database.DATABASE_FILENAME`` (kept here so paths imports no storage).
_DATABASE_FILENAME = "caregiver.sqlite3"
_MAX_MOVES_FOLLOWED = 8
_PACKAGE_DIR = Path(__file__).resolve().parent
_MOUNT_TABLE = Path("/proc/mounts")


def default_data_dir() -> Path:
    """The platform's user data folder for the app (before any choice or move)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_location_file() -> Path:
    return config_dir() / DATA_LOCATION_FILENAME


def _read_folder_line(path: Path) -> Path | None:
    """The absolute folder named on the first line of ``path``; ``None`` if unreadable."""
    try:
        with path.open(encoding="utf-8") as file:
            line = file.readline().strip()
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not line:
        return None
    folder = Path(line)
    return folder if folder.is_absolute() else None


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _has_diary(folder: Path) -> bool:
    try:
        return (folder / _DATABASE_FILENAME).exists()
    except OSError:
        return False


def recorded_data_dir() -> Path | None:
    """The folder named in ``data-location``, whether or not it exists now."""
    return _read_folder_line(data_location_file())


def missing_recorded_data_dir() -> Path | None:
    """The folder named in ``data-location`` when it cannot be found (an unplugged disk, a
    deleted folder): the app then falls back to the default folder and says so."""
    recorded = recorded_data_dir()
    return recorded if recorded is not None and not _is_dir(recorded) else None


def _write_private_text(path: Path, text: str) -> None:
    """Replaces ``path`` with ``text`` in one step (a temporary file, then a rename)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temporary, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def record_data_dir(folder: Path) -> Path:
    """Remembers ``folder`` as the family's data folder for future starts; returns the file."""
    target = data_location_file()
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    _write_private_text(target, f"{folder}\n")
    return target


def write_moved_note(old_folder: Path, new_folder: Path) -> Path:
    """Leaves a note in ``old_folder`` saying where the diary went."""
    note = old_folder / MOVED_NOTE_FILENAME
    _write_private_text(note, f"{new_folder}\n")
    return note


def follow_moves(folder: Path) -> Path:
    """``folder``, or where its diary was moved to (following a few moves at most), when it
    holds no diary but a ``moved-to`` note naming a folder that does."""
    seen = {folder}
    for _ in range(_MAX_MOVES_FOLLOWED):
        if _has_diary(folder):
            break
        target = _read_folder_line(folder / MOVED_NOTE_FILENAME)
        if target is None or target in seen or not _has_diary(target):
            break
        seen.add(target)
        folder = target
    return folder


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        chosen = Path(override).expanduser().resolve()
    elif from_env := os.environ.get(DATA_DIR_ENV):
        chosen = Path(from_env).expanduser().resolve()
    else:
        recorded = recorded_data_dir()
        chosen = recorded if recorded is not None and _is_dir(recorded) else default_data_dir()
    return follow_moves(chosen)


def _unescape_mount_field(field: str) -> str:
    r"""/proc/mounts writes a space as ``\040``, a tab as ``\011``, a backslash as ``\134``."""
    if "\\" not in field:
        return field
    out: list[str] = []
    index = 0
    while index < len(field):
        octal = field[index + 1 : index + 4]
        if field[index] == "\\" and len(octal) == 3 and all(c in "01234567" for c in octal):
            out.append(chr(int(octal, 8)))
            index += 4
        else:
            out.append(field[index])
            index += 1
    return "".join(out)


def read_mount_table(source: Path = _MOUNT_TABLE) -> list[tuple[str, str]]:
    """``(mount point, file system type)`` for each mounted file system; ``[]`` where there
    is no such table (macOS, Windows) or it cannot be read."""
    try:
        text = source.read_text(encoding="utf-8", errors="surrogateescape")
    except OSError:
        return []
    table = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            table.append((_unescape_mount_field(fields[1]), fields[2]))
    return table


def _bundled(name: str) -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "caregiver_app" / name)
    candidates += [_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the app's {name}/ folder is missing (looked in {candidates})")


def resources_dir() -> Path:
    return _bundled("resources")


def translations_dir() -> Path:
    return _bundled("translations")


def symptom_catalogue_path() -> Path:
    return resources_dir() / "guidance" / "symptoms.json"
