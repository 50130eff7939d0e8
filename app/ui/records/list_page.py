"""A list page for one record kind: search as you type, filters by focus area, year and status,
sortable columns, and New / Edit / Duplicate / Delete through the editor dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import GpastError
from app.models.kinds import KINDS
from app.services.focus_areas import list_focus_areas
from app.services.records import editing as records
from app.services.records.editing import ListQuery
from app.ui.labels import area_description, area_label, kind_label, value_label
from app.ui.problem_text import problem_text
from app.ui.records.column_widths import ColumnFitter
from app.ui.records.deleting import Deleted, delete_record
from app.ui.records.record_editor import RecordEditor
from app.ui.records.record_table_model import RecordTableModel
from app.ui.shell.background import wait_behind_busy_window

SEARCH_DELAY_MS = 200
SIZING_ROWS = 50  # rows looked at to size the columns of a new page
DESCENDING = {True: Qt.SortOrder.DescendingOrder, False: Qt.SortOrder.AscendingOrder}


class RecordListPage(QWidget):
    """Signals `changed` after a record was saved or deleted (the dashboard refreshes)."""

    changed = Signal()

    def __init__(self, db, kind: str, parent=None):
        super().__init__(parent)
        self.db = db
        self.kind = kind
        self.setObjectName(f"page-{kind}")
        self.model = RecordTableModel(db, kind, self)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search {kind}").format(kind=kind_label(kind)))
        self.area = QComboBox(self)
        self.area.setAccessibleName(self.tr("Focus area filter"))
        self.year = QComboBox(self)
        self.year.setAccessibleName(self.tr("Year filter"))
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status filter"))
        self.count_label = QLabel(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)

        filters = QHBoxLayout()
        search_label = QLabel(self.tr("F&ind:"), self)
        search_label.setBuddy(self.search)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 2)
        for label_text, combo in (
            (self.tr("A&rea:"), self.area),
            (self.tr("&Year:"), self.year),
            (self.tr("&Status:"), self.status),
        ):
            label = QLabel(label_text, self)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo, 1)
        shown = {
            self.area: KINDS[kind].link_name is not None,
            self.year: KINDS[kind].date_field is not None,
            self.status: KINDS[kind].status_filter,
        }
        for i in range(filters.count()):
            item = filters.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is None:
                continue
            target = widget.buddy() if isinstance(widget, QLabel) else widget
            if target in shown:
                widget.setVisible(shown[target])
        # shown while anything narrows the list (e.g. after a dashboard card opened it)
        self.clear_filters_button = QPushButton(self.tr("Clea&r filters"), self)
        self.clear_filters_button.setToolTip(self.tr("Show every record again"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.clear_filters_button.hide()
        filters.addWidget(self.clear_filters_button)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setResizeContentsPrecision(SIZING_ROWS)
        self.table.setAccessibleName(kind_label(kind))
        self.column_fitter = ColumnFitter(self.table, kind)  # headers whole, text elided
        # Enter and double-click both arrive as `activated` (doubleClicked too would open twice)
        self.table.activated.connect(lambda _index: self.edit_selected())

        self.new_button = QPushButton(self.tr("&New"), self)
        self.edit_button = QPushButton(self.tr("Edi&t", "button: edit the selected record"), self)
        self.duplicate_button = QPushButton(self.tr("D&uplicate"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.duplicate_button):
            buttons.addWidget(button)
        buttons.addWidget(self.delete_button)
        self.attendance_button = None
        if kind == "trainings":
            self.attendance_button = QPushButton(self.tr("Attendan&ce…"), self)
            self.attendance_button.clicked.connect(self.open_roster)
            buttons.addWidget(self.attendance_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        self.empty_hint = QLabel(self)  # an empty list says what to do
        self.empty_hint.setObjectName("empty-hint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.page_layout, self.button_row = layout, buttons  # for pages that add to them

        # Ctrl+N is the window's Edit > New record (on this page: this page's new record)
        self.delete_action = self._action(
            self.tr("Delete"), QKeySequence.StandardKey.Delete, self.delete_selected
        )
        self._fill_filters()
        self.area.currentIndexChanged.connect(self.apply_filters)
        self.year.currentIndexChanged.connect(self.apply_filters)
        self.status.currentIndexChanged.connect(self.apply_filters)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        restored = self.restore_view()
        self.apply_filters()  # the one query of a new page
        if not restored:
            self.size_columns()

    def _action(self, text, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- filters ---------------------------------------------------------------------
    def _fill_filters(self) -> None:
        for combo in (self.area, self.year, self.status):
            combo.blockSignals(True)
            combo.clear()
        self.area.addItem(self.tr("All areas"), None)
        for a in list_focus_areas(self.db):
            self.area.addItem(area_label(a["slug"]), a["slug"])
            self.area.setItemData(
                self.area.count() - 1,
                area_description(a["slug"], a["description"]),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.year.addItem(self.tr("All years"), None)
        for y in records.record_years(self.db, self.kind):
            self.year.addItem(str(y), y)
        self.status.addItem(self.tr("Any status"), None)
        kind = KINDS[self.kind]
        for status in kind.field("status").choices if kind.status_filter else ():
            self.status.addItem(value_label(status), status)
        for combo in (self.area, self.year, self.status):
            combo.blockSignals(False)

    def set_filters(self, area: str | None = None, year: int | None = None) -> None:
        """Show the list narrowed to an area and a year (from a dashboard card)."""
        self.search.clear()
        if year is not None and self.year.findData(year) < 0:
            self.year.addItem(str(year), year)
        for combo, value in ((self.area, area), (self.year, year), (self.status, None)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.apply_filters()

    def current_query(self) -> ListQuery:
        old = self.model.query()
        return ListQuery(
            search=self.search.text(),
            area=self.area.currentData(),
            year=self.year.currentData() if KINDS[self.kind].date_field else None,
            status=self.status.currentData() if KINDS[self.kind].status_filter else None,
            order_by=old.order_by,
            descending=old.descending,
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        query = self.current_query()
        self.model.set_query(query)
        self.clear_filters_button.setVisible(
            bool(query.search.strip() or query.area or query.year or query.status)
        )
        self._update_count()
        self._update_buttons()

    def clear_filters(self) -> None:
        self.set_filters(None, None)

    def _update_count(self, *args) -> None:
        total = self.model.total()
        # the class's own context: in a subclass (Participants) tr() misses plural forms
        count = QCoreApplication.translate("RecordListPage", "%n record(s)", "", total)
        self.count_label.setText(count)
        if total == 0 and not self.clear_filters_button.isHidden():
            self.empty_hint.setText(
                self.tr("Nothing matches these filters. Clear filters (Alt+R) shows every record.")
            )
        elif total == 0:
            self.empty_hint.setText(self.nothing_yet_text())
        self.empty_hint.setVisible(total == 0)

    def nothing_yet_text(self) -> str:
        """What an empty list says to do."""
        return self.tr(
            "Nothing here yet. Press New (Ctrl+N) to add the first record, or import "
            "a spreadsheet with File > Import (File > Download template gives one to fill)."
        )

    def _update_buttons(self, *args) -> None:
        has = self.selected_id() is not None
        for button in (
            self.edit_button,
            self.duplicate_button,
            self.delete_button,
            self.attendance_button,
        ):
            if button is not None:
                button.setEnabled(has)

    # -- records ---------------------------------------------------------------------
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_id(rows[0].row()) if rows else None

    def select_id(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        while row is None and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(record_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def open_editor(self, record_id: int | None = None) -> RecordEditor:
        return RecordEditor(self.db, self.kind, record_id, self)

    def _after_save(self, record: dict | None) -> None:
        if record is None:
            return
        self._fill_filters_keeping_selection()
        self.model.reload()
        self.select_id(record["id"])
        self.changed.emit()

    def _fill_filters_keeping_selection(self) -> None:
        area, year, status = (c.currentData() for c in (self.area, self.year, self.status))
        self._fill_filters()
        for combo, value in ((self.area, area), (self.year, year), (self.status, status)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)

    def new_record(self) -> None:
        editor = self.open_editor()
        if editor.exec():
            self._after_save(editor.saved_record)

    def edit_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        editor = self.open_editor(record_id)
        if editor.exec():
            self._after_save(editor.saved_record)

    def duplicate_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        try:
            copy = wait_behind_busy_window(
                self, self.tr("Saving…"), records.duplicate, self.db, self.kind, record_id
            )
        except GpastError as exc:
            QMessageBox.warning(self, self.tr("Not duplicated"), problem_text(exc))
            return
        self._after_save(copy)
        editor = self.open_editor(copy["id"])
        if editor.exec():
            self._after_save(editor.saved_record)

    def open_roster(self) -> None:
        from app.ui.attendance.roster_dialog import RosterDialog

        record_id = self.selected_id()
        if record_id is not None:
            RosterDialog(self.db, record_id, self).exec()
            self.changed.emit()

    def delete_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        shown_version = self.model.record_version(
            self.table.selectionModel().selectedRows()[0].row()
        )
        outcome = delete_record(self, self.db, self.kind, record_id, shown_version)
        if outcome != Deleted.NO:
            self.model.reload()
        if outcome == Deleted.YES:
            self.changed.emit()

    # -- page protocol -------------------------------------------------------------------
    def set_database(self, db) -> None:
        self.db = db
        self.model._db = db
        self._fill_filters()
        self.apply_filters()

    def refresh(self) -> None:
        self._fill_filters_keeping_selection()
        self.model.reload()

    def _settings_key(self) -> str:
        return f"lists/{self.kind}"

    def save_view(self) -> None:
        settings = QSettings()
        settings.setValue(
            f"{self._settings_key()}/header", self.table.horizontalHeader().saveState()
        )
        settings.setValue(f"{self._settings_key()}/sized", self.column_fitter.user_sized)

    def restore_view(self) -> bool:
        """The columns' widths, order and sorting as the user left them; False when there is
        nothing saved (the default order is set then: newest first, people alphabetically)."""
        state = QSettings().value(f"{self._settings_key()}/header")
        header = self.table.horizontalHeader()
        if state is not None and header.restoreState(state):
            header.setStretchLastSection(False)
            if QSettings().value(f"{self._settings_key()}/sized", False, type=bool):
                self.column_fitter.keep_headers_readable()  # the user's own widths
            column = header.sortIndicatorSection()
            if 0 <= column < len(self.model.columns):
                self.model._query.order_by = self.model.columns[column]
                self.model._query.descending = (
                    header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
                )
            return self.column_fitter.user_sized
        name, descending = KINDS[self.kind].default_sort or (self.model.columns[0], False)
        header.setSortIndicator(self.model.columns.index(name), DESCENDING[descending])
        return False

    def size_columns(self) -> None:
        """Headers whole, short columns as wide as the first rows' contents, the rest of the
        width to the text columns (see ColumnFitter)."""
        self.column_fitter.fit()
