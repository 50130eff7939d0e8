"""gpast report --from D --to D --out FILE.pdf [--area SLUG ...]"""

from __future__ import annotations

from app.commands import open_db, parse_date, pdf_path, t


def register(subparsers) -> None:
    p = subparsers.add_parser("report", help=t("write the PDF progress report for a period"))
    p.add_argument("--from", dest="date_from", required=True, metavar="D")
    p.add_argument("--to", dest="date_to", required=True, metavar="D")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--area", action="append", metavar="SLUG", help=t("only these focus areas"))
    p.add_argument("--lang", choices=("en", "ru"), default="en", help=t("the report's language"))
    p.add_argument(
        "--public",
        action="store_true",
        help=t("for publication: small counts as <5 (the threshold is a setting)"),
    )
    p.set_defaults(handler=run)


def run(args) -> int:
    from app.errors import GpastError, os_reason
    from app.reports.progress_report import build_report
    from app.services.reporting.report_data import report_data
    from app.services.settings import public_threshold

    date_from = parse_date("--from", args.date_from)
    date_to = parse_date("--to", args.date_to)
    args.out = pdf_path(args.out)
    with open_db(args) as db:
        data = report_data(db, date_from, date_to, args.area)
        threshold = public_threshold(db) if args.public else 0
    try:
        build_report(data, args.out, args.lang, threshold)
    except OSError as exc:
        raise GpastError(
            "{file}: cannot be written ({why})", file=args.out, why=os_reason(exc)
        ) from exc
    print(
        t("{out}: progress report {start} – {end} written").format(
            out=args.out, start=date_from.isoformat(), end=date_to.isoformat()
        )
    )
    return 0
