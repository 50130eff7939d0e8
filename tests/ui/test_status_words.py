"""Attendance statuses in the Russian window are words that fit a woman as well as a man
(they read "Присутствовал" for Мария), and begin with the letters the grid takes: П О У Н."""

from __future__ import annotations

from app.ui.labels import value_label


def test_russian_statuses_fit_everyone_and_match_their_keys(russian):
    words = [value_label(s) for s in ("present", "late", "excused", "absent")]
    assert [w[0] for w in words] == ["П", "О", "У", "Н"], words
    assert not any(w.endswith(("ал", "ла", "ал(а)")) for w in words), words
