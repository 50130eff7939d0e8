"""Deleting a record from its list page: the question naming what goes with it (a session's
attendance), then the delete, both off the UI thread behind the page's busy window. A record
someone saved since the list showed it is not deleted; the page is offered a reload."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import GpastError, StaleRecord
from app.services.records import editing as records
from app.ui.formats import format_number
from app.ui.problem_text import problem_text
from app.ui.records.stale_edit import Page, offer_reload
from app.ui.shell.background import wait_behind_busy_window


class Deleted(Enum):
    YES = "deleted"
    NO = "not deleted"  # the user said no, or the delete was refused
    RELOAD = "reload"  # refused (saved meanwhile); the user asked to see the list as it is


def _what_goes(db, kind: str, record_id: int) -> tuple[str, dict[str, Any]]:
    record = records.get(db, kind, record_id)
    name = record.get("title") or record.get("full_name") or ""
    return name, records.delete_consequences(db, kind, record_id)


def delete_record(page: QWidget, db, kind: str, record_id: int, shown_version) -> Deleted:
    """Ask, then delete the record `page` shows at `shown_version`."""
    try:
        name, also = wait_behind_busy_window(
            page,
            QCoreApplication.translate("RecordListPage", "Reading…"),
            _what_goes,
            db,
            kind,
            record_id,
        )
    except GpastError as exc:
        QMessageBox.warning(
            page, QCoreApplication.translate("RecordListPage", "Not deleted"), problem_text(exc)
        )
        return Deleted.NO
    text = QCoreApplication.translate("RecordListPage", "Delete “{name}”?").format(name=name)
    if also.get("attendance"):
        text += "\n\n" + QCoreApplication.translate(
            "RecordListPage",
            "Its {n} attendance records (people's presence per day) are deleted too.",
        ).format(n=format_number(also["attendance"]))
    text += "\n\n" + QCoreApplication.translate("RecordListPage", "This cannot be undone.")
    answer = QMessageBox.question(
        page,
        QCoreApplication.translate("RecordListPage", "Delete"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return Deleted.NO
    try:
        wait_behind_busy_window(
            page,
            QCoreApplication.translate("RecordListPage", "Deleting…"),
            records.delete,
            db,
            kind,
            record_id,
            seen_version=shown_version,
        )
    except StaleRecord as exc:  # saved by someone since the list showed it
        if offer_reload(
            page, exc, QCoreApplication.translate("RecordListPage", "Not deleted"), Page.DELETE
        ):
            return Deleted.RELOAD
        return Deleted.NO
    except GpastError as exc:
        QMessageBox.warning(
            page, QCoreApplication.translate("RecordListPage", "Not deleted"), problem_text(exc)
        )
        return Deleted.NO
    return Deleted.YES
