"""The dashboard: one card per focus area for a year (and one for all areas), with progress to
the national action plan's targets. Clicking a figure opens the matching filtered list."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models.kinds import RECORD_KINDS
from app.services.records import editing as records
from app.services.reporting.dashboard import dashboard_figures
from app.services.statistics.figures import figure_years
from app.ui.formats import format_number, format_percent, format_period
from app.ui.labels import QT_TRANSLATE_NOOP, area_description, area_label, value_label
from app.ui.shell.background import run_in_background

INDICATOR_NAMES = {
    "laws_adopted": QT_TRANSLATE_NOOP("Indicators", "Legislative acts adopted"),
    "trainings_held": QT_TRANSLATE_NOOP("Indicators", "Trainings held"),
    "training_hours": QT_TRANSLATE_NOOP("Indicators", "Training hours"),
    "participations": QT_TRANSLATE_NOOP("Indicators", "Participants trained"),
    "people_trained": QT_TRANSLATE_NOOP("Indicators", "People trained"),
    "participations_female": QT_TRANSLATE_NOOP("Indicators", "Women trained (participations)"),
    "participations_male": QT_TRANSLATE_NOOP("Indicators", "Men trained (participations)"),
    "campaigns_launched": QT_TRANSLATE_NOOP("Indicators", "Campaigns launched"),
    "campaign_reach": QT_TRANSLATE_NOOP("Indicators", "Campaign reach"),
    "victims_identified": QT_TRANSLATE_NOOP("Indicators", "Victims identified"),
    "victims_assisted": QT_TRANSLATE_NOOP("Indicators", "Victims assisted"),
    "victims_referred": QT_TRANSLATE_NOOP("Indicators", "Victims referred"),
    "victims_repatriated": QT_TRANSLATE_NOOP("Indicators", "Victims repatriated"),
    "investigations": QT_TRANSLATE_NOOP("Indicators", "Investigations"),
    "persons_prosecuted": QT_TRANSLATE_NOOP("Indicators", "Persons prosecuted"),
    "persons_convicted": QT_TRANSLATE_NOOP("Indicators", "Persons convicted"),
}
CARD_MIN_WIDTH = 330  # a card narrower than this wraps every line
CARD_STYLE = (
    "QFrame#card { background: palette(base); border: 1px solid #c9d3df; border-radius: 8px; }"
    "QFrame#card:focus { border: 2px solid #2f6db5; }"
)


def indicator_name(name: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Indicators", INDICATOR_NAMES.get(name, name))


class AreaCard(QFrame):
    """A focusable card; Enter or a click opens the area's trainings, links open other lists."""

    open_list = Signal(str, str)  # kind, area slug ("" for all areas)

    def __init__(self, slug: str, title: str, description: str, parent=None):
        super().__init__(parent)
        self.slug = slug
        self.setObjectName("card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(title)
        self.setToolTip(description)
        self.title = QLabel(f"<b>{escape(title)}</b>", self)
        self.title.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setWordWrap(True)  # a narrow window wraps long indicator names
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.body.linkActivated.connect(lambda kind: self.open_list.emit(kind, self.slug))
        self.targets = QVBoxLayout()
        self.targets.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addLayout(self.targets)
        layout.addStretch(1)

    def show_figures(
        self,
        figures: dict,
        women_share: float | None,
        targets: list[dict],
        statistics: list[dict] | None = None,
    ) -> None:
        """The area's figures; `statistics`: its figures from other agencies (summary rows)."""
        n = format_number
        share = "" if women_share is None else f" ({format_percent(women_share)} ♀)"

        def link(kind: str, value: str) -> str:
            return f'<a href="{kind}">{value}</a>'

        rows = [
            (indicator_name("laws_adopted"), link("legislation", n(figures["laws_adopted"]))),
            (indicator_name("trainings_held"), link("trainings", n(figures["trainings_held"]))),
            (
                indicator_name("participations"),
                link("trainings", n(figures["participations"])) + escape(share),
            ),
            (
                indicator_name("campaigns_launched"),
                link("campaigns", n(figures["campaigns_launched"])),
            ),
            (indicator_name("campaign_reach"), n(figures["campaign_reach"])),
        ]
        for s in statistics or []:  # figures from other agencies, the year before beside them
            value = "—" if s["total"] is None else n(s["total"])
            if s["previous"] is not None:
                value += " " + self.tr("(year before: {n})").format(n=n(s["previous"]))
            rows.append((value_label(s["indicator"]), escape(value)))
        cells = "".join(
            f"<tr><td>{escape(label)}</td><td align='right'>&nbsp;&nbsp;{value}</td></tr>"
            for label, value in rows
        )
        self.body.setText(f"<table width='100%'>{cells}</table>")
        while self.targets.count():
            item = self.targets.takeAt(0)
            if item is not None and (shown := item.widget()) is not None:
                shown.deleteLater()
        for t in targets:
            percent = t["percent"] or 0.0
            label = QLabel(
                self.tr("{indicator}: {actual} of {target}").format(
                    indicator=indicator_name(t["indicator"]),
                    actual=format_number(float(t["actual"]), 0),
                    target=format_number(float(t["target"]), 0),
                ),
                self,
            )
            bar = QProgressBar(self)
            bar.setRange(0, 100)
            bar.setValue(int(min(percent, 100)))
            bar.setFormat(format_percent(percent))
            bar.setMaximumHeight(14)
            bar.setAccessibleName(label.text())
            self.targets.addWidget(label)
            self.targets.addWidget(bar)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self.open_list.emit("trainings", self.slug)
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.open_list.emit("trainings", self.slug)
            return
        super().keyPressEvent(event)


class DashboardPage(QWidget):
    open_list = Signal(str, str, int)  # kind, area slug ("" = all), year

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.setObjectName("page-dashboard")
        self.setStyleSheet(CARD_STYLE)
        self.year = QComboBox(self)
        self.year.setAccessibleName(self.tr("Year"))
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year)
        self.heading = QLabel(self)
        self.heading.setObjectName("dashboard-heading")
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setAccessibleName(self.tr("Loading"))
        self.busy.hide()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.busy)
        top.addWidget(year_label)
        top.addWidget(self.year)

        self.cards: dict[str, AreaCard] = {}
        grid_host = QWidget(self)
        self.grid = QGridLayout(grid_host)
        self.grid.setSpacing(12)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        # never sideways: the cards take as many columns as the width holds (see _arrange)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card_area = scroll
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.note)
        self.figures: dict | None = None
        self._columns_shown = 0
        self._fill_years()
        self.year.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def _fill_years(self) -> None:
        current = self.year.currentData() or date.today().year
        years = {date.today().year}
        for kind in RECORD_KINDS:  # the kinds whose records fall in a year
            if kind.date_field:
                years.update(records.record_years(self.db, kind.name))
        years.update(figure_years(self.db))  # figures from other agencies
        self.year.blockSignals(True)
        self.year.clear()
        for y in sorted(years, reverse=True):
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(self.year.findData(current), 0))
        self.year.blockSignals(False)

    def selected_year(self) -> int:
        return int(self.year.currentData() or date.today().year)

    def set_database(self, db) -> None:
        self.db = db
        self._fill_years()
        self.refresh()

    def refresh(self) -> None:
        self.busy.show()
        run_in_background(
            self,
            dashboard_figures,
            self.db,
            self.selected_year(),
            on_done=self.show_figures,
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        raise exc

    def show_figures(self, figures: dict) -> None:
        self.busy.hide()
        if figures["year"] != self.selected_year():
            return  # an older request finished after the user chose another year
        self.figures = figures
        self.heading.setText(
            "<h2>"
            + escape(
                self.tr("Progress {year}").format(year=figures["year"])
                + f" ({format_period(figures['from'], figures['to'])})"
            )
            + "</h2>"
        )
        entries = [
            (
                a["slug"],
                area_label(a["slug"]),
                area_description(a["slug"], a["description"]),
                a["figures"],
                a["women_share"],
                a["targets"],
            )
            for a in figures["areas"]
        ]
        entries.append(
            (
                "",
                self.tr("All areas"),
                self.tr("Each record counted once"),
                figures["total"]["figures"],
                figures["total"]["women_share"],
                [],
            )
        )
        for slug, title, description, values, share, targets in entries:
            card = self.cards.get(slug)
            if card is None:
                card = AreaCard(slug, title, description, self)
                card.open_list.connect(
                    lambda kind, area: self.open_list.emit(kind, area, self.selected_year())
                )
                self.cards[slug] = card
            card.show_figures(values, share, targets, figures["statistics"].get(slug, []))
        self._arrange()
        self.note.setText(
            self.tr(
                "A record linked to several focus areas counts in each area's card and once in "
                "“All areas”. Participants trained: people present or late on at least one day "
                "of a session, counted once per session."
            )
        )

    def columns(self) -> int:
        """How many cards side by side: three in a wide window, fewer in a narrow one."""
        width = self.card_area.viewport().width()
        return max(1, min(3, width // CARD_MIN_WIDTH))

    def _arrange(self) -> None:
        columns = self._columns_shown = self.columns()
        cards = list(self.cards.values())
        for card in cards:
            self.grid.removeWidget(card)
        for i, card in enumerate(cards):
            self.grid.addWidget(card, i // columns, i % columns)
        for c in range(3):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self.cards and self._columns_shown != self.columns():
            self._arrange()
