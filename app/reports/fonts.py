"""The embedded Unicode font family for every PDF (PT Sans, OFL, from the fontpkg-pt-sans
package): Cyrillic prints and extracts as text; system fonts are never used."""

from __future__ import annotations

from functools import cache
from pathlib import Path

FAMILY = "PTSans"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = (
    "PTSans",
    "PTSans-Bold",
    "PTSans-Italic",
    "PTSans-BoldItalic",
)
_FILES = {
    REGULAR: "PT_Sans-Web-Regular.ttf",
    BOLD: "PT_Sans-Web-Bold.ttf",
    ITALIC: "PT_Sans-Web-Italic.ttf",
    BOLD_ITALIC: "PT_Sans-Web-BoldItalic.ttf",
}


def font_dir() -> Path:
    import fontpkg_pt_sans

    return Path(fontpkg_pt_sans.__file__).with_name("files")


@cache
def register_fonts() -> str:
    """Register the family with reportlab once; returns the family name to use in styles."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = font_dir()
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    pdfmetrics.registerFontFamily(
        FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
    from reportlab import rl_config

    rl_config.canvas_basefontname = REGULAR  # a page's initial font: never built-in Helvetica
    from reportlab.graphics import shapes
    from reportlab.platypus import tables

    shapes.STATE_DEFAULTS["fontName"] = REGULAR  # drawings' initial font
    tables.CellStyle.fontname = REGULAR  # table cells without a FONT command
    return FAMILY
