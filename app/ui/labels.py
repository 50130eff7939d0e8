"""Translated display names for fields, kinds and fixed values (stored slugs never change)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context` (lupdate finds it by this name) and returns it
    unchanged; Qt's own function of this name is typed as returning `object`."""
    return text


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("Labels", "Title"),
    "reference": QT_TRANSLATE_NOOP("Labels", "Reference number"),
    "kind": QT_TRANSLATE_NOOP("Labels", "Kind"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "adopted_on": QT_TRANSLATE_NOOP("Labels", "Adopted on"),
    "in_force_on": QT_TRANSLATE_NOOP("Labels", "In force on"),
    "authority": QT_TRANSLATE_NOOP("Labels", "Issuing authority"),
    "focus_areas": QT_TRANSLATE_NOOP("Labels", "Focus areas"),
    "aspects": QT_TRANSLATE_NOOP("Labels", "Aspects"),
    "instruments": QT_TRANSLATE_NOOP("Labels", "International instruments"),
    "summary": QT_TRANSLATE_NOOP("Labels", "Summary"),
    "url": QT_TRANSLATE_NOOP("Labels", "Link"),
    "code": QT_TRANSLATE_NOOP("Labels", "Code"),
    "start_date": QT_TRANSLATE_NOOP("Labels", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("Labels", "End date"),
    "location": QT_TRANSLATE_NOOP("Labels", "Location"),
    "organiser": QT_TRANSLATE_NOOP("Labels", "Organiser"),
    "format": QT_TRANSLATE_NOOP("Labels", "Format"),
    "audience": QT_TRANSLATE_NOOP("Labels", "Audience"),
    "hours": QT_TRANSLATE_NOOP("Labels", "Hours"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Notes"),
    "channels": QT_TRANSLATE_NOOP("Labels", "Channels"),
    "target_groups": QT_TRANSLATE_NOOP("Labels", "Target groups"),
    "regions": QT_TRANSLATE_NOOP("Labels", "Regions"),
    "reach": QT_TRANSLATE_NOOP("Labels", "Estimated reach (people)"),
    "partners": QT_TRANSLATE_NOOP("Labels", "Partners"),
    "full_name": QT_TRANSLATE_NOOP("Labels", "Full name"),
    "sex": QT_TRANSLATE_NOOP("Labels", "Sex"),
    "organisation": QT_TRANSLATE_NOOP("Labels", "Organisation"),
    "position": QT_TRANSLATE_NOOP("Labels", "Position"),
    "country": QT_TRANSLATE_NOOP("Labels", "Country"),
    "birth_year": QT_TRANSLATE_NOOP("Labels", "Birth year"),
    "email": QT_TRANSLATE_NOOP("Labels", "Email"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "year": QT_TRANSLATE_NOOP("Labels", "Year"),
    "indicator": QT_TRANSLATE_NOOP("Labels", "Indicator"),
    "value": QT_TRANSLATE_NOOP("Labels", "Value"),
    "age_group": QT_TRANSLATE_NOOP("Labels", "Age group"),
    "citizenship": QT_TRANSLATE_NOOP("Labels", "Citizenship"),
    "exploitation": QT_TRANSLATE_NOOP("Labels", "Form of exploitation"),
    "source": QT_TRANSLATE_NOOP("Labels", "Source"),
}

VALUE_LABELS = {
    "law": QT_TRANSLATE_NOOP("Labels", "Law"),
    "amendment": QT_TRANSLATE_NOOP("Labels", "Amendment"),
    "decree": QT_TRANSLATE_NOOP("Labels", "Decree"),
    "regulation": QT_TRANSLATE_NOOP("Labels", "Regulation"),
    "programme": QT_TRANSLATE_NOOP("Labels", "Programme"),
    "treaty": QT_TRANSLATE_NOOP("Labels", "Treaty"),
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("Labels", "Submitted"),
    "adopted": QT_TRANSLATE_NOOP("Labels", "Adopted"),
    "in_force": QT_TRANSLATE_NOOP("Labels", "In force"),
    "repealed": QT_TRANSLATE_NOOP("Labels", "Repealed"),
    "female": QT_TRANSLATE_NOOP("Labels", "Female"),
    "male": QT_TRANSLATE_NOOP("Labels", "Male"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    "not stated": QT_TRANSLATE_NOOP("Labels", "Not stated"),
    "present": QT_TRANSLATE_NOOP("Labels", "Present"),
    "late": QT_TRANSLATE_NOOP("Labels", "Late"),
    "excused": QT_TRANSLATE_NOOP("Labels", "Excused"),
    "absent": QT_TRANSLATE_NOOP("Labels", "Absent"),
    "gender": QT_TRANSLATE_NOOP("Labels", "Gender"),
    "age": QT_TRANSLATE_NOOP("Labels", "Age (children and youth)"),
    "migration": QT_TRANSLATE_NOOP("Labels", "Migration"),
    "TV": QT_TRANSLATE_NOOP("Labels", "TV"),
    "radio": QT_TRANSLATE_NOOP("Labels", "Radio"),
    "print": QT_TRANSLATE_NOOP("Labels", "Print"),
    "online": QT_TRANSLATE_NOOP("Labels", "Online"),
    "outdoor": QT_TRANSLATE_NOOP("Labels", "Outdoor"),
    "schools": QT_TRANSLATE_NOOP("Labels", "Schools"),
    "hotline": QT_TRANSLATE_NOOP("Labels", "Hotline"),
    "events": QT_TRANSLATE_NOOP("Labels", "Events"),
    "police": QT_TRANSLATE_NOOP("Labels", "Police"),
    "prosecutors": QT_TRANSLATE_NOOP("Labels", "Prosecutors"),
    "judges": QT_TRANSLATE_NOOP("Labels", "Judges"),
    "border guards": QT_TRANSLATE_NOOP("Labels", "Border guards"),
    "labour inspectors": QT_TRANSLATE_NOOP("Labels", "Labour inspectors"),
    "social workers": QT_TRANSLATE_NOOP("Labels", "Social workers"),
    "NGOs": QT_TRANSLATE_NOOP("Labels", "NGOs"),
    "health workers": QT_TRANSLATE_NOOP("Labels", "Health workers"),
    "teachers": QT_TRANSLATE_NOOP("Labels", "Teachers"),
    "consular staff": QT_TRANSLATE_NOOP("Labels", "Consular staff"),
    "in-person": QT_TRANSLATE_NOOP("Labels", "In person"),
    "hybrid": QT_TRANSLATE_NOOP("Labels", "Hybrid"),
    "victims_identified": QT_TRANSLATE_NOOP("Labels", "Victims identified"),
    "victims_assisted": QT_TRANSLATE_NOOP("Labels", "Victims assisted"),
    "victims_referred": QT_TRANSLATE_NOOP("Labels", "Victims referred"),
    "victims_repatriated": QT_TRANSLATE_NOOP("Labels", "Victims repatriated"),
    "investigations": QT_TRANSLATE_NOOP("Labels", "Investigations"),
    "persons_prosecuted": QT_TRANSLATE_NOOP("Labels", "Persons prosecuted"),
    "persons_convicted": QT_TRANSLATE_NOOP("Labels", "Persons convicted"),
    "population": QT_TRANSLATE_NOOP("Labels", "Population"),
    "child": QT_TRANSLATE_NOOP("Labels", "Child (under 18)"),
    "adult": QT_TRANSLATE_NOOP("Labels", "Adult"),
    "unknown": QT_TRANSLATE_NOOP("Labels", "Unknown"),
    "sexual": QT_TRANSLATE_NOOP("Labels", "Sexual exploitation"),
    "labour": QT_TRANSLATE_NOOP("Labels", "Forced labour"),
    "criminal_activities": QT_TRANSLATE_NOOP("Labels", "Forced criminal activities"),
    "begging": QT_TRANSLATE_NOOP("Labels", "Forced begging"),
    "organ_removal": QT_TRANSLATE_NOOP("Labels", "Organ removal"),
    "forced_marriage": QT_TRANSLATE_NOOP("Labels", "Forced marriage"),
    "Palermo Protocol": QT_TRANSLATE_NOOP("Labels", "Palermo Protocol"),
    "Council of Europe Convention": QT_TRANSLATE_NOOP("Labels", "Council of Europe Convention"),
    "ILO C29": QT_TRANSLATE_NOOP("Labels", "ILO C29"),
    "ILO C182": QT_TRANSLATE_NOOP("Labels", "ILO C182"),
    "ILO P29": QT_TRANSLATE_NOOP("Labels", "ILO P29"),
    "CEDAW": QT_TRANSLATE_NOOP("Labels", "CEDAW"),
    "Convention on the Rights of the Child": QT_TRANSLATE_NOOP(
        "Labels", "Convention on the Rights of the Child"
    ),
    "origin": QT_TRANSLATE_NOOP("Labels", "Origin"),
    "transit": QT_TRANSLATE_NOOP("Labels", "Transit"),
    "destination": QT_TRANSLATE_NOOP("Labels", "Destination"),
}

KIND_LABELS = {
    "legislation": QT_TRANSLATE_NOOP("Labels", "Legislation"),
    "trainings": QT_TRANSLATE_NOOP("Labels", "Trainings"),
    "campaigns": QT_TRANSLATE_NOOP("Labels", "Campaigns"),
    "participants": QT_TRANSLATE_NOOP("Labels", "Participants"),
    "attendance": QT_TRANSLATE_NOOP("Labels", "Attendance"),
    "targets": QT_TRANSLATE_NOOP("Labels", "Targets"),
    "statistics": QT_TRANSLATE_NOOP("Labels", "Statistics"),
}

AREA_LABELS = {
    "criminalisation": QT_TRANSLATE_NOOP("Labels", "Criminalisation of trafficking"),
    "demand": QT_TRANSLATE_NOOP("Labels", "Countering demand"),
    "protection": QT_TRANSLATE_NOOP("Labels", "Protection and reintegration of victims"),
    "root-causes": QT_TRANSLATE_NOOP("Labels", "Eradicating root causes"),
    "capacity": QT_TRANSLATE_NOOP("Labels", "National capacity-building"),
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
    return QCoreApplication.translate("Labels", "{field}: {message}").format(
        field=field_label(field), message=message
    )


def area_description(slug: str, english: str) -> str:
    """The area's description in the interface language (Russian ones come with the program)."""
    from app.i18n import DOCUMENTS
    from app.reports.report_text import AREA_DESCRIPTIONS

    source = AREA_DESCRIPTIONS.get(slug)
    translated = QCoreApplication.translate(DOCUMENTS, source) if source else english
    return translated if translated != source else english
