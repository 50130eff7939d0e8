"""File > Import…: choose a kind and a file, see how it will be read and every problem by row and
column; Import is offered only when there is none, runs off the UI thread with Cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.errors import GpastError
from app.services.spreadsheets.importing import import_file, preview_file
from app.services.spreadsheets.rules import IMPORT_KINDS, ImportCancelled, ImportRefused
from app.ui.formats import format_number
from app.ui.labels import QT_TRANSLATE_NOOP, kind_label
from app.ui.problem_text import problem_text
from app.ui.shell.background import run_behind_busy_window, run_in_background
from app.ui.shell.saved_files import ask_save_path, start_folder

PREVIEW_ROWS = 20


SHEET_FILTER = QT_TRANSLATE_NOOP(
    "ImportDialog", "Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)"
)


class ImportDialog(QDialog):
    def __init__(self, db, parent=None, kind: str = "trainings", path: str = ""):
        super().__init__(parent)
        self.db = db
        self.result_summary: str | None = None
        self._generation = 0  # of check(): a newer one makes the older one's answers stale
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.kind = QComboBox(self)
        for k in IMPORT_KINDS:
            self.kind.addItem(kind_label(k), k)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.kind.setAccessibleName(self.tr("Kind of records"))
        self.path = QLineEdit(path, self)
        self.path.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        kind_caption = QLabel(self.tr("&Kind:"), self)
        kind_caption.setBuddy(self.kind)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path)
        form.addRow(kind_caption, self.kind)
        form.addRow(file_label, file_row)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.preview = QTableWidget(self)
        self.preview.setAccessibleName(self.tr("The first rows as they will be read"))
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setVisible(False)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(QLabel(self.tr("First rows as they will be read:"), self))
        layout.addWidget(self.preview, 2)
        layout.addWidget(QLabel(self.tr("Problems:"), self))
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 640)
        self.import_button.setEnabled(False)
        self.kind.currentIndexChanged.connect(self.check)
        self.path.editingFinished.connect(self.check)
        if path:
            self.check()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import"), self.path.text() or str(start_folder()), self.tr(SHEET_FILTER)
        )
        if path:
            self.path.setText(path)
            self.check()

    def check(self) -> None:
        """Read the file, fill the preview and list every problem (a dry run, nothing changes);
        both run off the UI thread. Answers to an earlier check (another file) are dropped."""
        self._generation += 1
        generation = self._generation
        self.import_button.setEnabled(False)
        self.problems.clear()
        self.preview.clear()
        self.preview.setRowCount(0)
        path = self.path.text().strip()
        if not path:
            self.info.setText(self.tr("Choose a .csv or .xlsx file."))
            return
        self.info.setText(self.tr("Reading…"))

        def current(handler):
            return lambda value: handler(value) if generation == self._generation else None

        def read(preview) -> None:
            self._show_preview(*preview)
            self.info.setText(self.info.text() + " — " + self.tr("checking…"))
            run_in_background(
                self,
                import_file,
                self.db,
                self.kind.currentData(),
                path,
                dry_run=True,
                on_done=current(self._checked),
                on_error=current(self._check_failed),
            )

        run_in_background(
            self,
            preview_file,
            path,
            PREVIEW_ROWS,
            on_done=current(read),
            on_error=current(self._read_failed),
        )

    def _read_failed(self, exc: BaseException) -> None:
        self.info.setText("")
        if not isinstance(exc, GpastError):
            raise exc
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.addItem(problem_text(exc))

    def _show_preview(self, table, rows: int) -> None:
        if table.encoding:
            self.info.setText(
                self.tr(
                    "CSV file; encoding {encoding}; delimiter: {delimiter}; {rows} rows"
                ).format(
                    encoding=table.encoding,
                    delimiter={
                        ",": self.tr("comma"),
                        ";": self.tr("semicolon"),
                        "\t": self.tr("tab"),
                    }.get(table.delimiter or ",", table.delimiter),
                    rows=rows,
                )
            )
        else:
            self.info.setText(
                self.tr("Excel workbook; {rows} rows").format(rows=format_number(rows))
            )
        self.preview.setColumnCount(len(table.headers) + 1)
        self.preview.setHorizontalHeaderLabels([self.tr("row"), *table.headers])
        for r, (number, cells) in enumerate(table.rows):
            self.preview.insertRow(r)
            self.preview.setItem(r, 0, QTableWidgetItem(str(number)))
            for c, value in enumerate(cells[: len(table.headers)]):
                self.preview.setItem(
                    r, c + 1, QTableWidgetItem("" if value is None else str(value))
                )
        self.preview.resizeColumnsToContents()

    def _checked(self, result) -> None:
        self.info.setText(self.info.text().replace(" — " + self.tr("checking…"), ""))
        self.problems.addItem(
            self.tr("No problems. {summary}").format(summary=self.summary(result, would=True))
        )
        self.problems.setStyleSheet("color: palette(text);")
        self.import_button.setEnabled(True)

    def _check_failed(self, exc: BaseException) -> None:
        self.info.setText(self.info.text().replace(" — " + self.tr("checking…"), ""))
        self.problems.setStyleSheet("color: #b00020;")
        if isinstance(exc, ImportRefused):
            for p in exc.problems:
                self.problems.addItem(problem_text(p))
            if exc.truncated:
                self.problems.addItem(self.tr("… and more: fix these first."))
        elif isinstance(exc, GpastError):
            self.problems.addItem(problem_text(exc))
        else:
            raise exc

    def summary(self, result, would: bool = False) -> str:
        """What the import does (would do) to the records, in the interface language."""
        if would:
            text = self.tr(
                "{rows} rows read: {added} records would be added, {updated} updated, "
                "{unchanged} left unchanged."
            )
        else:
            text = self.tr(
                "{rows} rows read: {added} records added, {updated} updated, {unchanged} left "
                "unchanged."
            )
        text = text.format(
            rows=format_number(result.rows),
            added=format_number(result.added),
            updated=format_number(result.updated),
            unchanged=format_number(result.unchanged),
        )
        if result.kind == "attendance":
            text += " " + self.tr("New people in the registry: {n}.").format(
                n=format_number(result.people_added)
            )
        return text

    def run_import(self) -> None:
        self.import_button.setEnabled(False)
        state = {"done": 0, "total": 0}
        cancel = threading.Event()
        progress = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, 100, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(1000)
        progress.canceled.connect(cancel.set)

        def report(done: int, total: int) -> bool:
            state["done"], state["total"] = done, total
            return cancel.is_set()

        timer = QTimer(self)
        timer.timeout.connect(
            lambda: progress.setValue(int(100 * state["done"] / max(state["total"], 1)))
        )
        timer.start(100)

        def finished(result) -> None:
            timer.stop()
            progress.reset()
            self.result_summary = self.summary(result)
            QMessageBox.information(self, self.tr("Imported"), self.result_summary)
            self.accept()

        def failed(exc: BaseException) -> None:
            timer.stop()
            progress.reset()
            if isinstance(exc, ImportCancelled):
                QMessageBox.information(
                    self,
                    self.tr("Cancelled"),
                    self.tr("The import was cancelled; nothing was changed."),
                )
                self.import_button.setEnabled(True)
                return
            self._check_failed(exc)

        run_in_background(
            self,
            import_file,
            self.db,
            self.kind.currentData(),
            self.path.text().strip(),
            progress=report,
            on_done=finished,
            on_error=failed,
        )


def _ask_sheet_path(parent, title: str, suggested: str) -> str | None:
    """A file name for an .xlsx (default) or a .csv, with the suffix the filter implies."""
    path, selected = ask_save_path(
        parent,
        title,
        suggested,
        QCoreApplication.translate("ImportDialog", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
    )
    if path and not Path(path).suffix:
        path += ".csv" if "csv" in selected else ".xlsx"
    return path or None


def export_list(parent, db, kind: str, query) -> None:
    """File > Export current list…: the records the list shows, to .xlsx or .csv, written off
    the UI thread (a list of 20,000 people takes seconds) behind a busy window."""
    from app.services.spreadsheets.exporting import export_file
    from app.ui.shell.error_dialog import show_error

    path = _ask_sheet_path(
        parent, QCoreApplication.translate("ImportDialog", "Export"), f"{kind}.xlsx"
    )
    if path is None:
        return

    def done(count: int) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ImportDialog", "Exported"),
            QCoreApplication.translate("ImportDialog", "{count} rows written to {path}").format(
                count=count, path=path
            ),
        )

    run_behind_busy_window(
        parent,
        QCoreApplication.translate("ImportDialog", "Exporting…"),
        export_file,
        db,
        kind,
        path,
        query,
        on_done=done,
        on_error=lambda exc: show_error(parent, exc),
    )


def save_template(parent, kind: str) -> str | None:
    """File > Download template…: an .xlsx (drop-downs, instructions) or a .csv header."""
    from app.services.spreadsheets.templates import write_template

    path = _ask_sheet_path(
        parent, QCoreApplication.translate("ImportDialog", "Save template"), f"{kind}-template.xlsx"
    )
    if path is not None:
        from app.i18n import chosen_language

        write_template(kind, path, "ru" if chosen_language() == "ru" else "en")
    return path
