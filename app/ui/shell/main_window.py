"""The main window: navigation on the left, one page per record kind, menus and status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.models.kinds import RECORD_KINDS
from app.ui.attendance.scan_menu import add_menu as add_attendance_menu
from app.ui.labels import QT_TRANSLATE_NOOP, kind_label
from app.ui.shell import unsaved
from app.ui.shell.background import finish_background_jobs
from app.ui.shell.error_dialog import show_error
from app.ui.shell.help_menu import HelpActions
from app.ui.shell.permissions import guard_page, show_role
from app.ui.shell.read_only_banner import ReadOnlyBanner
from app.ui.shell.recent_databases import RecentDatabases
from app.ui.shell.saved_files import ask_save_path
from app.ui.shell.transfer_actions import TransferActions

if TYPE_CHECKING:  # the pages are imported when first opened (see MainWindow)
    from app.ui.overview.dashboard_page import DashboardPage
    from app.ui.overview.reports_page import ReportsPage
    from app.ui.records.list_page import RecordListPage
    from app.ui.records.targets_page import TargetsPage
    from app.ui.statistics.statistics_page import StatisticsPage

    Page: TypeAlias = DashboardPage | RecordListPage | TargetsPage | ReportsPage | StatisticsPage

DB_FILTER = QT_TRANSLATE_NOOP("MainWindow", "GPAST databases (*.sqlite *.db);;All files (*)")
# a list page per editable kind of the registry; statistics last (older pages keep Ctrl+N)
PAGE_KEYS = ("dashboard", *(k.name for k in RECORD_KINDS), "targets", "reports", "statistics")


class _DataChanges(QObject):
    """The database's change notice as a Qt signal (a write may come from a background job)."""

    changed = Signal()


