"""Help > Check a certificate…: paste the code printed on a certificate or choose a PDF or a
photo of one; the dialog says whether it is genuine and shows what it certifies (the same check
as `gpast verify`, app.services.attendance.certificate_codes)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import GpastError
from app.services.attendance.certificate_codes import Verdict, check
from app.ui.problem_text import problem_text


def add_certificate_check(menu, window: QWidget) -> QAction:
    """Help > Check a certificate… in `menu`, opening the dialog over `window`."""
    action = QAction(
        QCoreApplication.translate("CertificateCheckDialog", "&Check a certificate…"), window
    )
    action.triggered.connect(lambda: CertificateCheckDialog(window).exec())
    menu.addAction(action)
    return action


class CertificateCheckDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check a certificate"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Paste the code printed on the certificate (it starts with GPC1:), or choose a "
                "PDF of certificates or a photo or scan of a printed one."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.code = QPlainTextEdit(self)
        self.code.setPlaceholderText("GPC1: …")
        self.code.setTabChangesFocus(True)
        layout.addWidget(self.code)
        form = QFormLayout()
        self.key = QLineEdit(self)
        self.key.setPlaceholderText(self.tr("optional: as the issuer publishes it"))
        form.addRow(self.tr("Issuer's key &fingerprint:"), self.key)
        layout.addLayout(form)
        self.verdict_label = QLabel(self)
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.verdict_label, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.check_button = QPushButton(self.tr("C&heck"))
        self.check_button.setDefault(True)
        self.file_button = QPushButton(self.tr("Choose &file…"))
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button.clicked.connect(self.check_code)
        self.file_button.clicked.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.code.setFocus()

    def _own_key(self) -> bytes | None:
        from app.services.attendance.certificate_codes import own_public_key

        try:
            return own_public_key()
        except GpastError:
            return None

    def _expected(self) -> str | None:
        return self.key.text().strip() or None

    def check_code(self) -> None:
        text = self.code.toPlainText().strip()
        if not text:
            self.verdict_label.setText(self.tr("Paste a code first, or choose a file."))
            return
        self.show_verdicts([check(text, self._own_key(), self._expected())])

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a certificate"),
            "",
            self.tr("Certificates (*.pdf *.png *.jpg *.jpeg)"),
        )
        if path:
            self.check_file(path)

    def check_file(self, path: str) -> None:
        from app.services.attendance.certificate_files import codes_in_file

        try:
            codes = codes_in_file(path)
        except GpastError as exc:
            self.verdict_label.setText(escape(problem_text(exc)))
            return
        if not codes:
            self.verdict_label.setText(self.tr("No certificate code found in this file."))
            return
        own, expected = self._own_key(), self._expected()
        self.show_verdicts([check(code, own, expected) for code in codes])

    def show_verdicts(self, verdicts: list[Verdict]) -> None:
        self.verdict_label.setText("<hr>".join(self._verdict_html(v) for v in verdicts))

    def _verdict_html(self, verdict: Verdict) -> str:
        from app.i18n import chosen_language
        from app.reports.certificate_summary import certified_items

        if verdict.genuine:
            head = self.tr("Genuine: signed with the key {fingerprint}.").format(
                fingerprint=verdict.fingerprint
            )
            colour = "#1b6e2a"
        elif verdict.signed and self._expected() is None:
            head = self.tr("Not confirmed: {why}.")
            colour = "#8a5a00"
        else:
            head = self.tr("Not genuine: {why}.")
            colour = "#a11"
        if verdict.problem is not None:
            head = head.format(why=problem_text(verdict.problem))
        html = f'<p><b style="color:{colour}">{escape(head)}</b></p>'
        if verdict.certified is not None:
            rows = "".join(
                f"<tr><td>{escape(label)}:&nbsp;</td><td>{escape(value)}</td></tr>"
                for label, value in certified_items(verdict.certified, chosen_language())
            )
            html += f"<table>{rows}</table>"
        return html
