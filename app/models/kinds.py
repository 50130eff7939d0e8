"""The registry of record kinds: for each kind its model, fields, focus-area link, natural key,
list columns and sort, import/export columns (product.md's templates: same columns, same order,
same required marks), bundle part and audit name. Every other place derives from it.

No Qt, no I/O, no SQLAlchemy at import time (a kind names its model; `Kind.model` loads it), so
the command line builds its choices from here quickly. Labels shown to the user are translated
in app/ui/labels.py, keyed by the names used here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from importlib import import_module
from typing import Any

from app.models import vocabulary as v


class FieldType(StrEnum):
    """What a field holds: decides validation, the editor's widget, cells and template hints."""

    TEXT = "text"  # one line, spaces collapsed
    LONG_TEXT = "longtext"  # several lines
    DATE = "date"
    WHOLE_NUMBER = "int"
    NUMBER = "float"
    CHOICE = "choice"  # one of `choices` (free text when there are none)
    FREE_LIST = "list"  # items separated by ';', `suggestions` offered
    FOCUS_AREAS = "areas"  # focus areas by slug or English name
    ASPECTS = "aspects"  # a list of vocabulary.ASPECTS
    COUNTRY = "country"  # an ISO 3166-1 alpha-2 code (or vocabulary.UNKNOWN_CITIZENSHIP)


LISTS = (FieldType.FREE_LIST, FieldType.FOCUS_AREAS, FieldType.ASPECTS)
NUMBERS = (FieldType.WHOLE_NUMBER, FieldType.NUMBER)


@dataclass(frozen=True)
class Field:
    name: str
    type: FieldType = FieldType.TEXT
    required: bool = False
    max_length: int = 300
    choices: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()  # offered in lists, but free text is allowed
    minimum: float | None = None
    maximum: float | None = None
    nullable: bool = False  # stored as NULL when empty (the column allows it)
    default: Any = None  # stored when left empty (a number field)
    default_from: str | None = None  # left empty: the value of that field (end date → start)
    sort_ignores_case: bool = False  # the list sorts it case-insensitively
    grouped_digits: bool = True  # a number shown with the locale's digit grouping (not a year)
    # a required choice that an editor starts empty, so that a forgotten choice is not a value
    # (a person's sex: a default would bias the women's share)
    chosen_explicitly: bool = False

    @property
    def is_list(self) -> bool:
        return self.type in LISTS


@dataclass(frozen=True)
class Kind:
    name: str  # the KIND of the command line, templates and bundles
    model_name: str  # the class in app.models
    table: str  # the model's table: the audit trail's and the tombstones' name for it
    label: str  # one record, in English messages ("… is already used by another campaign")
    fields: tuple[Field, ...] = ()  # a record's fields (editor, services, bundles)
    link_name: str | None = None  # the focus-area link table, when records have focus areas
    unique: str | None = None  # a field unique across records, case ignored (code)
    date_field: str | None = None  # the date that places a record in a year (year filter)
    search: tuple[str, ...] = ()  # the fields a list's search looks in
    person_key: bool = False  # matched by name, birth year and organisation (match_key)
    # what identifies a record across files and workstations: an import uses the first key whose
    # first field is set (legislation: reference, else title and adoption date), ignoring case;
    # a bundle matches people and legislation by their match_key (as imports), other kinds by
    # the first key only, ignoring case for the kind's `unique` field (code)
    natural_keys: tuple[tuple[str, ...], ...] = ()
    title_field: str | None = None  # what names a record in a conflict or in the history
    status_filter: bool = False  # the list page filters by the status field
    attendance_column: str | None = None  # Attendance's column referring to this kind
    list_columns: tuple[str, ...] = ()  # the list page's columns (editable kinds)
    default_sort: tuple[str, bool] | None = None  # (field, descending) of a new list page
    columns: tuple[Field, ...] | None = None  # the template's columns; None: `fields`
    editable: bool = False  # a list page and an editor in the window, create/update/delete
    importable: bool = True  # `gpast import`, templates
    exportable: bool = True  # `gpast export`
    bundle_part: str = ""  # its part of data.json in a bundle ("": not in bundles)
    bundle_rank: int = 0  # merge order of bundle parts (people before what refers to them)

    @property
    def model(self) -> type[Any]:
        model: type[Any] = getattr(import_module("app.models"), self.model_name)
        return model

    @property
    def link(self) -> Any:
        return getattr(import_module("app.models"), self.link_name) if self.link_name else None

    @property
    def template(self) -> tuple[Field, ...]:
        """The import/export columns in product.md's order."""
        return self.columns if self.columns is not None else self.fields

    def field(self, name: str) -> Field:
        """The field or template column called `name` (KeyError if the kind has none)."""
        for fld in (*self.fields, *self.template):
            if fld.name == name:
                return fld
        raise KeyError(f"{self.name} has no field {name!r}")

    @property
    def sortable(self) -> tuple[str, ...]:
        """The list columns a click on the header sorts by (lists are not sortable)."""
        listed = {f.name: f for f in self.fields}
        return tuple(c for c in self.list_columns if not listed[c].is_list)


