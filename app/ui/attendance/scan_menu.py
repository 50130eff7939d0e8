"""The main window's Attendance menu. The scan reader (OpenCV, the QR decoder) loads only when
the user asks for it, so the window starts as quickly as before."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


def add_menu(window) -> QAction:
    """Attendance > Read signed sheets… (Alt+A: the list filter Area is Alt+R)."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("AttendanceMenu", "&Attendance"))
    action = QAction(QCoreApplication.translate("AttendanceMenu", "&Read signed sheets…"), window)
    action.triggered.connect(lambda: _read(window))
    menu.addAction(action)
    return action


def _read(window) -> None:
    from app.ui.attendance.scan_review import read_signed_sheets

    read_signed_sheets(window, window.db)
