"""gpast check | demo"""

from __future__ import annotations

from app.commands import open_db, t


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "check", help=t("check the database (integrity, foreign keys, schema); never writes")
    )
    p.set_defaults(handler=run_check)
    p = subparsers.add_parser("demo", help=t("fill an empty database with realistic sample data"))
    p.set_defaults(handler=run_demo)


def run_check(args) -> int:
    from app.cli import fail
    from app.storage import check_database, default_location, sqlite_path, to_url
    from app.storage.server_check import check_server

    url = to_url(args.db or default_location())
    path = sqlite_path(url)
    if path is not None and not path.exists():  # nothing to check: say so, not damaged
        return fail(t("{path}: no such file").format(path=path))
    result = check_database(str(path)) if path is not None else check_server(url)
    if not result.ok:
        from app.commands import problem_text
        from app.errors import Message

        ending = Message(
            "the database is damaged or not ours; it was not changed. "
            "Restore the latest good backup."
        )
        said = [*result.problems] if result.older else [*result.problems, ending]
        return fail("\n".join(problem_text(p) for p in said))
    counts = ", ".join(f"{n} {name}" for name, n in result.counts.items())
    print(
        t("{path}: ok (schema {revision}; {counts})").format(
            path=result.path, revision=result.revision, counts=counts
        )
    )
    return 0


def run_demo(args) -> int:
    from app.services.maintenance.demo import fill_demo

    with open_db(args) as db:
        counts = fill_demo(db)
        where = db.shown
    summary = ", ".join(f"{n} {name}" for name, n in counts.items())
    print(t("{path}: added {summary}").format(path=where, summary=summary))
    return 0
