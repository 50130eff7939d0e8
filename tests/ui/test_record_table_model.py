"""The window's table models on their own, without a view or a window (as Vorta tests its
models): row and column counts, what each role returns, sorting and lazy loading, on real
SQLite files. RecordTableModel lists legislation, trainings, campaigns and people;
RosterModel is a training's people × days."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QWidget

from app.services import open_database
from app.services.attendance import roster
from app.services.maintenance.demo import DemoSize, fill_demo
from app.services.records import editing as records
from app.ui.attendance.roster_grid import COLOURS, FIXED, RosterModel
from app.ui.records.record_table_model import (
    BATCH,
    COLUMNS,
    ID_ROLE,
    RECORD_ROLE,
    RecordTableModel,
)
from tests.factories import add_campaign, add_participant, add_seminar, add_training

DISPLAY = Qt.ItemDataRole.DisplayRole
RUSSIA = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
USA = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """500 trainings (more than two windows of BATCH), shared by the read-only tests."""
    db = open_database(str(tmp_path_factory.mktemp("many") / "many.sqlite"))
    fill_demo(db, size=DemoSize(years=5, trainings_per_year=100, people=50, attendees=(1, 2)))
    yield db
    db.close()


@pytest.fixture
def locale():
    """Set the default locale (what the user's system says) for one test."""
    before = QLocale()

    def use(chosen: QLocale) -> None:
        QLocale.setDefault(chosen)

    yield use
    QLocale.setDefault(before)


def column_texts(model: RecordTableModel, name: str) -> list[str]:
    column = model.columns.index(name)
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def cell(model: RecordTableModel, row: int, name: str, role=DISPLAY):
    return model.data(model.index(row, model.columns.index(name)), role)


def test_table_model_fetches_lazily_in_windows(many):
    model = RecordTableModel(many, "trainings")
    assert model.rowCount() == 0  # nothing is read before the first load
    model.reload()
    assert model.total() == 500
    assert model.rowCount() == BATCH
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * BATCH
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 500
    assert not model.canFetchMore()


def test_table_model_sorts_and_displays_without_a_window(many):
    model = RecordTableModel(many, "trainings")
    model.reload()
    title = model.columns.index("title")
    model.sort(title, Qt.SortOrder.AscendingOrder)
    first = model.data(model.index(0, title))
    model.sort(title, Qt.SortOrder.DescendingOrder)
    last = model.data(model.index(0, title))
    assert first.lower() < last.lower()
    areas = model.columns.index("focus_areas")
    assert model.data(model.index(0, areas), Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(title, Qt.Orientation.Horizontal) == "Title"


def test_fetching_rows_that_have_gone_stops_asking_for_more(db):
    fill_demo(db, size=DemoSize(years=1, trainings_per_year=BATCH + 5, people=5, attendees=(1, 1)))
    model = RecordTableModel(db, "trainings")
    model.reload()
    assert (model.rowCount(), model.total()) == (BATCH, BATCH + 5)
    for row in records.list_records(db, "trainings")[-5:]:  # deleted in another window
        records.delete(db, "trainings", row["id"])
    inserted = []
    model.rowsInserted.connect(lambda *args: inserted.append(args))
    model.fetchMore()
    assert (model.rowCount(), model.total(), inserted) == (BATCH, BATCH, [])
    assert not model.canFetchMore()


@pytest.mark.parametrize("kind", list(COLUMNS))
def test_every_kind_has_its_columns_and_headers_and_an_empty_list(db, kind):
    model = RecordTableModel(db, kind)
    model.reload()
    assert (model.rowCount(), model.columnCount(), model.total()) == (0, len(COLUMNS[kind]), 0)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS[kind]))]
    assert all(headers) and len(set(headers)) == len(headers)
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert not model.canFetchMore()


