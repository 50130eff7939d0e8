"""A generated set of signed sign-in sheets, as a scanner or a phone would give them back: the
sheet's own PDF rendered, signatures, ticks, stray dots and lines over the box borders drawn in
by "hand", then turned, scaled, put in perspective, unevenly lit, blurred and JPEG-compressed.
Every image comes with the truth (which boxes were signed), for the tests and for
bench/bench_scan.py."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from app.services.scanning import sheet_layout as L


@dataclass
class Sample:
    image: np.ndarray  # grey levels, as read from the file
    signed: set[int] = field(default_factory=set)  # row numbers signed
    empty: set[int] = field(default_factory=set)  # row numbers left empty (maybe with specks)
    walk_ins: set[int] = field(default_factory=set)  # walk-in rows written in


def render_pages(pdf: str | Path, dpi: int = 200) -> list[np.ndarray]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        out = []
        for page in doc:
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            array = np.array(bitmap.to_numpy(), copy=True)
            out.append(array[:, :, 0] if array.ndim == 3 else array)
        return out
    finally:
        doc.close()


def _stroke(img, points_mm, k, width_mm, level) -> None:
    pts = np.round(np.array(points_mm) * k * 8).astype(np.int32)  # 3 bits of sub-pixel
    thickness = max(1, int(round(width_mm * k)))
    cv2.polylines(img, [pts], False, int(level), thickness, cv2.LINE_AA, shift=3)


def signature(img, box, k, rng) -> None:
    """A scribbled name: a wavy line of loops across much of the box."""
    x, y, w, h = box
    length = rng.uniform(0.25, 0.8) * (w - 6)
    x0 = x + 3 + rng.uniform(0, w - 6 - length)
    mid = y + h / 2 + rng.uniform(-1, 1)
    t = np.linspace(0, 1, 160)
    freq = rng.uniform(3, 7)
    amp = rng.uniform(1.2, h / 2 - 2.2)
    xs = x0 + t * length + 1.5 * np.sin(t * freq * 2 * math.pi * 1.7)
    ys = mid + amp * np.sin(t * freq * 2 * math.pi) * (0.6 + 0.4 * np.sin(t * 5))
    _stroke(img, np.stack([xs, ys], 1), k, rng.uniform(0.3, 0.7), rng.uniform(10, 90))


def tick(img, box, k, rng) -> None:
    x, y, w, h = box
    cx, cy = x + rng.uniform(8, w - 12), y + h / 2
    s = rng.uniform(2.2, 3.4)
    pts = [(cx - s, cy), (cx - s / 3, cy + s * 0.8), (cx + s * 1.3, cy - s)]
    _stroke(img, pts, k, rng.uniform(0.35, 0.6), rng.uniform(10, 80))


def specks(img, box, k, rng) -> None:
    """A few stray dots: a pen touched the paper."""
    x, y, w, h = box
    for _ in range(int(rng.integers(1, 4))):
        cx, cy = x + rng.uniform(3, w - 3), y + rng.uniform(3, h - 3)
        r = max(1, int(round(rng.uniform(0.2, 0.4) * k)))
        cv2.circle(img, (int(cx * k), int(cy * k)), r, int(rng.uniform(10, 80)), -1, cv2.LINE_AA)


def over_border(img, box, k, rng) -> None:
    """A stroke from the row above coming in over the top border, or a line along a border."""
    x, y, w, h = box
    if rng.random() < 0.5:
        cx = x + rng.uniform(5, w - 5)
        pts = [(cx - 1, y - 3), (cx, y + rng.uniform(1.5, 2.6))]
    else:
        yy = y + (rng.uniform(0.4, 1.4) if rng.random() < 0.5 else h - rng.uniform(0.4, 1.4))
        pts = [(x - 4, yy), (x + w + 4, yy + rng.uniform(-0.4, 0.4))]
    _stroke(img, pts, k, rng.uniform(0.3, 0.5), rng.uniform(20, 80))


def handwriting(img, box, k, rng) -> None:
    x, y, w, h = box
    signature(img, (x, y, min(w, 60), h), k, rng)


def sign(page: np.ndarray, code: L.SheetCode, dpi: int, rng) -> Sample:
    """Fill in a rendered sheet: about half the people sign (some with a tick), the others'
    boxes get specks or a line over the border now and then; one walk-in row is written in."""
    img = page.copy()
    k = dpi / 25.4
    sample = Sample(img)
    for slot, _person in enumerate(code.people):
        row = code.first_row + slot
        box = L.signature_box(slot)
        if rng.random() < 0.55:
            (tick if rng.random() < 0.25 else signature)(img, box, k, rng)
            sample.signed.add(row)
        else:
            roll = rng.random()
            if roll < 0.3:
                specks(img, box, k, rng)
            elif roll < 0.55:
                over_border(img, box, k, rng)
            sample.empty.add(row)
    if code.walk_ins and rng.random() < 0.7:
        slot = len(code.people) + int(rng.integers(0, code.walk_ins))
        handwriting(img, (L.column_x(1), *L.row_box(slot)[1:2], L.COLUMNS[1], L.ROW_H), k, rng)
        signature(img, L.signature_box(slot), k, rng)
        sample.walk_ins.add(code.first_row + slot)
    return sample


def photograph(img: np.ndarray, rng, *, angle: float | None = None, harsh: bool = True):
    """As a scanner or a phone would give the page back."""
    h, w = img.shape
    if angle is None:
        angle = float(rng.choice([0, 90, 180, 270])) + rng.uniform(-4, 4)
    scale = rng.uniform(0.75, 1.15)
    pad = int(0.08 * max(h, w))
    table = int(rng.uniform(90, 200))
    img = cv2.copyMakeBorder(img, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=table)
    h, w = img.shape
    centre = (w / 2, h / 2)
    m = cv2.getRotationMatrix2D(centre, angle, scale)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
    m[0, 2] += nw / 2 - centre[0]
    m[1, 2] += nh / 2 - centre[1]
    img = cv2.warpAffine(img, m, (nw, nh), borderValue=table)
    if harsh:
        d = 0.05 * min(nw, nh)
        src = np.array([[0, 0], [nw, 0], [nw, nh], [0, nh]], np.float32)
        dst = src + rng.uniform(-d, d, (4, 2)).astype(np.float32)
        p = cv2.getPerspectiveTransform(src, dst)
        img = cv2.warpPerspective(img, p, (nw, nh), borderValue=table)
        yy, xx = np.mgrid[0:nh, 0:nw].astype(np.float32)
        a = rng.uniform(0, 2 * math.pi)
        ramp = (xx * math.cos(a) + yy * math.sin(a)) / max(nw, nh)
        ramp = (ramp - ramp.min()) / (np.ptp(ramp) + 1e-6)
        light = 1.0 - rng.uniform(0.25, 0.45) * ramp
        img = np.clip(img.astype(np.float32) * light + rng.normal(0, 4, img.shape), 0, 255)
        img = img.astype(np.uint8)
        sigma = rng.uniform(0.4, 1.3)
        img = cv2.GaussianBlur(img, (0, 0), sigma)
    quality = int(rng.uniform(45, 85))
    ok, jpeg = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return cv2.imdecode(jpeg, cv2.IMREAD_GRAYSCALE), jpeg.tobytes()


def codes_of(pages: list[np.ndarray]) -> list[L.SheetCode]:
    """The codes of clean rendered pages, as printed."""
    import zxingcpp

    return [L.parse(zxingcpp.read_barcodes(p)[0].text) for p in pages]


def samples(pdf: str | Path, n: int, seed: int = 19, dpi: int = 200):
    """n samples made from the pages of one sign-in sheet PDF, in turn: (page index, Sample)."""
    rng = np.random.default_rng(seed)
    pages = render_pages(pdf, dpi)
    codes = codes_of(pages)
    for i in range(n):
        page_index = i % len(pages)
        sample = sign(pages[page_index], codes[page_index], dpi, rng)
        sample.image, _jpeg = photograph(sample.image, rng)
        yield page_index, sample


def seminar_sheets(db, pdf: Path, lang: str = "en") -> dict:
    """TR-7 (3 days, 3 people on its roster, all still `absent`) and its sign-in sheets written
    to `pdf`: the roster data the sheets were made from."""
    from app.reports.attendance_documents import build_signin_sheets
    from app.services.attendance import roster
    from app.services.attendance.recording import set_attendance
    from tests.factories import add_seminar

    training, people = add_seminar(db)
    for person in people.values():
        set_attendance(db, training["id"], person["id"], "absent")
    data = roster.roster(db, training["id"])
    build_signin_sheets(data, pdf, lang)
    return data


def write_pdf(images: list[np.ndarray], path: Path) -> Path:
    """Images as the pages of one PDF, as a scanner writes them."""
    from PIL import Image

    pages = [Image.fromarray(i) for i in images]
    pages[0].save(path, save_all=True, append_images=pages[1:], resolution=150.0)
    return path
