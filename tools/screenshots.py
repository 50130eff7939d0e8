"""Render each page of the window on demo data to PNG files (offscreen).

    python -m tools.screenshots OUTDIR

Uses a fresh demo database in a temporary folder; the user's own data is never touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def render(outdir: Path, size=(1280, 800)) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    outdir.mkdir(parents=True, exist_ok=True)
    from app.ui.shell.application import make_application

    app = make_application(["gpast-screenshots"])
    from PySide6.QtCore import QSettings

    from app.services import open_database
    from app.services.maintenance.demo import fill_demo
    from app.ui.records.record_editor import RecordEditor
    from app.ui.shell.background import wait_for_background
    from app.ui.shell.main_window import MainWindow

    QSettings().clear()
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(str(Path(tmp) / "demo.sqlite"))
        fill_demo(db)
        window = MainWindow(db)
        window.resize(*size)
        window.show()
        from app.ui.shell.main_window import PAGE_KEYS

        for key in PAGE_KEYS:
            window.show_page(key)
            wait_for_background()
            for _ in range(3):
                app.processEvents()
            path = outdir / f"{key}.png"
            window.grab().save(str(path))
            written.append(path)
        page = window.list_page("trainings")
        window.show_page("trainings")
        page.table.selectRow(0)
        editor = RecordEditor(db, "trainings", page.selected_id(), window)
        editor.show()
        app.processEvents()
        path = outdir / "training-editor.png"
        editor.grab().save(str(path))
        written.append(path)
        editor._initial = editor.values()
        editor.close()
        from app.ui.attendance.roster_dialog import RosterDialog

        training_id = page.selected_id()
        assert training_id is not None  # the first row was selected above
        roster = RosterDialog(db, training_id, window)
        roster.show()
        app.processEvents()
        path = outdir / "roster.png"
        roster.grab().save(str(path))
        written.append(path)
        roster.close()
        window.close()
        db.close()
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m tools.screenshots OUTDIR", file=sys.stderr)
        return 2
    for path in render(Path(args[0])):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
