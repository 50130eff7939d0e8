"""The History tab of the record editor shows the audit trail in words."""

from __future__ import annotations

from app.services.records import editing as records
from app.ui.records.history_widget import HistoryWidget
from tests.factories import add_training


def test_history_tab_in_the_editor(qtbot, db):
    from app.ui.records.record_editor import RecordEditor

    t = add_training(db)
    records.update(db, "trainings", t["id"], {"location": "Минск"})
    dialog = RecordEditor(db, "trainings", t["id"])
    qtbot.addWidget(dialog)
    history_tab = dialog.tabs.widget(1)
    assert isinstance(history_tab, HistoryWidget)
    assert history_tab.list.count() == 2
    assert "Location: — → Минск" in history_tab.list.item(0).text()
