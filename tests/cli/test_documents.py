"""`gpast report`, `signin-sheet` and `certificates`: the PDF files and the exit statuses."""

from __future__ import annotations

import pypdf

YEAR_2025 = ("--from", "2025-01-01", "--to", "2025-12-31")


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def gpast_report(gpast, db: str, out, *extra: str):
    return gpast("--db", db, "report", *YEAR_2025, "--out", str(out), *extra)


def test_cli_report_and_exit_codes(gpast, tmp_path, demo_file):
    db = demo_file
    out = tmp_path / "r.pdf"
    done = gpast_report(gpast, db, out, "--area", "demand", "--area", "capacity")
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    assert (
        "Countering demand" in text
        and "Eradicating root causes"
        not in text.split("Summary")[-1].split("Legislation in the pipeline")[0]
    )
    bad = gpast_report(gpast, db, out, "--area", "slavery")
    assert bad.returncode == 1 and "unknown focus area 'slavery'" in bad.stderr
    backwards = gpast(
        "--db", db, "report", "--from", "2025-12-31", "--to", "2025-01-01", "--out", str(out)
    )
    assert backwards.returncode == 1 and "Traceback" not in backwards.stderr
    assert gpast("--db", db, "report", "--from", "2025-01-01").returncode == 2


def test_cli_report_language(gpast, tmp_path, demo_file):
    db = demo_file
    out = tmp_path / "ru.pdf"
    done = gpast_report(gpast, db, out, "--lang", "ru")
    assert done.returncode == 0, done.stderr
    assert "Отчёт о ходе работы" in pdf_text(out)
    assert gpast_report(gpast, db, out, "--lang", "de").returncode == 2


def test_cli_documents(gpast, tmp_path, demo_file):
    db = demo_file
    out = tmp_path / "s.pdf"
    done = gpast("--db", db, "signin-sheet", "TR-2025-001", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert out.exists()
    done = gpast("--db", db, "certificates", "NOPE", "--out", str(out))
    assert done.returncode == 1 and "no training session with the code 'NOPE'" in done.stderr
