"""The README's pictures of reading signed sign-in sheets back (offscreen, a scratch database):
a printed sheet, and the confirmation window after reading two generated phone photos.

    python -m tools.scan_screenshots OUTDIR [en|ru]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def render(outdir: Path, lang: str = "en") -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    outdir.mkdir(parents=True, exist_ok=True)
    import cv2
    import numpy as np

    from app.i18n import install_translators
    from app.reports.attendance_documents import build_signin_sheets
    from app.services import open_database
    from app.services.attendance import roster
    from app.services.attendance.recording import set_attendance
    from app.services.scanning import sheet_layout as L
    from app.ui.shell.application import make_application
    from tests.factories import add_participant, add_training
    from tests.scanned_sheets import codes_of, photograph, render_pages, sign, signature

    app = make_application(["gpast-screenshots"])
    install_translators(app, lang)
    from PySide6.QtWidgets import QMainWindow

    from app.ui.attendance.scan_review import read_signed_sheets

    written = []
    people = [
        ("Анна Иванова", "female", "Верховный суд"),
        ("Иван Петров", "male", "МВД"),
        ("Ольга Сидорова", "female", "НГО «Дорога к дому»"),
        ("Сергей Ковалёв", "male", "Прокуратура"),
        ("Мария Лукашевич", "female", "Служба занятости"),
        ("Дмитрий Орлов", "male", "Пограничная служба"),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(str(Path(tmp) / "demo.sqlite"))
        t = add_training(
            db,
            code="TR-7",
            title="Семинар для судей",
            end_date="2025-03-04",
            location="Минск",
            organiser="Академия МВД",
        )
        for name, sex, org in people:
            p = add_participant(db, full_name=name, sex=sex, organisation=org)
            set_attendance(db, t["id"], p["id"], "absent")
        sheets = Path(tmp) / "sheets.pdf"
        build_signin_sheets(roster.roster(db, t["id"]), sheets, lang)
        pages = render_pages(sheets, 200)
        cv2.imwrite(
            str(outdir / "signin-sheet.png"),
            cv2.resize(pages[0], None, fx=0.45, fy=0.45, interpolation=cv2.INTER_AREA),
        )
        written.append(outdir / "signin-sheet.png")
        codes = codes_of(pages)
        rng = np.random.default_rng(21)
        files = []
        for i, page in enumerate(pages):
            sample = sign(page, codes[i], 200, rng)
            if i == 0:  # a hesitant mark: the window asks
                x, y, _w, h = L.signature_box(1)
                k = 200 / 25.4
                a = (int((x + 30) * k), int((y + h / 2) * k))
                cv2.line(sample.image, a, (a[0] + int(3 * k), a[1] - 4), 20, 4)
                signature(sample.image, (L.column_x(1), L.row_top(7), 60, L.ROW_H), k, rng)
                signature(sample.image, L.signature_box(7), k, rng)
            image, jpeg = photograph(sample.image, rng)
            path = Path(tmp) / f"photo{i + 1}.jpg"
            path.write_bytes(jpeg)
            files.append(str(path))
        window = QMainWindow()
        dialog = read_signed_sheets(window, db, files)
        assert dialog is not None
        dialog.resize(980, 720)
        dialog.grid.setCurrentCell(1, 0)
        for _ in range(3):
            app.processEvents()
        dialog.grab().save(str(outdir / "scan-review.png"))
        written.append(outdir / "scan-review.png")
        dialog.close()
        db.close()
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (1, 2):
        print("usage: python -m tools.scan_screenshots OUTDIR [en|ru]", file=sys.stderr)
        return 2
    for path in render(Path(args[0]), args[1] if len(args) == 2 else "en"):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
