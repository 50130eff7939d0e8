"""Issue 16 item 18: the window's bundle summaries in Russian say every part in Russian words,
with the right plural form, and call deletions "deleted records" (never "tombstones")."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services.records import editing as records
from app.ui.transfer.bundle_dialogs import send_bundle
from tests.factories import add_participant, add_training

ENGLISH_PARTS = ("participants", "trainings", "legislation", "campaigns", "attendance")


def test_the_written_bundle_is_counted_in_russian_words(qtbot, db, tmp_path, russian, monkeypatch):
    from app.ui.shell.background import wait_for_background

    add_training(db, code="T1")
    add_training(db, code="T2")
    for name in ("Анна", "Борис", "Вера", "Галина", "Дмитрий"):
        add_participant(db, full_name=name)
    gone = add_training(db, code="T3")
    records.delete(db, "trainings", gone["id"])
    path = tmp_path / "пакет.gpast"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    send_bundle(parent, db)
    qtbot.waitUntil(lambda: bool(told))
    wait_for_background()
    summary = told[0]
    for words in ("5 человек", "2 учебных мероприятия", "1 удалённая запись", "0 кампаний"):
        assert words in summary, summary
    assert not [w for w in (*ENGLISH_PARTS, "tombstones") if w in summary.lower()], summary
