"""A training session's roster: the attendance grid (roster_grid.py), "All present" for the
current day's column in one action, people added by searching the registry as you type (a
warning comes before a duplicate is created) or as a new person, and the sign-in sheets and
certificates one button away."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from app.errors import GpastError
from app.services.attendance import participants, roster
from app.ui.attendance.roster_grid import FIXED, RosterModel, RosterTable, status_letters
from app.ui.formats import format_day, format_number, format_percent
from app.ui.labels import value_label
from app.ui.problem_text import problem_text
from app.ui.records.record_editor import RecordEditor
from app.ui.shell import saved_files
from app.ui.shell.background import wait_behind_busy_window


class _NewPersonEditor(RecordEditor):
    """The participant editor of a roster: saving (the Save button or Ctrl+Enter) first asks
    `may_save()`, which offers a person already in the registry instead."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.may_save: Callable[[], bool] = lambda: True

    def save(self) -> None:
        if self.may_save():
            super().save()


class RosterDialog(QDialog):
    def __init__(self, db, training_id: int, parent=None):
        super().__init__(parent)
        self.db = db
        self.training_id = training_id
        self.model = RosterModel(db, training_id, self)
        t = self.model.data_["training"]
        self.setWindowTitle(
            self.tr("Attendance — {code} {title}").format(code=t["code"], title=t["title"])
        )
        self.table = RosterTable(self)
        self.table.setModel(self.model)
        self.table.marked.connect(self.update_summary)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAccessibleName(self.tr("Attendance: people by days"))
        self.table.verticalHeader().setVisible(False)
        self.table.resizeColumnsToContents()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a person in the registry…"))
        self.search.setAccessibleName(self.tr("Find a person to add"))
        self.matches = QListWidget(self)
        self.matches.setMaximumHeight(110)
        self.matches.setAccessibleName(self.tr("People found"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.find_people)
        self.search.textChanged.connect(self._timer.start)
        self.matches.itemActivated.connect(self.add_match)
        add = QPushButton(self.tr("&Add selected"), self)
        add.clicked.connect(lambda: self.add_match(self.matches.currentItem()))
        new = QPushButton(self.tr("&New person…"), self)
        new.clicked.connect(self.add_new_person)
        remove = QPushButton(self.tr("&Remove from roster"), self)
        remove.clicked.connect(self.remove_selected)
        all_present = QPushButton(self.tr("All &present (this day)"), self)
        all_present.clicked.connect(self.mark_column_present)
        signin = QPushButton(self.tr("&Sign-in sheets…"), self)
        signin.clicked.connect(self.save_signin)
        certificates = QPushButton(self.tr("&Certificates…"), self)
        certificates.clicked.connect(self.save_certificates)
        print_signin = QPushButton(self.tr("Print sign-in s&heets…"), self)
        print_signin.clicked.connect(lambda: self._print_pdf("signin"))
        print_certificates = QPushButton(self.tr("Print cer&tificates…"), self)
        print_certificates.clicked.connect(lambda: self._print_pdf("certificates"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        help_text = QLabel(
            self.tr(
                "Keys: {present} present · {late} late · {excused} excused · {absent} absent · "
                "Space cycles. Select several cells to set them at once."
            ).format(**status_letters()),
            self,
        )
        find_row = QHBoxLayout()
        find_row.addWidget(self.search, 1)
        find_row.addWidget(add)
        find_row.addWidget(new)
        actions = QHBoxLayout()
        for button in (all_present, remove, signin, print_signin, certificates, print_certificates):
            actions.addWidget(button)
        actions.addStretch(1)
        self.empty_hint = QLabel(  # shown while nobody is registered
            self.tr(
                "Nobody is registered yet: type part of a name or organisation in the box below "
                "to find people in the registry, or press New person…. An attendance "
                "spreadsheet (File > Import) registers many at once."
            ),
            self,
        )
        self.empty_hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(actions)
        layout.addLayout(find_row)
        layout.addWidget(self.matches)
        self.resize(980, 680)
        self.update_summary()

    # -- people --------------------------------------------------------------------------
    def find_people(self) -> None:
        self.matches.clear()
        text = self.search.text().strip()
        if len(text) < 2:
            return
        registered = {p["id"] for p in self.model.people}
        for person in participants.search_people(self.db, text, limit=30):
            label = f"{person['full_name']} — {person['organisation'] or '…'}"
            if person["birth_year"]:
                label += f" ({person['birth_year']})"
            if person["id"] in registered:
                label += " ✓"
            item = QListWidgetItem(label, self.matches)
            item.setData(Qt.ItemDataRole.UserRole, person["id"])
        if self.matches.count():
            self.matches.setCurrentRow(0)

    def add_person(self, participant_id: int) -> None:
        try:
            wait_behind_busy_window(
                self,
                self.tr("Saving…"),
                roster.add_to_roster,
                self.db,
                self.training_id,
                participant_id,
            )
        except GpastError as exc:
            QMessageBox.warning(self, self.tr("Not added"), problem_text(exc))
            return
        self.model.reload()
        self.table.resizeColumnsToContents()
        self.update_summary()

    def add_match(self, item) -> None:
        if item is not None:
            self.add_person(item.data(Qt.ItemDataRole.UserRole))

    def add_new_person(self) -> None:
        editor = _NewPersonEditor(
            self.db, "participants", None, self, initial={"full_name": self.search.text().strip()}
        )

        def duplicate_check() -> bool:
            values = editor.values()
            try:
                year = int(values.get("birth_year") or 0) or None
            except ValueError:
                year = None
            same = participants.find_matches(
                self.db, values.get("full_name") or "", year, values.get("organisation") or ""
            )
            if same:
                answer = QMessageBox.question(
                    self,
                    self.tr("Possible duplicate"),
                    self.tr(
                        "{name} ({org}) is already in the registry. Add that person "
                        "instead of creating a new record?"
                    ).format(name=same[0]["full_name"], org=same[0]["organisation"] or "—"),
                    QMessageBox.StandardButton.Yes
                    | QMessageBox.StandardButton.No
                    | QMessageBox.StandardButton.Cancel,
                )
                if answer == QMessageBox.StandardButton.Yes:
                    editor._initial = editor.values()
                    editor.saved_record = {"id": same[0]["id"]}
                    editor.accept()
                    return False
                if answer == QMessageBox.StandardButton.Cancel:
                    return False
            return True

        editor.may_save = duplicate_check
        if editor.exec() and editor.saved_record:
            self.add_person(editor.saved_record["id"])

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        if not rows:
            return
        names = ", ".join(self.model.people[r]["full_name"] for r in rows)
        answer = QMessageBox.question(
            self,
            self.tr("Remove"),
            self.tr(
                "Remove {names} from this session's roster (their attendance on every day goes)?"
            ).format(names=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        people = [self.model.people[r]["id"] for r in rows]

        def remove() -> None:
            for person in people:
                roster.remove_from_roster(self.db, self.training_id, person)

        try:
            wait_behind_busy_window(self, self.tr("Saving…"), remove)
        except GpastError as exc:
            QMessageBox.warning(self, self.tr("Not removed"), problem_text(exc))
        self.model.reload()
        self.update_summary()

    def mark_column_present(self) -> None:
        column = self.table.currentIndex().column()
        if column < FIXED:
            column = FIXED
        cells = [(r, column) for r in range(self.model.rowCount())]
        if self.model.set_cells(cells, "present", self):
            self.update_summary()

    def update_summary(self) -> None:
        self.empty_hint.setVisible(not self.model.people)
        s = roster.summary(self.model.data_)
        sexes = ", ".join(
            f"{value_label(k)} {format_number(v)}" for k, v in sorted(s["by_sex"].items())
        )
        rates = "  ".join(f"{format_day(d)}: {format_percent(v)}" for d, v in s["rates"].items())
        self.summary.setText(
            self.tr(
                "{registered} registered; {attended} attended ({sexes}). Attendance per "
                "day: {rates}"
            ).format(
                registered=format_number(s["registered"]),
                attended=format_number(s["attended"]),
                sexes=sexes or "—",
                rates=rates,
            )
        )

    # -- documents -------------------------------------------------------------------------
    def _write_pdf(self, which: str, path: str) -> None:
        from app.i18n import chosen_language

        if which == "signin":
            from app.reports.attendance_documents import build_signin_sheets

            build_signin_sheets(roster.roster(self.db, self.training_id), path, chosen_language())
        else:
            from app.reports.certificates import build_certificates
            from app.services.attendance.certificate_codes import certificate_data

            data = certificate_data(self.db, self.training_id)
            build_certificates(data, path, chosen_language())

    def _save_pdf(self, which: str) -> None:
        code = self.model.data_["training"]["code"]
        name = f"{'sign-in' if which == 'signin' else 'certificates'}-{code}.pdf"
        path, _ = saved_files.ask_save_path(self, self.tr("Save PDF"), name, "PDF (*.pdf)")
        if path:
            self._write_pdf(which, path)
            saved_files.announce_saved(self, path)

    def _print_pdf(self, which: str) -> None:
        """Print the sign-in sheets or the certificates without saving a file first."""
        with tempfile.TemporaryDirectory(prefix="gpast-print-") as folder:
            path = str(Path(folder) / f"{which}.pdf")
            self._write_pdf(which, path)
            saved_files.print_pdf(self, path)

    def save_signin(self) -> None:
        self._save_pdf("signin")

    def save_certificates(self) -> None:
        self._save_pdf("certificates")
