"""Editors for one field each, made from app.services.records.fields specs; all expose value()/
set_value() and a `changed` signal so the dialog can validate as the user types."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from app.services.records import fields as f
from app.ui.formats import (
    DATE_FORMAT,  # how a date reads once typed, pasted or chosen
    group_digits,
    plain_number,
)
from app.ui.labels import area_description, area_label, field_label, value_label
from app.ui.records.digit_grouping import DigitGrouping


class FieldEditor(QWidget):
    changed = Signal()

    def value(self) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def set_value(self, value: Any) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self


def _row(widget: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


def shown_value(field: f.Field, value: str) -> str:
    """A suggested fixed value ("events") in the window's language; anything typed as it is."""
    return value_label(value) if value in field.suggestions else value


def stored_value(field: f.Field, text: str) -> str:
    """The fixed value a typed or chosen text names (its label in any case, or itself)."""
    folded = text.casefold()
    for value in field.suggestions:
        if folded in (value.casefold(), value_label(value).casefold()):
            return value
    return text


def _suggest(editor: QLineEdit, field: f.Field, parent: QWidget) -> None:
    completer = QCompleter([shown_value(field, v) for v in field.suggestions], parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    editor.setCompleter(completer)


class TextEditor(FieldEditor):
    def __init__(self, field: f.Field, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(field.max_length + 50)  # over the limit is shown as a problem
        _row(self).addWidget(self.edit)
        self.field = field
        if field.suggestions:
            _suggest(self.edit, field, self)
        self.edit.textChanged.connect(self.changed)
        self.setFocusProxy(self.edit)

    def value(self) -> str:
        text = self.edit.text()
        return stored_value(self.field, text.strip()) if self.field.suggestions else text

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else shown_value(self.field, str(value)))


class LongTextEditor(FieldEditor):
    def __init__(self, field: f.Field, parent=None):
        super().__init__(parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(70)
        _row(self).addWidget(self.edit)
        self.edit.textChanged.connect(self.changed)
        self.setFocusProxy(self.edit)

    def value(self) -> str:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText(value or "")


class NumberEditor(TextEditor):
    """Free text so that the user may type '6,5' or '1 250 000'; checked as a number. A whole
    number (a reach, a figure; never a year) is grouped the window's way as it is typed,
    pasted or shown (301 750 in Russian, 301,750 in English: app.ui.records.digit_grouping)."""

    def __init__(self, field: f.Field, parent=None):
        super().__init__(field, parent)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setMaximumWidth(160)
        self.grouped = field.type == f.INT and field.grouped_digits
        if self.grouped:
            DigitGrouping(self.edit)

    def value(self) -> str:
        return plain_number(self.edit.text(), whole=self.field.type == f.INT)

    def set_value(self, value: Any) -> None:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        super().set_value(value)
        if self.grouped:
            self.edit.setText(group_digits(self.edit.text()) or self.edit.text())


_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{4})")


def parse_typed_date(text: str) -> date | None:
    """The date `text` says: D.M.YYYY or DD.MM.YYYY, DDMMYYYY, YYYY-MM-DD, or the locale's own
    short or long format; None when it names no real date (31.02 is not 3 March)."""
    text = text.strip()
    found: tuple[int, ...] | None = None
    if m := _DOTTED.fullmatch(text) or _DIGITS.fullmatch(text):
        day, month, year = (int(g) for g in m.groups())
        found = (year, month, day)
    elif m := _ISO.fullmatch(text):
        found = tuple(int(g) for g in m.groups())
    if found is not None:
        try:
            return date(*found)
        except ValueError:
            return None
    locale = QLocale()
    for form in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat):
        parsed = locale.toDate(text, form)
        if parsed.isValid() and parsed.year() >= 1900:
            result = parsed.toPython()
            assert isinstance(result, date)
            return result
    return None


class DateEditor(FieldEditor):
    """A date typed as the user reads it (15.06.2026, 1.6.2026, 15062026, 2026-06-15 or the
    locale's format; pasting works the same), or chosen from a calendar. An optional date is
    cleared by clearing the text. What is not a real date stays as typed and is shown as a
    problem at the field (Save disabled) — never silently turned into another date. Without a
    field spec (a period's ends on the Reports page) `required` says whether it may be empty."""

    def __init__(self, field: f.Field | None, parent=None, *, required: bool = False):
        super().__init__(parent)
        required = field.required if field is not None else required
        layout = _row(self)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.edit.setMaxLength(40)
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("00.00.00000") + 24)
        self.edit.setClearButtonEnabled(not required)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("…")
        self.calendar_button.setToolTip(self.tr("Choose from a calendar"))
        self.calendar_button.setAccessibleName(self.tr("Choose from a calendar"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar = QCalendarWidget(self)
        self.calendar.setMinimumDate(QDate(1900, 1, 1))
        menu = QMenu(self.calendar_button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        self.calendar_button.setMenu(menu)
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu.aboutToShow.connect(self._calendar_at_value)
        self.calendar.clicked.connect(self._show)
        self.calendar.activated.connect(self._show)
        self.calendar.clicked.connect(menu.close)
        self.calendar.activated.connect(menu.close)
        layout.addWidget(self.edit)
        layout.addWidget(self.calendar_button)
        layout.addStretch(1)
        self.edit.textChanged.connect(self.changed)
        self.edit.editingFinished.connect(self._tidy)
        self.setFocusProxy(self.edit)

    def _show(self, chosen: QDate) -> None:
        self.edit.setText(chosen.toString(DATE_FORMAT))

    def _calendar_at_value(self) -> None:
        current = self.value()
        if isinstance(current, date):
            self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))

    def _tidy(self) -> None:
        """Once typed, a date reads in one format, so the user sees which date was understood."""
        current = self.value()
        if isinstance(current, date):
            tidy = QDate(current.year, current.month, current.day).toString(DATE_FORMAT)
            if tidy != self.edit.text():
                self.edit.setText(tidy)

    def value(self) -> date | str | None:
        text = self.edit.text().strip()
        if not text:
            return None
        return parse_typed_date(text) or text  # unreadable: the text, reported at the field

    def set_value(self, value: Any) -> None:
        if isinstance(value, date):
            self._show(QDate(value.year, value.month, value.day))
        else:
            self.edit.setText("" if value is None else str(value))


class ChoiceEditor(FieldEditor):
    def __init__(self, field: f.Field, parent=None):
        super().__init__(parent)
        self.combo = QComboBox(self)
        if not field.required or field.chosen_explicitly:
            self.combo.addItem("", None)
        for choice in field.choices:
            self.combo.addItem(value_label(choice), choice)
        _row(self).addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self.changed)
        self.setFocusProxy(self.combo)

    def value(self) -> str | None:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        i = self.combo.findData(value)
        self.combo.setCurrentIndex(max(i, 0))


