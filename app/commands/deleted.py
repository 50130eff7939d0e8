"""gpast deleted | deleted restore UUID: the recycle bin."""

from __future__ import annotations

from app.commands import open_db, t


def register(subparsers) -> None:
    p = subparsers.add_parser("deleted", help=t("list deleted records, or bring one back"))
    p.set_defaults(handler=run_list)
    sub = p.add_subparsers(dest="deleted_command", metavar="restore")
    r = sub.add_parser("restore", help=t("bring a deleted record back, with its attendance"))
    r.add_argument("uuid", metavar="UUID")
    r.set_defaults(handler=run_restore)


def run_list(args) -> int:
    from app.services.recycle_bin.restoring import deleted_records

    with open_db(args) as db:
        rows = deleted_records(db)
    if not rows:
        print(t("No deleted records."))
    for row in rows:
        print(
            t("{uuid}  {when}  {kind}  {label}  ({n} attendance rows)").format(
                uuid=row["uuid"],
                when=row["deleted_at"].isoformat(sep=" ", timespec="minutes"),
                kind=row["kind"],
                label=row["label"],
                n=row["attendance"],
            )
        )
    return 0


def run_restore(args) -> int:
    from app.services.recycle_bin.restoring import restore_deleted

    with open_db(args) as db:
        done = restore_deleted(db, args.uuid)
    print(
        t("{uuid}: {kind} '{label}' restored with {n} attendance rows").format(
            uuid=args.uuid, kind=done["kind"], label=done["label"], n=done["attendance"]
        )
    )
    if done["skipped"]:
        print(
            t(
                "{n} attendance rows were not restored (their session or person is gone, or "
                "the day is no longer one of the session's)"
            ).format(n=done["skipped"])
        )
    return 0
