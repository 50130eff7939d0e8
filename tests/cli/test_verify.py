"""`gpast verify CODE_OR_FILE`: genuine or not, what it certifies, and the exit statuses."""

from __future__ import annotations

from datetime import date

from app.reports.certificates import build_certificates
from app.services.attendance.certificate_codes import certificate_data
from app.services.attendance.certificate_files import codes_in_file
from app.services.attendance.recording import set_attendance
from app.services.exchange.identity import own_identity
from tests.factories import add_seminar


def _certificate(db, tmp_path):
    t, people = add_seminar(db)
    set_attendance(db, t["id"], people["Иван Петров"]["id"], "present", date(2025, 3, 4))
    path = build_certificates(certificate_data(db, t["id"]), tmp_path / "c.pdf")
    db.close()  # what is checked needs no database
    return path, codes_in_file(path)[0]


def test_verify_a_code_a_pdf_and_a_changed_code(gpast, db, tmp_path):
    path, code = _certificate(db, tmp_path)
    done = gpast("verify", code)
    assert done.returncode == 0, done.stderr
    assert "GENUINE" in done.stdout and "Иван Петров" in done.stdout
    assert "04.03.2025 (1 of 3)" in done.stdout and "Hours attended: 6" in done.stdout
    assert own_identity().fingerprint in done.stdout
    done = gpast("verify", str(path))
    assert done.returncode == 0 and "TR-7" in done.stdout
    changed = code[:40] + ("A" if code[40] != "A" else "B") + code[41:]
    done = gpast("verify", changed)
    assert done.returncode == 1 and "NOT GENUINE" in done.stdout
    done = gpast("verify", code, "--key", "0000 1111 2222 3333 4444 5555 6666 7777")
    assert done.returncode == 1 and "NOT GENUINE" in done.stdout
    done = gpast("verify", code, "--key", own_identity().fingerprint)
    assert done.returncode == 0


def test_verify_in_russian_and_bad_input(gpast, db, tmp_path):
    _path, code = _certificate(db, tmp_path)
    done = gpast("verify", code, env={"GPAST_LANG": "ru"})
    assert done.returncode == 0 and "ПОДЛИННЫЙ" in done.stdout
    assert "Дни участия: 04.03.2025 (1 из 3)" in done.stdout
    done = gpast("verify", str(tmp_path / "missing.pdf"))
    assert done.returncode == 1 and "missing.pdf" in done.stderr and "Traceback" not in done.stderr
    (tmp_path / "blank.pdf").write_bytes(b"%PDF-1.4 not really")
    done = gpast("verify", str(tmp_path / "blank.pdf"))
    assert done.returncode == 1 and "blank.pdf" in done.stderr


def test_elsewhere_a_certificate_is_confirmed_with_the_issuers_fingerprint(gpast, db, tmp_path):
    from app.services.exchange.identity import KEY_FILE, own_identity
    from app.storage.engine import data_dir

    t, people = add_seminar(db)
    set_attendance(db, t["id"], people["Анна Иванова"]["id"], "present")
    issuer = own_identity(tmp_path / "ministry")  # the issuing ministry's installation
    path = build_certificates(certificate_data(db, t["id"]), tmp_path / "c.pdf", identity=issuer)
    db.close()
    done = gpast("verify", str(path))  # an employer's computer: no key of its own
    assert done.returncode == 1 and "NOT CONFIRMED" in done.stdout
    assert issuer.fingerprint in done.stdout and "Анна Иванова" in done.stdout
    assert not (data_dir() / KEY_FILE).exists()  # checking never makes a key
    done = gpast("verify", str(path), "--key", issuer.fingerprint)
    assert done.returncode == 0 and "GENUINE" in done.stdout
