"""What the Reports page makes on a worker thread (run_in_background): the progress report's
PDF and the international reporting pack (.xlsx tables or .docx narrative annex), each from
its services' data, for publication with small counts hidden when asked."""

from __future__ import annotations

from datetime import date


def make_report(
    db,
    date_from: date,
    date_to: date,
    areas: list[str],
    path: str,
    lang: str = "en",
    public: bool = False,
) -> str:
    """Runs on a worker thread: data from the services, then the PDF (for publication: small
    counts as "<N", N the setting)."""
    from app.reports.progress_report import build_report
    from app.services.reporting.report_data import report_data
    from app.services.settings import public_threshold

    threshold = public_threshold(db) if public else 0
    build_report(report_data(db, date_from, date_to, areas or None), path, lang, threshold)
    return path


def make_pack(
    db, date_from: date, date_to: date, path: str, lang: str = "en", public: bool = False
) -> str:
    """Runs on a worker thread: the international reporting pack for the period, the statistics
    tables (.xlsx) or the narrative annex (.docx) as `path` ends."""
    from app.reports.narrative_annex import write_annex_docx
    from app.reports.reporting_pack import write_pack_xlsx
    from app.services.reporting.annex_data import annex_data
    from app.services.settings import get_settings, public_threshold
    from app.services.statistics.pack import pack_figures, pack_tables

    figures = pack_figures(db, date_from, date_to)
    years = list(range(date_from.year, date_to.year + 1))
    threshold = public_threshold(db) if public else 0
    if path.lower().endswith(".docx"):
        annex = annex_data(db, date_from, date_to)
        write_annex_docx(annex, pack_tables(figures, years), path, lang=lang, public=threshold)
        return path
    write_pack_xlsx(
        pack_tables(figures, years),
        path,
        date_from=date_from,
        date_to=date_to,
        settings=get_settings(db),
        lang=lang,
        public=threshold,
    )
    return path
