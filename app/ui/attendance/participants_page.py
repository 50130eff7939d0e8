"""The participants registry: the lazy list with search, plus merging duplicates, anonymising
a person on request, and each person's training history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
)

from app.errors import GpastError
from app.services.attendance import participants
from app.ui.attendance.merge_dialog import MergeDialog
from app.ui.formats import format_date
from app.ui.labels import value_label
from app.ui.problem_text import problem_text
from app.ui.records.list_page import RecordListPage
from app.ui.shell.background import wait_behind_busy_window


class ParticipantsPage(RecordListPage):
    def __init__(self, db, parent=None):
        super().__init__(db, "participants", parent)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.merge_button = QPushButton(self.tr("&Merge duplicates…"), self)
        self.merge_button.setToolTip(self.tr("Select the two records of the same person"))
        self.anonymise_button = QPushButton(self.tr("Anon&ymise…"), self)
        self.merge_button.clicked.connect(self.merge_selected)
        self.anonymise_button.clicked.connect(self.anonymise_selected)
        self.button_row.insertWidget(4, self.merge_button)
        self.button_row.insertWidget(5, self.anonymise_button)
        self.history_title = QLabel(self.tr("Training history"), self)
        self.history = QListWidget(self)
        self.history.setAccessibleName(self.tr("Training history of the selected person"))
        splitter = QSplitter(self)
        self.page_layout.replaceWidget(self.table, splitter)
        splitter.addWidget(self.table)
        side = QSplitter(self)
        side.setOrientation(Qt.Orientation.Vertical)
        side.addWidget(self.history_title)
        side.addWidget(self.history)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.table.selectionModel().selectionChanged.connect(self.show_history)
        self._update_buttons()

    def nothing_yet_text(self) -> str:
        return self.tr(
            "Nobody here yet. People come in with a training's attendance (Trainings, then "
            "Attendance…) or an attendance spreadsheet (File > Import); New (Ctrl+N) adds one "
            "person."
        )

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [i for r in rows if (i := self.model.record_id(r)) is not None]

    def _update_buttons(self, *args) -> None:
        super()._update_buttons()
        if hasattr(self, "merge_button"):
            count = len(self.selected_ids())
            self.merge_button.setEnabled(count == 2)
            self.anonymise_button.setEnabled(count == 1)
            self.edit_button.setEnabled(count == 1)
            self.duplicate_button.setEnabled(False)
            self.delete_button.setEnabled(count == 1)

    def selected_id(self) -> int | None:
        ids = self.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def show_history(self, *args) -> None:
        self.history.clear()
        person_id = self.selected_id()
        if person_id is None:
            return
        for h in participants.history(self.db, person_id):
            statuses = ", ".join(value_label(s) for s in h["days"].values())
            self.history.addItem(
                f"{format_date(h['start_date'])}  {h['code']}  {h['title']} — {statuses}"
            )
        if not self.history.count():
            self.history.addItem(self.tr("Not registered for any training session."))

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2:
            return
        from app.services.records import editing as records

        a, b = (records.get(self.db, "participants", i) for i in ids)
        days = tuple(sum(len(h["days"]) for h in participants.history(self.db, i)) for i in ids)
        dialog = MergeDialog(a, b, (days[0], days[1]), self)
        if not dialog.exec() or dialog.keep is None or dialog.other is None:
            return
        keep, other = (a, b) if dialog.keep == a["id"] else (b, a)
        try:
            wait_behind_busy_window(
                self, self.tr("Merging…"), participants.merge, self.db, keep["id"], other["id"]
            )
        except GpastError as exc:
            QMessageBox.warning(self, self.tr("Not merged"), problem_text(exc))
            return
        self.model.reload()
        self.select_id(keep["id"])
        self.changed.emit()

    def anonymise_selected(self) -> None:
        person_id = self.selected_id()
        if person_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Anonymise"),
            self.tr(
                "Clear this person's name, birth year, position, country, email and phone? "
                "Sex and organisation stay so that the statistics do not change. This "
                "cannot be undone."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            wait_behind_busy_window(
                self, self.tr("Saving…"), participants.anonymise, self.db, person_id
            )
        except GpastError as exc:
            QMessageBox.warning(self, self.tr("Not anonymised"), problem_text(exc))
            return
        self.model.reload()
        self.select_id(person_id)
        self.changed.emit()
