"""Beyond the record editor (two handles on one real database): deleting a record someone
saved since it was shown, and saving a target or a statistics figure over someone else's newer
save, are refused with who, when and what; nothing is deleted or overwritten."""

from __future__ import annotations

import pytest

from app.errors import StaleRecord
from app.services import open_database
from app.services.records import editing as records
from app.services.records.targets import delete_target, list_targets, set_target
from app.services.settings import update_settings
from app.services.statistics.figures import delete_figure, set_figure, year_figures
from tests.factories import add_legislation
from tests.services.test_stale_edits import who_saved

pytestmark = pytest.mark.server_migrated

FIGURE = {"year": 2025, "indicator": "victims_identified", "value": 10, "source": "МВД"}


@pytest.fixture
def second(db):
    """Айгерим's handle on the same database (her own window)."""
    other = open_database(db.location)
    update_settings(other, {"user_name": "Айгерим"})
    yield other
    other.close()


def test_deleting_a_record_changed_since_the_list_showed_it_is_refused(db, second):
    act = add_legislation(db, title="Anti-trafficking law")
    shown = records.list_records(db, "legislation", versions=True)[0]  # the list shows it
    records.update(second, "legislation", act["id"], {"status": "in_force"})

    with pytest.raises(StaleRecord) as refused:
        records.delete(db, "legislation", act["id"], seen_version=shown["version"])

    assert refused.value.values["who"] == who_saved(second, "Айгерим")
    assert refused.value.fields == ["status"]
    assert records.get(db, "legislation", act["id"])["status"] == "in_force"  # still there
    records.delete(db, "legislation", act["id"], seen_version=refused.value.current["version"])
    assert records.list_records(db, "legislation") == []


def test_a_target_saved_by_someone_since_the_page_showed_it_is_not_overwritten(db, second):
    set_target(db, 2025, "demand", "trainings_held", 10)
    shown = list_targets(db, 2025)[0]
    set_target(second, 2025, "demand", "trainings_held", 20, seen_version=shown["version"])

    with pytest.raises(StaleRecord) as refused:
        set_target(db, 2025, "demand", "trainings_held", 30, seen_version=shown["version"])
    with pytest.raises(StaleRecord):
        delete_target(db, shown["id"], seen_version=shown["version"])

    assert refused.value.values["who"] == who_saved(second, "Айгерим")
    assert refused.value.fields == ["target"]
    assert [t["target"] for t in list_targets(db, 2025)] == [20]


def test_a_target_someone_added_while_the_page_showed_none_is_not_overwritten(db, second):
    set_target(second, 2025, "demand", "trainings_held", 20, seen_version={})
    with pytest.raises(StaleRecord):
        set_target(db, 2025, "demand", "trainings_held", 30, seen_version={})
    assert [t["target"] for t in list_targets(db, 2025)] == [20]


def test_a_figure_saved_by_someone_since_the_page_showed_it_is_not_overwritten(db, second):
    set_figure(db, FIGURE)
    shown = year_figures(db, 2025)[0]
    set_figure(second, {**FIGURE, "value": 12}, seen_version=shown["version"])

    with pytest.raises(StaleRecord) as refused:
        set_figure(db, {**FIGURE, "value": 15}, seen_version=shown["version"])
    with pytest.raises(StaleRecord):
        delete_figure(db, shown["id"], seen_version=shown["version"])
    with pytest.raises(StaleRecord):  # a page that showed no figure there
        set_figure(db, {**FIGURE, "value": 15}, seen_version={})

    assert refused.value.values["who"] == who_saved(second, "Айгерим")
    assert refused.value.fields == ["value"]
    assert "Айгерим" in str(refused.value) or who_saved(second, "") in str(refused.value)
    assert [f["value"] for f in year_figures(db, 2025)] == [12]


@pytest.mark.postgres
def test_on_the_server_a_stale_delete_and_target_name_the_login(postgres_url):
    with open_database(postgres_url) as db, open_database(postgres_url) as other:
        act = add_legislation(db, title="Закон")
        shown = records.list_records(db, "legislation", versions=True)[0]
        set_target(db, 2025, "demand", "trainings_held", 10)
        target = list_targets(db, 2025)[0]
        records.update(other, "legislation", act["id"], {"status": "in_force"})
        set_target(other, 2025, "demand", "trainings_held", 20)

        with pytest.raises(StaleRecord) as refused:
            records.delete(db, "legislation", act["id"], seen_version=shown["version"])
        assert refused.value.values["who"] == other.access[0]
        with pytest.raises(StaleRecord):
            set_target(db, 2025, "demand", "trainings_held", 30, seen_version=target["version"])
        assert records.get(db, "legislation", act["id"])["status"] == "in_force"
        assert [t["target"] for t in list_targets(db, 2025)] == [20]


def test_the_targets_of_a_page_are_saved_together_or_not_at_all(db):
    """save_targets is one unit of work: a refused cell (a value, or a target saved by someone
    else since the page read it) after good ones leaves every target as it was, and says
    which cell it is about."""
    from app.errors import ValidationError
    from app.services.records.targets import TargetChange, save_targets

    first = set_target(db, 2025, "criminalisation", "trainings_held", 10)
    other = set_target(db, 2025, "protection", "trainings_held", 5)
    with open_database(db.location) as theirs:
        set_target(theirs, 2025, "protection", "trainings_held", 6)
    before = {t["focus_area"]: t["target"] for t in list_targets(db, 2025)}
    changes = [
        TargetChange("criminalisation", "trainings_held", 30, first["version"]),
        TargetChange("demand", "laws_adopted", 2, {}),
        TargetChange("protection", "trainings_held", None, other["version"]),
    ]
    with pytest.raises(StaleRecord) as refused:
        save_targets(db, 2025, changes)
    assert refused.value.cell == ("protection", "trainings_held")
    assert {t["focus_area"]: t["target"] for t in list_targets(db, 2025)} == before
    changes[2] = TargetChange("capacity", "trainings_held", "-1", {})
    with pytest.raises(ValidationError) as refused_value:
        save_targets(db, 2025, changes)
    assert refused_value.value.cell == ("capacity", "trainings_held")
    assert {t["focus_area"]: t["target"] for t in list_targets(db, 2025)} == before
    assert save_targets(db, 2025, changes[:2]) == 2
    saved = {(t["focus_area"], t["indicator"]): t["target"] for t in list_targets(db, 2025)}
    assert saved[("criminalisation", "trainings_held")] == 30
    assert saved[("demand", "laws_adopted")] == 2
