"""A table model over one record kind that fetches rows lazily, a window at a time.

The view asks canFetchMore()/fetchMore() as the user scrolls; each fetch is one LIMIT/OFFSET
query through app.services.records.editing, so 5,000 trainings or 200,000 rows cost one window each.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.models.kinds import KINDS, LISTS, NUMBERS, RECORD_KINDS, FieldType
from app.services.records import editing as records
from app.services.records.editing import ListQuery
from app.ui.formats import format_date, format_datetime, format_number
from app.ui.labels import area_label, field_label, value_label

BATCH = 200
TEXTS = (FieldType.TEXT, FieldType.LONG_TEXT, FieldType.CHOICE, *LISTS)  # may be elided
ID_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS: dict[str, tuple[str, ...]] = {k.name: k.list_columns for k in RECORD_KINDS}

Index = QModelIndex | QPersistentModelIndex


def two_lines(label: str, longest: int = 12) -> str:
    """A header longer than `longest` characters in two lines, broken at the space nearest its
    middle ("Estimated reach\n(people)"), so that narrow windows show every header whole."""
    if len(label) <= longest or " " not in label:
        return label
    spaces = [i for i, ch in enumerate(label) if ch == " "]
    cut = min(spaces, key=lambda i: abs(len(label) / 2 - i))
    return f"{label[:cut]}\n{label[cut + 1 :]}"


class RecordTableModel(QAbstractTableModel):
    def __init__(self, db, kind: str, parent=None):
        super().__init__(parent)
        self._db = db
        self.kind = kind
        # from the registry of record kinds: the columns, those a header click sorts by, and
        # how a cell shows (a choice translated, a number right-aligned, a year ungrouped)
        self.columns = COLUMNS[kind]
        self.sortable = KINDS[kind].sortable
        self._fields = {fld.name: fld for fld in KINDS[kind].fields}
        self._query = ListQuery()
        self._rows: list[dict[str, Any]] = []
        self._total = 0
        self._loaded = False  # until the first load, sorting only records the order

    # -- loading -------------------------------------------------------------------------
    def set_database(self, db) -> None:
        self._db = db
        self.reload()

    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        self._loaded = True
        self.beginResetModel()
        self._rows = self._fetch(0)
        # a short first window is the whole list: no count query needed
        if len(self._rows) < BATCH:
            self._total = len(self._rows)
        else:
            self._total = records.count_records(self._db, self.kind, self._query)
        self.endResetModel()

    def _fetch(self, offset: int) -> list[dict[str, Any]]:
        q = self._query
        window = ListQuery(
            search=q.search,
            area=q.area,
            year=q.year,
            status=q.status,
            order_by=q.order_by,
            descending=q.descending,
            offset=offset,
            limit=BATCH,
        )
        return records.list_records(self._db, self.kind, window, versions=True)

    def total(self) -> int:
        return self._total

    def loaded(self) -> int:
        return len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._fetch(len(self._rows))
        if not more:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return two_lines(field_label(self.columns[section]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return field_label(self.columns[section])
        return None

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        name = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(name, row.get(name))
        field_type = self._fields[name].type
        if role == Qt.ItemDataRole.ToolTipRole and field_type == FieldType.FOCUS_AREAS:
            return "\n".join(area_label(s) for s in row.get(name) or [])
        if role == Qt.ItemDataRole.ToolTipRole and field_type in TEXTS:
            return self.display(name, row.get(name)) or None  # the whole of an elided text
        if role == Qt.ItemDataRole.TextAlignmentRole and field_type in NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row["id"]
        if role == RECORD_ROLE:
            return row
        return None

    def display(self, name: str, value: Any) -> str:
        if value is None or value == "" or value == []:
            return ""
        if isinstance(value, datetime):
            return format_datetime(value)
        if isinstance(value, date):
            return format_date(value)
        field = self._fields[name]
        if field.type == FieldType.FOCUS_AREAS:
            return ", ".join(area_label(s) for s in value)
        if isinstance(value, list):
            return "; ".join(value_label(v) for v in value)
        if field.type == FieldType.CHOICE:
            return value_label(value)
        if not field.grouped_digits:
            return str(value)
        if isinstance(value, int | float):
            return format_number(value)
        return str(value)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        name = self.columns[column]
        if name not in self.sortable:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded and (name, descending) == (self._query.order_by, self._query.descending):
            return  # the header repeating the order it shows already
        self._query.order_by = name
        self._query.descending = descending
        if self._loaded:  # a page being built sets its order first, then loads once
            self.reload()

    def record_id(self, row: int) -> int | None:
        return self._rows[row]["id"] if 0 <= row < len(self._rows) else None

    def record_version(self, row: int) -> dict[str, int] | None:
        """The version of the record as the list shows it (None: no such row)."""
        return self._rows[row].get("version") if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: int) -> int | None:
        for i, row in enumerate(self._rows):
            if row["id"] == record_id:
                return i
        return None
