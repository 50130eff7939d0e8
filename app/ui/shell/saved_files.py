"""Files the user saves from the window: save dialogs start in the user's Documents folder, then
in the folder used last (remembered in the settings); a saved document is announced with Open and
Show in folder; PDFs (reports, sign-in sheets, certificates) print directly.

`open_url` and `choose_printer` are module attributes so that tests replace them: a test must
never launch a viewer or reach a real printer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:  # QtPrintSupport loads when something is printed
    from PySide6.QtPrintSupport import QPrinter

LAST_FOLDER = "files/last_folder"


def documents_folder() -> Path:
    """The user's Documents folder (the home folder where there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def start_folder() -> Path:
    """Where a save dialog opens: the folder used last while it exists, else Documents."""
    last = str(QSettings().value(LAST_FOLDER, "") or "")
    return Path(last) if last and Path(last).is_dir() else documents_folder()


def remember_folder(path: str | Path) -> None:
    QSettings().setValue(LAST_FOLDER, str(Path(path).resolve().parent))


def ask_save_path(
    parent: QWidget | None, title: str, suggested_name: str, filters: str
) -> tuple[str, str]:
    """The save dialog at start_folder() with `suggested_name`; the chosen (path, filter), the
    path "" when cancelled. The chosen folder is remembered for the next time."""
    path, chosen = QFileDialog.getSaveFileName(
        parent, title, str(start_folder() / suggested_name), filters
    )
    if path:
        remember_folder(path)
    return path, chosen


def _open_with_system(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


open_url: Callable[[QUrl], bool] = _open_with_system  # tests put a recorder here


def announce_saved(parent: QWidget | None, path: str | Path) -> QMessageBox:
    """Say where the document was saved and offer Open / Show in folder (Close does nothing).
    The message does not block: the work goes on behind it; it is returned for tests."""
    path = Path(path)
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("SavedFiles", "Saved"))
    box.setText(
        QCoreApplication.translate("SavedFiles", "Saved as {name} in {folder}.").format(
            name=path.name, folder=path.parent
        )
    )
    open_button = box.addButton(
        QCoreApplication.translate("SavedFiles", "&Open"), QMessageBox.ButtonRole.ActionRole
    )
    folder_button = box.addButton(
        QCoreApplication.translate("SavedFiles", "Show in &folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_button)

    def chosen(button) -> None:
        if button is open_button:
            open_url(QUrl.fromLocalFile(str(path)))
        elif button is folder_button:
            open_url(QUrl.fromLocalFile(str(path.parent)))

    box.buttonClicked.connect(chosen)
    box.open()
    return box


def _printer_from_dialog(parent: QWidget | None) -> QPrinter | None:
    """The printer the user chose in the print dialog, or None when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


choose_printer: Callable[[QWidget | None], QPrinter | None] = _printer_from_dialog  # tests: a file


def print_pdf(parent: QWidget | None, path: str | Path) -> int:
    """Print the PDF at `path` on a printer the user chooses, each page fitted to the printer's
    page; returns the number of pages printed (0 when cancelled or the file cannot be read)."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument

    printer = choose_printer(parent)
    if printer is None:
        return 0
    document = QPdfDocument()
    document.load(str(path))
    pages = document.pageCount()
    if pages <= 0:
        return 0
    painter = QPainter(printer)
    try:
        for page in range(pages):
            if page:
                printer.newPage()
            area = painter.viewport()
            size = (
                document.pagePointSize(page)
                .toSize()
                .scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            )
            image = document.render(page, size)
            painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()
        document.close()
    return pages
