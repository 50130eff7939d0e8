"""A person's match key (normalised name|birth year|organisation) is unique in the database.

Two people may truly share a name, a birth year and an organisation (the roster's "a new
person, not the one in the registry"): the second then keeps "|#2" after the key, the third
"|#3", and so on. Imports and bundles match the plain key (the first such person); a search
still finds them all (the suffix only follows the key)."""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table, bindparam, or_, select, update
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


def release_keys(session: Session, table: Table, records: list) -> None:
    """Free the match keys of `records` (rows of `table`, people or acts about to get new keys)
    in the database before the new ones are written: records changed together (a bundle: one
    took another's old key, or two swapped theirs) never meet on the unique key, whatever
    order their rows are written in."""
    if not records:
        return
    with session.no_autoflush:
        session.execute(
            update(table).where(table.c.id == bindparam("rid")).values(match_key=bindparam("key")),
            [{"rid": r.id, "key": f"moving:{r.uuid}"} for r in records],
        )


def set_person_key(session: Session, person: Participant) -> None:
    """Give `person` the match key of its name, birth year and organisation (its own, if it
    has that already; otherwise the first free one)."""
    key = normalise_person_key(person.full_name, person.birth_year, person.organisation)
    current = person.match_key
    if current is not None and (current == key or current.startswith(key + SUFFIX)):
        return
    person.match_key = free_person_key(session, key, person.id)


def set_person_keys(session: Session, people: list[Participant]) -> None:
    """set_person_key for several people changed together (a bundle): the keys that some of
    them leave are free for the others, whatever their order, as if each had been saved in
    turn. Their old keys are released in the database first, so that no two ever meet on the
    unique key while the changes are written."""
    moving: dict[int, tuple[Participant, str]] = {}
    for person in people:
        key = normalise_person_key(person.full_name, person.birth_year, person.organisation)
        current = person.match_key
        if not (current == key or current.startswith(key + SUFFIX)):
            moving[id(person)] = (person, key)
    if not moving:
        return
    session.flush()  # their other changes are written under the old keys
    release_keys(session, cast(Table, Participant.__table__), [p for p, _k in moving.values()])
    given: set[str] = set()
    with session.no_autoflush:
        for person, key in moving.values():
            taken = set(session.scalars(select(Participant.match_key).where(same_person(key))))
            person.match_key = first_free(key, taken | given)
            given.add(person.match_key)


def same_person(key: str):
    """The condition on Participant: this key, or one kept apart from it ("|#n")."""
    return or_(
        Participant.match_key == key,
        Participant.match_key.startswith(key + SUFFIX, autoescape=True),
    )
