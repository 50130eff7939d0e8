"""gpast reporting-pack --from D --to D --out FILE.xlsx|FILE.docx [--lang en|ru] [--public]"""

from __future__ import annotations

from pathlib import Path

from app.commands import open_db, parse_date, period_document_arguments, t


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "reporting-pack",
        help=t(
            "the international reporting pack: the statistics tables (.xlsx) or the "
            "narrative annex (.docx)"
        ),
    )
    period_document_arguments(p, out="FILE.xlsx|FILE.docx", lang_help=t("the pack's language"))
    p.set_defaults(handler=run)


def run(args) -> int:
    from app.errors import GpastError
    from app.reports.narrative_annex import write_annex_docx
    from app.reports.reporting_pack import write_pack_xlsx
    from app.services.reporting.annex_data import annex_data
    from app.services.settings import get_settings, public_threshold
    from app.services.statistics.pack import pack_figures, pack_tables

    date_from = parse_date("--from", args.date_from)
    date_to = parse_date("--to", args.date_to)
    suffix = Path(args.out).suffix.lower()
    if suffix not in (".xlsx", ".docx"):
        raise GpastError("{file}: choose a file name ending in .xlsx or .docx", file=args.out)
    with open_db(args) as db:
        figures = pack_figures(db, date_from, date_to)
        settings = get_settings(db)
        threshold = public_threshold(db) if args.public else 0
        annex = annex_data(db, date_from, date_to) if suffix == ".docx" else None
    years = list(range(date_from.year, date_to.year + 1))
    tables = pack_tables(figures, years)
    if annex is not None:  # either is written whole or not at all (app.files)
        write_annex_docx(annex, tables, args.out, lang=args.lang, public=threshold)
    else:
        write_pack_xlsx(
            tables,
            args.out,
            date_from=date_from,
            date_to=date_to,
            settings=settings,
            lang=args.lang,
            public=threshold,
        )
    print(
        t("{out}: reporting pack {start} – {end} written").format(
            out=args.out, start=date_from.isoformat(), end=date_to.isoformat()
        )
    )
    return 0
