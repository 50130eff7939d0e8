"""gpast indicators --from D --to D [--json]"""

from __future__ import annotations

import json

from app.commands import open_db, parse_date, t
from app.i18n import translatable

LABELS = {
    "laws_adopted": translatable("Legislative acts adopted"),
    "trainings_held": translatable("Trainings held"),
    "training_hours": translatable("Training hours"),
    "participations": translatable("Participations"),
    "people_trained": translatable("People trained"),
    "participations_female": translatable("  of which women"),
    "participations_male": translatable("  of which men"),
    "campaigns_launched": translatable("Campaigns launched"),
    "campaign_reach": translatable("Campaign reach"),
}


def register(subparsers) -> None:
    p = subparsers.add_parser("indicators", help=t("the counting rules' figures for a period"))
    p.add_argument("--from", dest="date_from", required=True, metavar="D", help=t("first day"))
    p.add_argument("--to", dest="date_to", required=True, metavar="D", help=t("last day"))
    p.add_argument("--json", action="store_true", help=t("print one JSON object"))
    p.set_defaults(handler=run)


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:,.1f}".replace(",", " ")
    return f"{value:,}".replace(",", " ")


def format_table(result: dict) -> str:
    areas = list(result["areas"])
    headers = ["", *areas, t("total")]
    rows = [
        [
            t(LABELS[name]),
            *(_fmt(result["areas"][a][name]) for a in areas),
            _fmt(result["total"][name]),
        ]
        for name in LABELS
    ]
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    lines = [
        t("GPAST indicators {start} – {end}").format(start=result["from"], end=result["to"]),
        "",
    ]
    for r in [headers, *rows]:
        cells = [str(r[0]).ljust(widths[0])]
        cells += [str(c).rjust(w) for c, w in zip(r[1:], widths[1:], strict=True)]
        lines.append("  ".join(cells))
    lines.append("")
    lines.append(
        t("A record linked to several focus areas counts in each area and once in the total.")
    )
    return "\n".join(lines)


def run(args) -> int:
    from app.services.reporting.indicators import indicators

    date_from = parse_date("--from", args.date_from)
    date_to = parse_date("--to", args.date_to)
    with open_db(args) as db:
        result = indicators(db, date_from, date_to)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(format_table(result))
    return 0
