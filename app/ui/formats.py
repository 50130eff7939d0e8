"""How the window writes dates and numbers: one style per language, used by every page, table
and dialog (a date reads as the date fields read it, 15.03.2026; numbers are grouped as the
interface language groups them: 1,250,000 in English, 1 250 000 in Russian)."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

DATE_FORMAT = "dd.MM.yyyy"  # what the date fields show and read back (app.ui.records.field_widgets)
DAY_FORMAT = "dd.MM"  # a day within a known year (attendance columns)
TIME_FORMAT = "HH:mm"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def format_date(value: date | datetime | None) -> str:
    """15.03.2026 (a moment: its day)."""
    if value is None:
        return ""
    return _qdate(value).toString(DATE_FORMAT)


def format_day(value: date) -> str:
    """15.03, for a day of a session whose year is shown elsewhere."""
    return _qdate(value).toString(DAY_FORMAT)


def format_datetime(value: datetime | None) -> str:
    """15.03.2026 14:05 (to the minute)."""
    if value is None:
        return ""
    moment = QDateTime(_qdate(value), QTime(value.hour, value.minute))
    return moment.toString(f"{DATE_FORMAT} {TIME_FORMAT}")


def format_period(start: date, end: date) -> str:
    """01.01.2026 – 31.12.2026."""
    return f"{format_date(start)} – {format_date(end)}"


def format_number(value: int | float | None, decimals: int | None = None) -> str:
    """A count or an amount grouped the interface language's way: 1,250,000 / 1 250 000; a
    fraction with as many decimals as it has (at most `decimals`, default 1): 6.5 / 6,5."""
    if value is None:
        return ""
    locale = QLocale()
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, int):
        return locale.toString(value)
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 1
    if decimals == 0 and abs(value) < 2**53:
        return locale.toString(int(round(value)))
    return locale.toString(float(value), "f", decimals)


def format_percent(value: float | None) -> str:
    """45 % (whole per cent, the number in the language's style)."""
    if value is None:
        return ""
    return f"{format_number(float(value), 0)} %"


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def format_stored(value: object, grouped: bool = True) -> str:
    """A stored value (an audit entry's or a bundle's: a date may come as 2026-06-15) in the
    window's style; `grouped`: False for years and codes (2026, never 2,026)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return format_number(value) if grouped else str(value)
    return str(value)


_SPACES = " \u00a0\u202f"  # what people and languages group digits with, besides , . '
_GROUPING = _SPACES + ",.'\u2019"


def group_digits(text: str) -> str | None:
    """A whole number as typed or pasted, with or without grouping (301750, 301 750, 301,750),
    grouped the window's way (301,750 / 301 750); None when the text is anything else (left as
    typed, for the field's check to name)."""
    body = text.strip()
    sign = "-" if body.startswith("-") else ""
    body = body[len(sign) :]
    digits = "".join(ch for ch in body if ch in "0123456789")
    if not digits or len(digits) > 15 or any(ch not in "0123456789" + _GROUPING for ch in body):
        return None
    return sign + QLocale().toString(int(digits))


def plain_number(text: str, whole: bool = False) -> str:
    """A number as the window writes or the user types it (1,250,000.5 / 1 250 000,5; a whole
    number grouped any way) as the services read it: without grouping. A comma or point that
    groups digits in threes is grouping in a whole number, and where the window's language
    groups with it; anything else is left for the field's check (6,5 stays 6,5)."""
    plain = text.strip()
    for space in _SPACES:
        plain = plain.replace(space, "")
    locale = QLocale()
    group, point = locale.groupSeparator(), locale.decimalPoint()
    for mark in (",", ".", "'", "\u2019"):
        if whole and re.fullmatch(rf"[-+]?\d{{1,3}}({re.escape(mark)}\d{{3}})+", plain):
            return plain.replace(mark, "")
    if group in ",.'" and re.fullmatch(
        rf"[-+]?\d{{1,3}}({re.escape(group)}\d{{3}})+({re.escape(point)}\d+)?", plain
    ):
        return plain.replace(group, "").replace(point, ".")
    return plain
