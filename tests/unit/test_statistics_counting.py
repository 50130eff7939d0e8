"""product.md's counting rules for figures from other agencies, as a pure function."""

from __future__ import annotations

from app.services.statistics.counting import Mismatch, count_year


def fig(indicator, value, source="police", **breakdown):
    empty = {"sex": "", "age_group": "", "citizenship": "", "exploitation": ""}
    return {"year": 2025, "indicator": indicator, "value": value, "source": source,
            **empty, **breakdown}  # fmt: skip


def test_a_stated_total_is_the_total_even_beside_its_breakdowns():
    count = count_year(2025, [
        fig("victims_identified", 100),
        fig("victims_identified", 60, sex="female"),
        fig("victims_identified", 40, sex="male"),
        fig("victims_identified", 100, age_group="adult"),
    ])  # fmt: skip
    total = count.totals["victims_identified"]
    assert (total.total, total.rule, total.source) == (100, "stated", "police")
    assert count.mismatches == []


def test_without_a_stated_total_sex_then_age_then_exploitation_then_citizenship():
    by_sex = [fig("investigations", 7, sex="female"), fig("investigations", 5, sex="male")]
    by_age = [
        fig("investigations", 9, age_group="adult"),
        fig("investigations", 4, age_group="child"),
    ]
    by_form = [fig("investigations", 20, exploitation="labour")]
    by_country = [
        fig("investigations", 30, citizenship="BY"),
        fig("investigations", 1, citizenship="UA"),
    ]
    cross = [fig("investigations", 500, sex="female", age_group="child")]  # never summed
    cases = [
        (by_sex + by_age + by_form + by_country + cross, 12, "sex"),
        (by_age + by_form + by_country + cross, 13, "age_group"),
        (by_form + by_country + cross, 20, "exploitation"),
        (by_country + cross, 31, "citizenship"),
    ]
    for figures, expected, rule in cases:
        total = count_year(2025, figures).totals["investigations"]
        assert (total.total, total.rule) == (expected, rule)
    assert count_year(2025, cross).totals == {}  # a cross-table alone has no total
    assert count_year(2025, by_sex + by_age).mismatches == []  # breakdowns may differ


def test_sources_are_never_added_the_largest_is_the_total_the_others_beside_it():
    count = count_year(2025, [
        fig("victims_identified", 120, source="police"),
        fig("victims_identified", 130, source="La Strada"),
        fig("victims_identified", 70, source="social services", sex="female"),
        fig("victims_identified", 9, source="social services", sex="male"),
    ])  # fmt: skip
    total = count.totals["victims_identified"]
    assert (total.total, total.source) == (130, "La Strada")
    assert [(o.source, o.total, o.rule) for o in total.others] == [  # largest first
        ("police", 120, "stated"),
        ("social services", 79, "sex"),
    ]


def test_a_stated_total_that_disagrees_with_its_breakdown_is_listed_per_source():
    count = count_year(2025, [
        fig("persons_convicted", 10, source="courts"),
        fig("persons_convicted", 6, source="courts", sex="male"),
        fig("persons_convicted", 3, source="courts", sex="female"),
        fig("persons_convicted", 10, source="courts", exploitation="sexual"),
        fig("persons_convicted", 8, source="prosecutors"),
        fig("persons_convicted", 5, source="police", sex="male"),
    ])  # fmt: skip
    assert count.totals["persons_convicted"].total == 10
    assert count.mismatches == [Mismatch("persons_convicted", "courts", 10, "sex", 9)]
    assert count.as_json()["mismatches"] == [
        {"indicator": "persons_convicted", "stated": 10, "breakdown": "sex", "sum": 9}
    ]


def test_sdg_16_2_2_is_victims_identified_per_100000_of_population():
    figures = [fig("victims_identified", 123), fig("population", 9_200_000, source="statistics")]
    count = count_year(2025, figures)
    assert count.victims_per_100k == 1.34
    assert count.as_json() == {
        "year": 2025,
        "totals": {"victims_identified": 123, "population": 9_200_000},
        "victims_per_100k": 1.34,
        "mismatches": [],
    }
    assert count_year(2025, figures[:1]).victims_per_100k is None
    assert count_year(2025, figures[1:]).victims_per_100k is None
    assert count_year(2025, [*figures[:1], fig("population", 0)]).victims_per_100k is None


def test_figures_of_other_years_are_not_counted():
    count = count_year(
        2025, [fig("investigations", 3), {**fig("investigations", 50), "year": 2024}]
    )
    assert count.totals["investigations"].total == 3
