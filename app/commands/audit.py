"""gpast audit --out FILE.csv [--since D]: the audit trail, one row per changed field."""

from __future__ import annotations

from app.commands import open_db, parse_date, t


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "audit",
        help=t(
            "the audit trail as CSV: when, who, what kind of record, its uuid, and each field "
            "from what to what"
        ),
    )
    p.add_argument("--out", required=True, metavar="FILE.csv")
    p.add_argument("--since", metavar="D", help=t("only changes from this day on"))
    p.set_defaults(handler=run)


def run(args) -> int:
    from app.services.records.audit import export_trail

    since = parse_date("--since", args.since) if args.since else None
    with open_db(args) as db:
        count = export_trail(db, args.out, since=since)
    print(t("{n} changes written to {file}").format(n=count, file=args.out))
    return 0
