"""Settings kept with the data: country, coordinating body, country role."""

from __future__ import annotations

from sqlalchemy import select

from app.errors import ValidationError
from app.models import Setting
from app.services.unit_of_work import Database

KEYS = ("country", "coordinating_body", "country_role", "user_name")
MAX_LENGTH = 300


def get_settings(db: Database) -> dict[str, str]:
    with db.reading() as session:
        stored = dict(session.execute(select(Setting.key, Setting.value)).all())
    return {key: stored.get(key, "") for key in KEYS}


def update_settings(db: Database, values: dict[str, str]) -> dict[str, str]:
    for key, value in values.items():
        if key not in KEYS:
            raise ValidationError(key, "is not a setting")
        if len(str(value)) > MAX_LENGTH:
            raise ValidationError(key, "is longer than {n} characters", n=MAX_LENGTH)
    with db.writing() as session:
        for key, value in values.items():
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=str(value).strip()))
            else:
                row.value = str(value).strip()
    return get_settings(db)
