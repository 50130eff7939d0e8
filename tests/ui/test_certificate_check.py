"""Help > Check a certificate…: a pasted code or a chosen file is said to be genuine or not,
with what it certifies."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from app.reports.certificates import build_certificates
from app.services.attendance.certificate_codes import certificate_data
from app.services.attendance.certificate_files import codes_in_file
from app.services.attendance.recording import set_attendance
from app.ui.attendance.certificate_check_dialog import CertificateCheckDialog
from tests.factories import add_seminar


def _certificates(db, tmp_path):
    t, people = add_seminar(db)
    set_attendance(db, t["id"], people["Анна Иванова"]["id"], "present", date(2025, 3, 5))
    return build_certificates(certificate_data(db, t["id"]), tmp_path / "c.pdf")


def test_help_menu_checks_a_pasted_code_and_a_chosen_file(qtbot, db, tmp_path, monkeypatch):
    from app.ui.shell.main_window import MainWindow

    path = _certificates(db, tmp_path)
    code = codes_in_file(path)[0]
    window = MainWindow(db)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.help_menu.actions()]
    assert "&Check a certificate…" in texts
    dialog = CertificateCheckDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    QGuiApplication.clipboard().setText(code)
    dialog.code.setFocus()
    QTest.keyClick(dialog.code, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(dialog.code, Qt.Key.Key_Tab)
    QTest.keyClick(dialog.key, Qt.Key.Key_Return)  # the default button: Check
    shown = dialog.verdict_label.text()
    assert "Genuine" in shown and "Анна Иванова" in shown and "05.03.2025 (1 of 3)" in shown
    changed = code.replace(code[30], "A" if code[30] != "A" else "B", 1)
    dialog.code.selectAll()
    QGuiApplication.clipboard().setText(changed)
    QTest.keyClick(dialog.code, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QTest.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert "Not genuine" in dialog.verdict_label.text()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    QTest.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    assert "Genuine" in dialog.verdict_label.text()


def test_the_check_in_russian(qtbot, db, tmp_path, monkeypatch, russian):
    path = _certificates(db, tmp_path)
    monkeypatch.setenv("GPAST_LANG", "ru")
    dialog = CertificateCheckDialog()
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    QTest.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    shown = dialog.verdict_label.text()
    assert "Подлинный" in shown and "Дни участия" in shown and "(1 из 3)" in shown