T = FieldType
AREAS = Field("focus_areas", T.FOCUS_AREAS, required=True)
ASPECTS = Field("aspects", T.ASPECTS)
NOTES = Field("notes", T.LONG_TEXT, max_length=20_000)
CODE = Field("code", required=True, max_length=60, sort_ignores_case=True)
TITLE = Field("title", required=True, max_length=500, sort_ignores_case=True)
START = Field("start_date", T.DATE, required=True)
END = Field("end_date", T.DATE, default_from="start_date")
PERSON = (
    Field("full_name", required=True, max_length=300, sort_ignores_case=True),
    Field("sex", T.CHOICE, required=True, choices=v.SEXES, chosen_explicitly=True),
    Field("organisation"),
    Field("position"),
    Field("country", max_length=120),
    Field("birth_year", T.WHOLE_NUMBER, minimum=1900, maximum=2100, nullable=True,
          grouped_digits=False),
    Field("email"),
    Field("phone", max_length=60),
)  # fmt: skip

KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind(
            "legislation",
            "Legislation",
            "legislation",
            "legislative act",
            (
                TITLE,
                Field("reference", max_length=120, nullable=True, sort_ignores_case=True),
                Field("kind", T.CHOICE, required=True, choices=v.LEGISLATION_KINDS),
                Field("status", T.CHOICE, required=True, choices=v.LEGISLATION_STATUSES),
                Field("adopted_on", T.DATE, nullable=True),
                Field("in_force_on", T.DATE, nullable=True),
                Field("authority", sort_ignores_case=True),
                AREAS,
                ASPECTS,
                Field("instruments", T.FREE_LIST, max_length=200, suggestions=v.INSTRUMENTS),
                Field("summary", T.LONG_TEXT, max_length=20_000),
                Field("url", max_length=1000),
            ),
            link_name="legislation_focus_area",
            date_field="adopted_on",
            search=("title", "reference", "authority", "summary"),
            natural_keys=(("reference",), ("title", "adopted_on")),
            title_field="title",
            status_filter=True,
            list_columns=("title", "reference", "kind", "status", "adopted_on", "focus_areas"),
            default_sort=("adopted_on", True),
            editable=True,
            bundle_part="legislation",
            bundle_rank=2,
        ),
        Kind(
            "trainings",
            "TrainingSession",
            "training_session",
            "training session",
            (
                CODE,
                TITLE,
                START,
                END,
                Field("location", sort_ignores_case=True),
                Field("organiser", sort_ignores_case=True),
                Field("format", max_length=40, suggestions=v.TRAINING_FORMATS),
                Field("audience", T.FREE_LIST, max_length=120, suggestions=v.AUDIENCES),
                Field("hours", T.NUMBER, minimum=0, maximum=10_000, default=0.0),
                AREAS,
                ASPECTS,
                NOTES,
            ),
            link_name="training_focus_area",
            unique="code",
            date_field="start_date",
            search=("code", "title", "location", "organiser"),
            natural_keys=(("code",),),
            title_field="title",
            attendance_column="training_id",
            list_columns=(
                "code",
                "title",
                "start_date",
                "end_date",
                "location",
                "hours",
                "focus_areas",
            ),
            default_sort=("start_date", True),
            editable=True,
            bundle_part="trainings",
            bundle_rank=3,
        ),
        Kind(
            "campaigns",
            "Campaign",
            "campaign",
            "campaign",
            (
                CODE,
                TITLE,
                START,
                END,
                Field("channels", T.FREE_LIST, max_length=120, suggestions=v.CHANNELS),
                Field("target_groups", T.FREE_LIST, max_length=200),
                Field("regions", T.FREE_LIST, max_length=200),
                Field("reach", T.WHOLE_NUMBER, minimum=0, maximum=10**12, default=0),
                Field("partners", T.FREE_LIST, max_length=300),
                AREAS,
                ASPECTS,
                NOTES,
            ),
            link_name="campaign_focus_area",
            unique="code",
            date_field="start_date",
            search=("code", "title", "notes"),
            natural_keys=(("code",),),
            title_field="title",
            list_columns=(
                "code",
                "title",
                "start_date",
                "end_date",
                "channels",
                "reach",
                "focus_areas",
            ),
            default_sort=("start_date", True),
            editable=True,
            bundle_part="campaigns",
            bundle_rank=4,
        ),
        Kind(
            "attendance",
            "Attendance",
            "attendance",
            "attendance",
            columns=(
                Field("training_code", required=True, max_length=60),
                *PERSON,
                Field("status", T.CHOICE, required=True, choices=v.ATTENDANCE_STATUSES),
                Field("date", T.DATE),
            ),
            bundle_part="attendance",
            bundle_rank=5,
        ),
        Kind(
            "targets",
            "Target",
            "target",
            "target",
            columns=(
                Field(
                    "year",
                    T.WHOLE_NUMBER,
                    required=True,
                    minimum=1990,
                    maximum=2199,
                    grouped_digits=False,
                ),
                Field("focus_area", T.CHOICE, required=True, choices=v.AREA_SLUGS),
                Field("indicator", T.CHOICE, required=True, choices=v.TARGET_INDICATORS),
                Field("target", T.NUMBER, required=True, minimum=0, maximum=10**12),
            ),  # fmt: skip
            bundle_part="targets",
            bundle_rank=6,
        ),
        Kind(
            "statistics",
            "Statistic",
            "statistic",
            "figure",
            (
                Field(
                    "year",
                    T.WHOLE_NUMBER,
                    required=True,
                    minimum=1900,
                    maximum=2199,
                    grouped_digits=False,
                ),
                Field("indicator", T.CHOICE, required=True, choices=v.STATISTICS_INDICATORS),
                Field("value", T.WHOLE_NUMBER, required=True, minimum=0, maximum=10**12),
                Field("sex", T.CHOICE, choices=v.SEXES),
                Field("age_group", T.CHOICE, choices=v.AGE_GROUPS),
                Field("citizenship", T.COUNTRY, max_length=10),
                Field("exploitation", T.CHOICE, choices=v.EXPLOITATION_FORMS),
                Field("source", max_length=300),
                NOTES,
            ),  # fmt: skip
            # the key: a new value for the same key replaces the old one (product.md)
            natural_keys=(("year", "indicator", *v.STATISTICS_BREAKDOWNS, "source"),),
        ),
        Kind(
            "participants",
            "Participant",
            "participant",
            "participant",
            PERSON,
            search=("full_name", "organisation"),
            person_key=True,
            title_field="full_name",
            attendance_column="participant_id",
            list_columns=("full_name", "sex", "organisation", "position", "country", "birth_year"),
            default_sort=("full_name", False),
            editable=True,
            importable=False,
            bundle_part="participants",
            bundle_rank=1,
        ),
    )
}

RECORD_KINDS = tuple(k for k in KINDS.values() if k.editable)  # the window's list pages
IMPORT_KINDS = tuple(k.name for k in KINDS.values() if k.importable)
EXPORT_KINDS = tuple(k.name for k in KINDS.values() if k.exportable)
BUNDLE_KINDS = tuple(
    sorted((k for k in KINDS.values() if k.bundle_part), key=lambda k: k.bundle_rank)
)
TABLE_OF_KIND = {k.name: k.table for k in KINDS.values()}  # kind → audit/tombstone table name


def kind(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(f"unknown record kind {name!r}") from None
