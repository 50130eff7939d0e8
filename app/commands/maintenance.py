"""gpast check | demo"""

from __future__ import annotations

import sys

from app.commands import open_db, t
from app.errors import GpastError


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "check", help=t("check the database (integrity, foreign keys, schema); never writes")
    )
    p.set_defaults(handler=run_check)
    p = subparsers.add_parser("demo", help=t("fill an empty database with realistic sample data"))
    p.set_defaults(handler=run_demo)


def run_check(args) -> int:
    from app.storage import default_location, sqlite_path, to_url

    url = to_url(args.db or default_location())
    path = sqlite_path(url)
    if path is None:
        return _check_server(args)
    from app.cli import fail
    from app.storage import check_database

    if not path.exists():  # nothing to check: say so, without calling it damaged
        return fail(t("{path}: no such file").format(path=path))
    result = check_database(str(path))
    if not result.ok:
        from app.commands import problem_text
        from app.errors import Message

        ending = Message(
            "the database is damaged or not ours; it was not changed. "
            "Restore the latest good backup."
        )
        return fail("\n".join(problem_text(p) for p in [*result.problems, ending]))
    counts = ", ".join(f"{n} {name}" for name, n in result.counts.items())
    print(
        t("{path}: ok (schema {revision}; {counts})").format(
            path=path, revision=result.revision, counts=counts
        )
    )
    return 0


def _check_server(args) -> int:
    from app.storage import make_engine, to_url
    from app.storage.migrate import current_revision, head_revision

    engine = make_engine(to_url(args.db))
    try:
        with engine.connect() as conn:
            revision = current_revision(conn)
    except Exception as exc:  # noqa: BLE001
        raise GpastError("cannot connect: {why}", why=exc) from exc
    finally:
        engine.dispose()
    if revision != head_revision():
        print(f"gpast: schema {revision}, expected {head_revision()}", file=sys.stderr)
        return 1
    print(f"ok (schema {revision})")
    return 0


def run_demo(args) -> int:
    from app.services.maintenance.demo import fill_demo

    with open_db(args) as db:
        counts = fill_demo(db)
        where = db.location
    summary = ", ".join(f"{n} {name}" for name, n in counts.items())
    print(t("{path}: added {summary}").format(path=where, summary=summary))
    return 0
