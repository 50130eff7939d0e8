"""Certificate codes anyone can check: what a certificate certifies (the person's name, the
session, the days and hours attended, the issuer and the certificate number), signed with this
installation's Ed25519 key (app.services.exchange.identity, the one place for keys), in a text
compact enough for a QR code and short enough to type.

A code is "GPC1:" and the base32 letters (A–Z, 2–7; spaces, hyphens and letter case are
ignored when read) of: the certified text (UTF-8 fields separated by U+001F), the signer's
32-byte public key and its 64-byte signature of CONTEXT + the certified text. The public key
travels in the code so that anyone can check it without the issuer's database; what makes it
the issuer's is its fingerprint (printed on the certificate and published by the issuer)."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app.errors import Message
from app.models.vocabulary import ATTENDED_STATUSES
from app.services.exchange.identity import Identity, fingerprint, verify

PREFIX = "GPC1:"
CONTEXT = b"GPAST Coordinator certificate 1\n"  # never taken for any other signed thing
KEY_BYTES, SIGNATURE_BYTES = 32, 64
MAX_TEXT = 120  # characters of a title or an issuer kept in a code (a QR code stays readable)
MAX_CODE = 2000  # characters read: anything longer is not a certificate code
SEPARATOR = "\x1f"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TYPED = str.maketrans({"0": "O", "1": "I", "8": "B"})  # digits mistyped for base32 letters


@dataclass(frozen=True)
class Certified:
    """What one certificate certifies."""

    number: str
    session_code: str
    title: str
    name: str
    issuer: str
    first_day: date
    attended: tuple[bool, ...]  # one for each day of the session, from first_day
    hours: float  # the hours attended

    @property
    def days(self) -> list[date]:
        """The days attended."""
        return [self.first_day + timedelta(n) for n, came in enumerate(self.attended) if came]

    @property
    def last_day(self) -> date:
        return self.first_day + timedelta(len(self.attended) - 1)

    def text(self) -> bytes:
        fields = (
            self.number,
            self.session_code,
            self.title,
            self.name,
            self.issuer,
            self.first_day.strftime("%Y%m%d"),
            "".join("1" if came else "0" for came in self.attended),
            f"{self.hours:g}",
        )
        return SEPARATOR.join(fields).encode("utf-8")

    @classmethod
    def from_text(cls, text: bytes) -> Certified:
        """Raises ValueError when `text` is not what text() makes."""
        fields = text.decode("utf-8").split(SEPARATOR)
        if len(fields) != 8:
            raise ValueError("wrong number of fields")
        number, code, title, name, issuer, first, mask, hours = fields
        if not mask or set(mask) - {"0", "1"}:
            raise ValueError("bad days")
        first_day = date(int(first[:4]), int(first[4:6]), int(first[6:8]))
        return cls(number, code, title, name, issuer, first_day, tuple(c == "1" for c in mask),
                   float(hours))  # fmt: skip


def _clean(text: str | None, limit: int = MAX_TEXT) -> str:
    text = " ".join(_CONTROL.sub(" ", text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def certified(data: dict[str, Any], person: dict[str, Any], number: str) -> Certified:
    """What the certificate of `person` in roster `data` certifies: the days on which the
    person was present or late, and the session's hours shared out over its days."""
    t = data["training"]
    days = data["days"]
    attended = tuple(person["statuses"].get(day) in ATTENDED_STATUSES for day in days)
    total_hours = float(t.get("hours") or 0)
    hours = round(total_hours * sum(attended) / len(days), 1) if days else 0.0
    return Certified(
        number=number,
        session_code=_clean(t["code"]),
        title=_clean(t["title"]),
        name=_clean(person["full_name"], 200),
        issuer=_clean(data.get("issuer") or t.get("organiser") or ""),
        first_day=days[0],
        attended=attended,
        hours=hours,
    )


def sign(what: Certified, identity: Identity) -> str:
    """The certificate's code (without spaces)."""
    text = what.text()
    raw = text + identity.public_key + identity.sign(CONTEXT + text)
    return PREFIX + base64.b32encode(raw).decode("ascii").rstrip("=")


