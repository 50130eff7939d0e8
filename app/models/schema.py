"""Every model, imported together so that Base.metadata is whole (app.models loads this on
first use of a model)."""

from app.models.audit import AuditEntry, Tombstone
from app.models.base import Base, RecordMixin, new_uuid, new_uuids, utcnow
from app.models.campaign import Campaign, campaign_focus_area
from app.models.focus_area import FocusArea
from app.models.legislation import Legislation, legislation_focus_area
from app.models.statistic import Statistic
from app.models.target import Setting, Target
from app.models.training import Attendance, Participant, TrainingSession, training_focus_area

__all__ = [
    "AuditEntry",
    "Tombstone",
    "Attendance",
    "Base",
    "Campaign",
    "FocusArea",
    "Legislation",
    "Participant",
    "RecordMixin",
    "Setting",
    "Statistic",
    "Target",
    "TrainingSession",
    "campaign_focus_area",
    "legislation_focus_area",
    "new_uuid",
    "new_uuids",
    "training_focus_area",
    "utcnow",
]
