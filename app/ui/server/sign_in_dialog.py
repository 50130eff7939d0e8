"""File > Connect to server…: sign in to a shared PostgreSQL server with one's own login.

The password is kept in memory for this session only, or in the user's .pgpass file when they
tick the box; it never appears in the window, the settings or the logs. Connecting runs off the
UI thread (a server that does not answer keeps the window alive until the connect timeout).
"""

from __future__ import annotations

import getpass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services import server_access
from app.ui.problem_text import problem_text
from app.ui.shell.background import run_in_background


class SignInDialog(QDialog):
    """Server, port, database, login and password; accepted once the server let us in
    (`database` is then the open Database)."""

    def __init__(self, parent: QWidget | None = None, current: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to server"))
        self.database: Any = None
        self._attempts = 0  # connection attempts under way
        self._cancelled = False  # the user gave up waiting: an attempt that ends is undone
        known = server_access.sign_in_fields(current) if current else None
        known = known or {"host": "", "port": 5432, "database": "gpast", "login": _os_login()}
        self.host = QLineEdit(str(known["host"]), self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(int(str(known["port"])))
        self.database_name = QLineEdit(str(known["database"]), self)
        self.login = QLineEdit(str(known["login"]), self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password (in my .pgpass file)"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database_name)
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.remember)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.connect_to_server)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        (self.password if self.host.text() else self.host).setFocus()

    def connect_to_server(self) -> None:
        if not self.host.text().strip() or not self.database_name.text().strip():
            self.status.setText(self.tr("Enter the server and the database."))
            return
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)  # Cancel stays
        self.status.setText(self.tr("Connecting…"))
        self._attempts += 1
        # owned by the application, not the dialog: an attempt that ends after the dialog is
        # gone still hands over its database, to be closed rather than dropped open
        password = self.password.text()
        kept = password if self.remember.isChecked() else ""  # into .pgpass once it is used
        run_in_background(
            QCoreApplication.instance() or self,
            server_access.sign_in,
            self.host.text(),
            self.port.value(),
            self.database_name.text(),
            self.login.text(),
            password,
            remember=False,
            on_done=lambda database: self._connected(database, kept),
            on_error=self._refused,
        )

    def reject(self) -> None:
        self._cancelled = self._attempts > 0
        super().reject()

    def _connected(self, database: Any, remembered: str = "") -> None:
        self._attempts -= 1
        if self._cancelled or not shiboken6.isValid(self):  # cancelled while it connected
            database.close()  # and its password is not remembered either
            return
        if remembered:
            server_access.remember_sign_in(database, remembered)
        self.database = database
        self.password.clear()
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._attempts -= 1
        if self._cancelled or not shiboken6.isValid(self):
            return
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.status.setText(problem_text(exc))
        self.password.setFocus()


def _os_login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name known: the user types it
        return ""
