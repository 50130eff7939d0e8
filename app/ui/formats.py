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


def format_year(value: int | None) -> str:
    """A year is never grouped: 2026."""
    return "" if value is None else str(value)


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