def grouped(code: str, size: int = 5) -> str:
    """The code in groups of `size` letters, for reading and typing."""
    body = code.removeprefix(PREFIX)
    return PREFIX + " " + " ".join(body[i : i + size] for i in range(0, len(body), size))


@dataclass(frozen=True)
class Verdict:
    """What checking a code found. genuine: the signature matches what the code says and was
    made with a key known here (this installation's or the one asked for); signed: the
    signature matches (whoever's key it is)."""

    signed: bool
    genuine: bool
    certified: Certified | None
    fingerprint: str  # of the key that signed ("" when the code cannot be read)
    whose: str  # "own", "given" or "" (a key not known here)
    problem: Message | None  # why it is not genuine


def _normalised_fingerprint(text: str) -> str:
    return "".join(text.split()).lower()


def looks_like_code(text: str) -> bool:
    return "".join(text.split()).upper().startswith(PREFIX)


def check(code: str, own_key: bytes | None = None, expected: str | None = None) -> Verdict:
    """Check a code: the signature, and whose key made it (`own_key`: this installation's
    public key; `expected`: a fingerprint the user was given, e.g. the issuer's published one)."""
    compact = "".join(code.split()).replace("-", "").upper()
    if len(compact) > MAX_CODE or not compact.startswith(PREFIX):
        return _unread(Message("this is not a certificate code (it does not start with GPC1:)"))
    try:
        body = compact[len(PREFIX) :].translate(_TYPED)
        raw = base64.b32decode(body + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError):
        return _unread(Message("the code is damaged or mistyped (letters that cannot be read)"))
    if len(raw) <= KEY_BYTES + SIGNATURE_BYTES:
        return _unread(Message("the code is damaged or mistyped (it is too short)"))
    text = raw[: -(KEY_BYTES + SIGNATURE_BYTES)]
    key = raw[-(KEY_BYTES + SIGNATURE_BYTES) : -SIGNATURE_BYTES]
    signature = raw[-SIGNATURE_BYTES:]
    try:
        what: Certified | None = Certified.from_text(text)
    except (UnicodeDecodeError, ValueError):
        what = None
    signed = what is not None and verify(key, signature, CONTEXT + text)
    print_ = fingerprint(key)
    if not signed:
        problem = Message(
            "the signature does not match what the code says: it was changed or mistyped"
        )
        return Verdict(False, False, what, print_, "", problem)
    if expected is not None:
        if _normalised_fingerprint(expected) == _normalised_fingerprint(print_):
            return Verdict(True, True, what, print_, "given", None)
        problem = Message(
            "it was signed with the key {fingerprint}, not with the key {expected}",
            fingerprint=print_,
            expected=expected.strip(),
        )
        return Verdict(True, False, what, print_, "", problem)
    if own_key is not None and key == own_key:
        return Verdict(True, True, what, print_, "own", None)
    problem = Message(
        "the signature matches, but it was made with the key {fingerprint}, which is not this "
        "installation's: the certificate is genuine if that is the issuer's key (its "
        'fingerprint is published by the issuer); check both at once with --key "{fingerprint}"',
        fingerprint=print_,
    )
    return Verdict(True, False, what, print_, "", problem)


def _unread(problem: Message) -> Verdict:
    return Verdict(False, False, None, "", "", problem)


def own_public_key() -> bytes | None:
    """This installation's public key, or None when it has none yet (checking a certificate
    never makes a key)."""
    from app.services.exchange.identity import KEY_FILE, own_identity
    from app.storage.engine import data_dir

    if not (data_dir() / KEY_FILE).exists():
        return None
    return own_identity().public_key


def certificate_data(db, training_id: int) -> dict[str, Any]:
    """The roster of the session with "issuer": the coordinating body of the settings, else
    the session's organiser."""
    from app.services.attendance.roster import roster
    from app.services.settings import get_settings

    data = roster(db, training_id)
    body = get_settings(db).get("coordinating_body", "")
    data["issuer"] = body or data["training"].get("organiser") or ""
    return data
