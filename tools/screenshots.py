"""Render each page of the window on demo data to PNG files (offscreen).

    python -m tools.screenshots OUTDIR [NAME ...]     (GPAST_LANG=ru for the Russian window)

Uses a fresh demo database in a temporary folder (the welcome page: an empty one); the user's
own data is never touched. With NAMEs (e.g. welcome manual) only those files are written.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def render(outdir: Path, size=(1280, 800), only: set[str] | None = None) -> list[Path]:
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

    # the pictures' own settings in a scratch folder: the user's recent databases, column
    # widths and language are neither shown nor wiped
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(str(Path(tmp) / "demo.sqlite"))
        fill_demo(db)
        window = MainWindow(db)
        window.resize(*size)
        window.show()
        from app.ui.shell.main_window import PAGE_KEYS

        for key in PAGE_KEYS if only is None else [k for k in PAGE_KEYS if k in only]:
            window.show_page(key)
            wait_for_background()
            for _ in range(3):
                app.processEvents()
            path = outdir / f"{key}.png"
            window.grab().save(str(path))
            written.append(path)
        written += _first_run(app, db, Path(tmp), outdir, size, only)
        if only is not None:
            window.close()
            db.close()
            return written
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


def _first_run(app, demo, tmp: Path, outdir: Path, size, only: set[str] | None) -> list[Path]:
    """The welcome page of an empty database, and the manual (Help > Manual)."""
    from app.services import open_database
    from app.ui.shell.main_window import MainWindow

    written = []
    empty = open_database(str(tmp / "empty.sqlite"))
    window = MainWindow(empty)
    window.resize(*size)
    window.show()
    app.processEvents()
    if only is None or "welcome" in only:
        written.append(outdir / "welcome.png")
        window.grab().save(str(written[-1]))
    if only is None or "manual" in only:
        window.show_manual()
        assert window.manual is not None
        window.manual.resize(820, 640)
        app.processEvents()
        written.append(outdir / "manual.png")
        window.manual.grab().save(str(written[-1]))
        window.manual.close()
    window.close()
    empty.close()
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python -m tools.screenshots OUTDIR [NAME ...]", file=sys.stderr)
        return 2
    for path in render(Path(args[0]), only=set(args[1:]) or None):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
