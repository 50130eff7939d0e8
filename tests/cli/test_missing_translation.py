"""Russian asked for, its translation missing (a broken install): said once, never silent."""

from __future__ import annotations

import pytest

from tests.helpers import write

SAID = "не удалось загрузить русский перевод"


@pytest.fixture
def compiled(monkeypatch):
    """Where the program looks for its catalogue, changed for one test (the loaded catalogue
    is cached per process: forgotten before and after)."""
    import app.i18n

    app.i18n._compiled.cache_clear()

    def move(folder):
        monkeypatch.setattr(app.i18n, "COMPILED", folder)

    yield move
    monkeypatch.undo()
    app.i18n._compiled.cache_clear()


@pytest.fixture
def bad_file(tmp_path):
    return write(
        tmp_path / "bad.csv", "code;title;start_date;focus_areas\nT1;x;31.02.2025;capacity\n"
    )


def test_a_missing_translation_is_said_once_on_stderr(gpast, tmp_path, compiled, bad_file):
    compiled(tmp_path / "no-translations")
    done = gpast(
        "--db", tmp_path / "x.sqlite", "import", "trainings", bad_file, env={"GPAST_LANG": "ru"}
    )
    assert done.returncode == 1
    assert done.stderr.count(SAID) == 1
    assert "is not a date" in done.stderr  # the message itself, in English rather than not at all


def test_a_damaged_translation_is_said_once_too(gpast, tmp_path, compiled, bad_file):
    compiled(tmp_path)
    (tmp_path / "gpast_ru.qm").write_bytes(b"not a translation")
    done = gpast(
        "--db", tmp_path / "x.sqlite", "import", "trainings", bad_file, env={"GPAST_LANG": "ru"}
    )
    assert done.returncode == 1
    assert done.stderr.count(SAID) == 1


def test_nothing_is_said_when_the_translation_loads_or_english_is_asked(gpast, tmp_path, bad_file):
    args = ("--db", tmp_path / "x.sqlite", "import", "trainings", bad_file)
    assert SAID not in gpast(*args).stderr
    russian = gpast(*args, env={"GPAST_LANG": "ru"})
    assert "не дата" in russian.stderr and SAID not in russian.stderr
