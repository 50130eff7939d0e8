"""File > Connect to server…: the sign-in dialog opens a shared server's database as the
user's own login; the password is never shown, stored in the settings or put in the URL, and
goes to the user's .pgpass only when they tick the box (and only once it worked)."""

from __future__ import annotations

import contextlib
import os
import stat

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy.engine import make_url

from app.storage.server import migrate_server
from app.ui.server.sign_in_dialog import SignInDialog
from app.ui.shell.application import make_application

pytestmark = pytest.mark.postgres
PASSWORD = "s3cret-pw"


@pytest.fixture(autouse=True)
def _app_names(qapp, monkeypatch):
    make_application()
    QSettings().clear()
    monkeypatch.delenv("PGPASSFILE", raising=False)


def type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def signing_in(qtbot, monkeypatch, server: dict, *, remember: bool) -> list[SignInDialog]:
    """Make SignInDialog.exec type `server`'s fields and the password, tick the box if asked,
    press Connect and wait for the outcome. Returns the dialogs shown."""
    shown: list[SignInDialog] = []

    def exec_(dialog: SignInDialog) -> int:
        shown.append(dialog)
        dialog.show()
        qtbot.addWidget(dialog)
        type_into(qtbot, dialog.host, server["host"])
        type_into(qtbot, dialog.port, str(server["port"]))
        type_into(qtbot, dialog.database_name, server["database"])
        type_into(qtbot, dialog.login, server["login"])
        type_into(qtbot, dialog.password, PASSWORD)
        if remember:
            dialog.remember.setFocus()
            qtbot.keyClick(dialog.remember, Qt.Key.Key_Space)
        button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted
                        or button.isEnabled() and dialog.status.text() != "",
                        timeout=30_000)  # fmt: skip
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", exec_)
    return shown


def fields(url: str, **changes) -> dict:
    parsed = make_url(url)
    found = {
        "host": parsed.host,
        "port": parsed.port,
        "database": parsed.database,
        "login": parsed.username,
    }
    return {**found, **changes}


def everything_shown(window) -> str:
    settings = QSettings()
    stored = " ".join(str(settings.value(k)) for k in settings.allKeys())
    return " ".join([window.windowTitle(), window.db_label.text(), stored])


def test_signing_in_opens_the_server_in_the_window_and_remembers_the_password_if_asked(
    qtbot, db, postgres_url, monkeypatch, tmp_path
):
    from app.ui.shell.main_window import MainWindow

    migrate_server(postgres_url)
    window = MainWindow(db)
    qtbot.addWidget(window)
    server = fields(postgres_url)
    signing_in(qtbot, monkeypatch, server, remember=True)
    window.connect_to_server()
    assert window.db is not db and window.db.path is None
    assert window.db.location == (
        f"postgresql://{server['login']}@{server['host']}:{server['port']}/{server['database']}"
    )
    assert server["database"] in window.db_label.text()
    assert PASSWORD not in everything_shown(window)
    pgpass = _home() / ".pgpass"
    line = f"{server['host']}:{server['port']}:{server['database']}:{server['login']}:{PASSWORD}"
    assert pgpass.read_text(encoding="utf-8").splitlines() == [line]
    assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600
    window.close()


def test_a_refused_sign_in_says_why_in_the_dialog_and_remembers_nothing(
    qtbot, db, postgres_url, monkeypatch
):
    from app.ui.shell.main_window import MainWindow

    migrate_server(postgres_url)
    window = MainWindow(db)
    qtbot.addWidget(window)
    shown = signing_in(
        qtbot, monkeypatch, fields(postgres_url, database="no_such_db"), remember=True
    )
    window.connect_to_server()
    assert window.db is db
    assert "the server has no such database" in shown[0].status.text()
    assert PASSWORD not in shown[0].status.text()
    assert not (_home() / ".pgpass").exists()


def test_without_the_box_the_password_stays_in_memory_only(qtbot, db, postgres_url, monkeypatch):
    from app.ui.shell.main_window import MainWindow

    migrate_server(postgres_url)
    window = MainWindow(db)
    qtbot.addWidget(window)
    signing_in(qtbot, monkeypatch, fields(postgres_url), remember=False)
    window.connect_to_server()
    assert window.db.path is None and PASSWORD not in everything_shown(window)
    assert not (_home() / ".pgpass").exists()
    window.close()


def _home():
    from pathlib import Path

    return Path(os.environ["HOME"])


