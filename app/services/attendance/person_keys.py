"""A person's match key (normalised name|birth year|organisation) is unique in the database.

Two people may truly share a name, a birth year and an organisation (the roster's "a new
person, not the one in the registry"): the second then keeps "|#2" after the key, the third
"|#3", and so on. Imports and bundles match the plain key (the first such person); a search
still finds them all (the suffix only follows the key)."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models import Participant
from app.services.records.fields import normalise_person_key

SUFFIX = "|#"


def free_person_key(session: Session, key: str, own_id: int | None = None) -> str:
    """`key`, or `key` with the first free "|#n" when another person has it already."""
    stmt = select(Participant.match_key).where(same_person(key))
    if own_id is not None:
        stmt = stmt.where(Participant.id != own_id)
    with session.no_autoflush:
        taken = set(session.scalars(stmt))
    return first_free(key, taken)


def first_free(key: str, taken: set[str]) -> str:
    """`key`, or `key` with the first "|#n" not in `taken`."""
    if key not in taken:
        return key
    n = 2
    while f"{key}{SUFFIX}{n}" in taken:
        n += 1
    return f"{key}{SUFFIX}{n}"


def set_person_key(session: Session, person: Participant) -> None:
    """Give `person` the match key of its name, birth year and organisation (its own, if it
    has that already; otherwise the first free one)."""
    key = normalise_person_key(person.full_name, person.birth_year, person.organisation)
    current = person.match_key
    if current is not None and (current == key or current.startswith(key + SUFFIX)):
        return
    person.match_key = free_person_key(session, key, person.id)


def same_person(key: str):
    """The condition on Participant: this key, or one kept apart from it ("|#n")."""
    return or_(
        Participant.match_key == key,
        Participant.match_key.startswith(key + SUFFIX, autoescape=True),
    )