class MainWindow(TransferActions, HelpActions, QMainWindow):
    """Shown at once; pages are made when first opened (the window comes up before the database
    layer is even imported: see attach())."""

    def __init__(self, db=None, parent=None):
        super().__init__(parent)
        self.db = db
        self.setObjectName("main-window")
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setFixedWidth(180)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, Page] = {}
        central = QWidget(self)
        outer = QVBoxLayout(central)
        self.read_only_banner = ReadOnlyBanner(self)
        outer.addWidget(self.read_only_banner)
        layout = QHBoxLayout()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self.db_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.db_label)
        titles = {
            "dashboard": self.tr("Dashboard"),
            "legislation": self.tr("Legislation"),
            "trainings": self.tr("Trainings"),
            "campaigns": self.tr("Campaigns"),
            "participants": self.tr("Participants"),
            "targets": self.tr("Targets"),
            "reports": self.tr("Reports"),
        }
        for key in PAGE_KEYS:
            self.nav.addItem(titles[key] if key in titles else kind_label(key))
            self.stack.addWidget(QWidget(self))  # replaced by the page when first opened
        self.nav.currentRowChanged.connect(self._on_row)
        self._stale: set[QWidget] = set()  # pages to refresh when next shown
        self._listening_to = None
        self._changes = _DataChanges(self)
        self._changes.changed.connect(self._data_changed, Qt.ConnectionType.QueuedConnection)
        self._make_menus()
        self._restore_geometry()
        if db is None:
            self.setWindowTitle(APP_NAME)
            self.db_label.setText(self.tr("Opening the database…"))
        else:
            self.attach(db)

    def attach(self, db) -> None:
        """Work on `db`: show it in the title and status bar, and open the remembered page."""
        self.db = db
        self._show_database()
        page = str(QSettings().value("window/page", "dashboard"))
        if page := self.open_first_page(page if page in PAGE_KEYS else "dashboard"):
            self.show_page(page)

    # -- pages ---------------------------------------------------------------------------
    def _make_page(self, key: str) -> Page:
        if key == "dashboard":
            from app.ui.overview.dashboard_page import DashboardPage

            dashboard = DashboardPage(self.db, self)
            dashboard.open_list.connect(self.open_list)
            return dashboard
        if key == "targets":
            from app.ui.records.targets_page import TargetsPage

            return TargetsPage(self.db, self)
        if key == "reports":
            from app.ui.overview.reports_page import ReportsPage

            return ReportsPage(self.db, self)
        from app.ui.attendance.participants_page import ParticipantsPage
        from app.ui.records.list_page import RecordListPage
        from app.ui.statistics.statistics_page import StatisticsPage

        page: RecordListPage | StatisticsPage = (
            ParticipantsPage(self.db, self)
            if key == "participants"
            else StatisticsPage(self.db, self)
            if key == "statistics"
            else RecordListPage(self.db, key, self)
        )
        return page

    def _data_changed(self) -> None:
        """Data changed (anywhere: a page, a dialog, an import): the page shown refreshes now
        unless the user edits in it (a list keeps its selection, Targets its typing); the
        others when next shown."""
        current = self.stack.currentWidget()
        for page in self.pages.values():
            if page is current and not unsaved.edited_in_place(page):
                page.refresh()
            else:
                self._stale.add(page)

    @property
    def dashboard(self):
        return self.page("dashboard")

    def page(self, key: str) -> Page:
        """The page for `key`, made now if it was never opened."""
        if key not in self.pages:
            if self.db is None:
                raise RuntimeError("no database yet")
            index = PAGE_KEYS.index(key)
            page = self._make_page(key)
            guard_page(page, self.db)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self.pages[key] = page
        return self.pages[key]

    def list_page(self, kind: str) -> RecordListPage:
        """The list page of `kind` (made now if it was never opened)."""
        from app.ui.records.list_page import RecordListPage

        page = self.page(kind)
        if not isinstance(page, RecordListPage):
            raise KeyError(f"{kind} has no list page")
        return page

    def _on_row(self, row: int) -> None:
        if row < 0 or self.db is None:
            return
        leaving = self.stack.currentWidget()
        if leaving is not self.stack.widget(row) and not unsaved.may_leave(leaving):
            self.nav.blockSignals(True)  # the user keeps editing the page they were on
            self.nav.setCurrentRow(self.stack.currentIndex())
            self.nav.blockSignals(False)
            return
        page = self.page(PAGE_KEYS[row])
        self.stack.setCurrentIndex(row)
        if page in self._stale:
            self._stale.discard(page)
            page.refresh()

    def show_page(self, key: str) -> None:
        row = PAGE_KEYS.index(key)
        if self.nav.currentRow() == row:
            self._on_row(row)
        else:
            self.nav.setCurrentRow(row)

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def open_list(self, kind: str, area: str, year: int) -> None:
        self.show_page(kind)
        page = self.list_page(kind)
        page.set_filters(area or None, year)
        page.table.setFocus()

    # -- menus ---------------------------------------------------------------------------
    def _action(self, menu, text, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(getattr(slot, "__name__", ""))  # what it does (shell.permissions)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self._action(self.file_menu, self.tr("&New database…"), self.new_database)
        self._action(
            self.file_menu,
            self.tr("&Open database…"),
            self.choose_database,
            QKeySequence.StandardKey.Open,
        )
        self._action(self.file_menu, self.tr("Connect to &server…"), self.connect_to_server)
        self.recent = RecentDatabases(self, self.file_menu, self.switch_database)
        self.file_menu.addSeparator()
        self._action(self.file_menu, self.tr("&Import…"), self.import_spreadsheet, "Ctrl+I")
        self._action(self.file_menu, self.tr("&Export current list…"), self.export_current_list)
        self._action(self.file_menu, self.tr("Download &template…"), self.download_template)
        self.file_menu.addSeparator()
        self._action(self.file_menu, self.tr("&Back up now…"), self.back_up)
        self._action(self.file_menu, self.tr("&Restore…"), self.restore_backup)
        self._action(self.file_menu, self.tr("Export audit &trail…"), self.export_audit_trail)
        self._action(self.file_menu, self.tr("&Deleted records…"), self.show_deleted_records)
        self.file_menu.addSeparator()
        self._action(self.file_menu, self.tr("&Send to coordinator…"), self.send_bundle)
        self._action(self.file_menu, self.tr("Recei&ve from workstation…"), self.receive_bundle)
        self._action(self.file_menu, self.tr("Accepted &workstations…"), self.show_workstations)
        self.file_menu.addSeparator()
        self.quit_action = self._action(
            self.file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self._action(
            self.edit_menu, self.tr("&New record"), self.new_record, QKeySequence.StandardKey.New
        )
        self._action(self.edit_menu, self.tr("&Edit record"), self.edit_record, "Ctrl+E")
        self._action(self.edit_menu, self.tr("&Duplicate record"), self.duplicate_record, "Ctrl+D")
        self.edit_menu.addSeparator()
        self._action(self.edit_menu, self.tr("&Settings…"), self.edit_settings)
        self.view_menu = bar.addMenu(self.tr("&View"))
        for i, key in enumerate(PAGE_KEYS):
            self._action(
                self.view_menu,
                self.nav.item(i).text(),
                lambda _=False, k=key: self.show_page(k),
                f"Ctrl+{i + 1}",
            )
        self.view_menu.addSeparator()
        self._action(
            self.view_menu, self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh
        )
        add_attendance_menu(self)  # Attendance > Read signed sheets…
        self.make_help_menu(bar)

    def _list_page(self):
        from app.ui.records.list_page import RecordListPage

        page = self.current_page()
        return page if isinstance(page, RecordListPage) else None

    def new_record(self) -> None:
        page = self._list_page()
        if page is None:
            self.show_page("trainings")
            page = self._list_page()
        page.new_record()

    def edit_record(self) -> None:
        if page := self._list_page():
            page.edit_selected()

    def duplicate_record(self) -> None:
        if page := self._list_page():
            page.duplicate_selected()

    def edit_settings(self) -> None:
        from app.ui.shell.settings_dialog import SettingsDialog

        SettingsDialog(self.db, self).exec()

    def refresh(self) -> None:
        for page in list(self.pages.values()):
            page.refresh()

    # -- databases -----------------------------------------------------------------------
    def _show_database(self) -> None:
        self.setWindowTitle(f"{APP_NAME} — {self.db.display_name}")
        self.db_label.setText(self.tr("Database: {path}").format(path=self.db.shown))
        self.read_only_banner.show_for(self.db)
        show_role(self, self.db)
        self.recent.remember(self.db.shown)  # a server's without its password
        if self.db is not self._listening_to:  # a database opened, switched or restored
            self.db.on_change(self._changes.changed.emit)
            self._listening_to = self.db

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(self.db.path or ""), self.tr(DB_FILTER)
        )
        if path:
            self.switch_database(path)

    def new_database(self) -> None:
        path, _ = ask_save_path(self, self.tr("New database"), "gpast.sqlite", self.tr(DB_FILTER))
        if path:
            self.switch_database(path)

    def switch_database(self, location: str) -> bool:
        from app.services import open_database
        from app.ui.transfer.backup_dialogs import check_before_open

        if not self.may_leave_every_page() or not check_before_open(self, location):
            return False
        try:
            new_db = open_database(location)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return False
        self.use_database(new_db)
        return True

    def connect_to_server(self) -> None:
        from app.ui.server.sign_in_dialog import SignInDialog

        if not self.may_leave_every_page():
            return
        dialog = SignInDialog(self, self.db.location if self.db is not None else None)
        if dialog.exec() and dialog.database is not None:
            self.use_database(dialog.database)

    def use_database(self, new_db) -> None:
        """Work on `new_db` (opened already) from now on; the old database is closed."""
        finish_background_jobs()  # the pages' jobs end on the old database, then it closes
        old, self.db = self.db, new_db
        for page in self.pages.values():
            page.set_database(new_db)
        old.close()
        QSettings().setValue("database/last", new_db.shown)  # a server's without password
        self._show_database()
        self.after_switch()

    # -- state -----------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def may_leave_every_page(self) -> bool:
        """Before quitting or another database: each page with unsaved edits (Targets) is
        shown and asks; False when the user keeps editing."""
        for page in list(self.pages.values()):
            has_edits = getattr(page, "has_unsaved_changes", None)
            if has_edits is None or not has_edits():
                continue
            self.nav.blockSignals(True)  # the page is shown while its question is asked
            self.nav.setCurrentRow(self.stack.indexOf(page))
            self.nav.blockSignals(False)
            self.stack.setCurrentWidget(page)
            if not unsaved.may_leave(page):
                return False
        return True

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self.may_leave_every_page():  # saved, dropped, or the window stays open
            event.ignore()
            return
        finish_background_jobs()  # before the database closes and the program ends
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        if self.nav.currentRow() >= 0:
            settings.setValue("window/page", PAGE_KEYS[self.nav.currentRow()])
        for page in self.pages.values():
            if hasattr(page, "save_view"):
                page.save_view()
        super().closeEvent(event)
