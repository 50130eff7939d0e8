"""The user manual shipped with the program, one HTML page per interface language
(Help > Manual, F1): read offline, in the program's own viewer."""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).resolve().parent
LANGUAGES = ("en", "ru")


def manual_path(language: str) -> Path:
    """The manual in `language` ("en", "ru"); English for any other."""
    return FOLDER / f"{language if language in LANGUAGES else 'en'}.html"
