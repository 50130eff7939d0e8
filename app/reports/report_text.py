"""The language of a PDF document, chosen per document (apart from the interface):
`with language("ru"): build_report(...)`, and every text of the documents goes through tr().
The Russian texts are in the one catalogue (context Documents of
resources/translations/gpast_ru.ts): tr() reads it without a Qt application; a text kept in a
table for later is marked translatable() so that `python -m app.i18n update` collects it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from app.i18n import DOCUMENTS, catalogue, translatable

LANGUAGES = ("en", "ru")
_current: ContextVar[str] = ContextVar("report_language", default="en")
_public: ContextVar[int] = ContextVar("report_public_threshold", default=0)


@contextmanager
def publication(threshold: int) -> Iterator[None]:
    """Documents for publication: within, figures from 1 below `threshold` print as
    "<threshold" (0: every figure as it is)."""
    token = _public.set(threshold)
    try:
        yield
    finally:
        _public.reset(token)


def public_threshold() -> int:
    return _public.get()


@contextmanager
def language(code: str) -> Iterator[None]:
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r} (use {', '.join(LANGUAGES)})")
    token = _current.set(code)
    try:
        yield
    finally:
        _current.reset(token)


def current() -> str:
    return _current.get()


def tr(text: str) -> str:
    code = _current.get()
    translate = catalogue(code, DOCUMENTS) if code != "en" else None
    return translate(text) if translate else text


def value_name(value: str) -> str:
    """A fixed value of a list that may also hold the user's own words (a channel, an
    audience) in the document's language; the user's own words as typed."""
    return tr(VALUE_NAMES[value]) if value in VALUE_NAMES else value


def value_names(values, separator: str = ", ") -> str:
    return separator.join(value_name(v) for v in values)


def area_name(slug: str, english: str) -> str:
    return tr(AREA_NAMES[slug]) if _current.get() != "en" and slug in AREA_NAMES else english


def area_description(slug: str, english: str) -> str:
    if _current.get() != "en" and slug in AREA_DESCRIPTIONS:
        return tr(AREA_DESCRIPTIONS[slug])
    return english


# product.md's fixed values of campaign channels, training audiences and formats, and the
# international instruments (English: as stored); the catalogue's sources of their translations.
VALUE_NAMES = {
    "TV": translatable("TV"),
    "radio": translatable("radio"),
    "print": translatable("print"),
    "online": translatable("online"),
    "outdoor": translatable("outdoor"),
    "schools": translatable("schools"),
    "hotline": translatable("hotline"),
    "events": translatable("events"),
    "police": translatable("police"),
    "prosecutors": translatable("prosecutors"),
    "judges": translatable("judges"),
    "border guards": translatable("border guards"),
    "labour inspectors": translatable("labour inspectors"),
    "social workers": translatable("social workers"),
    "NGOs": translatable("NGOs"),
    "health workers": translatable("health workers"),
    "teachers": translatable("teachers"),
    "consular staff": translatable("consular staff"),
    "Palermo Protocol": translatable("Palermo Protocol"),
    "Council of Europe Convention": translatable("Council of Europe Convention"),
    "ILO C29": translatable("ILO C29"),
    "ILO C182": translatable("ILO C182"),
    "ILO P29": translatable("ILO P29"),
    "CEDAW": translatable("CEDAW"),
    "Convention on the Rights of the Child": translatable("Convention on the Rights of the Child"),
    "in-person": translatable("in-person"),
    "hybrid": translatable("hybrid"),
    "origin": translatable("origin"),  # the country's role (app.models.vocabulary.COUNTRY_ROLES)
    "transit": translatable("transit"),
    "destination": translatable("destination"),
}

# The five areas as the first migration stores them (the documents in English print the
# database's own text; these are the catalogue's sources of their translations).
AREA_NAMES = {
    "criminalisation": translatable("Criminalisation of trafficking"),
    "demand": translatable("Countering demand"),
    "protection": translatable("Protection and reintegration of victims"),
    "root-causes": translatable("Eradicating root causes"),
    "capacity": translatable("National capacity-building"),
}
AREA_DESCRIPTIONS = {
    "criminalisation": translatable(
        "Legal bans on trafficking and on the forced labour of minors, sexual slavery "
        "and trade in human organs; tighter responsibility for activities conducive to "
        "trafficking; prosecution of traffickers."
    ),
    "demand": translatable(
        "Countering and curtailing the demand for trafficked victims and the "
        "commercial activities that foster it."
    ),
    "protection": translatable(
        "The status and protection of victims, shelters, referral and "
        "reintegration, with policies targeting women, children and other groups."
    ),
    "root-causes": translatable(
        "The social and economic causes of trafficking: poverty, unemployment, "
        "lack of equal opportunity; information on travelling and working abroad."
    ),
    "capacity": translatable(
        "Special law-enforcement units and the training of police, prosecutors, "
        "judges, border guards and social workers to suppress trafficking and related criminal "
        "networks."
    ),
}

# The report's last page: how each figure is counted (product.md's counting rules), in English;
# tr() gives the reader's language.
METHODS = [
    (
        translatable("Period"),
        translatable(
            "Both the first and the last day of the period are included. The previous period "
            "used for comparison has the same number of days and ends the day before."
        ),
    ),
    (
        translatable("Legislative acts adopted"),
        translatable("Legislation whose adoption date falls in the period."),
    ),
    (
        translatable("Trainings held and training hours"),
        translatable(
            "Training sessions whose start date falls in the period, and the sum of their hours."
        ),
    ),
    (
        translatable("Participants trained"),
        translatable(
            "For those sessions, the pairs of session and person where the person was present "
            "or late on at least one day. A person at two sessions counts twice; 'people "
            "trained' counts each person once. Excused and absent never count. 'Of whom "
            "women' counts the pairs whose person is recorded as female; men likewise; other "
            "and not stated make up the rest."
        ),
    ),
    (
        translatable("Campaigns launched and reach"),
        translatable(
            "Awareness campaigns whose start date falls in the period, and the sum of their "
            "estimated reach (people)."
        ),
    ),
    (
        translatable("Focus areas"),
        translatable(
            "A record counts in every focus area it is linked to, so the area rows may add up "
            "to more than the Total row, which counts each record once."
        ),
    ),
    (
        translatable("Targets"),
        translatable(
            "Progress compares the actual figure for the target's calendar year, from 1 "
            "January up to the report's last day, with the national action plan's target."
        ),
    ),
    (
        translatable("Legislation in the pipeline"),
        translatable("Legislation whose status is draft or submitted when the report is made."),
    ),
    (
        translatable("Figures from other agencies"),
        translatable(
            "Yearly aggregate figures supplied by the police, prosecutors, courts, social "
            "services and NGOs, for the calendar year of the report's last day, beside the year "
            "before; no victim is ever named. A figure with no breakdown is a stated total. An "
            "indicator's total is the stated total when there is one; otherwise the sum of the "
            "figures broken down by sex alone, else by age group alone, else by form of "
            "exploitation alone, else by citizenship alone, so nothing is counted twice. Figures "
            "from different sources are never added together, as agencies often count the same "
            "people: the largest source's total is printed, the others beside it. A stated total "
            "that disagrees with a breakdown of it is listed. Victims belong to Protection, "
            "investigations, prosecutions and convictions to Criminalisation."
        ),
    ),
    (
        translatable("SDG indicator 16.2.2"),
        translatable(
            "Victims identified per 100,000 of population, from the figures above; shown when "
            "the population of the year is known."
        ),
    ),
]
