"""The editor dialog for a legislative act, training session, campaign or participant.

Made from the field specs of app.services.records.fields: every field of product.md, validated as
the user types (Save stays disabled and the dialog says why), service errors shown at the field,
and closing with unsaved changes asks first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import GpastError, Message, StaleRecord, ValidationError
from app.models.kinds import RECORD_KINDS
from app.services.access import Action, refusal
from app.services.focus_areas import list_focus_areas
from app.services.records import editing as records
from app.services.records import fields as f
from app.ui.labels import field_label, kind_label
from app.ui.problem_text import problem_text, reason_text
from app.ui.records.field_widgets import FieldEditor, make_editor
from app.ui.shell import unsaved
from app.ui.shell.background import wait_behind_busy_window

SPECS = {k.name: k.fields for k in RECORD_KINDS}  # the editable kinds' fields, from the registry
ERROR_STYLE = "color: #b00020;"


class RecordEditor(QDialog):
    def __init__(self, db, kind: str, record_id: int | None = None, parent=None, initial=None):
        super().__init__(parent)
        self.db = db
        self.kind = kind
        self.record_id = record_id
        self.saved_record: dict[str, Any] | None = None
        self.fields = SPECS[kind]
        areas = list_focus_areas(db)
        self._area_lookup = {a["slug"].lower(): a["slug"] for a in areas}
        self._area_lookup.update({a["name"].lower(): a["slug"] for a in areas})
        self.editors: dict[str, FieldEditor] = {}
        self.errors: dict[str, QLabel] = {}
        self._service_errors: dict[str, Message] = {}

        self.setWindowTitle(self._title())
        self.setObjectName(f"editor-{kind}")
        form_host = QWidget()
        form = QFormLayout(form_host)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for field in self.fields:
            editor = make_editor(field, areas, form_host)
            editor.setAccessibleName(field_label(field.name))
            editor.setObjectName(field.name)
            label = QLabel(("&" if field.name in MNEMONIC_FIELDS else "") + self._label(field))
            label.setBuddy(editor.focusProxy() or editor)
            error = QLabel(form_host)
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.setObjectName(f"error-{field.name}")
            error.hide()
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(editor)
            box.addWidget(error)
            form.addRow(label, box)
            self.editors[field.name] = editor
            self.errors[field.name] = error
            editor.changed.connect(lambda name=field.name: self._on_changed(name))

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        self.why = QLabel(self)
        self.why.setObjectName("why-disabled")
        self.why.setStyleSheet(ERROR_STYLE)
        self.why.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if record_id is not None:
            from app.ui.records.history_widget import HistoryWidget

            self.tabs = QTabWidget(self)
            self.tabs.addTab(scroll, self.tr("&Details"))
            record = records.get(db, kind, record_id)
            self.tabs.addTab(HistoryWidget(db, kind, record["uuid"], self), self.tr("&History"))
            layout.addWidget(self.tabs, 1)
        else:
            layout.addWidget(scroll, 1)
        layout.addWidget(self.why)
        layout.addWidget(self.buttons)
        self.resize(680, 720)

        data = records.get(db, kind, record_id) if record_id is not None else (initial or {})
        self._show(data)
        first = self.editors[self.fields[0].name]
        first.setFocus()

    def _show(self, data: dict[str, Any]) -> None:
        """Fill the fields from `data`; a save checks the record's version is still this one."""
        self._seen_version = data.get("version")
        self._over: dict[str, Any] | None = None
        for name, editor in self.editors.items():
            if name in data:
                editor.set_value(data[name])
        self._initial = self.values()
        self.validate()

    def _title(self) -> str:
        new = self.record_id is None
        titles = {
            "legislation": (self.tr("New legislative act"), self.tr("Edit legislative act")),
            "trainings": (self.tr("New training session"), self.tr("Edit training session")),
            "campaigns": (self.tr("New awareness campaign"), self.tr("Edit awareness campaign")),
            "participants": (self.tr("New participant"), self.tr("Edit participant")),
        }
        if self.kind not in titles:  # a kind without titles of its own: its name
            return kind_label(self.kind)
        return titles[self.kind][0 if new else 1]

    @staticmethod
    def _label(field: f.Field) -> str:
        return field_label(field.name) + (" *" if field.required else "")

    # -- validation ------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self.editors.items()}

    def is_dirty(self) -> bool:
        return self.values() != self._initial

    def _on_changed(self, name: str) -> None:
        self._service_errors.pop(name, None)
        self.validate()

    def problems(self) -> dict[str, Message]:
        _clean, problems = f.clean_record(self.fields, self.values(), area_slugs=self._area_lookup)
        found: dict[str, Message] = {}
        for problem in problems:
            found.setdefault(problem.field, problem.reason)
        for name, message in self._service_errors.items():
            found.setdefault(name, message)
        return found

    def validate(self) -> bool:
        found = self.problems()
        for name, label in self.errors.items():
            label.setText(reason_text(found[name]) if name in found else "")
            label.setVisible(name in found)
        refused = refusal(self.db, Action.EDIT)  # a viewer reads the record, cannot save it
        self.save_button.setEnabled(not found and refused is None)
        if refused is not None:
            self.why.setText(problem_text(refused))
            return False
        if found:
            name = next(n for n in self.editors if n in found)
            self.why.setText(
                self.tr("Save is disabled: {field} — {message}").format(
                    field=field_label(name), message=reason_text(found[name])
                )
            )
        else:
            self.why.setText("")
        return not found

    # -- saving and closing ------------------------------------------------------------
    def save(self) -> None:
        """Save off the UI thread (a lock held by someone else or a slow network only keeps
        the busy window up); the editor takes no input meanwhile, and every refusal comes back
        here with what was typed kept."""
        if not self.validate():
            return
        saving = self.tr("Saving…")
        try:
            if self.record_id is None:
                self.saved_record = wait_behind_busy_window(
                    self, saving, records.create, self.db, self.kind, self.values()
                )
            else:
                self.saved_record = wait_behind_busy_window(
                    self,
                    saving,
                    records.update,
                    self.db,
                    self.kind,
                    self.record_id,
                    self._to_save(),
                    seen_version=self._seen_version,
                )
        except StaleRecord as exc:
            self._stale(exc)
            return
        except ValidationError as exc:
            self._service_errors[exc.field] = exc.reason
            self.validate()
            if exc.field in self.editors:
                self.editors[exc.field].setFocus()
            return
        except GpastError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), problem_text(exc))
            return
        self._initial = self.values()
        self.accept()

    def _stale(self, problem: StaleRecord) -> None:
        """Someone saved the record since it was opened: reload, compare, or keep mine."""
        from app.ui.records.stale_edit import Choice, StaleEditDialog

        dialog = StaleEditDialog(problem, self.values(), self)
        dialog.exec()
        if dialog.choice == Choice.RELOAD:
            self._show(problem.current)
        elif dialog.choice == Choice.KEEP_MINE:
            self._seen_version = problem.current["version"]
            self._over = problem.current
            self.save()

    def _to_save(self) -> dict[str, Any]:
        """All fields; over someone else's save (Keep mine) only those typed here, so what
        they changed and I did not stays theirs."""
        values = self.values()
        if self._over is None:
            return values
        return {n: v for n, v in values.items() if v != self._initial[n]}

    def reject(self) -> None:
        if self.is_dirty():
            answer = unsaved.ask_to_save(self)
            if answer == unsaved.Answer.SAVE:
                self.save()  # closes when saved; otherwise the dialog says why
                return
            if answer != unsaved.Answer.DISCARD:
                return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.is_dirty() and self.result() != QDialog.DialogCode.Accepted:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save()
            return  # plain Enter adds a tag; Ctrl+Enter or Alt+S saves
        super().keyPressEvent(event)


MNEMONIC_FIELDS = {"title", "code", "full_name"}
