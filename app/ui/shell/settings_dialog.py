"""Edit > Settings: the country and coordinating body printed on reports, and your name."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from app.errors import GpastError, ValidationError
from app.services.settings import get_settings, update_settings
from app.ui.problem_text import problem_text, reason_text
from app.ui.shell.background import wait_behind_busy_window
from app.ui.shell.welcome_page import CountryRoleBoxes


class SettingsDialog(QDialog):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Settings"))
        values = get_settings(db)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        self.labels = labels = {
            "country": self.tr("&Country:"),
            "coordinating_body": self.tr("Coordinating &body:"),
            "country_role": self.tr("Country's &role:"),
            "user_name": self.tr("Your &name (for the audit trail):"),
            "public_threshold": self.tr(
                "Documents for &publication print figures below this as <N (default 5):"
            ),
        }
        for key, text in labels.items():
            edit: QLineEdit | CountryRoleBoxes
            if key == "country_role":  # fixed words, shown in the window's language
                edit = self.roles = CountryRoleBoxes(self)
                edit.set_text(values.get(key, ""))
            else:
                edit = self.edits[key] = QLineEdit(values.get(key, ""), self)
            edit.setAccessibleName(text.replace("&", "").rstrip(":"))
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, edit)
        self.language = QComboBox(self)
        for code, text in (("", self.tr("As the system")), ("en", "English"), ("ru", "Русский")):
            self.language.addItem(text, code)
        current = str(QSettings().value("language", "") or "")
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        self.language.setAccessibleName(self.tr("Interface language"))
        language_label = QLabel(self.tr("Interface &language (after a restart):"), self)
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        try:
            values = {k: e.text() for k, e in self.edits.items()}
            values["country_role"] = self.roles.text()
            wait_behind_busy_window(self, self.tr("Saving…"), update_settings, self.db, values)
            QSettings().setValue("language", self.language.currentData())
        except ValidationError as exc:  # named by the label the user sees here
            label = self.labels.get(exc.field, exc.field).replace("&", "").rstrip(":")
            problem = f"{label}: {reason_text(exc.reason)}"
            QMessageBox.warning(self, self.tr("Not saved"), problem)
            return
        except GpastError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), problem_text(exc))
            return
        self.accept()
