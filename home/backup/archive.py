"""The archive: one .tar.gz holding the database, the media files and a manifest.

Layout: `database/<file>`, `media/<path under MEDIA_ROOT>`, then `manifest.json` last,
so an archive cut short has no manifest and is refused as incomplete. Every file's
SHA-256 is in the manifest and checked on the way out, before anything is replaced.
"""

import datetime
import hashlib
import json
import os
import shutil
import tarfile
import zlib
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath

FORMAT = 1
MANIFEST = "manifest.json"
DATABASE_DIR = "database"
MEDIA_DIR = "media"
CHUNK = 1024 * 1024
# Archives hold password hashes and subscribers' addresses: readable by the owner only.
ARCHIVE_MODE = 0o600


class BackupError(Exception):
    """A backup or restore cannot go ahead; the message says why, for the operator."""


class ArchiveError(BackupError):
    """The archive cannot be used: damaged, incomplete, or not one of ours."""


@dataclass
class Manifest:
    created_at: str
    vendor: str
    database_file: str
    migrations: dict[str, list[str]]
    tables: dict[str, int]
    media: bool
    files: dict[str, str] = field(default_factory=dict)
    versions: dict[str, str] = field(default_factory=dict)
    format: int = FORMAT

    @classmethod
    def from_json(cls, text: bytes) -> "Manifest":
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT:
                raise ArchiveError(
                    f"the archive's format is {data.get('format')!r}; this code reads {FORMAT}"
                )
            return cls(**data)
        except (ValueError, TypeError, AttributeError) as error:
            raise ArchiveError(f"its manifest cannot be read ({error})") from error

    def to_json(self) -> bytes:
        return json.dumps(asdict(self), indent=2, sort_keys=True).encode()

    @property
    def media_files(self) -> list[str]:
        prefix = MEDIA_DIR + "/"
        return sorted(name[len(prefix) :] for name in self.files if name.startswith(prefix))


def now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


def media_files(media_root: Path) -> Iterator[tuple[str, Path]]:
    """(relative POSIX path, file) for every regular file under MEDIA_ROOT, sorted; links
    are skipped, since they could point anywhere on the machine."""
    if not media_root.is_dir():
        return
    for directory, subdirectories, names in os.walk(media_root):
        subdirectories.sort()
        for name in sorted(names):
            path = Path(directory) / name
            if path.is_file() and not path.is_symlink():
                yield path.relative_to(media_root).as_posix(), path


class _Hashing:
    """A file object that hashes what tarfile reads from it."""

    def __init__(self, handle):
        self.handle = handle
        self.digest = hashlib.sha256()

    def read(self, size=-1):
        data = self.handle.read(size)
        self.digest.update(data)
        return data


def _add_file(tar: tarfile.TarFile, name: str, path: Path) -> str:
    with path.open("rb") as handle:
        info = tar.gettarinfo(fileobj=handle, arcname=name)
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        info.mode = 0o644
        reader = _Hashing(handle)
        tar.addfile(info, reader)
    return reader.digest.hexdigest()


