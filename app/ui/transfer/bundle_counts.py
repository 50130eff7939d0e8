"""A bundle's contents counted in the user's words and language: "260 people, 12 trainings,
…, 3 deleted records" (the plural forms are the catalogue's, per language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def counted(part: str, n: int) -> str:
    """`n` records of the bundle's `part`, in words: the catalogue's plural form, or English
    ("1 training session", "2 training sessions", "260 people")."""
    text = _counted(part, n)
    if "(s)" not in text:  # translated
        return text
    if n == 1:
        return text.replace("(s)", "")
    return text.replace("person(s)", "people").replace("(s)", "s")


def _counted(part: str, n: int) -> str:
    """Each text a literal, for the catalogue."""
    if part == "participants":
        return QCoreApplication.translate("Bundles", "%n person(s)", None, n)
    if part == "trainings":
        return QCoreApplication.translate("Bundles", "%n training session(s)", None, n)
    if part == "legislation":
        return QCoreApplication.translate("Bundles", "%n legislative act(s)", None, n)
    if part == "campaigns":
        return QCoreApplication.translate("Bundles", "%n campaign(s)", None, n)
    if part == "attendance":
        return QCoreApplication.translate("Bundles", "%n attendance row(s)", None, n)
    if part == "targets":
        return QCoreApplication.translate("Bundles", "%n target(s)", None, n)
    if part == "tombstones":
        return QCoreApplication.translate("Bundles", "%n deleted record(s)", None, n)
    return f"{n} {part}"


def counts_text(counts: dict[str, int]) -> str:
    """Every part of a bundle counted, in the order the bundle lists them."""
    return ", ".join(counted(part, n) for part, n in counts.items())
