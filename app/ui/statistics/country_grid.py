"""The Statistics page's grid of figures by citizenship: a row per country code (shown by its
name in the window's language), a column per indicator, and an empty last row to type a new
country's ISO code into; its figures can be typed only once the code is accepted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QTableWidgetItem

from app.errors import GpastError
from app.models.kinds import KINDS
from app.models.vocabulary import STATISTICS_INDICATORS
from app.services.countries import country_name
from app.services.records.fields import clean_value
from app.ui.labels import field_label, value_label
from app.ui.problem_text import problem_text
from app.ui.statistics.figure_grid import FigureGrid
from app.ui.statistics.totals_panel import number

INDICATORS = STATISTICS_INDICATORS
CITIZENSHIP = KINDS["statistics"].field("citizenship")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def interface_language() -> str:
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"


class CountryGrid(FigureGrid):  # its words are the Statistics page's (translation context)
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(
            QCoreApplication.translate("StatisticsPage", "Figures by citizenship")
        )
        self.setColumnCount(1 + len(INDICATORS))

    def fill(self, by_code: dict[str, dict[str, dict]]) -> None:
        """`by_code`: country code → indicator → figure."""
        codes = sorted(by_code, key=lambda c: country_name(c, interface_language()).casefold())
        self.setRowCount(len(codes) + 1)  # and an empty row to type a new country into
        self.setHorizontalHeaderLabels(
            [field_label("citizenship"), *(value_label(i) for i in INDICATORS)]
        )
        for r, code in enumerate([*codes, ""]):
            code_item = QTableWidgetItem(code)
            if code:
                code_item.setFlags(code_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(r, 0, code_item)
            self.setVerticalHeaderItem(r, QTableWidgetItem(self.country(code)))
            for c, indicator in enumerate(INDICATORS, start=1):
                fig = by_code.get(code, {}).get(indicator)
                item = QTableWidgetItem("" if fig is None else number(fig["value"]))
                item.setTextAlignment(RIGHT)
                if not code:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.setItem(r, c, item)
        self.resizeColumnsToContents()

    def country(self, code: str) -> str:
        """How a row's header names its country ("new" for the empty last row)."""
        if not code:
            return QCoreApplication.translate("StatisticsPage", "new")
        if code == "unknown":
            return value_label("unknown")
        return country_name(code, interface_language())

    def code(self, row: int) -> str:
        """The country code of a row ("" in the row for a new one)."""
        item = self.item(row, 0)
        return item.text() if item is not None else ""

    def accept_code(self, item: QTableWidgetItem) -> str | None:
        """A code typed into the last row: accepted (the row's figures open for typing and a
        new empty row follows; None), or undone with the reason ("" when nothing was typed).
        The caller holds its own itemChanged handling off meanwhile."""
        row = item.row()
        try:
            code = clean_value(CITIZENSHIP, item.text())
            problem = QCoreApplication.translate(
                "StatisticsPage", "{country} already has a row"
            ).format(country=code)
        except GpastError as exc:
            code, problem = None, problem_text(exc)
        if not code or any(self.code(r) == code for r in range(row)):
            typed = item.text().strip()
            item.setText("")
            return problem if typed else ""
        item.setText(code)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.setVerticalHeaderItem(row, QTableWidgetItem(self.country(code)))
        for c in range(1, self.columnCount()):
            cell = self.item(row, c)
            if cell is not None:
                cell.setFlags(cell.flags() | Qt.ItemFlag.ItemIsEditable)
        self._add_empty_row()
        return None

    def _add_empty_row(self) -> None:
        r = self.rowCount()
        self.setRowCount(r + 1)
        self.setItem(r, 0, QTableWidgetItem(""))
        self.setVerticalHeaderItem(r, QTableWidgetItem(self.country("")))
        for c in range(1, self.columnCount()):
            item = QTableWidgetItem("")
            item.setTextAlignment(RIGHT)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(r, c, item)