def test_cells_show_cyrillic_text_lists_areas_and_choices(db):
    add_training(
        db,
        title="Семинар для пограничников",
        location="Минск",
        audience=["пограничники", "полиция"],
        focus_areas=["capacity", "demand"],
    )
    person = add_participant(db, full_name="Ёлкина Анна", organisation="МВД", birth_year=1980)
    trainings = RecordTableModel(db, "trainings")
    trainings.reload()
    assert cell(trainings, 0, "title") == "Семинар для пограничников"
    assert cell(trainings, 0, "location") == "Минск"
    areas = "Countering demand, National capacity-building"  # in the areas' own order
    assert cell(trainings, 0, "focus_areas") == areas
    tooltip = cell(trainings, 0, "focus_areas", Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Countering demand\nNational capacity-building"
    # a text that may be elided in a narrow column is whole in its tooltip
    assert cell(trainings, 0, "title", Qt.ItemDataRole.ToolTipRole) == "Семинар для пограничников"
    assert cell(trainings, 0, "start_date", Qt.ItemDataRole.ToolTipRole) is None
    people = RecordTableModel(db, "participants")
    people.reload()
    assert cell(people, 0, "full_name") == "Ёлкина Анна"
    assert cell(people, 0, "sex") == "Female"  # the label, not the stored value
    assert cell(people, 0, "birth_year") == "1980"  # a year has no thousands separator
    assert cell(people, 0, "position") == ""  # empty, never "None"
    assert cell(people, 0, "full_name", ID_ROLE) == person["id"]
    assert cell(people, 0, "full_name", RECORD_ROLE)["organisation"] == "МВД"


@pytest.mark.parametrize(
    ("chosen", "day", "hours", "reach"),
    [(RUSSIA, "03.03.2025", "6,5", "1\xa0250\xa0000"), (USA, "03.03.2025", "6.5", "1,250,000")],
)
def test_dates_as_typed_numbers_as_the_locale(db, locale, chosen, day, hours, reach):
    locale(chosen)
    add_training(db, hours="6,5")
    add_campaign(db, start_date="2025-03-03", reach=1_250_000)
    trainings = RecordTableModel(db, "trainings")
    trainings.reload()
    assert (cell(trainings, 0, "start_date"), cell(trainings, 0, "hours")) == (day, hours)
    campaigns = RecordTableModel(db, "campaigns")
    campaigns.reload()
    assert cell(campaigns, 0, "reach") == reach
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert cell(campaigns, 0, "reach", Qt.ItemDataRole.TextAlignmentRole) == right
    assert cell(campaigns, 0, "title", Qt.ItemDataRole.TextAlignmentRole) is None


def test_sorting_ignores_case_in_cyrillic_and_unsortable_columns_keep_the_order(db):
    for n, title in enumerate(["яблоко", "Абрикос", "БАНАН", "apple"]):
        add_training(db, code=f"T{n}", title=title, start_date=f"2025-0{n + 1}-01")
    model = RecordTableModel(db, "trainings")
    model.reload()
    assert column_texts(model, "code") == ["T0", "T1", "T2", "T3"]  # by date until sorted
    model.sort(model.columns.index("title"), Qt.SortOrder.AscendingOrder)
    assert column_texts(model, "title") == ["apple", "Абрикос", "БАНАН", "яблоко"]
    model.sort(model.columns.index("title"), Qt.SortOrder.DescendingOrder)
    assert column_texts(model, "title") == ["яблоко", "БАНАН", "Абрикос", "apple"]
    model.sort(model.columns.index("focus_areas"), Qt.SortOrder.AscendingOrder)  # not sortable
    assert column_texts(model, "title") == ["яблоко", "БАНАН", "Абрикос", "apple"]


def test_a_sort_before_the_first_load_reads_nothing(db):
    from sqlalchemy import event

    add_training(db)
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    model = RecordTableModel(db, "trainings")
    model.sort(model.columns.index("code"), Qt.SortOrder.DescendingOrder)
    assert statements == [] and model.query().order_by == "code"
    model.reload()
    pages = [s for s in statements if "FROM training_session" in s and "LIMIT" in s]
    assert len(pages) == 1
    order = pages[0].split("ORDER BY", 1)[1]  # case folded: lower(), on a server translate() too
    assert order.lstrip().startswith("lower(") and "training_session.code" in order
    assert ") DESC, training_session.id DESC" in order
    assert model.rowCount() == 1


def test_rows_are_found_by_id_and_invalid_indexes_give_nothing(db):
    first, second = add_training(db, code="T1"), add_training(db, code="T2")
    model = RecordTableModel(db, "trainings")
    model.reload()
    ids = [model.record_id(row) for row in range(2)]
    assert None not in ids
    assert sorted(i for i in ids if i is not None) == sorted([first["id"], second["id"]])
    assert model.row_of(ids[1] or 0) == 1 and model.row_of(-1) is None
    assert model.record_id(2) is None and model.record_id(-1) is None
    assert model.data(QModelIndex()) is None
    assert model.data(model.createIndex(5, 0)) is None  # a row not (or no longer) loaded
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(model.index(0, 0)) == 0


@pytest.fixture
def seminar_roster(db):
    """TR-7 (3-5 March 2025) with Анна and Ольга on its roster, Анна late on the second day."""
    training, people = add_seminar(db)
    for name in ("Ольга Сидорова", "Анна Иванова"):
        roster.add_to_roster(db, training["id"], people[name]["id"])
    anna = people["Анна Иванова"]["id"]
    roster.set_statuses(db, training["id"], [(anna, date(2025, 3, 4), "late")])
    return training


def test_roster_model_is_people_by_days(db, seminar_roster):
    model = RosterModel(db, seminar_roster["id"])
    assert (model.rowCount(), model.columnCount()) == (2, FIXED + 3)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(FIXED + 3)]
    assert headers == ["Name", "Organisation", "03.03", "04.03", "05.03"]
    rows = [[model.data(model.index(r, c)) for c in range(FIXED + 3)] for r in range(2)]
    assert rows == [  # sorted by name
        ["Анна Иванова", "Суд", "A", "L", "A"],
        ["Ольга Сидорова", "НГО", "A", "A", "A"],
    ]
    late = model.index(0, FIXED + 1)
    assert model.data(late, Qt.ItemDataRole.ToolTipRole) == "Late"
    assert model.data(late, Qt.ItemDataRole.BackgroundRole).name() == COLOURS["late"]
    assert model.data(late, Qt.ItemDataRole.TextAlignmentRole) == int(Qt.AlignmentFlag.AlignCenter)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(QModelIndex()) is None and model.rowCount(late) == 0


def test_roster_model_writes_cells_and_says_which_changed(qtbot, db, seminar_roster):
    model = RosterModel(db, seminar_roster["id"])
    grid = QWidget()  # the widget whose busy window shows while the cells are saved
    qtbot.addWidget(grid)
    changed = []
    model.dataChanged.connect(lambda top, bottom, *_: changed.append((top.row(), top.column())))
    # (0, 0) is a name: skipped
    model.set_cells([(1, FIXED), (1, FIXED + 2), (0, 0)], "present", grid)
    assert changed == [(1, FIXED), (1, FIXED + 2)]
    assert [model.data(model.index(1, c)) for c in range(FIXED, FIXED + 3)] == ["P", "A", "P"]
    olga = roster.roster(db, seminar_roster["id"])["people"][1]
    assert olga["full_name"] == "Ольга Сидорова"
    assert [olga["statuses"][date(2025, 3, d)] for d in (3, 4, 5)] == [
        "present",
        "absent",
        "present",
    ]
    model.set_cells([(0, 1)], "absent", grid)  # only fixed columns: nothing written
    assert len(changed) == 2
