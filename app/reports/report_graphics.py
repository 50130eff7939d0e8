"""The progress report's little drawings: a progress bar and this-period-vs-previous bars."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.i18n import translatable
from app.reports.fonts import REGULAR
from app.reports.pdf_common import ACCENT, RULE, fmt_int
from app.reports.report_text import tr

TEXT_WIDTH = A4[0] - 36 * mm
CHART_LABELS = {
    "laws_adopted": translatable("Legislative acts adopted"),
    "trainings_held": translatable("Trainings held"),
    "participations": translatable("Participants trained"),
    "campaigns_launched": translatable("Campaigns launched"),
}


def _box(
    x: float,
    y: float,
    width: float,
    height: float,
    fill: Color,
    stroke: Color | None = None,
    stroke_width: float = 1,
) -> Rect:
    """A filled rectangle; its colours are set as attributes (what Rect's keywords do), which
    the reportlab stubs can check."""
    box = Rect(x, y, width, height)
    box.fillColor, box.strokeColor, box.strokeWidth = fill, stroke, stroke_width
    return box


def progress_bar(
    percent: float | None, width: float = 45 * mm, height: float = 3.2 * mm
) -> Drawing:
    d = Drawing(width, height)
    d.add(_box(0, 0, width, height, colors.HexColor("#eef2f7"), RULE, stroke_width=0.4))
    share = max(0.0, min((percent or 0) / 100.0, 1.0))
    if share:
        d.add(_box(0, 0, width * share, height, ACCENT))
    return d


def comparison_chart(section: dict, labels: tuple[str, str]) -> Drawing:
    """This period vs the previous one, each indicator scaled to the larger of the two."""
    names = ["laws_adopted", "trainings_held", "participations", "campaigns_launched"]
    width, row_h = TEXT_WIDTH, 9 * mm
    d = Drawing(width, row_h * len(names) + 8 * mm)
    label_w, bar_w = 48 * mm, width - 48 * mm - 22 * mm
    y = row_h * len(names) + 2 * mm
    d.add(_box(label_w, y, 3 * mm, 2.5 * mm, ACCENT))
    d.add(String(label_w + 4.5 * mm, y + 0.3 * mm, labels[0], fontName=REGULAR, fontSize=7.5))
    d.add(_box(label_w + 45 * mm, y, 3 * mm, 2.5 * mm, colors.HexColor("#a9bfd9")))
    d.add(String(label_w + 49.5 * mm, y + 0.3 * mm, labels[1], fontName=REGULAR, fontSize=7.5))
    for i, name in enumerate(names):
        now, before = section["figures"][name], section["previous"][name]
        top = max(now, before, 1)
        base = row_h * (len(names) - 1 - i)
        d.add(String(0, base + 3.2 * mm, tr(CHART_LABELS[name]), fontName=REGULAR, fontSize=8))
        for j, (value, colour) in enumerate(((now, ACCENT), (before, colors.HexColor("#a9bfd9")))):
            y0 = base + (4.2 - 3.6 * j) * mm
            d.add(_box(label_w, y0, max(bar_w * value / top, 0.3), 3 * mm, colour))
            d.add(
                String(
                    label_w + bar_w * value / top + 1.5 * mm,
                    y0 + 0.5 * mm,
                    fmt_int(value),
                    fontName=REGULAR,
                    fontSize=7.5,
                )
            )
    return d


AREA_KINDS = (  # what the areas chart stacks, with its colours
    ("laws_adopted", translatable("Legislative acts adopted"), "#1f4e79"),
    ("trainings_held", translatable("Trainings held"), "#5b8cc0"),
    ("campaigns_launched", translatable("Campaigns launched"), "#a9bfd9"),
)


def areas_chart(areas: list[dict]) -> Drawing:
    """The focus areas side by side: for each, the records of the period (legislative acts,
    trainings and campaigns) as one stacked bar, all on one scale, with the participants
    trained written after it."""
    from app.reports.report_text import area_name

    width, row_h = TEXT_WIDTH, 8 * mm
    label_w, bar_w = 62 * mm, width - 62 * mm - 34 * mm
    d = Drawing(width, row_h * len(areas) + 9 * mm)
    top = max((sum(a["figures"][n] for n, _l, _c in AREA_KINDS) for a in areas), default=0)
    top = max(top, 1)
    x = 0.0
    legend_y = row_h * len(areas) + 3 * mm
    for _name, label, colour in AREA_KINDS:
        d.add(_box(x, legend_y, 3 * mm, 2.5 * mm, colors.HexColor(colour)))
        text = tr(label)
        d.add(String(x + 4.5 * mm, legend_y + 0.3 * mm, text, fontName=REGULAR, fontSize=7.5))
        x += 4.5 * mm + stringWidth(text, REGULAR, 7.5) + 6 * mm
    for i, area in enumerate(areas):
        base = row_h * (len(areas) - 1 - i)
        name = area_name(area["slug"], area["name"])
        while stringWidth(name, REGULAR, 8) > label_w - 2 * mm and len(name) > 4:
            name = name[:-2].rstrip() + "…"
        d.add(String(0, base + 2.4 * mm, name, fontName=REGULAR, fontSize=8))
        x = label_w
        for key, _label, colour in AREA_KINDS:
            value = area["figures"][key]
            if value:
                length = bar_w * value / top
                d.add(_box(x, base + 1.5 * mm, length, 4.2 * mm, colors.HexColor(colour)))
                x += length
        total = sum(area["figures"][n] for n, _l, _c in AREA_KINDS)
        people = tr("{n} trained").format(n=fmt_int(area["figures"]["participations"]))
        d.add(
            String(
                x + 1.5 * mm,
                base + 2.4 * mm,
                f"{fmt_int(total)} · {people}",
                fontName=REGULAR,
                fontSize=7.5,
            )
        )
    return d
