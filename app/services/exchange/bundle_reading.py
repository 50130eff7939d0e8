"""Reading a bundle file without holding it whole: its manifest and signature first (small),
then data.json streamed a record at a time (each checked as it is read, see bundle_checks),
its SHA-256 computed on the way. Memory grows with the checked records, never with the file.

data.json is one JSON object of parts, each a list of records, as `export_bundle` writes it
(and as bundles of the previous format were written): {"attendance": [{...}, ...], ...}."""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from app.services.exchange.bundle_checks import DataChecks, check_data, not_records
from app.services.exchange.bundle_format import FORMAT, BundleRefused
from app.services.exchange.identity import Identity
from app.services.exchange.signing import SIGNATURE, Signer, signer
from app.storage.migrate import known_revisions

MAX_MANIFEST = 1 << 20  # bytes: a manifest is a few hundred
MAX_DATA = 1 << 30  # bytes of data.json once inflated (the large bench database: ~100 MB)
MAX_RECORD = 64 << 20  # characters of one record of data.json
CHUNK = 1 << 20  # bytes inflated at a time
_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def refused_damaged(path: Path, why: object) -> BundleRefused:
    return BundleRefused(
        "{file}: not a complete GPAST bundle (damaged or truncated: {why}); nothing was imported",
        file=path,
        why=why,
    )


def _not_utf8(path: Path, name: str) -> BundleRefused:
    return BundleRefused(
        "{file}: {part} is not UTF-8 text; nothing was imported", file=path, part=name
    )


def _too_deep(path: Path, name: str) -> BundleRefused:
    return BundleRefused(
        "{file}: {part} is nested too deeply; nothing was imported", file=path, part=name
    )


def _json_of(path: Path, name: str, payload: bytes) -> Any:
    """A small part of the bundle read as JSON, or a refusal saying what is wrong with it."""
    try:
        return json.loads(payload.decode("utf-8"))
    except UnicodeDecodeError:
        raise _not_utf8(path, name) from None
    except RecursionError:
        raise _too_deep(path, name) from None
    except ValueError as exc:
        raise refused_damaged(path, exc) from None


def _open_zip(path: Path) -> zipfile.ZipFile:
    if path.exists() and not path.is_file():  # a device or a pipe: never opened
        raise BundleRefused(
            "{file}: not a regular file (a device, pipe or socket); choose a bundle file",
            file=path,
        )
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError:
        raise BundleRefused("{file}: no such file", file=path) from None
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile, OSError) as exc:
        raise refused_damaged(path, exc) from exc


_DAMAGED = (zipfile.BadZipFile, KeyError, EOFError, zipfile.LargeZipFile, NotImplementedError)


def read_manifest(
    path: str | Path, own: Identity, max_data: int = MAX_DATA
) -> tuple[dict[str, Any], Signer]:
    """The manifest of a bundle and who signed it; BundleRefused when the file is no bundle,
    a part is larger than a bundle may be (checked before reading), it was made by a newer
    program, or its signature does not match."""
    path = Path(path)
    signature = None
    with _open_zip(path) as zf:
        try:
            for name, limit in (("manifest.json", MAX_MANIFEST), ("data.json", max_data)):
                if zf.getinfo(name).file_size > limit:
                    raise BundleRefused(
                        "{file}: {part} is larger than a bundle may be ({n} MB); "
                        "nothing was imported",
                        file=path,
                        part=name,
                        n=max(limit >> 20, 1),
                    )
            manifest_bytes = zf.read("manifest.json")
            if SIGNATURE in zf.namelist() and zf.getinfo(SIGNATURE).file_size < 1024:
                signature = zf.read(SIGNATURE)
        except (*_DAMAGED, OSError) as exc:
            raise refused_damaged(path, exc) from exc
    manifest = _json_of(path, "manifest.json", manifest_bytes)
    if not isinstance(manifest, dict):
        raise refused_damaged(path, "manifest.json is not an object")
    schema = manifest.get("schema")
    if (
        manifest.get("format") != FORMAT
        or not isinstance(schema, str)
        or (schema not in known_revisions())
    ):
        raise BundleRefused(
            "{file}: made by a newer version of GPAST Coordinator "
            "(program {program}, schema {schema}); update this program first",
            file=path,
            program=str(manifest.get("program"))[:40],
            schema=str(manifest.get("schema"))[:40],
        )
    return manifest, signer(path, manifest, manifest_bytes, signature, own)


class _Text:
    """data.json as text, a chunk at a time, its SHA-256 computed as it is read."""

    def __init__(self, raw: IO[bytes], path: Path):
        self.raw, self.path = raw, path
        self.sha = hashlib.sha256()
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.eof = False

    def more(self, size: int = CHUNK) -> str:
        data = self.raw.read(size)
        self.sha.update(data)
        if not data:
            self.eof = True
        try:
            return self.decoder.decode(data, final=self.eof)
        except UnicodeDecodeError:
            raise _not_utf8(self.path, "data.json") from None

    def drain(self) -> str:
        """The checksum of the whole file (what is left is read, not parsed)."""
        while not self.eof:
            data = self.raw.read(CHUNK)
            self.sha.update(data)
            self.eof = not data
        return self.sha.hexdigest()


