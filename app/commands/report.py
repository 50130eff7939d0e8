"""gpast report --from D --to D --out FILE.pdf [--area SLUG ...]"""

from __future__ import annotations

from app.commands import open_db, parse_date, pdf_path, period_document_arguments, t


def register(subparsers) -> None:
    p = subparsers.add_parser("report", help=t("write the PDF progress report for a period"))
    period_document_arguments(p, out="FILE.pdf", lang_help=t("the report's language"))
    p.add_argument("--area", action="append", metavar="SLUG", help=t("only these focus areas"))
    p.set_defaults(handler=run)


def run(args) -> int:
    from app.reports.progress_report import build_report
    from app.services.reporting.report_data import report_data
    from app.services.settings import public_threshold

    date_from = parse_date("--from", args.date_from)
    date_to = parse_date("--to", args.date_to)
    args.out = pdf_path(args.out)
    with open_db(args) as db:
        data = report_data(db, date_from, date_to, args.area)
        threshold = public_threshold(db) if args.public else 0
    build_report(data, args.out, args.lang, threshold)  # whole or nothing (app.files)
    print(
        t("{out}: progress report {start} – {end} written").format(
            out=args.out, start=date_from.isoformat(), end=date_to.isoformat()
        )
    )
    return 0
