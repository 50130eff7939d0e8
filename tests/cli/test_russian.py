"""The command line in Russian (GPAST_LANG=ru): help, tables and error messages."""

from __future__ import annotations


def test_command_line_in_russian(gpast, tmp_path):
    done = gpast("--help", env={"GPAST_LANG": "ru"})
    assert "использование: gpast" in done.stdout and "Без команды открывает окно" in done.stdout
    done = gpast(
        "--db",
        str(tmp_path / "x.sqlite"),
        "indicators",
        "--from",
        "2025-01-01",
        "--to",
        "2025-12-31",
        env={"GPAST_LANG": "ru"},
    )
    assert "Принято нормативных актов" in done.stdout


def test_error_messages_in_russian(gpast, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "code;title;start_date;focus_areas\nT1;x;31.02.2025;capacity\n", encoding="utf-8"
    )
    done = gpast(
        "--db",
        str(tmp_path / "x.sqlite"),
        "import",
        "trainings",
        str(bad),
        env={"GPAST_LANG": "ru"},
    )
    assert done.returncode == 1
    assert f"{bad}: строка 2, столбец start_date: «31.02.2025» — не дата" in done.stderr


def test_english_again_after_a_russian_command(gpast, tmp_path):
    """Russian words (argparse's and Qt's) do not stay behind for the next command."""
    russian = gpast("indicators", "--from", "2025-01-01", env={"GPAST_LANG": "ru"})
    assert russian.returncode == 2 and "использование" in russian.stderr
    english = gpast("indicators", "--from", "2025-01-01")
    assert english.returncode == 2 and "usage: gpast" in english.stderr
    bad = tmp_path / "bad.csv"
    bad.write_text("code;title;start_date;focus_areas\nT1;x;31.02.2025;capacity\n")
    args = ("--db", str(tmp_path / "x.sqlite"), "import", "trainings", str(bad))
    assert "не дата" in gpast(*args, env={"GPAST_LANG": "ru"}).stderr
    assert "is not a date" in gpast(*args).stderr


def test_problems_come_from_the_catalogue_without_a_qt_application(gpast, tmp_path):
    """The Russian command line renders problems from the window's catalogue, read directly
    (app.commands may not import app.ui: tests/unit/test_architecture.py)."""
    from PySide6.QtCore import QCoreApplication

    before = QCoreApplication.instance()
    bad = tmp_path / "bad.csv"
    bad.write_text("code;title;start_date\nT1;x;2025-03-01\n", encoding="utf-8")
    done = gpast(
        "--db",
        str(tmp_path / "x.sqlite"),
        "import",
        "trainings",
        str(bad),
        env={"GPAST_LANG": "ru"},
    )
    assert done.returncode == 1 and QCoreApplication.instance() is before
    assert f"gpast: {bad}: строка 1, столбец focus_areas: нет обязательного столбца" in (
        done.stderr
    )
    assert "gpast: bad.csv: ошибок: 1; ничего не импортировано, база данных не изменена" in (
        done.stderr
    )


def test_a_written_bundle_is_counted_in_russian_and_in_user_words(gpast, tmp_path):
    db = str(tmp_path / "x.sqlite")
    english = gpast("--db", db, "bundle", "export", str(tmp_path / "a.gpast"))
    assert "0 deleted records" in english.stdout and "tombstones" not in english.stdout
    russian = gpast(
        "--db", db, "bundle", "export", str(tmp_path / "b.gpast"), env={"GPAST_LANG": "ru"}
    )
    assert "0 удалённых записей" in russian.stdout and "0 человек" in russian.stdout
