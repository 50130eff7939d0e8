"""Who made a bundle: its manifest names the workstation and its public key, and the file
`signature` holds that key's signature of the manifest (which holds the data's SHA-256). A
bundle is received only from this workstation itself or one accepted here (once, with
--trust or the window's question); a signature that does not match refuses it."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.services.exchange.bundle_format import BundleRefused
from app.services.exchange.identity import Identity, fingerprint, verify

SIGNATURE = "signature"  # the zip member holding the manifest's signature (base64)
UNSIGNED = "—"


class UnknownWorkstation(BundleRefused):
    """A bundle from a workstation not accepted here: `name` and `fingerprint` in values."""


@dataclass(frozen=True)
class Signer:
    name: str
    fingerprint: str  # UNSIGNED for a bundle of the previous format
    own: bool = False  # made by this installation


def signed_by(identity: Identity) -> dict[str, str]:
    """What the manifest says about its maker."""
    return {
        "workstation_name": identity.name,
        "public_key": base64.b64encode(identity.public_key).decode("ascii"),
    }


def signature_of(identity: Identity, manifest: bytes) -> bytes:
    return base64.b64encode(identity.sign(manifest))


def signer(
    path: Path, manifest: dict[str, Any], raw: bytes, signature: bytes | None, own: Identity
):
    """Who signed the bundle, or BundleRefused when the signature does not match."""
    name = str(manifest.get("workstation_name") or manifest.get("workstation") or "?")[:100]
    if signature is None:
        return Signer(name, UNSIGNED)
    try:
        key = base64.b64decode(str(manifest.get("public_key", "")), validate=True)
        good = verify(key, base64.b64decode(signature, validate=True), raw)
    except (binascii.Error, ValueError):
        good = False
    if not good:
        raise BundleRefused(
            "{file}: the signature does not match (the bundle was changed after it was "
            "signed, or not signed by the workstation it names); nothing was imported",
            file=path,
        )
    return Signer(name, fingerprint(key), own=key == own.public_key)


def unknown(path: Path, who: Signer) -> UnknownWorkstation:
    return UnknownWorkstation(
        "{file}: made by workstation '{name}' (key {fingerprint}), which is not accepted "
        "here; if that is the workstation you expect, receive it again with --trust",
        file=path,
        name=who.name,
        fingerprint=who.fingerprint,
    )
