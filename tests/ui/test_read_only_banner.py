"""The window on a database on read-only media shows a banner saying so (the media: a
read-only bind mount, tests/conftest.py; skipped where the tests may not mount)."""

from __future__ import annotations


def test_the_window_shows_a_read_only_banner(on_read_only_media, qtbot):
    from app.services import open_database
    from app.ui.shell.main_window import MainWindow

    db = open_database(str(on_read_only_media))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    assert window.read_only_banner.isVisible()
    assert "read-only" in window.read_only_banner.text()
    window.close()
    db.close()
