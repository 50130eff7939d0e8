"""Subcommands of `gpast`, one module each (see app.cli.COMMAND_MODULES)."""

from __future__ import annotations

from datetime import date

from app.errors import ValidationError


def parse_date(option: str, text: str) -> date:
    """A date from the command line: YYYY-MM-DD or DD.MM.YYYY."""
    from app.services.records.fields import DATE, Field, clean_value

    value = clean_value(Field(option, DATE, required=True), text)
    if not isinstance(value, date):  # pragma: no cover - clean_value returns a date
        raise ValidationError(option, "is not a date")
    return value


def pdf_path(text: str) -> str:
    """`--out` of a PDF document: `.pdf` added when the name has no suffix; another suffix
    is refused (a PDF called report.txt would open in the wrong program)."""
    from pathlib import Path

    from app.errors import GpastError

    suffix = Path(text).suffix.lower()
    if not suffix:
        return text + ".pdf"
    if suffix != ".pdf":
        raise GpastError("{file}: choose a file name ending in .pdf", file=text)
    return text


def period_document_arguments(p, *, out: str, lang_help: str) -> None:
    """--from, --to, --out, --lang and --public: what every document of a period takes."""
    p.add_argument("--from", dest="date_from", required=True, metavar="D")
    p.add_argument("--to", dest="date_to", required=True, metavar="D")
    p.add_argument("--out", required=True, metavar=out)
    p.add_argument("--lang", choices=("en", "ru"), default="en", help=lang_help)
    p.add_argument(
        "--public",
        action="store_true",
        help=t("for publication: small counts as <5 (the threshold is a setting)"),
    )


def open_db(args):
    from app.services import open_database

    return open_database(args.db)


def russian() -> bool:
    import os

    wanted = os.environ.get("GPAST_LANG") or os.environ.get("LC_ALL") or os.environ.get("LANG", "")
    return wanted.startswith("ru")


def _russian(context: str):
    """The catalogue's texts of `context` in Russian when the user reads Russian, else None."""
    if not russian():
        return None
    from app.i18n import catalogue

    try:
        return catalogue("ru", context)
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        return None


def problem_text(problem) -> str:
    """A problem (app.errors.GpastError or Message) in the user's language, from the same
    catalogue the window uses."""
    from app.errors import CONTEXT

    translate = _russian(CONTEXT)
    return problem.render(translate) if translate else str(problem)


def t(text: str) -> str:
    """A text of the command line in the user's language (English or Russian), from the
    catalogue (context CommandLine of resources/translations/gpast_ru.ts)."""
    from app.i18n import COMMAND_LINE

    translate = _russian(COMMAND_LINE)
    return translate(text) if translate else text
