"""Messages from the service layer (English, with values in them) in the interface language.

The services word a problem once, in English, for the command line and the logs; the window
shows it translated by matching the known shapes and translating the template."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# (pattern, template): the template names the pattern's groups in {braces}
SHAPES = [
    (r"is required", QT_TRANSLATE_NOOP("Problems", "is required")),
    (
        r"at least one focus area is required",
        QT_TRANSLATE_NOOP("Problems", "at least one focus area is required"),
    ),
    (
        r"is required for adopted legislation",
        QT_TRANSLATE_NOOP("Problems", "is required for adopted legislation"),
    ),
    (r"must not be negative", QT_TRANSLATE_NOOP("Problems", "must not be negative")),
    (r"must be a number", QT_TRANSLATE_NOOP("Problems", "must be a number")),
    (
        r"must not be before the start date",
        QT_TRANSLATE_NOOP("Problems", "must not be before the start date"),
    ),
    (
        r"must not be before the adoption date",
        QT_TRANSLATE_NOOP("Problems", "must not be before the adoption date"),
    ),
    (
        r"is longer than (?P<n>\d+) characters",
        QT_TRANSLATE_NOOP("Problems", "is longer than {n} characters"),
    ),
    (
        r"an item is longer than (?P<n>\d+) characters",
        QT_TRANSLATE_NOOP("Problems", "an item is longer than {n} characters"),
    ),
    (r"at most (?P<n>\d+) items", QT_TRANSLATE_NOOP("Problems", "at most {n} items")),
    (r"must be at least (?P<n>\S+)", QT_TRANSLATE_NOOP("Problems", "must be at least {n}")),
    (r"must be at most (?P<n>\S+)", QT_TRANSLATE_NOOP("Problems", "must be at most {n}")),
    (
        r"'(?P<value>.*)' is not a number",
        QT_TRANSLATE_NOOP("Problems", "'{value}' is not a number"),
    ),
    (
        r"'(?P<value>.*)' must be a whole number",
        QT_TRANSLATE_NOOP("Problems", "'{value}' must be a whole number"),
    ),
    (
        r"'(?P<value>.*)' is not a date \(use YYYY-MM-DD or DD\.MM\.YYYY\)",
        QT_TRANSLATE_NOOP("Problems", "'{value}' is not a date (use YYYY-MM-DD or DD.MM.YYYY)"),
    ),
    (
        r"(?P<value>\S+) is outside 1900–2199",
        QT_TRANSLATE_NOOP("Problems", "{value} is outside 1900–2199"),
    ),
    (
        r"'(?P<value>.*)' is not one of: (?P<choices>.*)",
        QT_TRANSLATE_NOOP("Problems", "'{value}' is not one of: {choices}"),
    ),
    (
        r"unknown focus area '(?P<value>.*)'",
        QT_TRANSLATE_NOOP("Problems", "unknown focus area '{value}'"),
    ),
    (
        r"unknown aspect '(?P<value>.*)' \(use (?P<choices>.*)\)",
        QT_TRANSLATE_NOOP("Problems", "unknown aspect '{value}' (use {choices})"),
    ),
    (
        r"'(?P<value>.*)' is already used by another (?P<what>.*)",
        QT_TRANSLATE_NOOP("Problems", "'{value}' is already used by another record"),
    ),
    (r"required column is missing", QT_TRANSLATE_NOOP("Problems", "required column is missing")),
    (
        r"unknown column \(the columns are: (?P<choices>.*)\)",
        QT_TRANSLATE_NOOP("Problems", "unknown column (the columns are: {choices})"),
    ),
    (r"the column appears twice", QT_TRANSLATE_NOOP("Problems", "the column appears twice")),
    (
        r"the same (?P<what>\S+) as row (?P<n>\d+)",
        QT_TRANSLATE_NOOP("Problems", "the same {what} as row {n}"),
    ),
    (
        r"no training session with the code '(?P<value>.*)'",
        QT_TRANSLATE_NOOP("Problems", "no training session with the code '{value}'"),
    ),
    (
        r"(?P<value>\S+) is not a day of (?P<what>.*)",
        QT_TRANSLATE_NOOP("Problems", "{value} is not a day of {what}"),
    ),
]
SHAPES += [
    (
        r"the database is busy \(another GPAST Coordinator window or command is writing to it\); "
        r"try again in a moment",
        QT_TRANSLATE_NOOP(
            "Problems",
            "the database is busy (another GPAST Coordinator window or "
            "command is writing to it); try again in a moment",
        ),
    ),
    (
        r"not a GPAST Coordinator database, or damaged \((?P<why>.*)\); it was not changed",
        QT_TRANSLATE_NOOP(
            "Problems", "not a GPAST Coordinator database, or damaged ({why}); it was not changed"
        ),
    ),
    (
        r"this SQLite file is not a GPAST Coordinator database; it was not changed",
        QT_TRANSLATE_NOOP(
            "Problems", "this SQLite file is not a GPAST Coordinator database; it was not changed"
        ),
    ),
    (r"the file is empty", QT_TRANSLATE_NOOP("Problems", "the file is empty")),
    (r"the first sheet is empty", QT_TRANSLATE_NOOP("Problems", "the first sheet is empty")),
    (
        r"not a CSV or \.xlsx spreadsheet",
        QT_TRANSLATE_NOOP("Problems", "not a CSV or .xlsx spreadsheet"),
    ),
    (
        r"not a readable \.xlsx workbook.*",
        QT_TRANSLATE_NOOP("Problems", "not a readable .xlsx workbook"),
    ),
    (r"not a readable CSV file.*", QT_TRANSLATE_NOOP("Problems", "not a readable CSV file")),
    (
        r"the text encoding cannot be recognised; save the file as CSV UTF-8",
        QT_TRANSLATE_NOOP(
            "Problems", "the text encoding cannot be recognised; save the file as CSV UTF-8"
        ),
    ),
    (
        r"the file says it is UTF-8 but is not; save it again as CSV UTF-8",
        QT_TRANSLATE_NOOP(
            "Problems", "the file says it is UTF-8 but is not; save it again as CSV UTF-8"
        ),
    ),
    (
        r"cannot be (?:read|written) \((?P<why>.*)\)",
        QT_TRANSLATE_NOOP("Problems", "cannot be read or written ({why})"),
    ),
    (r"no such file", QT_TRANSLATE_NOOP("Problems", "no such file")),
    (
        r"choose a file name ending in \.csv or \.xlsx",
        QT_TRANSLATE_NOOP("Problems", "choose a file name ending in .csv or .xlsx"),
    ),
    (
        r"choose a file name ending in \.pdf",
        QT_TRANSLATE_NOOP("Problems", "choose a file name ending in .pdf"),
    ),
    (
        r"(?P<n>\d+) problem\(s\)(?P<more>.*); nothing was imported, the database is unchanged",
        QT_TRANSLATE_NOOP(
            "Problems", "{n} problem(s); nothing was imported, the database is unchanged"
        ),
    ),
    (
        r"not a complete GPAST bundle .*; nothing was imported",
        QT_TRANSLATE_NOOP(
            "Problems", "not a complete GPAST bundle (damaged or truncated); nothing was imported"
        ),
    ),
    (
        r"the contents do not match the checksum .*; nothing was imported",
        QT_TRANSLATE_NOOP(
            "Problems",
            "the contents do not match the checksum (changed or damaged "
            "after it was made); nothing was imported",
        ),
    ),
    (
        r"made by a newer version of GPAST Coordinator .*",
        QT_TRANSLATE_NOOP(
            "Problems", "made by a newer version of GPAST Coordinator; update this program first"
        ),
    ),
    (
        r"the database already has records; demo data goes into an empty database only",
        QT_TRANSLATE_NOOP(
            "Problems",
            "the database already has records; demo data goes into an empty database only",
        ),
    ),
]
SHAPES += [
    (
        r"not a SQLite database \(the file header is wrong\)",
        QT_TRANSLATE_NOOP("Problems", "not a SQLite database (the file header is wrong)"),
    ),
    (
        r"not a GPAST Coordinator database",
        QT_TRANSLATE_NOOP("Problems", "not a GPAST Coordinator database"),
    ),
    (r"damaged: (?P<why>.*)", QT_TRANSLATE_NOOP("Problems", "damaged: {why}")),
    (r"integrity: (?P<why>.*)", QT_TRANSLATE_NOOP("Problems", "integrity: {why}")),
    (
        r"the database is damaged or not ours; it was not changed\. "
        r"Restore the latest good backup\.",
        QT_TRANSLATE_NOOP(
            "Problems",
            "the database is damaged or not ours; it was not changed. "
            "Restore the latest good backup.",
        ),
    ),
]
SHAPES += [
    (
        r"(?P<what>.+) (?P<n>\d+) does not exist",
        QT_TRANSLATE_NOOP("Problems", "the record ({what} {n}) no longer exists"),
    ),
    (
        r"a participant to merge does not exist",
        QT_TRANSLATE_NOOP("Problems", "a participant to merge no longer exists"),
    ),
    (
        r"choose two different people to merge",
        QT_TRANSLATE_NOOP("Problems", "choose two different people to merge"),
    ),
]
SHAPES += [  # statistics from other agencies
    (
        r"'(?P<value>.*)' is not an ISO 3166-1 country code \(such as BY or UA\) nor unknown",
        QT_TRANSLATE_NOOP(
            "Problems", "'{value}' is not an ISO 3166-1 country code (such as BY or UA) nor unknown"
        ),
    ),
    (
        r"the same figure as row (?P<row>\d+) with another value \((?P<value>[^)]*)\)",
        QT_TRANSLATE_NOOP("Problems", "the same figure as row {row} with another value ({value})"),
    ),
]
_COMPILED = [(re.compile(f"^{p}$"), t) for p, t in SHAPES]
_ROW = re.compile(r"^(?:(?P<file>.*): )?row (?P<row>\d+), column (?P<column>[^:]+): (?P<rest>.*)$")


def problem_message(message: str) -> str:
    """`message` in the interface language (as it is when no shape matches)."""
    for pattern, template in _COMPILED:
        match = pattern.match(message)
        if match:
            return QCoreApplication.translate("Problems", template).format(**match.groupdict())
    prefix, sep, rest = message.partition(": ")  # "FILE: what is wrong"
    if sep and rest and rest != message:
        translated = problem_message(rest)
        if translated != rest:
            return f"{prefix}: {translated}"
    return message


def problem_line(text: str) -> str:
    """A line "[FILE: ]row N, column X: what is wrong" in the interface language."""
    match = _ROW.match(text)
    if not match:
        return problem_message(text)
    line = QCoreApplication.translate("Problems", "row {row}, column {column}: {message}").format(
        row=match["row"], column=match["column"], message=problem_message(match["rest"])
    )
    return f"{match['file']}: {line}" if match["file"] else line


def translate_lines(text: str) -> str:
    return "\n".join(problem_line(line) for line in text.split("\n"))
