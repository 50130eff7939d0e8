"""Draw the program icon (five focus-area segments around a ring) into resources/icons/:
gpast.png (256 px) and gpast.ico (16-256 px, for the Windows build and installer).

    .venv/bin/python -m tools.make_icon
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"
COLOURS = ["#1f5fa8", "#2f8f6b", "#d08a1e", "#b6423b", "#6b4fa0"]  # the five focus areas


def draw(size: int = 1024) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pad = size // 16
    pen.rounded_rectangle((pad, pad, size - pad, size - pad), radius=size // 6, fill="#f4f6fa")
    box = (size * 0.16, size * 0.16, size * 0.84, size * 0.84)
    for i, colour in enumerate(COLOURS):
        start = -90 + i * 72 + 4
        pen.pieslice(box, start, start + 64, fill=colour)
    inner = size * 0.31
    pen.ellipse((inner, inner, size - inner, size - inner), fill="#f4f6fa")
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.resize((256, 256), Image.Resampling.LANCZOS).save(OUT / "gpast.png")
    sizes = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    image.save(OUT / "gpast.ico", sizes=sizes)


if __name__ == "__main__":
    main()