def write_archive(
    output: Path, manifest: Manifest, database: Path, media_root: Path | None
) -> Manifest:
    """Write the archive to `output` (via a `.partial` file renamed at the end, so a
    backup interrupted half-way never leaves a plausible-looking archive)."""
    partial = output.with_name(output.name + ".partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, ARCHIVE_MODE)
    try:
        with os.fdopen(descriptor, "wb") as raw:
            with tarfile.open(fileobj=raw, mode="w:gz", format=tarfile.PAX_FORMAT) as tar:
                name = f"{DATABASE_DIR}/{manifest.database_file}"
                manifest.files[name] = _add_file(tar, name, database)
                if media_root is not None:
                    for relative, path in media_files(media_root):
                        name = f"{MEDIA_DIR}/{relative}"
                        manifest.files[name] = _add_file(tar, name, path)
                data = manifest.to_json()
                info = tarfile.TarInfo(MANIFEST)
                info.size = len(data)
                info.mode = 0o644
                info.mtime = int(datetime.datetime.now().timestamp())
                tar.addfile(info, _BytesReader(data))
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(partial, output)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return manifest


class _BytesReader:
    def __init__(self, data: bytes):
        self.data, self.offset = data, 0

    def read(self, size=-1):
        end = len(self.data) if size < 0 else self.offset + size
        chunk = self.data[self.offset : end]
        self.offset += len(chunk)
        return chunk


def _safe_name(member: tarfile.TarInfo) -> PurePosixPath:
    """The member's path, if it is a plain file or folder inside the archive's layout;
    anything else (links, devices, absolute paths, `..`) is refused, so that a
    hand-made archive cannot write outside the places a restore replaces."""
    path = PurePosixPath(member.name)
    if not (member.isfile() or member.isdir()):
        raise ArchiveError(f"it holds {member.name!r}, which is not a plain file")
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise ArchiveError(f"it holds {member.name!r}, a path outside the archive")
    if path.parts[0] not in {DATABASE_DIR, MEDIA_DIR} and str(path) != MANIFEST:
        raise ArchiveError(f"it holds {member.name!r}, which a backup never writes")
    return path


def read_archive(archive: Path, database_dir: Path, media_dir: Path) -> Manifest:
    """Unpack the database into `database_dir` and the media into `media_dir`, checking
    every file against the manifest. Raises ArchiveError, never anything rawer."""
    if not archive.is_file():
        raise ArchiveError(f"{archive} is not a file")
    digests: dict[str, str] = {}
    manifest_data = None
    try:
        with tarfile.open(archive, mode="r:gz") as tar:
            for member in tar:
                path = _safe_name(member)
                if member.isdir():
                    continue
                if str(path) == MANIFEST:
                    handle = tar.extractfile(member)
                    manifest_data = handle.read() if handle else b""
                    continue
                base = database_dir if path.parts[0] == DATABASE_DIR else media_dir
                target = base.joinpath(*path.parts[1:])
                target.parent.mkdir(parents=True, exist_ok=True)
                source = tar.extractfile(member)
                digest = hashlib.sha256()
                with target.open("wb") as out:
                    while chunk := source.read(CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
                digests[str(path)] = digest.hexdigest()
    except ArchiveError:
        raise
    except (tarfile.TarError, EOFError, zlib.error, OSError) as error:
        raise ArchiveError(
            f"it is damaged or incomplete ({error or type(error).__name__})"
        ) from error
    if manifest_data is None:
        raise ArchiveError("it has no manifest: the backup was cut short, or this is not one")
    manifest = Manifest.from_json(manifest_data)
    if digests != manifest.files:
        missing = sorted(set(manifest.files) - set(digests))
        extra = sorted(set(digests) - set(manifest.files))
        changed = sorted(
            n for n in digests if n in manifest.files and digests[n] != manifest.files[n]
        )
        problems = [
            f"{label}: {', '.join(names[:5])}"
            for label, names in (
                ("missing", missing),
                ("not in the manifest", extra),
                ("checksum differs", changed),
            )
            if names
        ]
        raise ArchiveError("its files do not match its manifest (" + "; ".join(problems) + ")")
    if f"{DATABASE_DIR}/{manifest.database_file}" not in digests:
        raise ArchiveError("it holds no database")
    return manifest


class DirectorySwap:
    """Puts `replacement` where `target` is by renames only (quick, and undone exactly),
    keeping the old folder at `aside` until `finish`."""

    def __init__(self, target: Path, replacement: Path, aside: Path):
        self.target, self.replacement, self.aside = target, replacement, aside
        self.moved_aside = self.put_in_place = False

    def swap(self) -> None:
        if self.target.exists():
            self.target.rename(self.aside)
            self.moved_aside = True
        self.replacement.rename(self.target)
        self.put_in_place = True

    def undo(self) -> None:
        if self.put_in_place:
            shutil.rmtree(self.target)
            self.put_in_place = False
        if self.moved_aside:
            self.aside.rename(self.target)
            self.moved_aside = False

    def finish(self) -> None:
        if self.moved_aside:
            shutil.rmtree(self.aside)
