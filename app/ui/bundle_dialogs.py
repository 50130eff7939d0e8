"""File > Send to coordinator… and File > Receive from workstation…: exchange bundles."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.errors import GpastError
from app.services.bundles import export_bundle, import_bundle

FILTER = "GPAST bundles (*.gpast);;All files (*)"


def send_bundle(parent, db) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Bundles", "Send to coordinator"),
        "records.gpast",
        FILTER,
    )
    if not path:
        return None
    try:
        counts = export_bundle(db, path)
    except GpastError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Bundles", "Not sent"), str(exc))
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Bundles", "Bundle written"),
        QCoreApplication.translate(
            "Bundles",
            "{path}\n\n{counts}\n\nCarry the file to the other workstation and choose File > "
            "Receive from workstation… there.",
        ).format(path=path, counts=", ".join(f"{n} {k}" for k, n in counts.items())),
    )
    return path


def receive_bundle(parent, db) -> bool:
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("Bundles", "Receive from workstation"), "", FILTER
    )
    if not path:
        return False
    try:
        result = import_bundle(db, path)
    except GpastError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Bundles", "Not received"), str(exc))
        return False
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Bundles", "Bundle received"),
        QCoreApplication.translate(
            "Bundles",
            "Added {added}, updated {updated}, unchanged {unchanged}, deleted {deleted}, "
            "conflicts {n}.",
        ).format(
            added=result.added,
            updated=result.updated,
            unchanged=result.unchanged,
            deleted=result.deleted,
            n=len(result.conflicts),
        )
        + (
            "\n\n"
            + "\n".join(result.conflicts)
            + "\n\n"
            + QCoreApplication.translate(
                "Bundles", "Both versions of each conflict are kept in the audit trail."
            )
            if result.conflicts
            else ""
        ),
    )
    return True
