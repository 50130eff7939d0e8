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
_COMPILED = [(re.compile(f"^{p}$"), t) for p, t in SHAPES]
_ROW = re.compile(r"^(?:(?P<file>.*): )?row (?P<row>\d+), column (?P<column>[^:]+): (?P<rest>.*)$")


def problem_message(message: str) -> str:
    """`message` in the interface language (as it is when no shape matches)."""
    for pattern, template in _COMPILED:
        match = pattern.match(message)
        if match:
            return QCoreApplication.translate("Problems", template).format(**match.groupdict())
    return message


def problem_line(text: str) -> str:
    """ "row N, column X: what is wrong" in the interface language."""
    match = _ROW.match(text)
    if not match:
        return problem_message(text)
    return QCoreApplication.translate("Problems", "row {row}, column {column}: {message}").format(
        row=match["row"], column=match["column"], message=problem_message(match["rest"])
    )
