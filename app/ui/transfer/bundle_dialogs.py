"""File > Send to coordinator… and File > Receive from workstation…: exchange bundles."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.errors import GpastError
from app.services.exchange.bundles import export_bundle, import_bundle
from app.services.exchange.signing import UnknownWorkstation
from app.ui.formats import format_number
from app.ui.labels import QT_TRANSLATE_NOOP, kind_label
from app.ui.problem_text import problem_text
from app.ui.shell.background import run_behind_busy_window
from app.ui.shell.error_dialog import show_error
from app.ui.shell.saved_files import ask_save_path, start_folder
from app.ui.transfer.bundle_counts import counts_text
from app.ui.transfer.bundle_preview import BundlePreviewDialog

FILTER = QT_TRANSLATE_NOOP("Bundles", "GPAST bundles (*.gpast);;All files (*)")


def send_bundle(parent, db) -> None:
    """Write a bundle of every record (off the UI thread: seconds on a large database)."""
    path, _ = ask_save_path(
        parent,
        QCoreApplication.translate("Bundles", "Send to coordinator"),
        "records.gpast",
        QCoreApplication.translate("Bundles", FILTER),
    )
    if not path:
        return

    def done(counts: dict[str, int]) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Bundles", "Bundle written"),
            QCoreApplication.translate(
                "Bundles",
                "{path}\n\n{counts}\n\nCarry the file to the other workstation and choose "
                "File > Receive from workstation… there.",
            ).format(path=path, counts=counts_text(counts)),
        )

    busy = QCoreApplication.translate("Bundles", "Writing the bundle…")
    _run(
        parent,
        busy,
        QCoreApplication.translate("Bundles", "Not sent"),
        export_bundle,
        db,
        path,
        done,
    )


def receive_bundle(parent, db, on_received: Callable[[], None]) -> None:
    """Merge a bundle (off the UI thread); `on_received()` after it changed the database."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Bundles", "Receive from workstation"),
        str(start_folder()),
        QCoreApplication.translate("Bundles", FILTER),
    )
    if not path:
        return

    trusted: list[bool] = []  # the user accepted the bundle's workstation

    def apply(preview) -> None:
        """Show what the bundle would change (and its conflicts, each with both versions, to
        choose from) and merge it only if the user agrees."""
        theirs: set[str] = set()
        if preview.choices:
            dialog = BundlePreviewDialog(
                parent, preview_text(preview, listed=False), preview.choices
            )
            if dialog.exec() != BundlePreviewDialog.DialogCode.Accepted:
                return
            theirs = dialog.chosen()
        elif (
            QMessageBox.question(
                parent,
                QCoreApplication.translate("Bundles", "Receive this bundle?"),
                preview_text(preview),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        receiving = QCoreApplication.translate("Bundles", "Receiving the bundle…")
        merge = partial(import_bundle, trust=bool(trusted), theirs=theirs)
        _run(parent, receiving, not_done, merge, db, path, done)

    def done(result) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Bundles", "Bundle received"),
            QCoreApplication.translate(
                "Bundles",
                "Added {added}, updated {updated}, unchanged {unchanged}, deleted {deleted}, "
                "conflicts {n}.",
            ).format(
                added=format_number(result.added),
                updated=format_number(result.updated),
                unchanged=format_number(result.unchanged),
                deleted=format_number(result.deleted),
                n=format_number(len(result.conflicts)),
            )
            + _cascaded(result)
            + (
                "\n\n"
                + "\n".join(conflict_text(c) for c in result.conflicts)
                + "\n\n"
                + QCoreApplication.translate(
                    "Bundles", "Both versions of each conflict are kept in the audit trail."
                )
                if result.conflicts
                else ""
            ),
        )
        on_received()

    reading = QCoreApplication.translate("Bundles", "Reading the bundle…")
    not_done = QCoreApplication.translate("Bundles", "Not received")

    def unknown_or_failed(exc: BaseException) -> None:
        if not isinstance(exc, UnknownWorkstation) or trusted:
            _failed(parent, not_done, exc)
            return
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("Bundles", "Accept this workstation?"),
            QCoreApplication.translate(
                "Bundles",
                "This bundle was made by the workstation '{name}', which is not accepted here.\n\n"
                "Its key's fingerprint:\n{fingerprint}\n\nAccept it only if this is the "
                "fingerprint that workstation shows (ask its user). Accept bundles from it?",
            ).format(name=exc.values["name"], fingerprint=exc.values["fingerprint"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            trusted.append(True)
            run_behind_busy_window(
                parent,
                reading,
                trusting_preview,
                db,
                path,
                on_done=apply,
                on_error=unknown_or_failed,
            )

    run_behind_busy_window(
        parent, reading, preview_bundle, db, path, on_done=apply, on_error=unknown_or_failed
    )


def preview_bundle(db, path: str):
    """What the bundle would change (nothing is changed)."""
    return import_bundle(db, path, dry_run=True)


def trusting_preview(db, path: str):
    """The preview of a bundle whose workstation the user accepted (not yet remembered)."""
    return import_bundle(db, path, dry_run=True, trust=True)


def preview_text(preview, *, listed: bool = True) -> str:
    """The preview in words: the totals, each kind's counts and (`listed`) the conflicts."""
    lines = [
        QCoreApplication.translate(
            "Bundles",
            "It would add {added}, change {updated} and delete {deleted} records; "
            "{n} conflicts. Nothing has been changed yet.",
        ).format(
            added=format_number(preview.added),
            updated=format_number(preview.updated),
            deleted=format_number(preview.deleted),
            n=format_number(len(preview.conflicts)),
        )
    ]
    for part, n in preview.kinds.items():
        if n["added"] or n["updated"] or n["deleted"]:
            lines.append(
                QCoreApplication.translate(
                    "Bundles", "{kind}: {added} added, {updated} changed, {deleted} deleted"
                ).format(
                    kind=kind_label(part),
                    added=format_number(n["added"]),
                    updated=format_number(n["updated"]),
                    deleted=format_number(n["deleted"]),
                )
            )
    text = "\n".join(lines) + _cascaded(preview)
    if preview.conflicts and listed:
        text += "\n\n" + QCoreApplication.translate(
            "Bundles", "Conflicts (both versions are kept):"
        )
        text += "".join("\n" + conflict_text(c) for c in preview.conflicts)
    return text


def conflict_text(conflict) -> str:
    """A conflict in the user's words (the kind of record named as the window names it)."""
    values = dict(conflict.values)
    if isinstance(values.get("what"), str):
        values["what"] = kind_label(values["what"])
    return problem_text(type(conflict)(conflict.message_id, **values))


def _cascaded(result) -> str:
    if not result.cascaded:
        return ""
    return "\n" + QCoreApplication.translate(
        "Bundles", "{n} attendance rows go with the deleted sessions and people."
    ).format(n=format_number(result.cascaded))


def _run(parent, busy: str, failed_title: str, fn, db, path: str, done) -> None:
    """fn(db, path) off the UI thread; done(result), or a warning titled `failed_title`."""
    on_error = lambda exc: _failed(parent, failed_title, exc)  # noqa: E731
    run_behind_busy_window(parent, busy, fn, db, path, on_done=done, on_error=on_error)


def _failed(parent, title: str, exc: BaseException) -> None:
    if isinstance(exc, GpastError):
        QMessageBox.warning(parent, title, problem_text(exc))
    else:
        show_error(parent, exc)