class TagListEditor(FieldEditor):
    """Tag-like entries: each item a removable chip; type and press Enter (or ';') to add."""

    def __init__(self, field: f.Field, parent=None):
        super().__init__(parent)
        self._items: list[str] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.chips = QHBoxLayout()
        self.chips.setSpacing(4)
        self.chips.addStretch(1)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Type and press Enter to add"))
        self.edit.setAccessibleName(field_label(field.name))
        self.field = field
        if field.suggestions:
            _suggest(self.edit, field, self)
        outer.addLayout(self.chips)
        outer.addWidget(self.edit)
        self.edit.returnPressed.connect(self._add_typed)
        self.edit.textChanged.connect(self._split_on_semicolon)
        self.setFocusProxy(self.edit)

    def _split_on_semicolon(self, text: str) -> None:
        if ";" in text:
            *done, rest = text.split(";")
            for item in done:
                self._add(item)
            self.edit.setText(rest)

    def _add_typed(self) -> None:
        self._add(self.edit.text())
        self.edit.clear()

    def _add(self, text: str) -> None:
        text = stored_value(self.field, " ".join(text.split()))
        if text and text not in self._items:
            self._items.append(text)
            self._render()
            self.changed.emit()

    def _remove(self, text: str) -> None:
        self._items.remove(text)
        self._render()
        self.changed.emit()

    def _render(self) -> None:
        while self.chips.count() > 1:
            item = self.chips.takeAt(0)
            if item is not None and (chip := item.widget()) is not None:
                chip.deleteLater()
        for text in self._items:
            chip = QToolButton(self)
            shown = shown_value(self.field, text)
            chip.setText(f"{shown}  ×")
            chip.setToolTip(self.tr("Remove {item}").format(item=shown))
            chip.setAccessibleName(self.tr("Remove {item}").format(item=shown))
            chip.setStyleSheet(
                "QToolButton { border: 1px solid #9bb3d1; border-radius: 9px; "
                "background: #e8f0fb; padding: 1px 8px; }"
            )
            chip.clicked.connect(lambda _=False, t=text: self._remove(t))
            self.chips.insertWidget(self.chips.count() - 1, chip)

    def value(self) -> list[str]:
        pending = stored_value(self.field, " ".join(self.edit.text().split()))
        return [*self._items, pending] if pending and pending not in self._items else self._items

    def set_value(self, value: Any) -> None:
        self._items = list(value or [])
        self.edit.clear()
        self._render()


class _CheckList(QListWidget):
    """Enter ticks or unticks the current item; Ctrl+Enter is left to the dialog (it saves) and
    changes no tick."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.ignore()
            return
        super().keyPressEvent(event)


class CheckListEditor(FieldEditor):
    """Checkable items (focus areas with their descriptions as tooltips, or aspects)."""

    def __init__(self, options: list[tuple[str, str, str]], parent=None):
        super().__init__(parent)
        self.list = _CheckList(self)
        for key, label, tip in options:
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(tip)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        rows = max(len(options), 1)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth())
        _row(self).addWidget(self.list)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.list.itemActivated.connect(self._toggle)
        self.setFocusProxy(self.list)

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def value(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, value: Any) -> None:
        wanted = set(value or [])
        for i in range(self.list.count()):
            item = self.list.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if key in wanted else Qt.CheckState.Unchecked)


def make_editor(field: f.Field, areas: list[dict], parent=None) -> FieldEditor:
    if field.type == f.LONGTEXT:
        return LongTextEditor(field, parent)
    if field.type == f.DATE:
        return DateEditor(field, parent)
    if field.type in (f.INT, f.FLOAT):
        return NumberEditor(field, parent)
    if field.type == f.CHOICE:
        return ChoiceEditor(field, parent)
    if field.type == f.LIST:
        return TagListEditor(field, parent)
    if field.type == f.AREAS:
        options = [
            (a["slug"], area_label(a["slug"]), area_description(a["slug"], a["description"]))
            for a in areas
        ]
        return CheckListEditor(options, parent)
    if field.type == f.ASPECTS:
        from app.models.vocabulary import ASPECTS

        return CheckListEditor([(a, value_label(a), value_label(a)) for a in ASPECTS], parent)
    return TextEditor(field, parent)
