"""Legislation's natural key (reference, else title and adoption date; case ignored) is unique
in the database: the match_key column holds it. Two acts that share it on purpose (typed twice,
or one received from a bundle under another UUID) are kept apart by "|#2", "|#3", … after the
key, as people are (app.services.attendance.person_keys); imports match the plain key."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, inspect, or_, select
from sqlalchemy.orm import Session

from app.models import Legislation
from app.models.legislation import legislation_key
from app.services.attendance.person_keys import SUFFIX, first_free, release_keys

NATURAL = ("reference", "title", "adopted_on")


def key_of(values: dict[str, Any]) -> str:
    """The match key of an act's values (without "|#n")."""
    title = values.get("title") or ""
    return legislation_key(values.get("reference"), title, values.get("adopted_on"))


def same_act(key: str):
    """The condition on Legislation: this key, or one kept apart from it ("|#n")."""
    return or_(
        Legislation.match_key == key,
        Legislation.match_key.startswith(key + SUFFIX, autoescape=True),
    )


def taken_keys(session: Session, keys: set[str]) -> set[str]:
    """The match keys in the database that are one of `keys` or kept apart from one."""
    taken: set[str] = set()
    with session.no_autoflush:
        for key in sorted(keys):
            taken.update(session.scalars(select(Legislation.match_key).where(same_act(key))))
    return taken


def set_keys(session: Session, _context: Any = None, _instances: Any = None) -> None:
    """before_flush: give each new act, and each whose reference, title or adoption date
    changed, the match key of those (its own, if it has that already; else the first free)."""
    acts = [o for o in session.new if isinstance(o, Legislation)]
    acts += [o for o in session.dirty if isinstance(o, Legislation) and _key_changed(o)]
    wanted = {}
    for act in acts:
        key = legislation_key(act.reference, act.title or "", act.adopted_on)
        current = act.match_key
        if current is not None and (current == key or current.startswith(key + SUFFIX)):
            continue
        wanted[id(act)] = (act, key)
    if not wanted:
        return
    table = cast(Table, Legislation.__table__)
    release_keys(session, table, [act for act, _key in wanted.values() if act.id is not None])
    taken = taken_keys(session, {key for _act, key in wanted.values()})
    for act, key in wanted.values():
        act.match_key = first_free(key, taken)
        taken.add(act.match_key)


def _key_changed(act: Legislation) -> bool:
    state = inspect(act)
    return any(state.attrs[name].history.has_changes() for name in NATURAL)
