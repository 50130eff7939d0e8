"""The `gpast` command: parses arguments, calls services, prints, sets exit codes.

Exit status: 0 done; 1 bad input or a failed check (message on stderr, no traceback); 2 wrong usage.
Each subcommand lives in a module of app.commands that has `register(subparsers)`; modules import
their heavy dependencies inside the handler so that `gpast --help` stays quick.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from app import __version__

COMMAND_MODULES = (
    "app.commands.indicators",
    "app.commands.statistics",
    "app.commands.reporting_pack",
    "app.commands.maintenance",
    "app.commands.spreadsheets",
    "app.commands.report",
    "app.commands.attendance_documents",
    "app.commands.attendance_scan",
    "app.commands.backups",
    "app.commands.bundles",
    "app.commands.deleted",
    "app.commands.verify",
    "app.commands.server",
    "app.commands.audit",
)

log = logging.getLogger("gpast")


def build_parser() -> argparse.ArgumentParser:
    from app.commands import russian, t

    if russian():  # argparse's own words ("usage", "options", …) in Russian too
        argparse._ = t  # type: ignore[attr-defined]  # argparse's private gettext hook
    parser = argparse.ArgumentParser(
        prog="gpast",
        description=t(
            "GPAST Coordinator: log legislation, trainings and awareness campaigns against the "
            "five GPAST focus areas and print progress reports. Without a command, opens the "
            "desktop window."
        ),
    )
    parser.add_argument(
        "--db",
        metavar="DB",
        help=t(
            "SQLite file path or SQLAlchemy URL (default: $GPAST_DB, else a file in the user's "
            "data folder)"
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def fail(message: str) -> int:
    """Print an error (each line after `gpast: `); exit status 1. `message` is already in the
    user's language (see app.commands.problem_text)."""
    print("\n".join(f"gpast: {line}" for line in message.split("\n")), file=sys.stderr)
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run one `gpast` command; returns the exit status (argparse raises SystemExit(2) on
    wrong usage). Leaves the process as it found it, so that it can be called again."""
    # build_parser() may put argparse's own words in Russian (its private gettext alias `_`)
    words = argparse._  # type: ignore[attr-defined]  # private hook, restored below
    try:
        return _run(argv)
    finally:
        argparse._ = words  # type: ignore[attr-defined]  # private hook


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return gui_main(args.db)
    _say_if_untranslated()
    from app.commands import problem_text
    from app.errors import GpastError, Message

    try:
        return int(args.handler(args) or 0)
    except GpastError as exc:
        return fail(problem_text(exc))
    except KeyboardInterrupt:
        return fail(problem_text(Message("interrupted; nothing was changed")))
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the user gets a message and a log, not a traceback
        from app.crash_log import log_exception

        path = log_exception(exc)
        unexpected = Message(
            "unexpected error: {what} (details in {file})", what=exc.__class__.__name__, file=path
        )
        return fail(problem_text(unexpected))


def _say_if_untranslated() -> None:
    """Russian asked for but its catalogue cannot be loaded (a broken install): one line on
    stderr, in both languages, instead of quietly answering in English."""
    from app.commands import russian

    if not russian():
        return
    from app.i18n import COMMAND_LINE, COMPILED, catalogue

    if catalogue("ru", COMMAND_LINE) is None:
        print(
            f"gpast: не удалось загрузить русский перевод ({COMPILED / 'gpast_ru.qm'}); "
            "ответы будут на английском / the Russian translation could not be loaded; "
            "answers are in English",
            file=sys.stderr,
        )


def gui_main(db: str | None = None) -> int:
    """Open the desktop window (also the entry point of the `gpast-gui` script)."""
    if db is None and len(sys.argv) > 2 and sys.argv[1] == "--db":
        db = sys.argv[2]
    from app.ui.shell.application import run_application

    return run_application(db)


if __name__ == "__main__":
    raise SystemExit(main())