class _Values:
    """The JSON values of a text stream, one at a time: a buffer holds the one being read."""

    def __init__(self, text: _Text):
        self.text, self.buf, self.pos = text, "", 0

    def _fill(self) -> bool:
        """More text after what is left; False at the end of the file."""
        if self.text.eof:
            return False
        left = self.buf[self.pos :]
        self.buf, self.pos = left + self.text.more(max(CHUNK, len(left))), 0
        if len(self.buf) > MAX_RECORD + CHUNK:
            raise BundleRefused(
                "{file}: a record of data.json is larger than a record may be ({n} MB); "
                "nothing was imported",
                file=self.text.path,
                n=MAX_RECORD >> 20,
            )
        return True

    def char(self) -> str:
        """The next character that is not white space ("" at the end), not consumed."""
        while True:
            self.pos = _SPACE.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf) or not self._fill():
                return self.buf[self.pos : self.pos + 1]

    def take(self, expected: str) -> None:
        if self.char() != expected:
            raise refused_damaged(self.text.path, f"'{expected}' expected in data.json")
        self.pos += 1

    def value(self) -> Any:
        """The next whole JSON value."""
        self.char()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                cut_short = exc.msg.startswith("Unterminated") or exc.pos >= len(self.buf) - 8
                if cut_short and self._fill():  # the value goes on in the next chunk
                    continue
                raise refused_damaged(self.text.path, exc) from None
            except RecursionError:
                raise _too_deep(self.text.path, "data.json") from None
            if end == len(self.buf) and self._fill():  # a number may go on in the next chunk
                continue
            self.pos = end
            return value

    def rest(self) -> str:
        """Everything from here to the end of the file."""
        while self._fill():
            pass
        rest, self.buf, self.pos = self.buf[self.pos :], "", 0
        return rest


def _records(values: _Values) -> Iterator[tuple[str, Any]]:
    """(part, record) for each record of data.json, in the order of the file."""
    values.take("{")
    if values.char() == "}":
        values.pos += 1
        return
    while True:
        part = values.value()
        if not isinstance(part, str):
            raise refused_damaged(values.text.path, "a part's name expected in data.json")
        values.take(":")
        if values.char() != "[":
            rows = values.value()
            if rows is not None:
                raise not_records(part)
        else:
            values.pos += 1
            if values.char() == "]":
                values.pos += 1
            else:
                while True:
                    yield part, values.value()
                    if values.char() == ",":
                        values.pos += 1
                        continue
                    values.take("]")
                    break
        if values.char() == ",":
            values.pos += 1
            continue
        values.take("}")
        return


def read_data(path: str | Path, manifest: dict[str, Any], slugs: Any) -> dict[str, list[Any]]:
    """data.json's records checked (bundle_checks.DataChecks), read a chunk at a time, and its
    checksum compared with the manifest's; BundleRefused saying why not (a checksum that does
    not match is said first, whatever else is wrong)."""
    path = Path(path)
    checks = DataChecks(slugs)
    with _open_zip(path) as zf:
        try:
            with zf.open("data.json") as raw:
                text = _Text(raw, path)
                try:
                    parts = _read(_Values(text), checks)
                except BundleRefused:
                    if text.drain() != manifest.get("sha256"):
                        raise _changed(path) from None
                    raise
                if text.drain() != manifest.get("sha256"):
                    raise _changed(path)
        except (*_DAMAGED, OSError) as exc:
            raise refused_damaged(path, exc) from exc
    return parts


def check_checksum(path: str | Path, manifest: dict[str, Any]) -> None:
    """BundleRefused when data.json does not match the manifest's checksum (read, not parsed)."""
    path = Path(path)
    with _open_zip(path) as zf:
        try:
            with zf.open("data.json") as raw:
                if _Text(raw, path).drain() != manifest.get("sha256"):
                    raise _changed(path)
        except (*_DAMAGED, OSError) as exc:
            raise refused_damaged(path, exc) from exc


def _read(values: _Values, checks: DataChecks) -> dict[str, list[Any]]:
    if values.char() != "{":  # not as this program writes it: read whole, to say why
        return check_data(_json_of(values.text.path, "data.json", values.rest().encode()), {})
    for part, record in _records(values):
        checks.add(part, record)
    if values.char() != "":
        raise refused_damaged(values.text.path, "more after the end of data.json")
    return checks.parts


def _changed(path: Path) -> BundleRefused:
    return BundleRefused(
        "{file}: the contents do not match the checksum (changed or damaged "
        "after it was made); nothing was imported",
        file=path,
    )
