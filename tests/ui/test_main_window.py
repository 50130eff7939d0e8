"""The main window, the dashboard page, the error dialog and the bundle dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QProgressBar

from app.services.records import editing as records
from app.ui.overview.dashboard_page import DashboardPage
from app.ui.shell.application import make_application
from app.ui.shell.background import wait_for_background
from tests.factories import add_known_year, add_training
from tests.helpers import answering


@pytest.fixture(autouse=True)
def _app_names(qapp):
    make_application()
    QSettings().clear()


def test_dashboard_cards_show_the_figures_and_open_lists(qtbot, db):
    add_known_year(db)
    page = DashboardPage(db)
    qtbot.addWidget(page)
    page.year.setCurrentIndex(page.year.findData(2025))
    qtbot.waitUntil(lambda: page.figures is not None and page.figures["year"] == 2025)
    card = page.cards["protection"]
    bars = [card.targets.itemAt(i) for i in range(card.targets.count())]
    widgets = [item.widget() for item in bars if item is not None]
    assert "50 %" in [w.format() for w in widgets if isinstance(w, QProgressBar)]
    with qtbot.waitSignal(page.open_list) as signal:
        card.body.linkActivated.emit("legislation")
    assert signal.args == ["legislation", "protection", 2025]
    with qtbot.waitSignal(page.open_list) as signal:
        qtbot.mouseClick(page.cards["demand"], Qt.MouseButton.LeftButton)
    assert signal.args == ["trainings", "demand", 2025]


def test_dashboard_on_an_empty_database_shows_zeros(qtbot, db):
    page = DashboardPage(db)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.figures is not None)
    assert page.figures is not None
    assert all(v == 0 for v in page.figures["total"]["figures"].values())


def test_main_window_title_pages_and_filtered_list_from_a_card(qtbot, db):
    from app.ui.shell.main_window import MainWindow

    add_known_year(db)
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert "GPAST Coordinator" in window.windowTitle()
    assert db.display_name in window.windowTitle()
    assert db.location in window.db_label.text()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[:6] == [
        "Dashboard",
        "Legislation",
        "Trainings",
        "Campaigns",
        "Participants",
        "Targets",
    ]
    window.open_list("legislation", "protection", 2025)
    page = window.list_page("legislation")
    assert window.current_page() is page
    assert page.model.total() == 1
    window.open_list("legislation", "demand", 2025)
    assert page.model.total() == 0
    wait_for_background()


def test_window_remembers_the_last_page(qtbot, db):
    from app.ui.shell.main_window import MainWindow

    add_training(db)  # (an empty database opens on the welcome page)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show_page("campaigns")
    window.close()
    again = MainWindow(db)
    qtbot.addWidget(again)
    assert again.current_page() is again.pages["campaigns"]
    wait_for_background()


def test_switching_database_updates_every_page(qtbot, db, tmp_path):
    from app.ui.shell.main_window import MainWindow

    add_known_year(db)
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.list_page("trainings").model.total() == 1
    assert window.switch_database(str(tmp_path / "other.sqlite"))
    assert window.list_page("trainings").model.total() == 0
    assert "other.sqlite" in window.windowTitle()
    wait_for_background()


def test_unexpected_error_dialog_logs_and_offers_copy(qtbot, monkeypatch):
    from app.crash_log import log_path
    from app.ui.shell import error_dialog

    shown = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    try:
        raise RuntimeError("кабум")
    except RuntimeError as exc:
        error_dialog.show_error(None, exc)
    box = shown[0]
    assert "кабум" in box.text()
    assert "Copy details" in [b.text().replace("&", "") for b in box.buttons()]
    assert "RuntimeError" in log_path().read_text(encoding="utf-8")


def test_bundles_are_sent_and_received_off_the_ui_thread(qtbot, db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QWidget

    from app.services import open_database
    from app.ui.transfer.bundle_dialogs import receive_bundle, send_bundle

    add_training(db, focus_areas=["demand"])
    parent = QWidget()
    qtbot.addWidget(parent)
    bundle = tmp_path / "to-pc.gpast"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(bundle), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bundle), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    send_bundle(parent, db)
    qtbot.waitUntil(lambda: bool(told))
    assert bundle.exists() and "1 training session," in told[0], told
    assert "0 deleted records" in told[0] and "(s)" not in told[0]
    other = open_database(str(tmp_path / "pc.sqlite"))
    received: list[bool] = []
    asked: list[str] = []
    no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", answering(no, asked, 2))
    receive_bundle(parent, other, lambda: received.append(True))
    qtbot.waitUntil(lambda: bool(asked))  # the preview, before anything changes
    assert "It would add 1, change 0 and delete 0 records; 0 conflicts" in asked[0]
    assert "Trainings: 1 added, 0 changed, 0 deleted" in asked[0]
    assert records.count_records(other, "trainings") == 0 and not received  # said no
    monkeypatch.setattr(QMessageBox, "question", answering(yes, asked, 2))
    receive_bundle(parent, other, lambda: received.append(True))
    qtbot.waitUntil(lambda: bool(received))
    assert told[-1].startswith("Added 1,")
    assert records.list_records(other, "trainings")[0]["title"] == "Семинар"
    bundle.write_bytes(b"not a bundle")
    receive_bundle(parent, other, lambda: received.append(True))
    qtbot.waitUntil(lambda: bool(warned))
    assert "to-pc.gpast: not a complete GPAST bundle" in warned[0] and len(received) == 1
    other.close()


def test_a_language_that_cannot_be_loaded_is_said_in_the_window(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMainWindow

    from app.ui.shell.application import warn_if_untranslated

    window = QMainWindow()
    qtbot.addWidget(window)
    monkeypatch.setenv("GPAST_LANG", "de")  # no German translation exists
    make_application()
    box = warn_if_untranslated(window)
    assert box is not None and box.isVisible()
    assert "'de'" in box.text() and "gpast_de.qm" in box.text()
    box.close()
    monkeypatch.setenv("GPAST_LANG", "en")
    make_application()
    assert warn_if_untranslated(window) is None


def test_about_shows_the_version_the_package_and_the_command_line_show(qtbot, db, monkeypatch):
    from importlib.metadata import version

    from app import __version__
    from app.ui.shell.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: shown.append(text))
    window.about()
    assert f"GPAST Coordinator {__version__}<" in shown[0]
    assert version("gpast-coordinator") == __version__
