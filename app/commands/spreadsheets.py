"""gpast import KIND FILE [--dry-run] | export KIND FILE | template KIND FILE"""

from __future__ import annotations

import sys

from app.commands import open_db

IMPORT_KINDS = ("legislation", "trainings", "campaigns", "attendance", "targets")
EXPORT_KINDS = (*IMPORT_KINDS, "participants")


def register(subparsers) -> None:
    p = subparsers.add_parser("import", help="import a .csv or .xlsx file (all or nothing)")
    p.add_argument("kind", choices=IMPORT_KINDS, metavar="KIND", help=", ".join(IMPORT_KINDS))
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--dry-run", action="store_true", help="report what would change; change nothing"
    )
    p.set_defaults(handler=run_import)
    p = subparsers.add_parser("export", help="export a kind to .csv or .xlsx")
    p.add_argument("kind", choices=EXPORT_KINDS, metavar="KIND", help=", ".join(EXPORT_KINDS))
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=run_export)
    p = subparsers.add_parser("template", help="write an empty template (.xlsx or .csv)")
    p.add_argument("kind", choices=IMPORT_KINDS, metavar="KIND", help=", ".join(IMPORT_KINDS))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--lang", choices=("en", "ru"), default="en", help="column names' language")
    p.set_defaults(handler=run_template)


def run_import(args) -> int:
    from app.services.importing import import_file

    with open_db(args) as db:
        result = import_file(db, args.kind, args.file, dry_run=args.dry_run)
    print(result.summary())
    return 0


def run_export(args) -> int:
    from app.services.exporting import export_file

    with open_db(args) as db:
        count = export_file(db, args.kind, args.file)
    print(f"{args.file}: {count} {args.kind} rows written")
    return 0


def run_template(args) -> int:
    from app.services.templates import write_template

    write_template(args.kind, args.file, args.lang)
    print(f"{args.file}: template for {args.kind} written", file=sys.stdout)
    return 0
