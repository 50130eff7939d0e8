"""The registry of record kinds (app.models.kinds) is the one list: every place that names kinds,
columns or fields derives from it, the templates are product.md's, and the registry agrees with
the models it names."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import inspect

from app.models.kinds import (
    BUNDLE_KINDS,
    EXPORT_KINDS,
    IMPORT_KINDS,
    KINDS,
    RECORD_KINDS,
    TABLE_OF_KIND,
    FieldType,
)

# product.md, "Spreadsheet templates" (a contract: the same columns, order and required marks)
PRODUCT_TEMPLATES = """
| legislation | title*, reference, kind*, status*, adopted_on, in_force_on, authority, focus_areas*, aspects, instruments, summary, url |
| trainings | code*, title*, start_date*, end_date, location, organiser, format, audience, hours, focus_areas*, aspects, notes |
| campaigns | code*, title*, start_date*, end_date, channels, target_groups, regions, reach, partners, focus_areas*, aspects, notes |
| attendance | training_code*, full_name*, sex*, organisation, position, country, birth_year, email, phone, status*, date |
| targets | year*, focus_area*, indicator*, target* |
| statistics | year*, indicator*, value*, sex, age_group, citizenship, exploitation, source, notes |
"""  # noqa: E501


def product_templates() -> dict[str, list[str]]:
    rows = [line.strip("| ").split(" | ") for line in PRODUCT_TEMPLATES.strip().splitlines()]
    return {kind: columns.split(", ") for kind, columns in rows}


def test_the_import_kinds_and_their_templates_are_product_md_s():
    from app.services.spreadsheets.templates import header

    templates = product_templates()
    assert list(IMPORT_KINDS) == list(templates)
    for kind, columns in templates.items():
        assert header(kind) == columns, kind
    assert (*IMPORT_KINDS, "participants") == EXPORT_KINDS
    assert product_templates()["attendance"][1:9] == [
        fld.name + ("*" if fld.required else "") for fld in KINDS["participants"].fields
    ]


def test_every_place_that_lists_kinds_takes_them_from_the_registry():
    from app.cli import build_parser
    from app.services.exchange import bundles
    from app.services.exchange import merge as bundle_merge
    from app.services.records import audit
    from app.services.records import editing as records
    from app.services.spreadsheets import rules as import_rules
    from app.ui import labels
    from app.ui.records import record_editor, record_table_model
    from app.ui.shell import main_window

    editable = {k.name for k in RECORD_KINDS}
    assert set(records.KINDS) == editable == set(record_editor.SPECS)
    assert set(record_table_model.COLUMNS) == editable
    assert editable <= set(main_window.PAGE_KEYS)  # a page in the window's navigation
    assert set(import_rules.SPECS) == set(KINDS) == set(audit.TABLE_OF_KIND)
    assert set(KINDS) <= set(labels.KIND_LABELS)
    assert {m.__tablename__ for m in audit.AUDITED} == set(TABLE_OF_KIND.values())
    assert set(bundle_merge.TABLES) == set(TABLE_OF_KIND.values())
    assert (*(k.bundle_part for k in BUNDLE_KINDS), "tombstones") == bundle_merge.PARTS
    assert set(bundles.KINDS) <= {k.bundle_part for k in BUNDLE_KINDS}

    subparsers = build_parser()._subparsers
    assert subparsers is not None
    commands = subparsers._group_actions[0].choices
    assert isinstance(commands, dict)
    for command, kinds in (("import", IMPORT_KINDS), ("template", IMPORT_KINDS)):
        assert tuple(commands[command]._actions[1].choices) == kinds
    assert tuple(commands["export"]._actions[1].choices) == EXPORT_KINDS


def test_bundles_carry_people_first_then_what_refers_to_them():
    shipped = ["participants", "legislation", "trainings", "campaigns", "attendance", "targets"]
    names = [k.name for k in BUNDLE_KINDS]
    assert names[0] == "participants"
    assert names.index("attendance") > names.index("trainings")
    # the parts in the order bundles written so far list them (a new kind may come between)
    assert [n for n in names if n in shipped] == shipped


@pytest.mark.parametrize("kind", list(KINDS.values()), ids=list(KINDS))
def test_the_registry_agrees_with_the_model(kind):
    model = kind.model
    mapper = inspect(model)
    assert model.__tablename__ == kind.table == TABLE_OF_KIND[kind.name]
    for fld in kind.fields:
        if fld.type == FieldType.FOCUS_AREAS:
            assert "focus_areas" in mapper.relationships and kind.link is not None
            assert mapper.relationships["focus_areas"].secondary is kind.link
            continue
        column = model.__table__.c[fld.name]
        assert column.nullable == fld.nullable, fld.name
        if fld.type in (FieldType.TEXT, FieldType.CHOICE):
            assert column.type.length >= fld.max_length or fld.choices, fld.name
    names = {fld.name for fld in kind.fields}
    assert set(kind.list_columns) <= names
    assert set(kind.search) <= names
    assert {n for key in kind.natural_keys for n in key} <= names
    if kind.unique:
        assert model.__table__.c[kind.unique].unique
    if kind.default_sort:
        assert kind.default_sort[0] in kind.sortable
    if kind.date_field:
        assert kind.field(kind.date_field).type == FieldType.DATE
    if kind.status_filter:  # the list page's status filter offers the field's choices
        assert kind.field("status").choices
    for fld in kind.template:
        assert fld.default_from is None or fld.default_from in names


def test_every_column_has_its_window_label_and_its_russian_header():
    from app.services.spreadsheets.rules import RU_COLUMNS
    from app.ui.labels import FIELD_LABELS

    for kind in RECORD_KINDS:
        assert {fld.name for fld in kind.fields} <= set(FIELD_LABELS), kind.name
    for kind in KINDS.values():
        assert {fld.name for fld in kind.template} <= set(RU_COLUMNS), kind.name


def test_the_registry_imports_without_sqlalchemy_so_the_command_line_starts_quickly():
    code = "import sys, app.cli; app.cli.build_parser(); print('sqlalchemy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
