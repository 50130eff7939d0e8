"""The dashboard's figures: the indicators of the year, with targets and women's share."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.reporting.dashboard import dashboard_figures
from app.services.reporting.indicators import indicators
from tests.factories import add_known_year


def test_dashboard_figures_equal_indicators_for_the_year(db):
    add_known_year(db)
    figures = dashboard_figures(db, 2025, today=date(2026, 1, 15))
    expected = indicators(db, date(2025, 1, 1), date(2025, 12, 31))
    assert {a["slug"]: a["figures"] for a in figures["areas"]} == expected["areas"]
    assert figures["total"]["figures"] == expected["total"]
    protection = next(a for a in figures["areas"] if a["slug"] == "protection")
    assert protection["targets"] == [
        {"indicator": "participations", "target": 6.0, "actual": 3, "percent": 50.0}
    ]
    assert protection["women_share"] == pytest.approx(66.7)
