"""This installation's signing identity: an Ed25519 key made on first use, kept owner-only
(0600) in the data folder, never in a bundle or a backup of the database (it is not in the
database at all).

API (also for other signed documents, such as certificates):
  own_identity(folder=None) -> Identity   the key of this installation (made on first use)
  Identity.sign(data) -> bytes            a 64-byte signature of `data`
  Identity.public_key -> bytes            the 32-byte public key, to publish with what is signed
  Identity.fingerprint -> str             how people compare keys ("ab12 cd34 …", 16 groups)
  verify(public_key, signature, data)     True when `signature` is the key's signature of `data`
  fingerprint(public_key) -> str
"""

from __future__ import annotations

import hashlib
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from app.errors import GpastError, os_reason

KEY_FILE = "workstation-signing-key.pem"


def fingerprint(public_key: bytes) -> str:
    """SHA-256 of the raw public key, first 32 hex digits in groups of four."""
    digest = hashlib.sha256(public_key).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def verify(public_key: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class Identity:
    key: Ed25519PrivateKey
    name: str  # the workstation's name as others see it (its host name)

    @property
    def public_key(self) -> bytes:
        return self.key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def sign(self, data: bytes) -> bytes:
        return self.key.sign(data)


def _write_private(path: Path, data: bytes) -> None:
    """`data` in a new owner-only file at `path` (made beside it, then renamed over it)."""
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    partial.replace(path)


def own_identity(folder: Path | None = None) -> Identity:
    """This installation's key, from `folder` (the data folder by default); made there on
    first use."""
    if folder is None:
        from app.storage.engine import data_dir

        folder = data_dir()
    path = Path(folder) / KEY_FILE
    name = socket.gethostname() or "workstation"
    try:
        if path.exists():
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
            if not isinstance(key, Ed25519PrivateKey):
                raise ValueError("not an Ed25519 key")
            return Identity(key, name)
        path.parent.mkdir(parents=True, exist_ok=True)
        key = Ed25519PrivateKey.generate()
        _write_private(
            path,
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            ),
        )
        return Identity(key, name)
    except OSError as exc:
        raise GpastError(
            "{file}: this workstation's signing key cannot be read or made ({why})",
            file=path,
            why=os_reason(exc),
        ) from exc
    except ValueError as exc:
        raise GpastError(
            "{file}: this workstation's signing key is damaged ({why})", file=path, why=str(exc)
        ) from exc
