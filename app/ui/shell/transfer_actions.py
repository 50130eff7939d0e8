"""The main window's File menu actions that move data in and out: import, export, templates,
backups, bundles, deleted records and the audit trail (a part of MainWindow)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.models.kinds import IMPORT_KINDS
from app.ui.formats import format_number
from app.ui.labels import kind_label
from app.ui.shell.background import finish_background_jobs
from app.ui.shell.saved_files import ask_save_path


class TransferActions:
    """Mixed into MainWindow, whose database, pages and list page these use."""

    db: Any
    pages: dict[str, Any]

    def window_widget(self) -> QWidget:
        """This main window, as the parent of the dialogs these actions open."""
        assert isinstance(self, QWidget)
        return self

    def _list_page(self) -> Any: ...
    def refresh(self) -> None: ...
    def _show_database(self) -> None: ...
    def use_database(self, new_db: Any) -> None: ...
    def may_leave_every_page(self) -> bool:
        raise NotImplementedError  # MainWindow's

    def import_spreadsheet(self) -> None:
        from app.ui.transfer.import_dialog import ImportDialog

        page = self._list_page()
        kind = page.kind if page is not None and page.kind in IMPORT_KINDS else "trainings"
        if ImportDialog(self.db, self, kind).exec():
            self.refresh()

    def export_current_list(self) -> None:
        from app.ui.transfer.import_dialog import export_list

        page = self._list_page()
        if page is None:
            QMessageBox.information(
                self.window_widget(),
                QCoreApplication.translate("MainWindow", "Export"),
                QCoreApplication.translate(
                    "MainWindow", "Open a list page first (e.g. Trainings)."
                ),
            )
            return
        export_list(self, self.db, page.kind, page.current_query())

    def download_template(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from app.ui.transfer.import_dialog import save_template

        kinds = list(IMPORT_KINDS)
        names = [kind_label(k) for k in kinds]
        name, ok = QInputDialog.getItem(
            self.window_widget(),
            QCoreApplication.translate("MainWindow", "Download template"),
            QCoreApplication.translate("MainWindow", "Template for:"),
            names,
            1,
            False,
        )
        if ok:
            save_template(self, kinds[names.index(name)])

    def back_up(self) -> None:
        from app.ui.transfer.backup_dialogs import back_up_now

        if self.db.path is None:  # a shared server: PostgreSQL's pg_dump
            from app.ui.server.server_backup import back_up_server

            back_up_server(self.window_widget(), self.db)
            return
        back_up_now(self, self.db.path)

    def restore_backup(self) -> None:
        from app.services import open_database
        from app.ui.transfer.backup_dialogs import restore_with_dialog

        if not self.may_leave_every_page():  # typed targets: saved, dropped, or kept
            return
        if self.db.path is None:  # a shared server: PostgreSQL's pg_restore
            from app.ui.server.server_backup import restore_server_backup

            restore_server_backup(self.window_widget(), self.db, self.use_database)
            return
        location = self.db.location
        finish_background_jobs()  # nothing may still be reading the database it replaces
        self.db.close()
        if restore_with_dialog(self, self.db.path):
            new_db = open_database(location)
            self.db = new_db
            for page in self.pages.values():
                page.set_database(new_db)
            self._show_database()

    def send_bundle(self) -> None:
        from app.ui.transfer.bundle_dialogs import send_bundle

        send_bundle(self, self.db)

    def receive_bundle(self) -> None:
        from app.ui.transfer.bundle_dialogs import receive_bundle

        receive_bundle(self, self.db, self.refresh)

    def show_workstations(self) -> None:
        from app.ui.transfer.workstations_dialog import WorkstationsDialog

        WorkstationsDialog(self.window_widget(), self.db).exec()

    def show_deleted_records(self) -> None:
        from app.ui.transfer.deleted_dialog import DeletedRecordsDialog

        DeletedRecordsDialog(self, self.db, self.refresh).exec()

    def export_audit_trail(self) -> None:
        from app.services.records.audit import export_trail

        path, _ = ask_save_path(
            self.window_widget(),
            QCoreApplication.translate("MainWindow", "Export audit trail"),
            "gpast-audit-trail.csv",
            "CSV (*.csv)",
        )
        if path:
            count = export_trail(self.db, path)
            QMessageBox.information(
                self.window_widget(),
                QCoreApplication.translate("MainWindow", "Audit trail"),
                QCoreApplication.translate("MainWindow", "{n} entries written").format(
                    n=format_number(count)
                ),
            )
