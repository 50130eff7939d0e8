"""Report periods: the window's presets, the dashboard's year, the comparison period."""

from __future__ import annotations

from datetime import date

from app.services.reporting.dashboard import year_period
from app.services.reporting.report_data import previous_period
from app.ui.overview.reports_page import preset_period


def test_presets():
    today = date(2026, 5, 17)
    assert preset_period("this-quarter", today) == (date(2026, 4, 1), date(2026, 6, 30))
    assert preset_period("last-quarter", today) == (date(2026, 1, 1), date(2026, 3, 31))
    assert preset_period("last-quarter", date(2026, 2, 1)) == (
        date(2025, 10, 1),
        date(2025, 12, 31),
    )
    assert preset_period("this-year", today) == (date(2026, 1, 1), date(2026, 12, 31))
    assert preset_period("last-year", today) == (date(2025, 1, 1), date(2025, 12, 31))
    assert preset_period("this-quarter", date(2026, 12, 31)) == (
        date(2026, 10, 1),
        date(2026, 12, 31),
    )


def test_current_year_counts_up_to_today():
    assert year_period(2026, today=date(2026, 3, 9)) == (date(2026, 1, 1), date(2026, 3, 9))
    assert year_period(2025, today=date(2026, 3, 9)) == (date(2025, 1, 1), date(2025, 12, 31))


def test_previous_period_of_whole_months_is_the_same_months_before():
    """A year is compared with the year before (not 02.01.2024 – 31.12.2024 across a leap
    year), a quarter with the quarter before (not 31.12.2024 – 31.03.2025)."""
    assert previous_period(date(2025, 1, 1), date(2025, 12, 31)) == (
        date(2024, 1, 1),
        date(2024, 12, 31),
    )
    assert previous_period(date(2025, 4, 1), date(2025, 6, 30)) == (
        date(2025, 1, 1),
        date(2025, 3, 31),
    )
    assert previous_period(date(2024, 3, 1), date(2024, 3, 31)) == (
        date(2024, 2, 1),
        date(2024, 2, 29),
    )


def test_previous_period_of_other_lengths_has_equal_length():
    assert previous_period(date(2025, 3, 10), date(2025, 3, 19)) == (
        date(2025, 2, 28),
        date(2025, 3, 9),
    )
    assert previous_period(date(2026, 1, 1), date(2026, 3, 9)) == (
        date(2025, 10, 25),
        date(2025, 12, 31),
    )
