"""Under the Statistics page's grids: the year's totals by product.md's counting rules (the
largest source's total, the others beside it), SDG 16.2.2 and the stated totals that disagree
with a breakdown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.statistics.counting import YearCount
from app.ui.formats import format_number
from app.ui.labels import QT_TRANSLATE_NOOP, value_label

RULES = {
    "stated": QT_TRANSLATE_NOOP("TotalsPanel", "stated"),
    "sex": QT_TRANSLATE_NOOP("TotalsPanel", "sum by sex"),
    "age_group": QT_TRANSLATE_NOOP("TotalsPanel", "sum by age group"),
    "exploitation": QT_TRANSLATE_NOOP("TotalsPanel", "sum by form of exploitation"),
    "citizenship": QT_TRANSLATE_NOOP("TotalsPanel", "sum by citizenship"),
}
BY = {
    "sex": QT_TRANSLATE_NOOP("TotalsPanel", "by sex"),
    "age_group": QT_TRANSLATE_NOOP("TotalsPanel", "by age group"),
    "exploitation": QT_TRANSLATE_NOOP("TotalsPanel", "by form of exploitation"),
    "citizenship": QT_TRANSLATE_NOOP("TotalsPanel", "by citizenship"),
}


def number(value: int) -> str:
    return format_number(int(value))


class TotalsPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = QTableWidget(self)
        self.table.setAccessibleName(self.tr("Totals by the counting rules"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.sdg = QLabel(self)
        self.mismatches = QListWidget(self)
        self.mismatches.setAccessibleName(self.tr("Stated totals that disagree with a breakdown"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Totals (sources are never added together):"), self))
        layout.addWidget(self.table, 2)
        layout.addWidget(self.sdg)
        layout.addWidget(QLabel(self.tr("Stated totals that disagree with their breakdown:"), self))
        layout.addWidget(self.mismatches, 1)

    def _source(self, name: str) -> str:
        return name or self.tr("(no source)")

    def show_count(self, count: YearCount) -> None:
        heads = [
            self.tr("Indicator"),
            self.tr("Total"),
            self.tr("Source"),
            self.tr("Counted as"),
            self.tr("Other sources"),
        ]
        table = self.table
        table.clear()
        table.setColumnCount(len(heads))
        table.setHorizontalHeaderLabels(heads)
        table.setRowCount(len(count.totals))
        for r, (name, total) in enumerate(count.totals.items()):
            others = "; ".join(f"{self._source(o.source)}: {number(o.total)}" for o in total.others)
            cells = [
                value_label(name),
                number(total.total),
                self._source(total.source),
                self.tr(RULES[total.rule]),
                others,
            ]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if c == 1:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, cell)
        table.resizeColumnsToContents()
        sdg = count.victims_per_100k
        self.sdg.setText(
            self.tr("SDG 16.2.2, victims identified per 100,000 of population: {value}").format(
                value=format_number(sdg, 2)
                if sdg is not None
                else self.tr("not known (needs victims identified and population)")
            )
        )
        self.mismatches.clear()
        for m in count.mismatches:
            self.mismatches.addItem(
                self.tr("{indicator} ({source}): stated {stated}, {breakdown} {sum}").format(
                    indicator=value_label(m.indicator),
                    source=self._source(m.source),
                    stated=number(m.stated),
                    breakdown=self.tr(BY[m.breakdown]),
                    sum=number(m.sum),
                )
            )
        if not count.mismatches:
            self.mismatches.addItem(self.tr("No stated total disagrees with its breakdown."))

    def mismatch_lines(self) -> list[str]:
        return [self.mismatches.item(i).text() for i in range(self.mismatches.count())]
