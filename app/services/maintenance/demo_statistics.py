"""Sample figures from other agencies for the demo database: for every year (this year's too,
as a coordinator's provisional figures), victims identified (with breakdowns by sex, age group,
form of exploitation and citizenship that add up), assisted and referred, investigations,
persons prosecuted and convicted by sex, and the population; two sources for victims identified
(the police and an NGO count differently), and in the last year one court total that disagrees
with its breakdown, as real returns do."""

from __future__ import annotations

import random
from typing import Any

POLICE = "МВД"
NGO = "La Strada"
SOCIAL = "Минтруда"
PROSECUTORS = "Генеральная прокуратура"
COURTS = "Верховный суд"
STATISTICS_OFFICE = "Белстат"


def _split(
    total: int, shares: list[tuple[str, float]], rng: random.Random
) -> list[tuple[str, int]]:
    """`total` split by rough shares, the parts adding up to it exactly."""
    parts, left = [], total
    for value, share in shares[:-1]:
        n = min(left, max(0, round(total * share * rng.uniform(0.85, 1.15))))
        parts.append((value, n))
        left -= n
    parts.append((shares[-1][0], left))
    return [(v, n) for v, n in parts if n]


def demo_figures(first_year: int, last_year: int, rng: random.Random) -> list[dict[str, Any]]:
    figures: list[dict[str, Any]] = []

    def add(year: int, indicator: str, value: int, source: str, **breakdown: str) -> None:
        figures.append(
            {"year": year, "indicator": indicator, "value": value, "source": source,
             "sex": "", "age_group": "", "citizenship": "", "exploitation": "", "notes": "",
             **breakdown}
        )  # fmt: skip

    for year in range(first_year, last_year + 1):
        add(year, "population", 9_500_000 - (year - 2000) * 15_000, STATISTICS_OFFICE)
        victims = rng.randint(90, 260)
        add(year, "victims_identified", victims, POLICE)
        for sex, n in _split(victims, [("female", 0.7), ("male", 0.3)], rng):
            add(year, "victims_identified", n, POLICE, sex=sex)
        for age, n in _split(victims, [("child", 0.15), ("adult", 0.85)], rng):
            add(year, "victims_identified", n, POLICE, age_group=age)
        forms = [("sexual", 0.45), ("labour", 0.4), ("begging", 0.05), ("other", 0.1)]
        for form, n in _split(victims, forms, rng):
            add(year, "victims_identified", n, POLICE, exploitation=form)
        countries = [("BY", 0.8), ("UA", 0.1), ("RU", 0.05), ("unknown", 0.05)]
        for code, n in _split(victims, countries, rng):
            add(year, "victims_identified", n, POLICE, citizenship=code)
        add(year, "victims_identified", victims + rng.randint(-10, 25), NGO)
        assisted = round(victims * rng.uniform(0.6, 0.9))
        add(year, "victims_assisted", assisted, SOCIAL)
        for sex, n in _split(assisted, [("female", 0.75), ("male", 0.25)], rng):
            add(year, "victims_assisted", n, SOCIAL, sex=sex)
        for sex, n in _split(round(victims * 0.5), [("female", 0.7), ("male", 0.3)], rng):
            add(year, "victims_referred", n, NGO, sex=sex)
        add(year, "investigations", rng.randint(40, 120), POLICE)
        prosecuted = rng.randint(15, 60)
        add(year, "persons_prosecuted", prosecuted, PROSECUTORS)
        for sex, n in _split(prosecuted, [("male", 0.7), ("female", 0.3)], rng):
            add(year, "persons_prosecuted", n, PROSECUTORS, sex=sex)
        convicted = round(prosecuted * rng.uniform(0.5, 0.8))
        parts = _split(convicted, [("male", 0.7), ("female", 0.3)], rng)
        if year == last_year:  # a return whose total and breakdown disagree
            convicted += 2
        add(year, "persons_convicted", convicted, COURTS)
        for sex, n in parts:
            add(year, "persons_convicted", n, COURTS, sex=sex)
    return figures
