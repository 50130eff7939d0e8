"""Fixed values of product.md. Stored as these slugs; shown translated by the UI."""

ASPECTS = ("gender", "age", "migration")
AREA_SLUGS = ("criminalisation", "demand", "protection", "root-causes", "capacity")  # seeded
LEGISLATION_KINDS = ("law", "amendment", "decree", "regulation", "programme", "treaty")
LEGISLATION_STATUSES = ("draft", "submitted", "adopted", "in_force", "repealed")
SEXES = ("female", "male", "other", "not stated")
ATTENDANCE_STATUSES = ("present", "late", "excused", "absent")
ATTENDED_STATUSES = ("present", "late")
TRAINING_FORMATS = ("in-person", "online", "hybrid")
CHANNELS = ("TV", "radio", "print", "online", "outdoor", "schools", "hotline", "events")
AUDIENCES = (
    "police",
    "prosecutors",
    "judges",
    "border guards",
    "labour inspectors",
    "social workers",
    "NGOs",
    "health workers",
    "teachers",
    "consular staff",
)
INSTRUMENTS = (
    "Palermo Protocol",
    "Council of Europe Convention",
    "ILO C29",
    "ILO C182",
    "ILO P29",
    "CEDAW",
    "Convention on the Rights of the Child",
)
COUNTRY_ROLES = ("origin", "transit", "destination")
INDICATORS = (
    "laws_adopted",
    "trainings_held",
    "training_hours",
    "participations",
    "people_trained",
    "participations_female",
    "participations_male",
    "campaigns_launched",
    "campaign_reach",
)

# Statistics from other agencies (product.md): yearly aggregate figures, never case files.
STATISTICS_INDICATORS = (
    "victims_identified",
    "victims_assisted",
    "victims_referred",
    "victims_repatriated",
    "investigations",
    "persons_prosecuted",
    "persons_convicted",
    "population",
)
AGE_GROUPS = ("child", "adult", "unknown")
EXPLOITATION_FORMS = (
    "sexual",
    "labour",
    "criminal_activities",
    "begging",
    "organ_removal",
    "forced_marriage",
    "other",
    "unknown",
)
UNKNOWN_CITIZENSHIP = "unknown"
STATISTICS_BREAKDOWNS = ("sex", "age_group", "citizenship", "exploitation")  # in order of counting
# what a target (the national action plan) may be set on: the counting rules' indicators and
# the figures from other agencies (their yearly total by the counting rules)
TARGET_INDICATORS = INDICATORS + tuple(i for i in STATISTICS_INDICATORS if i != "population")
