"""The sign-in sheet as people read it (issue 16, item 17): a heading that says which day of
how many, the session's details laid out one to a place rather than run together, and walk-in
rows with columns for sex and organisation; in English and Russian."""

from __future__ import annotations

import pypdf
import pytest

from tests.scanned_sheets import seminar_sheets


@pytest.mark.parametrize(
    ("lang", "heading", "labels", "walk_in"),
    [
        ("en", "Sign-in sheet — day 2 of 3", ("Location:", "Organiser:", "Session:"), "Sex"),
        ("ru", "Лист регистрации — день 2 из 3", ("Место:", "Организатор:", "Мероприятие:"), "Пол"),
    ],
)
def test_heading_details_and_walk_in_columns(db, tmp_path, lang, heading, labels, walk_in):
    seminar_sheets(db, tmp_path / "s.pdf", lang)
    pages = [p.extract_text() for p in pypdf.PdfReader(tmp_path / "s.pdf").pages]
    assert len(pages) == 3
    text = pages[1]
    assert heading in text and "05.03.2025" not in text.split(heading)[0]
    lines = text.splitlines()
    for label in labels:  # each detail on its own, not "Location: … Organiser: … Session: …"
        (line,) = [x for x in lines if label in x]
        assert sum(other in line for other in labels) == 1, line
    assert "Минск" in text and "Академия" in text
    assert walk_in in lines and ("Организация" if lang == "ru" else "Organisation") in lines
    assert ("Ж" if lang == "ru" else "F") in text  # the walk-in rows' sex boxes
