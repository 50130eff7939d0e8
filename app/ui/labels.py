"""Translated display names for fields, kinds and fixed values (stored slugs never change)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


FIELD_LABELS = {
    "title": "Title",
    "reference": "Reference number",
    "kind": "Kind",
    "status": "Status",
    "adopted_on": "Adopted on",
    "in_force_on": "In force on",
    "authority": "Issuing authority",
    "focus_areas": "Focus areas",
    "aspects": "Aspects",
    "instruments": "International instruments",
    "summary": "Summary",
    "url": "Link",
    "code": "Code",
    "start_date": "Start date",
    "end_date": "End date",
    "location": "Location",
    "organiser": "Organiser",
    "format": "Format",
    "audience": "Audience",
    "hours": "Hours",
    "notes": "Notes",
    "channels": "Channels",
    "target_groups": "Target groups",
    "regions": "Regions",
    "reach": "Estimated reach (people)",
    "partners": "Partners",
    "full_name": "Full name",
    "sex": "Sex",
    "organisation": "Organisation",
    "position": "Position",
    "country": "Country",
    "birth_year": "Birth year",
    "email": "Email",
    "phone": "Phone",
}

VALUE_LABELS = {
    "law": "Law",
    "amendment": "Amendment",
    "decree": "Decree",
    "regulation": "Regulation",
    "programme": "Programme",
    "treaty": "Treaty",
    "draft": "Draft",
    "submitted": "Submitted",
    "adopted": "Adopted",
    "in_force": "In force",
    "repealed": "Repealed",
    "female": "Female",
    "male": "Male",
    "other": "Other",
    "not stated": "Not stated",
    "present": "Present",
    "late": "Late",
    "excused": "Excused",
    "absent": "Absent",
    "gender": "Gender",
    "age": "Age (children and youth)",
    "migration": "Migration",
}

KIND_LABELS = {
    "legislation": "Legislation",
    "trainings": "Trainings",
    "campaigns": "Campaigns",
    "participants": "Participants",
}

AREA_LABELS = {
    "criminalisation": "Criminalisation of trafficking",
    "demand": "Countering demand",
    "protection": "Protection and reintegration of victims",
    "root-causes": "Eradicating root causes",
    "capacity": "National capacity-building",
}


def field_label(name: str) -> str:
    return _t(FIELD_LABELS.get(name, name))


def value_label(value: str) -> str:
    return _t(VALUE_LABELS[value]) if value in VALUE_LABELS else value


def kind_label(kind: str) -> str:
    return _t(KIND_LABELS.get(kind, kind))


def area_label(slug: str) -> str:
    return _t(AREA_LABELS[slug]) if slug in AREA_LABELS else slug


def problem_text(field: str, message: str) -> str:
    """A validation problem as the user reads it: the field's label, then what is wrong."""
    return _t("{field}: {message}").format(field=field_label(field), message=message)
