"""Certificates: the days and hours each person attended, the Russian wording by the person's
sex, and the signed code anyone can check (printed, and as a QR code read back from the PDF or
from a photo of the printed page)."""

from __future__ import annotations

import base64
import re
from dataclasses import replace
from datetime import date

import pypdf
import pytest

from app.errors import GpastError
from app.reports.certificate_summary import certified_items
from app.reports.certificates import build_certificates
from app.services.attendance import roster
from app.services.attendance.certificate_codes import (
    PREFIX,
    certificate_data,
    check,
    grouped,
    sign,
)
from app.services.attendance.certificate_files import MAX_PIXELS, codes_in_file
from app.services.attendance.recording import set_attendance
from app.services.exchange.identity import own_identity
from app.services.settings import update_settings
from tests.factories import add_participant, add_seminar


def pdf_pages(path) -> list[str]:
    return [p.extract_text() for p in pypdf.PdfReader(path).pages]


@pytest.fixture
def seminar(db):
    """TR-7, 3-5 March 2025, 18 hours: Анна present on the first day only, Иван on all three."""
    t, people = add_seminar(db)
    set_attendance(db, t["id"], people["Анна Иванова"]["id"], "absent")
    set_attendance(db, t["id"], people["Анна Иванова"]["id"], "present", date(2025, 3, 3))
    set_attendance(db, t["id"], people["Иван Петров"]["id"], "present")
    set_attendance(db, t["id"], people["Иван Петров"]["id"], "late", date(2025, 3, 5))
    return t, people


def test_a_certificate_gives_the_days_and_hours_actually_attended(db, seminar, tmp_path):
    t, _people = seminar
    anna, ivan = pdf_pages(build_certificates(certificate_data(db, t["id"]), tmp_path / "c.pdf"))
    assert "Анна Иванова" in anna and "Иван Петров" in ivan
    assert "Days attended: 03.03.2025 (1 of 3) · hours: 6" in anna
    # not the session's 18 hours (the signed code and key fingerprint are random letters)
    assert not re.search(r"\b18\b|hours: 18", anna.split("GPC1:")[0].replace("TR-7", ""))
    assert "Days attended: 03.03.2025 – 05.03.2025 (3 of 3) · hours: 18" in ivan


def test_russian_certificates_agree_with_the_persons_sex(db, seminar, tmp_path):
    t, people = seminar
    nobody_knows = add_participant(db, full_name="Саша Ким", sex="not stated", organisation="")
    set_attendance(db, t["id"], nobody_knows["id"], "present", date(2025, 3, 4))
    pages = pdf_pages(build_certificates(certificate_data(db, t["id"]), tmp_path / "c.pdf", "ru"))
    anna, ivan, sasha = (next(p for p in pages if name in p) for name in (
        "Анна Иванова", "Иван Петров", "Саша Ким"))  # fmt: skip
    assert "приняла участие в обучении" in anna
    assert "принял участие в обучении" in ivan
    assert "Сертификат выдан" in sasha and "за участие в обучении" in sasha
    assert "принял" not in sasha
    assert not any("(а)" in page for page in pages)
    assert "Дни участия: 04.03.2025 (1 из 3) · часов: 6" in sasha
    english = "\n".join(pdf_pages(build_certificates(roster.roster(db, t["id"]), tmp_path / "e")))
    assert "This certificate is awarded to" in english and "took part in the training" in english
    assert "(she)" not in english


def test_the_printed_code_certifies_what_the_page_says(db, seminar, tmp_path):
    t, people = seminar
    update_settings(db, {"coordinating_body": "Межведомственная комиссия"})
    path = build_certificates(certificate_data(db, t["id"]), tmp_path / "c.pdf", "ru")
    codes = codes_in_file(path)  # read from the QR codes
    assert len(codes) == 2
    page = pdf_pages(path)[0]
    assert grouped(codes[0]).split()[1] in page  # also printed, to be typed
    assert own_identity().fingerprint in page
    verdict = check(codes[0], own_key=own_identity().public_key)
    assert verdict.genuine and verdict.whose == "own" and verdict.problem is None
    what = verdict.certified
    assert what is not None
    number = roster.certificate_number(t, {"uuid": people["Анна Иванова"]["uuid"]})
    assert (what.name, what.number, what.session_code) == ("Анна Иванова", number, "TR-7")
    assert (what.title, what.issuer) == ("Семинар для судей", "Межведомственная комиссия")
    assert (what.days, what.hours) == ([date(2025, 3, 3)], 6.0)
    items = dict(certified_items(what, "ru"))
    assert items["Дни участия"] == "03.03.2025 (1 из 3)" and items["Выдан"].startswith("Меж")


