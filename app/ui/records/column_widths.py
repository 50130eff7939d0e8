"""Column widths of the record lists: every header readable in full (in Russian too), short
columns (codes, dates, numbers, choices) as wide as what they hold, and the width left shared by
the text columns (title first), which elide long text ("…"; the cell's tooltip shows all of it).
The widths follow the window's width until the user drags a column border."""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from app.models.kinds import KINDS, LISTS, FieldType

TEXT_MIN_CHARS = 14  # a text column never narrower than this many characters (or its header)
TITLE_MIN_CHARS = 24
TEXT_CAP_CHARS = 60  # nor wider than this while other columns want the room
PADDING = 14  # pixels around the widest text of a column (the cell's margins and some air)
SIZING_ROWS = 50  # rows looked at
NAMES = ("title", "full_name")  # what a record is called: the last to give way
SHORT_TEXT = 120  # characters at most: a code or a reference number, never elided
ELASTIC = (FieldType.TEXT, FieldType.LONG_TEXT, *LISTS)


class ColumnFitter(QObject):
    """Sizes `table`'s columns for the record kind `kind` now and whenever the table's width
    changes, until the user resizes a column by hand (or a remembered layout is restored)."""

    def __init__(self, table: QTableView, kind: str):
        super().__init__(table)
        self.table = table
        self.columns = tuple(KINDS[kind].list_columns)
        fields = {f.name: f for f in KINDS[kind].fields}
        self.elastic = [  # codes and reference numbers are short: always whole
            i
            for i, c in enumerate(self.columns)
            if fields[c].type in LISTS
            or (fields[c].type in ELASTIC and fields[c].max_length > SHORT_TEXT)
        ]
        self.user_sized = False
        self._fitting = False
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)  # Qt would elide two lines as one
        header.sectionResized.connect(self._resized)
        header.sectionHandleDoubleClicked.connect(self._sized_by_user)
        header.viewport().installEventFilter(self)
        self._pressed = False  # the mouse button is down on the header
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)

    def header_width(self, column: int) -> int:
        """The width the header needs to show its whole text and the sort arrow."""
        # the style's own measure: the widest line (long headers come in two lines, see
        # RecordTableModel), its margins and the sort arrow
        return self.table.horizontalHeader().sectionSizeHint(column)

    def content_width(self, column: int) -> int:
        """The width the first rows' texts need in `column` (the rows loaded first)."""
        model = self.table.model()
        metrics = self.table.fontMetrics()
        rows = min(model.rowCount(), SIZING_ROWS)
        texts = (str(model.index(r, column).data() or "") for r in range(rows))
        return max((metrics.horizontalAdvance(t) for t in texts), default=0) + PADDING

    def widths(self, available: int) -> list[int]:
        """The columns' widths for a table `available` pixels wide."""
        char = self.table.fontMetrics().averageCharWidth()
        count = len(self.columns)
        headers = [self.header_width(c) for c in range(count)]
        contents = [self.content_width(c) for c in range(count)]
        wanted = [max(h, c) for h, c in zip(headers, contents, strict=True)]
        least = list(wanted)
        for c in self.elastic:
            floor = (TITLE_MIN_CHARS if self.columns[c] in NAMES else TEXT_MIN_CHARS) * char
            least[c] = max(headers[c], min(contents[c], floor))
            wanted[c] = max(least[c], min(wanted[c], TEXT_CAP_CHARS * char))
        extra = available - sum(wanted)
        title = [c for c in self.elastic if self.columns[c] in NAMES]
        others = [c for c in self.elastic if self.columns[c] not in NAMES]
        for group in (others, title):  # too narrow: the other text columns give way first
            if extra >= 0:
                break
            room = [wanted[c] - least[c] for c in group]
            give, short = sum(room), -extra
            for c, r in zip(group, room, strict=True):
                cut = min(r, -(-short * r // give)) if give else 0
                wanted[c] -= cut
                extra += cut
        if (
            extra > 0 and self.elastic
        ):  # room to spare: the title (else the first text column) takes it
            first = title[0] if title else self.elastic[0]
            wanted[first] += extra
        return wanted

    def fit(self) -> None:
        if self.user_sized or self.table.model() is None:
            return
        self._fitting = True
        try:
            for column, width in enumerate(self.widths(self.table.viewport().width())):
                self.table.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def keep_headers_readable(self) -> None:
        """After a remembered layout is restored: no column narrower than its header."""
        self.user_sized = True
        self._fitting = True
        try:
            for column in range(len(self.columns)):
                least = self.header_width(column)
                if self.table.columnWidth(column) < least:
                    self.table.setColumnWidth(column, least)
        finally:
            self._fitting = False

    def _resized(self, *args) -> None:
        if not self._fitting and self._pressed:
            self.user_sized = True  # the user dragged a border: their widths stay

    def _sized_by_user(self, *args) -> None:
        self.user_sized = True

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if watched is self._viewport and kind == QEvent.Type.Resize:
            with suppress(RuntimeError):  # the table is being destroyed
                self.fit()
        elif kind == QEvent.Type.MouseButtonPress:
            self._pressed = True
        elif kind == QEvent.Type.MouseButtonRelease:
            self._pressed = False
        return False
