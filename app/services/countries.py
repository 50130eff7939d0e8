"""Countries by their ISO 3166-1 alpha-2 codes, from a maintained code list (pycountry: the
Debian iso-codes data with its translations), never a table typed by hand.

Statistics store the code (`BY`, `UA`) or `unknown`; the window and the documents show the
country's name in the interface language."""

from __future__ import annotations

from functools import cache

from app.models.vocabulary import UNKNOWN_CITIZENSHIP


@cache
def _by_code() -> dict[str, str]:
    """Every alpha-2 code → its English name."""
    import pycountry

    return {c.alpha_2: c.name for c in pycountry.countries}


@cache
def _translation(lang: str):
    import gettext

    import pycountry

    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)


def country_code(text: str) -> str | None:
    """The stored form of a citizenship: an ISO 3166-1 alpha-2 code in capitals, or
    `unknown`; None when `text` is neither (a name such as "Belarus", or "XX")."""
    text = text.strip()
    if text.casefold() == UNKNOWN_CITIZENSHIP:
        return UNKNOWN_CITIZENSHIP
    code = text.upper()
    return code if len(code) == 2 and code in _by_code() else None


def country_name(code: str, lang: str = "en") -> str:
    """The country's name in `lang` ("en" or "ru"); the code itself when it is not known."""
    english = _by_code().get(code)
    if english is None:
        return code
    return english if lang == "en" else _translation(lang).gettext(english)


def countries(lang: str = "en") -> list[tuple[str, str]]:
    """(code, name) of every country, sorted by the name in `lang`."""
    return sorted(((c, country_name(c, lang)) for c in _by_code()), key=lambda p: p[1].casefold())
