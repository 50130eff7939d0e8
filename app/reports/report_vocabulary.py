"""Names the progress report prints for its indicators, legislation statuses and kinds (the
catalogue's sources of their translations)."""

from __future__ import annotations

from app.i18n import translatable
from app.reports.report_statistics import INDICATOR_NAMES as STATISTICS_NAMES

SUMMARY_COLUMNS = [
    ("laws_adopted", translatable("Legislative acts adopted")),
    ("trainings_held", translatable("Trainings held")),
    ("participations", translatable("Participants trained")),
    ("participations_female", translatable("of whom women")),
    ("campaigns_launched", translatable("Campaigns launched")),
    ("campaign_reach", translatable("Campaign reach")),
]
INDICATOR_NAMES = (
    dict(SUMMARY_COLUMNS)
    | STATISTICS_NAMES
    | {
        "participations_male": translatable("of whom men"),
        "training_hours": translatable("Training hours"),
        "people_trained": translatable("People trained (each once)"),
    }
)
STATUS_NAMES = {
    "draft": translatable("Draft"),
    "submitted": translatable("Submitted"),
    "adopted": translatable("Adopted"),
    "in_force": translatable("In force"),
    "repealed": translatable("Repealed"),
}
KIND_NAMES = {
    "law": translatable("law"),
    "amendment": translatable("amendment"),
    "decree": translatable("decree"),
    "regulation": translatable("regulation"),
    "programme": translatable("programme"),
    "treaty": translatable("treaty"),
}