def test_back_up_now_on_a_server_writes_a_pg_dump_off_the_ui_thread(
    qtbot, postgres_url, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from app.services import open_database
    from app.ui.shell.background import wait_for_background
    from app.ui.shell.main_window import MainWindow
    from tests.helpers import answering

    migrate_server(postgres_url)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", answering(None, said, 2))
    monkeypatch.setattr(QMessageBox, "warning", answering(None, said, 2))
    window = MainWindow(open_database(postgres_url))
    qtbot.addWidget(window)
    window.back_up()
    wait_for_background()
    qtbot.waitUntil(lambda: bool(said))
    assert said[0].startswith("Backup written to ") and said[0].endswith(".dump")
    from pathlib import Path

    assert Path(said[0].removeprefix("Backup written to ")).stat().st_size > 0
    window.close()


def test_file_restore_on_a_server_restores_a_pg_dump_and_works_on_it(
    qtbot, postgres_url, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from app.services import open_database
    from app.services.records import editing as records
    from app.ui.shell.background import wait_for_background
    from app.ui.shell.main_window import MainWindow
    from tests.factories import add_training
    from tests.helpers import answering

    migrate_server(postgres_url)
    db = open_database(postgres_url)
    add_training(db, code="TR-KEPT")
    copy = tmp_path / "копия.dump"
    from app.services import server_access

    server_access.back_up(db, copy)
    add_training(db, code="TR-AFTER")
    said: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", answering(None, said, 2))
    monkeypatch.setattr(QMessageBox, "warning", answering(None, said, 2))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.restore_backup()
    wait_for_background()
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert said[0].startswith(f"Restored from {copy}; the previous data was kept as "), said
    assert window.db is not db
    codes = {t["code"] for t in records.list_records(window.db, "trainings")}
    assert codes == {"TR-KEPT"}
    window.close()


class _HeldServer:
    """A port that accepts connections and says nothing until `answer()`; from then on it
    passes every byte to and from the real test server (a slow server, then a working one)."""

    def __init__(self, target: tuple[str, int]) -> None:
        import socket
        import threading

        self.target = target
        self.listening = socket.create_server(("127.0.0.1", 0))
        self.port = self.listening.getsockname()[1]
        self.accepted = threading.Event()
        self.released = threading.Event()
        self.threads = [threading.Thread(target=self._serve, daemon=True)]
        self.threads[0].start()

    def _serve(self) -> None:
        import socket
        import threading

        client, _ = self.listening.accept()
        self.accepted.set()
        self.released.wait(60)
        upstream = socket.create_connection(self.target)
        for a, b in ((client, upstream), (upstream, client)):
            thread = threading.Thread(target=self._pipe, args=(a, b), daemon=True)
            self.threads.append(thread)
            thread.start()

    @staticmethod
    def _pipe(source, sink) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.shutdown(2)

    def answer(self) -> None:
        self.released.set()

    def close(self) -> None:
        self.released.set()
        self.listening.close()


def _connections_to(database: str) -> int:
    from tests import postgres

    with postgres._admin() as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s", (database,)
        ).fetchone()
    return int(row[0]) if row else 0


def test_cancelling_while_connecting_closes_the_database_the_attempt_opens(
    qtbot, postgres_url, monkeypatch
):
    """The attempt goes on in the background after Cancel; when it succeeds after all, its
    database is closed (no connection left open on the server), not handed to nobody, and the
    password is not remembered."""
    from app.services import server_access
    from app.ui.shell.background import wait_for_background
    from tests import postgres

    migrate_server(postgres_url)
    server = postgres.server_address()
    assert server is not None
    held = _HeldServer(server)
    opened: list = []
    sign_in = server_access.sign_in

    def noting(*args, **kwargs):  # the real sign-in; the test only keeps what it opened
        opened.append(sign_in(*args, **kwargs))
        return opened[-1]

    monkeypatch.setattr(server_access, "sign_in", noting)
    try:
        dialog = SignInDialog(None)
        qtbot.addWidget(dialog)
        dialog.show()
        target = fields(postgres_url, host="127.0.0.1", port=held.port)
        type_into(qtbot, dialog.host, target["host"])
        type_into(qtbot, dialog.port, str(target["port"]))
        type_into(qtbot, dialog.database_name, target["database"])
        type_into(qtbot, dialog.login, target["login"])
        type_into(qtbot, dialog.password, PASSWORD)
        dialog.remember.setFocus()
        qtbot.keyClick(dialog.remember, Qt.Key.Key_Space)  # remember it: not once cancelled
        connect = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(connect, Qt.MouseButton.LeftButton)
        assert held.accepted.wait(30)  # the attempt waits for the server
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.isEnabled() and not connect.isEnabled()
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
        held.answer()  # the server answers after all: the attempt opens the database
        assert wait_for_background()
        qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
        assert dialog.database is None
        # the server ends a backend shortly after its client hangs up
        qtbot.waitUntil(lambda: _connections_to(target["database"]) == 0, timeout=10_000)
        assert not (_home() / ".pgpass").exists()
    finally:
        held.close()
