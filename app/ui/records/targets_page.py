"""The Targets page: the national action plan's targets for a year, areas × indicators.
Type a number to set a target, clear a cell to remove it, then Save."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import GpastError, StaleRecord, ValidationError
from app.models.kinds import KINDS
from app.models.vocabulary import TARGET_INDICATORS as INDICATORS
from app.services.focus_areas import list_focus_areas
from app.services.records import fields as f
from app.services.records.targets import TargetChange, list_targets, save_targets
from app.ui.cell_editing import commit_open_cell
from app.ui.formats import plain_number
from app.ui.labels import area_label
from app.ui.overview.dashboard_page import indicator_name
from app.ui.problem_text import problem_text, reason_text
from app.ui.records.stale_edit import Page, offer_reload, page_text
from app.ui.shell import unsaved
from app.ui.shell.background import wait_behind_busy_window


class TargetsPage(QWidget):
    # what the role must allow (app.ui.shell.permissions): a viewer or an editor reads them
    ROLE_BUTTONS = {"save_button": "targets"}
    ROLE_GRIDS = {"grid": "targets"}

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.setObjectName("page-targets")
        self.year = QComboBox(self)
        self.year.setAccessibleName(self.tr("Year"))
        this_year = date.today().year
        for y in range(this_year + 5, this_year - 16, -1):
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(self.year.findData(this_year))
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year)
        self.grid = QTableWidget(self)
        self.grid.setAccessibleName(self.tr("Targets: focus areas by indicators"))
        self.save_button = QPushButton(self.tr("&Save targets"), self)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        self.hint = QLabel(self)  # what the grid is for (and, for whom it is read-only, why)
        self.hint.setObjectName("targets-hint")
        self.hint.setWordWrap(True)
        top.addWidget(self.hint, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        layout.addLayout(bottom)
        self._year_shown = self.selected_year()
        self.year.currentIndexChanged.connect(self._year_chosen)
        self.refresh()

    def _year_chosen(self) -> None:
        """Another year: unsaved targets of the year shown are saved or dropped first (asked)."""
        if self.selected_year() == self._year_shown:
            return
        chosen = self.selected_year()
        self.year.blockSignals(True)
        self.year.setCurrentIndex(self.year.findData(self._year_shown))
        self.year.blockSignals(False)
        if not self.may_leave():
            return
        self._year_shown = chosen
        self.year.blockSignals(True)
        self.year.setCurrentIndex(self.year.findData(chosen))
        self.year.blockSignals(False)
        self.refresh()

    # -- unsaved edits (the window asks before they could be lost) ---------------------------
    def _texts(self) -> list[str]:
        return [
            (item.text().strip() if (item := self.grid.item(r, c)) is not None else "")
            for r in range(self.grid.rowCount())
            for c in range(self.grid.columnCount())
        ]

    def has_unsaved_changes(self) -> bool:
        commit_open_cell(self.grid)  # a cell being typed in counts
        return self._texts() != self._saved_texts

    def may_leave(self) -> bool:
        """True when nothing unsaved would be lost: saved, dropped, or there was nothing."""
        if not self.has_unsaved_changes():
            return True
        answer = unsaved.ask_to_save(
            self, self.tr("Save the targets you changed for {year}?").format(year=self._year_shown)
        )
        if answer == unsaved.Answer.SAVE:
            return self.save()
        if answer == unsaved.Answer.DISCARD:
            self.refresh()
            return True
        return False

    def _show_hint(self) -> None:
        from app.services.access import Action, refusal

        refused = refusal(self.db, Action.TARGETS)
        if refused is None:
            self.hint.setText(
                self.tr(
                    "Type the year's target of each indicator in its cell (the national action "
                    "plan), then Save targets. The dashboard and the report measure progress "
                    "against them."
                )
            )
        else:  # a viewer or an editor reads them
            self.hint.setText(
                self.tr(
                    "The year's target of each indicator (the national action plan); the "
                    "dashboard and the report measure progress against them. {why}"
                ).format(why=problem_text(refused))
            )

    def refresh(self) -> None:
        self._show_hint()
        self.areas = list_focus_areas(self.db)
        self.grid.clear()
        self.grid.setRowCount(len(self.areas))
        self.grid.setColumnCount(len(INDICATORS))
        self.grid.setHorizontalHeaderLabels([indicator_name(i) for i in INDICATORS])
        self.grid.setVerticalHeaderLabels([area_label(a["slug"]) for a in self.areas])
        self._existing = {
            (t["focus_area"], t["indicator"]): t
            for t in list_targets(self.db, self.selected_year())
        }
        loc = QLocale()
        for r, a in enumerate(self.areas):
            for c, indicator in enumerate(INDICATORS):
                t = self._existing.get((a["slug"], indicator))
                text = "" if t is None else loc.toString(float(t["target"]), "g", 12)
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.grid.setItem(r, c, item)
        self.grid.resizeColumnsToContents()
        self._saved_texts = self._texts()
        self.message.setText("")

    def selected_year(self) -> int:
        return int(self.year.currentData())

    def save(self) -> bool:
        """Save the grid's targets (checked here first, then written off the UI thread behind
        the busy window); False (and the problem shown) when they were not saved."""
        commit_open_cell(self.grid)
        field = KINDS["targets"].field("target")
        removed, typed = [], []  # the targets cleared; (area, indicator, value, seen version)
        for r, a in enumerate(self.areas):
            for c, indicator in enumerate(INDICATORS):
                cell = self.grid.item(r, c)
                text = cell.text().strip() if cell is not None else ""
                old = self._existing.get((a["slug"], indicator))
                if not text:
                    if old is not None:
                        removed.append(old)
                    continue
                if old is not None and text == self._saved_texts[r * len(INDICATORS) + c]:
                    continue  # as shown (1,250,000 in an English window): unchanged
                try:
                    value = f.clean_value(field, plain_number(text))  # 1,250,000 typed
                except ValidationError as exc:
                    self.grid.setCurrentCell(r, c)
                    problem = self.tr("{area}, {indicator}: {problem}").format(
                        area=area_label(a["slug"]),
                        indicator=indicator_name(indicator),
                        problem=reason_text(exc.reason),
                    )
                    QMessageBox.warning(self, self.tr("Targets not saved"), problem)
                    return False
                if old is None or old["target"] != value:
                    seen = {} if old is None else old["version"]
                    typed.append((a["slug"], indicator, value, seen))
        changes = [
            TargetChange(o["focus_area"], o["indicator"], None, o["version"]) for o in removed
        ]
        changes += [TargetChange(*cell) for cell in typed]
        year = self.selected_year()
        try:  # one unit of work: every changed cell, or (one refused) none
            wait_behind_busy_window(
                self, self.tr("Saving targets…"), save_targets, self.db, year, changes
            )
        except StaleRecord as exc:  # someone saved a target since the page showed it
            where = self._show_cell(exc)
            title = self.tr("Targets not saved")
            if offer_reload(self, exc, title, Page.TARGETS, changed=where):
                self.refresh()
            else:
                self.message.setText(page_text(exc, Page.TARGETS, changed=where))
            return False
        except GpastError as exc:
            where = self._show_cell(exc)
            text = problem_text(exc)
            QMessageBox.warning(
                self, self.tr("Targets not saved"), f"{where}: {text}" if where else text
            )
            return False
        self.refresh()
        self.message.setText(self.tr("%n target(s) changed", "", len(removed) + len(typed)))
        return True

    def _show_cell(self, problem: BaseException) -> str | None:
        """Select the cell a refusal of the save is about; its name ("area, indicator")."""
        cell = getattr(problem, "cell", None)
        if cell is None:
            return None
        area, indicator = cell
        rows = [a["slug"] for a in self.areas]
        if area in rows and indicator in INDICATORS:
            self.grid.setCurrentCell(rows.index(area), INDICATORS.index(indicator))
        return f"{area_label(area)}, {indicator_name(indicator)}"

    def set_database(self, db) -> None:
        self.db = db
        self.refresh()
