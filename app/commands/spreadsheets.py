"""gpast import KIND FILE [--dry-run] | export KIND FILE | template KIND FILE"""

from __future__ import annotations

from app.commands import open_db, t
from app.models.kinds import EXPORT_KINDS, IMPORT_KINDS


def register(subparsers) -> None:
    p = subparsers.add_parser("import", help=t("import a .csv or .xlsx file (all or nothing)"))
    p.add_argument("kind", choices=IMPORT_KINDS, metavar="KIND", help=", ".join(IMPORT_KINDS))
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--dry-run", action="store_true", help=t("report what would change; change nothing")
    )
    p.set_defaults(handler=run_import)
    p = subparsers.add_parser("export", help=t("export a kind to .csv or .xlsx"))
    p.add_argument("kind", choices=EXPORT_KINDS, metavar="KIND", help=", ".join(EXPORT_KINDS))
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=run_export)
    p = subparsers.add_parser("template", help=t("write an empty template (.xlsx or .csv)"))
    p.add_argument("kind", choices=IMPORT_KINDS, metavar="KIND", help=", ".join(IMPORT_KINDS))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--lang", choices=("en", "ru"), default="en", help=t("column names' language"))
    p.set_defaults(handler=run_template)


def run_import(args) -> int:
    from app.services.spreadsheets.importing import import_file

    with open_db(args) as db:
        result = import_file(db, args.kind, args.file, dry_run=args.dry_run)
    if result.dry_run:
        text = t(
            "{file}: {rows} rows read; {added} would be added, {updated} updated, {unchanged} "
            "left unchanged; nothing was changed (dry run)"
        )
    else:
        text = t(
            "{file}: {rows} rows read; {added} added, {updated} updated, {unchanged} left unchanged"
        )
    text = text.format(
        file=result.file,
        rows=result.rows,
        added=result.added,
        updated=result.updated,
        unchanged=result.unchanged,
    )
    if result.kind == "attendance":
        text += t("; {n} new people in the registry").format(n=result.people_added)
    print(text)
    return 0


def run_export(args) -> int:
    from app.services.spreadsheets.exporting import export_file

    with open_db(args) as db:
        count = export_file(db, args.kind, args.file)
    print(
        t("{file}: {count} {kind} rows written").format(file=args.file, count=count, kind=args.kind)
    )
    return 0


def run_template(args) -> int:
    from app.services.spreadsheets.templates import write_template

    write_template(args.kind, args.file, args.lang)
    print(t("{file}: template for {kind} written").format(file=args.file, kind=args.kind))
    return 0
