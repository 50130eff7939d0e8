"""The welcome page: where an empty database opens (and Help > Getting started returns). The
country and coordinating body for the report's cover, a first record, a spreadsheet import with
its template, or a look around in a separate demo database."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models.vocabulary import COUNTRY_ROLES
from app.ui.labels import kind_label, value_label


def roles_from_text(text: str) -> list[str]:
    """The fixed roles named in a stored setting ("origin, transit")."""
    words = text.replace(";", ",").replace(",", " ").lower().split()
    return [role for role in COUNTRY_ROLES if role in words]


class CountryRoleBoxes(QWidget):
    """Origin / Transit / Destination as tick boxes; stored as the fixed words ("origin,
    transit"), shown in the window's language."""

    def __init__(self, parent=None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for role in COUNTRY_ROLES:
            box = QCheckBox(value_label(role), self)
            box.setObjectName(f"role-{role}")
            row.addWidget(box)
            self.boxes[role] = box
        row.addStretch(1)
        self.setFocusProxy(self.boxes[COUNTRY_ROLES[0]])

    def set_text(self, text: str) -> None:
        chosen = roles_from_text(text)
        for role, box in self.boxes.items():
            box.setChecked(role in chosen)

    def text(self) -> str:
        return ", ".join(role for role, box in self.boxes.items() if box.isChecked())


class DemoBanner(QLabel):
    """Over the pages while the demo database is open, so that nobody types real work into it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("demo-banner")
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel { background: #e3f0ff; color: #0d2a4a; padding: 6px; border-radius: 3px; }"
        )
        self.setText(
            self.tr(
                "This is the demo database: sample records to look around. Your own database "
                "is unchanged; File > Open database… returns to it."
            )
        )
        self.hide()

    def show_for(self, db: Any) -> None:
        from app.services.maintenance.demo import DEMO_FILENAME

        path = getattr(db, "path", None)
        self.setVisible(path is not None and path.name == DEMO_FILENAME)


class WelcomePage(QScrollArea):
    """Works on the main window's current database (`window.db`) and its actions."""

    def __init__(self, window: Any, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.setObjectName("page-welcome")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)
        title = QLabel(self.tr("<h2>Welcome to GPAST Coordinator</h2>"), body)
        self.intro = QLabel(body)
        self.intro.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(self.intro)
        layout.addWidget(self._country_box(body))
        layout.addWidget(self._records_box(body))
        layout.addWidget(self._import_box(body))
        layout.addWidget(self._demo_box(body))
        layout.addStretch(1)
        self.setWidget(body)
        self.load()

    # -- the four ways to begin ------------------------------------------------------------
    def _country_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("1. Your country (printed on the cover of every report)"), parent)
        form = QFormLayout(box)
        self.country = QLineEdit(box)
        self.country.setObjectName("welcome-country")
        self.body_edit = QLineEdit(box)
        self.body_edit.setObjectName("welcome-coordinating-body")
        self.roles = CountryRoleBoxes(box)
        for text, widget in (
            (self.tr("&Country:"), self.country),
            (self.tr("Coordinating &body:"), self.body_edit),
            (self.tr("Country's &role:"), self.roles),
        ):
            label = QLabel(text, box)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        self.save_button = QPushButton(self.tr("&Save"), box)
        self.save_button.setObjectName("welcome-save")
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel(box)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved_label, 1)
        form.addRow(row)
        for edit in (self.country, self.body_edit):
            edit.returnPressed.connect(self.save)
            edit.textEdited.connect(lambda _text: self.saved_label.clear())
        for check in self.roles.boxes.values():
            check.toggled.connect(lambda _on: self.saved_label.clear())
        return box

    def _records_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("2. Add a first record"), parent)
        row = QHBoxLayout(box)
        self.new_buttons: dict[str, QPushButton] = {}
        texts = {
            "legislation": self.tr("New &legislation…"),
            "trainings": self.tr("New &training…"),
            "campaigns": self.tr("New ca&mpaign…"),
        }
        for kind, text in texts.items():
            button = QPushButton(text, box)
            button.setObjectName(f"welcome-new-{kind}")
            button.setToolTip(kind_label(kind))
            button.clicked.connect(lambda _=False, k=kind: self.new_record(k))
            row.addWidget(button)
            self.new_buttons[kind] = button
        row.addStretch(1)
        return box

    def _import_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("3. Bring in records you keep in Excel"), parent)
        layout = QVBoxLayout(box)
        text = QLabel(
            self.tr(
                "Download a template, fill it in Excel or LibreOffice (one record a row), then "
                "import it: every problem is shown before anything is changed."
            ),
            box,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        row = QHBoxLayout()
        self.template_button = QPushButton(self.tr("&Download a template…"), box)
        self.template_button.setObjectName("welcome-template")
        self.template_button.clicked.connect(lambda: self.window_.download_template())
        self.import_button = QPushButton(self.tr("&Import a spreadsheet…"), box)
        self.import_button.setObjectName("welcome-import")
        self.import_button.clicked.connect(lambda: self.window_.import_spreadsheet())
        row.addWidget(self.template_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _demo_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("4. Look around first"), parent)
        layout = QVBoxLayout(box)
        text = QLabel(
            self.tr(
                "The demo is a separate database with five years of sample records. Your "
                "database is not changed: File > Open database… takes you back to it."
            ),
            box,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        row = QHBoxLayout()
        self.demo_button = QPushButton(self.tr("&Open the demo database"), box)
        self.demo_button.setObjectName("welcome-demo")
        self.demo_button.clicked.connect(self.open_demo)
        row.addWidget(self.demo_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    # -- actions -----------------------------------------------------------------------------
    def load(self) -> None:
        """Show the settings of the window's database (again after it was switched)."""
        from app.services.maintenance.demo import has_records
        from app.services.settings import get_settings

        self.intro.setText(
            self.tr(
                "The first steps, in any order. This page stays reachable under Help > Getting "
                "started, and Help > Manual (F1) explains every task."
            )
            if has_records(self.window_.db)
            else self.tr(
                "This database has no records yet. Start in any order; this page stays "
                "reachable under Help > Getting started, and Help > Manual (F1) explains "
                "every task."
            )
        )
        values = get_settings(self.window_.db)
        self.country.setText(values["country"])
        self.body_edit.setText(values["coordinating_body"])
        self.roles.set_text(values["country_role"])
        self.saved_label.clear()

    def save(self) -> None:
        from app.services.settings import update_settings
        from app.ui.shell.background import wait_behind_busy_window
        from app.ui.shell.error_dialog import show_error

        values = {
            "country": self.country.text(),
            "coordinating_body": self.body_edit.text(),
            "country_role": self.roles.text(),
        }
        try:
            wait_behind_busy_window(
                self, self.tr("Saving…"), update_settings, self.window_.db, values
            )
        except Exception as exc:  # noqa: BLE001 - shown to the user (e.g. read-only database)
            show_error(self, exc)
            return
        self.saved_label.setText(self.tr("Saved: the report's cover will show it."))

    def new_record(self, kind: str) -> None:
        self.window_.show_page(kind)
        self.window_.list_page(kind).new_record()

    def open_demo(self) -> None:
        from app.services.maintenance.demo import demo_database
        from app.ui.shell.background import run_behind_busy_window
        from app.ui.shell.error_dialog import show_error

        self.demo_button.setEnabled(False)

        def opened(location: str) -> None:
            self.demo_button.setEnabled(True)
            self.window_.switch_database(location)  # then the window shows its dashboard

        def failed(exc: BaseException) -> None:
            self.demo_button.setEnabled(True)
            show_error(self, exc)

        run_behind_busy_window(
            self,
            self.tr("Preparing the demo database…"),
            demo_database,
            on_done=opened,
            on_error=failed,
        )
