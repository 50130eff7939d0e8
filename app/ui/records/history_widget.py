"""A record's History tab: every change from the audit trail, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QVBoxLayout, QWidget

from app.models.kinds import KINDS
from app.services.records.audit import TABLE_OF_KIND, history
from app.ui.formats import format_datetime, format_stored
from app.ui.labels import QT_TRANSLATE_NOOP, field_label

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("HistoryWidget", "created"),
    "update": QT_TRANSLATE_NOOP("HistoryWidget", "changed"),
    "delete": QT_TRANSLATE_NOOP("HistoryWidget", "deleted"),
    "import": QT_TRANSLATE_NOOP("HistoryWidget", "imported"),
    "merge": QT_TRANSLATE_NOOP("HistoryWidget", "merged"),
    "anonymise": QT_TRANSLATE_NOOP("HistoryWidget", "anonymised"),
    "conflict": QT_TRANSLATE_NOOP("HistoryWidget", "conflict from another workstation"),
}


def _value(value, grouped: bool = True) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return format_stored(value, grouped)  # 2026-06-15 reads 15.06.2026, as everywhere


def _grouped(kind: str, name: str) -> bool:
    """Whether the field's numbers are grouped (a reach is, a birth year is not)."""
    fields = {f.name: f for f in KINDS[kind].fields} if kind in KINDS else {}
    return fields[name].grouped_digits if name in fields else True


class HistoryWidget(QWidget):
    def __init__(self, db, kind: str, record_uuid: str, parent=None):
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("History of changes"))
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        for e in history(db, TABLE_OF_KIND[kind], record_uuid):
            when = format_datetime(e["at"])
            head = self.tr("{when} — {who}: {action}").format(
                when=when,
                who=e["user"] or "?",
                action=self.tr(ACTIONS.get(e["action"], e["action"])),
            )
            lines = [head]
            if e["action"] == "update":
                for name, (old, new) in e["changes"].items():
                    grouped = _grouped(kind, name)
                    lines.append(
                        f"    {field_label(name)}: {_value(old, grouped)} → {_value(new, grouped)}"
                    )
            elif e["action"] in ("merge", "import"):
                lines.append("    " + ", ".join(f"{k}: {v}" for k, v in e["changes"].items()))
            self.list.addItem("\n".join(lines))
        if not self.list.count():
            self.list.addItem(self.tr("No changes recorded."))
