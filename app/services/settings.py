"""Settings kept with the data: country, coordinating body, country role."""

from __future__ import annotations

from sqlalchemy import select

from app.errors import ValidationError
from app.models import Setting
from app.services.access import Action, require
from app.services.unit_of_work import Database

KEYS = ("country", "coordinating_body", "country_role", "user_name", "public_threshold")
MAX_LENGTH = 300
# documents for publication (--public) print figures from 1 up to this minus one as "<N"
DEFAULT_PUBLIC_THRESHOLD = 5
PUBLIC_THRESHOLDS = (2, 100)


def get_settings(db: Database) -> dict[str, str]:
    with db.reading() as session:
        stored = dict(session.execute(select(Setting.key, Setting.value)).all())
    return {key: stored.get(key, "") for key in KEYS}


def update_settings(db: Database, values: dict[str, str]) -> dict[str, str]:
    require(db, Action.SETTINGS)
    for key, value in values.items():
        if key not in KEYS:
            raise ValidationError(key, "is not a setting")
        if len(str(value)) > MAX_LENGTH:
            raise ValidationError(key, "is longer than {n} characters", n=MAX_LENGTH)
        if key == "public_threshold" and str(value).strip():
            _check_threshold(str(value).strip())
    with db.writing() as session:
        for key, value in values.items():
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=str(value).strip()))
            else:
                row.value = str(value).strip()
    return get_settings(db)


def _check_threshold(text: str) -> None:
    low, high = PUBLIC_THRESHOLDS
    if not text.isdigit() or not low <= int(text) <= high:
        raise ValidationError(
            "public_threshold", "must be a whole number from {low} to {high}", low=low, high=high
        )


def public_threshold(db: Database) -> int:
    """Figures below this (from 1) are printed as "<N" in documents for publication."""
    text = get_settings(db)["public_threshold"]
    return int(text) if text.isdigit() else DEFAULT_PUBLIC_THRESHOLD
