"""The Reports page: choose a period (presets) and focus areas, generate the PDF off the UI
thread, preview it inside the program, then save, print or open it in the system viewer."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.focus_areas import list_focus_areas
from app.ui.labels import area_description, area_label
from app.ui.overview.report_documents import make_pack, make_report
from app.ui.records.field_widgets import DateEditor
from app.ui.shell import saved_files
from app.ui.shell.background import run_in_background


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def preset_period(preset: str, today: date) -> tuple[date, date]:
    """this-quarter, last-quarter, this-year, last-year → (first day, last day)."""
    if preset == "this-quarter":
        start = quarter_start(today)
        end = (quarter_start(start + timedelta(days=95))) - timedelta(days=1)
        return start, end
    if preset == "last-quarter":
        end = quarter_start(today) - timedelta(days=1)
        return quarter_start(end), end
    if preset == "this-year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if preset == "last-year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    raise ValueError(preset)


class ReportsPage(QWidget):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.setObjectName("page-reports")
        self.pdf_path: str | None = None
        self.pack_path: str | None = None
        self._tmp = tempfile.TemporaryDirectory(prefix="gpast-report-")
        self.preset = QComboBox(self)
        for key, text in (
            ("last-year", self.tr("Last year")),
            ("this-year", self.tr("This year")),
            ("last-quarter", self.tr("Last quarter")),
            ("this-quarter", self.tr("This quarter")),
            ("custom", self.tr("Custom period")),
        ):
            self.preset.addItem(text, key)
        self.preset.setAccessibleName(self.tr("Period"))
        # typed as in the editors (15.06.2026, 1.6.2026, 2026-06-15 pasted, the locale's
        # format); a date that does not exist is shown below and disables the actions
        self.date_from = DateEditor(None, self, required=True)
        self.date_to = DateEditor(None, self, required=True)
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.edit.setAccessibleName(name)
            edit.changed.connect(self._custom)
        self.date_problem = QLabel(self)
        self.date_problem.setObjectName("date-problem")
        self.date_problem.setStyleSheet("color: #b00020;")
        self.date_problem.hide()
        self.language = QComboBox(self)
        self.language.addItem("English", "en")
        self.language.addItem("Русский", "ru")
        from app.i18n import chosen_language

        self.language.setCurrentIndex(max(self.language.findData(chosen_language()), 0))
        self.language.setAccessibleName(self.tr("Report language"))
        self.public = QCheckBox(self.tr("For p&ublication (small counts as <5)"), self)
        self.public.setToolTip(
            self.tr("Figures from 1 to 4 print as <5; the threshold is in Settings.")
        )
        self.areas = QListWidget(self)
        self.areas.setAccessibleName(self.tr("Focus areas in the report"))
        self.areas.setMaximumHeight(110)
        self.generate_button = QPushButton(self.tr("&Generate"), self)
        self.save_button = QPushButton(self.tr("&Save as…"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.open_button = QPushButton(self.tr("&Open in viewer"), self)
        self.pack_button = QPushButton(self.tr("Reporting pac&k…"), self)
        self.pack_button.setToolTip(
            self.tr(
                "The statistics tables the UN, Council of Europe and donor questionnaires ask "
                "for, a column per year of the period (.xlsx), or the narrative annex by "
                "prevention, protection, prosecution and partnership (.docx)"
            )
        )
        self.pack_button.clicked.connect(self.make_pack)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.hide()
        self.status = QLabel(self)
        for button in (self.save_button, self.print_button, self.open_button):
            button.setEnabled(False)
        self.generate_button.clicked.connect(self.generate)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_report)
        self.open_button.clicked.connect(self.open_external)
        self.preset.currentIndexChanged.connect(self._apply_preset)

        top = QHBoxLayout()
        label = QLabel(self.tr("P&eriod:"), self)
        label.setBuddy(self.preset)
        top.addWidget(label)
        top.addWidget(self.preset)
        top.addWidget(QLabel(self.tr("from"), self))
        top.addWidget(self.date_from)
        top.addWidget(QLabel(self.tr("to"), self))
        top.addWidget(self.date_to)
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language)
        top.addWidget(language_label)
        top.addWidget(self.language)
        top.addWidget(self.public)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for w in (
            self.generate_button,
            self.busy,
            self.save_button,
            self.print_button,
            self.open_button,
            self.pack_button,
        ):
            buttons.addWidget(w)
        buttons.addWidget(self.status, 1)
        self.view = self._make_view()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.date_problem)
        layout.addWidget(self.areas)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self._fill_areas()
        self._apply_preset()

    def _make_view(self) -> QWidget:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.document = QPdfDocument(self)
        view = QPdfView(self)
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setAccessibleName(self.tr("Report preview"))
        return view

    def _fill_areas(self) -> None:
        from PySide6.QtCore import Qt

        self.areas.clear()
        for a in list_focus_areas(self.db):
            item = QListWidgetItem(area_label(a["slug"]), self.areas)
            item.setData(Qt.ItemDataRole.UserRole, a["slug"])
            item.setToolTip(area_description(a["slug"], a["description"]))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)

    def chosen_areas(self) -> list[str]:
        from PySide6.QtCore import Qt

        items = [self.areas.item(i) for i in range(self.areas.count())]
        chosen = [
            i.data(Qt.ItemDataRole.UserRole)
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]
        return [] if len(chosen) == len(items) else chosen

    def _apply_preset(self) -> None:
        key = self.preset.currentData()
        if key == "custom":
            return
        start, end = preset_period(key, date.today())
        for edit, value in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.set_value(value)
            edit.blockSignals(False)
        self._check_period()

    def _custom(self) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.preset.blockSignals(False)
        self._check_period()

    def period_problem(self) -> str:
        """Why the period cannot be used as typed ("" when it can)."""
        ends = (
            (self.date_from, self.tr("Start of the period")),
            (self.date_to, self.tr("End of the period")),
        )
        for edit, name in ends:
            value = edit.value()
            if value is None:
                return self.tr("{end}: a date is needed (DD.MM.YYYY).").format(end=name)
            if not isinstance(value, date):
                return self.tr("{end}: “{text}” is not a date (DD.MM.YYYY).").format(
                    end=name, text=value
                )
        start, end = self.date_from.value(), self.date_to.value()
        if isinstance(start, date) and isinstance(end, date) and end < start:
            return self.tr("'To' is before 'From'.")
        return ""

    def _check_period(self) -> None:
        problem = self.period_problem()
        self.date_problem.setText(problem)
        self.date_problem.setVisible(bool(problem))
        busy = not self.busy.isHidden()
        self.generate_button.setEnabled(not problem and not busy)
        self.pack_button.setEnabled(not problem and not busy)

    def period(self) -> tuple[date, date]:
        start, end = self.date_from.value(), self.date_to.value()
        if not isinstance(start, date) or not isinstance(end, date):
            raise ValueError(self.period_problem())
        return start, end

    def generate(self) -> None:
        if problem := self.period_problem():
            QMessageBox.warning(self, self.tr("Report"), problem)
            return
        date_from, date_to = self.period()
        lang = self.language.currentData()
        path = str(Path(self._tmp.name) / f"gpast-report-{date_from}-{date_to}-{lang}.pdf")
        self.generate_button.setEnabled(False)
        self.busy.show()
        self.status.setText(self.tr("Making the report…"))
        run_in_background(
            self,
            make_report,
            self.db,
            date_from,
            date_to,
            self.chosen_areas(),
            path,
            self.language.currentData(),
            self.public.isChecked(),
            on_done=self._done,
            on_error=self._failed,
        )

    def make_pack(self) -> None:
        """Ask where to save the reporting pack, then make it in the background."""
        if problem := self.period_problem():
            QMessageBox.warning(self, self.tr("Report"), problem)
            return
        date_from, date_to = self.period()
        lang = self.language.currentData()
        name = f"gpast-reporting-pack-{date_from}-{date_to}-{lang}.xlsx"
        target, chosen = saved_files.ask_save_path(
            self,
            self.tr("Save the reporting pack"),
            name,
            self.tr("Statistics tables (*.xlsx);;Narrative annex (*.docx)"),
        )
        if not target:
            return
        if not target.lower().endswith((".xlsx", ".docx")):
            target += ".docx" if "docx" in chosen else ".xlsx"
        self.pack_button.setEnabled(False)
        self.busy.show()
        self.status.setText(self.tr("Making the reporting pack…"))
        run_in_background(
            self,
            make_pack,
            self.db,
            date_from,
            date_to,
            target,
            lang,
            self.public.isChecked(),
            on_done=self._pack_done,
            on_error=self._failed,
        )

    def _pack_done(self, path: str) -> None:
        self.busy.hide()
        self._check_period()
        self.pack_path = path
        self.status.setText(self.tr("Reporting pack written: {path}").format(path=path))
        saved_files.announce_saved(self, path)

    def _done(self, path: str) -> None:
        self.busy.hide()
        self._check_period()
        self.pdf_path = path
        self.document.load(path)
        for button in (self.save_button, self.print_button, self.open_button):
            button.setEnabled(True)
        self.status.setText(self.tr("{pages} pages").format(pages=self.document.pageCount()))

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self._check_period()
        self.status.setText("")
        raise exc

    def save_as(self) -> None:
        """Save the report where the user says (Documents, then the folder used last) and offer
        to open it or show it in its folder."""
        if not self.pdf_path:
            return
        target, _ = saved_files.ask_save_path(
            self, self.tr("Save report"), Path(self.pdf_path).name, "PDF (*.pdf)"
        )
        if not target:
            return
        if not target.lower().endswith(".pdf"):
            target += ".pdf"
        shutil.copyfile(self.pdf_path, target)
        saved_files.announce_saved(self, target)

    def print_report(self) -> None:
        if self.pdf_path:
            saved_files.print_pdf(self, self.pdf_path)

    def open_external(self) -> None:
        if self.pdf_path:
            saved_files.open_url(QUrl.fromLocalFile(self.pdf_path))

    def set_database(self, db) -> None:
        self.db = db
        self.document.close()
        self.pdf_path = None
        for button in (self.save_button, self.print_button, self.open_button):
            button.setEnabled(False)

    def refresh(self) -> None:
        pass
