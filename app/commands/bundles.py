"""gpast bundle export FILE [--since DATE] | bundle import FILE"""

from __future__ import annotations

from app.commands import open_db, parse_date, problem_text, russian, t


def register(subparsers) -> None:
    p = subparsers.add_parser("bundle", help=t("exchange records with another workstation"))
    sub = p.add_subparsers(dest="bundle_command", metavar="export|import", required=True)
    e = sub.add_parser("export", help=t("write the records (and deletions) to one file"))
    e.add_argument("file", metavar="FILE")
    e.add_argument("--since", metavar="DATE", help=t("only what changed on or after DATE"))
    e.set_defaults(handler=run_export)
    i = sub.add_parser("import", help=t("merge a bundle from another workstation"))
    i.add_argument("file", metavar="FILE")
    i.add_argument(
        "--dry-run",
        action="store_true",
        help=t("print what would be added, changed and deleted, and the conflicts; change nothing"),
    )
    i.add_argument(
        "--trust",
        action="store_true",
        help=t("accept the workstation that made the bundle (check its key's fingerprint first)"),
    )
    i.set_defaults(handler=run_import)


def run_export(args) -> int:
    from app.services.exchange.bundles import export_bundle

    since = parse_date("--since", args.since) if args.since else None
    with open_db(args) as db:
        counts = export_bundle(db, args.file, since)
    listed = ", ".join(counted(k, n) for k, n in counts.items())
    print(t("{file}: written ({counts})").format(file=args.file, counts=listed))
    return 0


# the window's words for a bundle's parts (resources/translations/gpast_ru.ts, context Bundles)
COUNTED = {
    "participants": "%n person(s)",
    "trainings": "%n training session(s)",
    "legislation": "%n legislative act(s)",
    "campaigns": "%n campaign(s)",
    "attendance": "%n attendance row(s)",
    "targets": "%n target(s)",
    "tombstones": "%n deleted record(s)",
}


def counted(part: str, n: int) -> str:
    """`n` records of a bundle's part: in Russian with the catalogue's plural form."""
    if russian() and part in COUNTED:
        from app.i18n import counted as in_words

        found = in_words("ru", "Bundles", COUNTED[part], n)
        if found:
            return found
    return f"{n} deleted records" if part == "tombstones" else f"{n} {part}"


def run_import(args) -> int:
    from app.services.exchange.bundles import import_bundle

    with open_db(args) as db:
        result = import_bundle(db, args.file, dry_run=args.dry_run, trust=args.trust)
    if result.dry_run:
        print(
            t(
                "{file}: would add {added}, change {updated} and delete {deleted} records; "
                "{conflicts} conflicts; nothing was changed"
            ).format(
                file=args.file,
                added=result.added,
                updated=result.updated,
                deleted=result.deleted,
                conflicts=len(result.conflicts),
            )
        )
        for part, n in result.kinds.items():
            if n["added"] or n["updated"] or n["deleted"]:
                print(
                    t("  {kind}: {added} added, {updated} changed, {deleted} deleted").format(
                        kind=part, added=n["added"], updated=n["updated"], deleted=n["deleted"]
                    )
                )
    else:
        print(
            t(
                "{file}: {added} added, {updated} updated, {unchanged} unchanged, "
                "{deleted} deleted, {conflicts} conflicts"
            ).format(
                file=args.file,
                added=result.added,
                updated=result.updated,
                unchanged=result.unchanged,
                deleted=result.deleted,
                conflicts=len(result.conflicts),
            )
        )
    if result.cascaded:
        print(
            t("{n} attendance rows go with the deleted sessions and people").format(
                n=result.cascaded
            )
        )
    for conflict in result.conflicts:
        print(t("conflict: {what}").format(what=problem_text(conflict)))
    return 0
