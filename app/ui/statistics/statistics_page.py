"""The Statistics page: a year's figures from other agencies, one source at a time. Indicators
are rows; the stated total and the breakdowns by sex, age group and form of exploitation are
columns; figures by citizenship have a grid of their own (a row per country code). A figure is
saved when its cell is left (as the attendance grid does); the totals by product.md's counting
rules and the mismatches below follow at once."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import GpastError, StaleRecord, ValidationError
from app.models.vocabulary import AGE_GROUPS, EXPLOITATION_FORMS, SEXES, STATISTICS_INDICATORS
from app.services.statistics.counting import count_year
from app.services.statistics.figures import delete_figure, set_figure, year_figures
from app.ui.cell_editing import commit_open_cell
from app.ui.labels import QT_TRANSLATE_NOOP, value_label
from app.ui.problem_text import problem_text, reason_text
from app.ui.records.stale_edit import Page, offer_reload, page_text
from app.ui.shell.background import wait_behind_busy_window
from app.ui.statistics.country_grid import CountryGrid
from app.ui.statistics.figure_grid import FigureGrid
from app.ui.statistics.totals_panel import TotalsPanel, number

INDICATORS = STATISTICS_INDICATORS
# the main grid's columns: the stated total, then one breakdown value each
COLUMNS: tuple[tuple[str, str] | None, ...] = (
    None,
    *(("sex", s) for s in SEXES),
    *(("age_group", a) for a in AGE_GROUPS),
    *(("exploitation", e) for e in EXPLOITATION_FORMS),
)
TITLES = {
    None: QT_TRANSLATE_NOOP("StatisticsPage", "Total (stated)"),
    ("age_group", "child"): QT_TRANSLATE_NOOP("StatisticsPage", "Children"),
    ("age_group", "adult"): QT_TRANSLATE_NOOP("StatisticsPage", "Adults"),
    ("age_group", "unknown"): QT_TRANSLATE_NOOP("StatisticsPage", "Age unknown"),
    ("exploitation", "other"): QT_TRANSLATE_NOOP("StatisticsPage", "Other forms"),
    ("exploitation", "unknown"): QT_TRANSLATE_NOOP("StatisticsPage", "Form unknown"),
}
BREAKDOWN_FIELDS = ("sex", "age_group", "citizenship", "exploitation")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _breakdown(fig: dict) -> tuple[str, str] | None | bool:
    """The one breakdown of a figure, None for a stated total, False for a cross-table."""
    used = [(b, fig[b]) for b in BREAKDOWN_FIELDS if fig[b]]
    if not used:
        return None
    return used[0] if len(used) == 1 else False


class StatisticsPage(QWidget):
    ROLE_GRIDS = {"grid": "edit", "countries": "edit"}  # a viewer reads (shell.permissions)

    changed = Signal()  # a figure was saved or removed (the dashboard counts again)

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.setObjectName("page-statistics")
        self._loading = False
        self.figures: list[dict] = []
        self.year = QComboBox(self)
        self.year.setAccessibleName(self.tr("Year"))
        this_year = date.today().year
        for y in range(this_year + 1, this_year - 31, -1):
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(self.year.findData(this_year - 1))  # last year's figures
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year)
        self.source = QComboBox(self)
        self.source.setEditable(True)
        self.source.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.source.setMinimumContentsLength(28)
        self.source.setAccessibleName(self.tr("Source: the agency that supplied the figures"))
        self.source_line = self.source.lineEdit()
        assert self.source_line is not None  # an editable combo box has one
        self.source_line.setPlaceholderText(self.tr("agency, e.g. Ministry of Interior"))
        source_label = QLabel(self.tr("&Source:"), self)
        source_label.setBuddy(self.source)
        self.history_button = QPushButton(self.tr("&History of the figure"), self)
        self.history_button.clicked.connect(self.show_history)
        top = QHBoxLayout()
        for w in (year_label, self.year, source_label, self.source):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.history_button)

        self.grid = FigureGrid(self)
        self.grid.setAccessibleName(self.tr("Figures: indicators by breakdown"))
        self.grid.setRowCount(len(INDICATORS))
        self.grid.setColumnCount(len(COLUMNS))
        self.countries = CountryGrid(self)
        self.totals = TotalsPanel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.kept = QLabel(self)
        self.kept.setWordWrap(True)

        layout = QVBoxLayout(self)
        self.empty_hint = QLabel(  # shown while the year has no figure
            self.tr(
                "No figures for this year yet. Type the agency under Source, then each figure in "
                "its cell (it is saved as you leave the cell; Ctrl+V pastes a block from Excel), "
                "or import the statistics template with File > Import."
            ),
            self,
        )
        self.empty_hint.setObjectName("empty-hint")
        self.empty_hint.setWordWrap(True)
        layout.addLayout(top)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.grid, 3)
        layout.addWidget(QLabel(self.tr("By citizenship (type an ISO code such as BY):"), self))
        layout.addWidget(self.countries, 2)
        layout.addWidget(self.message)
        layout.addWidget(self.kept)
        layout.addWidget(self.totals, 3)

        self.grid.itemChanged.connect(self._grid_changed)
        self.countries.itemChanged.connect(self._country_changed)
        self.year.currentIndexChanged.connect(self.refresh)
        self.source.activated.connect(lambda _i: self.show_source())
        self.source_line.editingFinished.connect(self.show_source)
        self.current_source = ""
        self.refresh()

    # -- loading ---------------------------------------------------------------------
    def selected_year(self) -> int:
        return int(self.year.currentData())

    def refresh(self) -> None:
        """Read the year's figures again and show the chosen source's."""
        self.figures = year_figures(self.db, self.selected_year())
        sources = sorted({f["source"] for f in self.figures}, key=str.casefold)
        keep = self.source.currentText().strip() or (sources[0] if sources else "")
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItems(sources)
        self.source.setEditText(keep)
        self.source.blockSignals(False)
        self.current_source = keep
        self._fill()

    def show_source(self) -> None:
        text = " ".join(self.source.currentText().split())
        if text != self.current_source:
            self.current_source = text
            self._fill()

    def _mine(self) -> list[dict]:
        return [f for f in self.figures if f["source"] == self.current_source]

    def _fill(self) -> None:
        self._loading = True
        try:
            self._fill_grid()
            self._fill_countries()
        finally:
            self._loading = False
        self.totals.show_count(count_year(self.selected_year(), self.figures))
        self.empty_hint.setVisible(not self.figures)

    def _fill_grid(self) -> None:
        grid = self.grid
        grid.setHorizontalHeaderLabels([self._title(c) for c in COLUMNS])
        grid.setVerticalHeaderLabels([value_label(i) for i in INDICATORS])
        shown = {(f["indicator"], _breakdown(f)): f for f in self._mine()}
        for r, indicator in enumerate(INDICATORS):
            for c, column in enumerate(COLUMNS):
                fig = shown.get((indicator, column))
                item = QTableWidgetItem("" if fig is None else self._number(fig["value"]))
                item.setTextAlignment(RIGHT)
                grid.setItem(r, c, item)
        grid.resizeColumnsToContents()
        crossed = sum(1 for f in self._mine() if _breakdown(f) is False)
        self.kept.setText(
            self.tr(
                "%n figure(s) broken down by two columns at once (imported) are kept as they "
                "are; they are not summed into totals.",
                "",
                crossed,
            )
            if crossed
            else ""
        )

    def _fill_countries(self) -> None:
        by_code: dict[str, dict[str, dict]] = {}
        for f in self._mine():
            b = _breakdown(f)
            if isinstance(b, tuple) and b[0] == "citizenship":
                by_code.setdefault(b[1], {})[f["indicator"]] = f
        self.countries.fill(by_code)

    def _title(self, column) -> str:
        if column in TITLES:
            return self.tr(TITLES[column])
        return value_label(column[1])

    def _cell_name(self, indicator: str, breakdown: dict) -> str:
        """A figure as the grids name it: "Victims identified, Women", "…, Belarus"."""
        if "citizenship" in breakdown:
            return f"{value_label(indicator)}, {self.countries.country(breakdown['citizenship'])}"
        column = next(iter(breakdown.items()), None)
        return f"{value_label(indicator)}, {self._title(column)}"

    @staticmethod
    def _number(value: int) -> str:
        return number(value)

    # -- typing ----------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        """Never: each figure is saved as its cell is left. A cell still being typed in when
        the window closes is saved now (the window asks every page before it closes)."""
        commit_open_cell(self.grid)
        commit_open_cell(self.countries)
        return False

    def _grid_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        column = COLUMNS[item.column()]
        breakdown = {column[0]: column[1]} if column else {}
        self._save(item, INDICATORS[item.row()], breakdown)

    def _country_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        if item.column() == 0:  # a new country typed into the last row
            self._loading = True
            try:
                problem = self.countries.accept_code(item)
            finally:
                self._loading = False
            self.message.setText(problem or "")
            return
        code = self.countries.code(item.row())
        self._save(item, INDICATORS[item.column() - 1], {"citizenship": code})

    def _save(self, item: QTableWidgetItem, indicator: str, breakdown: dict) -> None:
        """Save the typed figure (an empty cell removes it); a bad one is named and undone."""
        key = {b: breakdown.get(b, "") for b in BREAKDOWN_FIELDS}
        old = next(
            (
                f
                for f in self._mine()
                if f["indicator"] == indicator and all(f[b] == key[b] for b in BREAKDOWN_FIELDS)
            ),
            None,
        )
        text = item.text().strip()
        data = {"year": self.selected_year(), "indicator": indicator, "value": text}
        data.update(source=self.current_source, **key)

        def write() -> dict | None:  # off the UI thread, behind the busy window
            if text:
                return set_figure(self.db, data, seen_version={} if old is None else old["version"])
            if old is not None:
                delete_figure(self.db, old["id"], seen_version=old["version"])
            return None

        try:
            saved = wait_behind_busy_window(self, self.tr("Saving…"), write)
            if saved is not None:
                self._loading = True
                item.setText(self._number(saved["value"]))
                self._loading = False
        except GpastError as exc:
            self._loading = True
            item.setText("" if old is None else self._number(old["value"]))
            self._loading = False
            if isinstance(exc, StaleRecord):  # someone saved this figure since it was shown
                cell = self._cell_name(indicator, breakdown)
                title = self.tr("Figure not saved")
                if offer_reload(self, exc, title, Page.STATISTICS, changed=cell):
                    self.refresh()
                self.message.setText(page_text(exc, Page.STATISTICS, changed=cell))
                return
            self.message.setText(
                self.tr("{indicator}: {problem}").format(
                    indicator=value_label(indicator),
                    problem=(
                        reason_text(exc.reason)
                        if isinstance(exc, ValidationError)
                        else problem_text(exc)
                    ),
                )
            )
            return
        self.message.setText("")
        self.changed.emit()
        self.figures = year_figures(self.db, self.selected_year())
        if self.current_source and self.source.findText(self.current_source) < 0:
            self.source.addItem(self.current_source)
        self.totals.show_count(count_year(self.selected_year(), self.figures))
        self.empty_hint.setVisible(not self.figures)

    # -- history ---------------------------------------------------------------------
    def current_figure(self) -> dict | None:
        """The saved figure of the cell the cursor is on (main grid or citizenship grid)."""
        if self.countries.hasFocus() and self.countries.currentRow() >= 0:
            r, c = self.countries.currentRow(), self.countries.currentColumn()
            if c < 1:
                return None
            indicator = INDICATORS[c - 1]
            key = {"citizenship": self.countries.code(r)}
        else:
            r, c = self.grid.currentRow(), self.grid.currentColumn()
            if r < 0 or c < 0:
                return None
            indicator, column = INDICATORS[r], COLUMNS[c]
            key = {column[0]: column[1]} if column else {}
        wanted = {b: key.get(b, "") for b in BREAKDOWN_FIELDS}
        return next(
            (
                f
                for f in self._mine()
                if f["indicator"] == indicator and all(f[b] == wanted[b] for b in BREAKDOWN_FIELDS)
            ),
            None,
        )

    def show_history(self) -> None:
        from app.ui.records.history_widget import HistoryWidget

        fig = self.current_figure()
        if fig is None:
            self.message.setText(self.tr("Choose a cell with a figure to see its history."))
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("History of the figure"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(HistoryWidget(self.db, "statistics", fig["uuid"], dialog))
        dialog.resize(520, 360)
        self.history_dialog = dialog
        dialog.open()

    def set_database(self, db) -> None:
        self.db = db
        self.refresh()