def _payload(code: str) -> tuple[bytes, bytes]:
    body = code.removeprefix(PREFIX)
    raw = base64.b32decode(body + "=" * (-len(body) % 8))
    return raw[:-96], raw[-96:]


def _recoded(text: bytes, key_and_signature: bytes) -> str:
    return PREFIX + base64.b32encode(text + key_and_signature).decode().rstrip("=")


def test_any_change_makes_a_code_not_genuine(db, seminar):
    t, people = seminar
    data = certificate_data(db, t["id"])
    from app.services.attendance.certificate_codes import certified

    person = next(p for p in data["people"] if p["full_name"] == "Анна Иванова")
    what = certified(data, person, "TR-7-ABCDEF")
    me = own_identity()
    code = sign(what, me)
    typed = grouped(code).lower().replace("o", "0")  # spaces, lower case, 0 for O
    assert check(typed, own_key=me.public_key).genuine
    _text, tail = _payload(code)
    for change in (
        {"name": "Анна Иваноva"},
        {"hours": 18.0},
        {"attended": (True, True, True)},
        {"number": "TR-7-ABCDEG"},
        {"issuer": "Someone else"},
        {"session_code": "TR-8"},
        {"first_day": date(2025, 3, 4)},
    ):
        forged = _recoded(replace(what, **change).text(), tail)
        verdict = check(forged, own_key=me.public_key)
        assert not verdict.genuine and not verdict.signed, change
        assert "changed" in str(verdict.problem)
    flipped = bytearray(tail)
    flipped[-1] ^= 1
    assert not check(_recoded(what.text(), bytes(flipped)), own_key=me.public_key).genuine
    assert not check(code[:-9], own_key=me.public_key).genuine  # cut short
    assert not check("GPC1:!!!!", own_key=me.public_key).genuine


def test_a_code_signed_elsewhere_is_genuine_only_with_the_issuers_fingerprint(db, seminar):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.services.attendance.certificate_codes import certified
    from app.services.exchange.identity import Identity

    t, _people = seminar
    data = certificate_data(db, t["id"])
    issuer = Identity(Ed25519PrivateKey.generate(), "ministry")
    code = sign(certified(data, data["people"][0], "N-1"), issuer)
    here = own_identity().public_key
    unknown = check(code, own_key=here)
    assert unknown.signed and not unknown.genuine and issuer.fingerprint in str(unknown.problem)
    assert check(code, own_key=here, expected=issuer.fingerprint.upper()).genuine
    other = check(code, own_key=here, expected=own_identity().fingerprint)
    assert other.signed and not other.genuine


def test_codes_are_read_from_a_photo_of_a_printed_certificate(db, seminar, tmp_path):
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    t, _people = seminar
    path = build_certificates(certificate_data(db, t["id"]), tmp_path / "c.pdf")
    pdf = pdfium.PdfDocument(str(path))
    page = pdf[1].render(scale=200 / 72).to_pil()
    pdf.close()
    photo = page.rotate(173, expand=True, fillcolor="white").filter(ImageFilter.GaussianBlur(1.5))
    photo.save(tmp_path / "photo.jpg", quality=55)
    codes = codes_in_file(tmp_path / "photo.jpg")
    assert len(codes) == 1 and codes[0] == codes_in_file(path)[1]
    Image.new("L", (MAX_PIXELS // 1000 + 1, 1001), 255).save(tmp_path / "huge.png")
    with pytest.raises(GpastError, match="too big to be a certificate"):
        codes_in_file(tmp_path / "huge.png")
    (tmp_path / "notes.txt").write_text("GPC1 is not here", encoding="utf-8")
    with pytest.raises(GpastError, match="not a PDF, PNG or JPEG"):
        codes_in_file(tmp_path / "notes.txt")
    Image.new("L", (600, 400), 255).save(tmp_path / "blank.png")
    assert codes_in_file(tmp_path / "blank.png") == []
