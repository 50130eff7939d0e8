"""Two windows on one PostgreSQL server side by side (issue 17's "done when"): Olga and Anna
open the same legislative act, Olga saves, then Anna: her save is refused with who, when and
what. The same on the Targets page. Writes PNGs of what Anna sees (offscreen).

    export GPAST_TEST_POSTGRES_URL="$(bash scripts/pg_test_server.sh start /tmp/gpast-pg)"
    python -m tools.two_windows "$GPAST_TEST_POSTGRES_URL" OUTDIR     (GPAST_LANG=ru: Russian)

The admin URL must be a throw-away server's: the tool makes a new database on it (left there)
and the logins `olga` and `anna` (coordinators; their password is set to "pw").
"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

WIDTH, HEIGHT = 860, 600


def _when_modal(kind: type, act: Callable) -> None:
    """Once a modal window of `kind` is up, `act(it)` (from the event loop)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def step() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and isinstance(modal, kind) and modal.isVisible():
            act(modal)
        else:
            QTimer.singleShot(20, step)

    QTimer.singleShot(0, step)


def _side_by_side(left, right, over, path: Path) -> None:
    """Olga's window (left) and Anna's (right) with `over` (Anna's dialogs) on hers."""
    from PySide6.QtGui import QColor, QPainter, QPixmap

    gap = 16
    a, b = left.grab(), right.grab()
    canvas = QPixmap(a.width() + gap + b.width(), max(a.height(), b.height()))
    canvas.fill(QColor("#5a6570"))
    painter = QPainter(canvas)
    painter.drawPixmap(0, 0, a)
    painter.drawPixmap(a.width() + gap, 0, b)
    for widget, shift in over:
        shot = widget.grab()
        x = a.width() + gap + (b.width() - shot.width()) // 2 + shift
        y = (b.height() - shot.height()) // 2 + shift
        x = min(max(a.width() + gap, x), canvas.width() - shot.width())  # whole, on the right
        painter.drawPixmap(max(0, x), max(0, y), shot)
    painter.end()
    canvas.save(str(path))


def _type_into_title(editor, text: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    field = editor.editors["title"]
    target = field.focusProxy() or field
    target.setFocus()
    QTest.keyClick(target, Qt.Key.Key_End)
    QTest.keyClicks(target, text)


def _type_cell(grid, row: int, column: int, text: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    grid.setFocus()
    grid.setCurrentCell(row, column)
    QTest.keyClicks(grid, text[0])
    editor = grid.indexWidget(grid.currentIndex())
    QTest.keyClicks(editor, text[1:])
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def render(admin_url: str, outdir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    outdir.mkdir(parents=True, exist_ok=True)
    from app.ui.shell.application import make_application

    app = make_application(["gpast-two-windows"])
    import psycopg
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy.engine import make_url

    from app.i18n import chosen_language
    from app.models.vocabulary import TARGET_INDICATORS
    from app.services import open_database
    from app.services.maintenance.logins import add_user
    from app.services.records import editing as records
    from app.services.records.targets import set_target
    from app.storage.server import migrate_server
    from app.ui.records.stale_edit import StaleEditDialog
    from app.ui.shell.main_window import MainWindow

    # the pictures' own settings in a scratch folder: the user's recent databases, column
    # widths and language are neither shown nor wiped
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    russian = chosen_language() == "ru"
    name = f"gpast_two_windows_{uuid.uuid4().hex[:8]}"
    plain = admin_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(admin_url).set(database=name)
    migrate_server(url.render_as_string(hide_password=False))
    with open_database(url.render_as_string(hide_password=False)) as admin:
        for login in ("olga", "anna"):
            add_user(admin, login, "coordinator", "pw")
        title = "Закон о противодействии торговле людьми" if russian else "Anti-trafficking law"
        act = records.create(
            admin,
            "legislation",
            {
                "title": title,
                "kind": "law",
                "status": "adopted",
                "adopted_on": "2025-03-01",
                "focus_areas": ["criminalisation"],
            },
        )
        set_target(admin, 2025, "criminalisation", "trainings_held", 10)

    def as_login(login: str):
        signed = url.set(username=login, password="pw").render_as_string(hide_password=False)
        return open_database(signed)

    olga_db, anna_db = as_login("olga"), as_login("anna")
    olga, anna = MainWindow(olga_db), MainWindow(anna_db)
    for window in (olga, anna):
        window.resize(WIDTH, HEIGHT)
        window.show()
        window.show_page("legislation")
    written: list[Path] = []

    # -- the record editor: both open the act, Olga saves first --------------------------------
    olga_page, anna_page = olga.list_page("legislation"), anna.list_page("legislation")
    olga_editor = olga_page.open_editor(act["id"])
    anna_editor = anna_page.open_editor(act["id"])
    for editor in (olga_editor, anna_editor):
        editor.resize(640, 520)
        editor.show()
    _type_into_title(olga_editor, " (2026)")
    _type_into_title(anna_editor, " - amended")
    QTest.keyClick(
        olga_editor.editors["title"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )

    def shoot_stale(dialog: StaleEditDialog) -> None:
        dialog.compare_button.click()
        dialog.resize(WIDTH - 60, 500)  # within Anna's window
        app.processEvents()
        path = outdir / "stale-edit.png"
        dialog.grab().save(str(path))
        written.append(path)
        path = outdir / "two-windows.png"
        _side_by_side(olga, anna, [(anna_editor, -40), (dialog, 30)], path)
        written.append(path)
        dialog.reject()

    _when_modal(StaleEditDialog, shoot_stale)
    QTest.keyClick(
        anna_editor.editors["title"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    anna_editor._initial = anna_editor.values()  # closed without asking
    anna_editor.close()

    # -- the Targets page: both type the same cell, Olga saves first ---------------------------
    from app.ui.records.targets_page import TargetsPage

    targets: list[TargetsPage] = []
    for window in (olga, anna):
        window.show_page("targets")
        page = window.page("targets")
        assert isinstance(page, TargetsPage)
        page.year.setCurrentIndex(page.year.findData(2025))
        targets.append(page)
    column = TARGET_INDICATORS.index("trainings_held")
    _type_cell(targets[0].grid, 0, column, "20")
    _type_cell(targets[1].grid, 0, column, "30")
    QTest.mouseClick(targets[0].save_button, Qt.MouseButton.LeftButton)

    def shoot_refusal(box: QMessageBox) -> None:
        if box.objectName() != "stale-refusal":
            return
        path = outdir / "stale-targets.png"
        _side_by_side(olga, anna, [(box, 0)], path)
        written.append(path)
        box.reject()

    _when_modal(QMessageBox, shoot_refusal)
    QTest.mouseClick(targets[1].save_button, Qt.MouseButton.LeftButton)
    for window, page in zip((olga, anna), targets, strict=True):
        page.refresh()  # nothing left unsaved: the windows close without asking
        window.close()
    olga_db.close()
    anna_db.close()
    return written


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    for path in render(sys.argv[1], Path(sys.argv[2])):
        print(path)
