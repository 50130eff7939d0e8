"""One page image read: the sheet's QR code found and decoded, the page straightened from the
code and the four corner squares, and each printed row's signature box judged by its ink.

Everything is measured on the straightened page at PX_PER_MM: ink is what is clearly darker than
the paper around it (so uneven light does not matter), specks and lines coming in over the box's
border are not counted, and a box is signed when the strokes left add up to a mark of some
length. Between "clearly empty" and "clearly signed" a box is `uncertain`: the window shows it,
the command line does not record it."""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

from app.errors import Message
from app.services.scanning import sheet_layout as L

PX_PER_MM = 5.0
MAX_SIDE = 2600  # larger photos are scaled down first: the QR and the boxes stay readable
INSET_MM = 1.6  # the box's border and a slightly shifted print stay outside what is measured
INK_LEVEL = 0.72  # darker than 72 % of the paper around it
SPECK_MM = 1.2  # marks whose both sides are shorter than this are specks
SIGNED_MM2 = 2.2  # at least this much ink …
SIGNED_SPAN_MM = 4.0  # … spread over at least this much
UNSURE_MM2 = 0.9
BLUR_MM = 1.1  # a corner square's edge blurred wider than this: the boxes cannot be judged
SIGNED, NOT_SIGNED, UNCERTAIN = "signed", "not signed", "uncertain"

# why a page was not read (the window and the command line show them in the user's language)
BLANK = Message("a blank page")
NOT_A_SHEET = Message("not a sign-in sheet (no code found)")
OTHER_CODE = Message("not a sign-in sheet (its code is not one of ours)")
UNREADABLE_CODE = Message("the sheet's QR code cannot be read")
NO_CORNERS = Message("the sheet's corner squares cannot be found (is the whole sheet on the page?)")
TOO_BLURRED = Message("too blurred to judge the signature boxes")


@dataclass
class Box:
    """One printed row's signature box (or, for a walk-in row, the whole row)."""

    row: int  # the row number printed on the sheet
    person: int | None  # participant id; None for a walk-in row
    verdict: str
    ink_mm2: float
    image: np.ndarray = field(repr=False)  # the cut-out, for the window


@dataclass
class SheetReading:
    code: L.SheetCode
    boxes: list[Box]  # the printed people, in order
    walk_ins: list[Box]  # the walk-in rows someone wrote in


@dataclass
class PageProblem:
    reason: Message


def read_page(pixels: np.ndarray) -> list[SheetReading] | PageProblem:
    """Every sheet on one page image (a photo may hold two), or why none could be read."""
    grey = _scaled(pixels)
    if _blank(grey):
        return PageProblem(BLANK)
    import zxingcpp

    found = zxingcpp.read_barcodes(
        grey, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode), return_errors=True
    )
    if not found:
        if _blurred(grey):
            return PageProblem(TOO_BLURRED)
        return PageProblem(UNREADABLE_CODE if _has_finder_like(grey) else NOT_A_SHEET)
    sheets: list[SheetReading] = []
    problem: Message | None = None
    for qr in found:
        if not qr.valid:
            problem = problem or UNREADABLE_CODE
            continue
        try:
            code = L.parse(qr.text)
        except L.NotASheetCode:
            problem = problem or OTHER_CODE
            continue
        result = _read_sheet(grey, code, _corners(qr))
        if isinstance(result, PageProblem):
            problem = problem or result.reason
        else:
            sheets.append(result)
    return sheets if sheets else PageProblem(problem or NOT_A_SHEET)


def _scaled(pixels: np.ndarray) -> np.ndarray:
    if pixels.ndim == 3:
        pixels = cv2.cvtColor(pixels, cv2.COLOR_BGR2GRAY)
    if pixels.dtype != np.uint8:
        low, high = float(pixels.min()), float(pixels.max())
        pixels = ((pixels - low) * (255.0 / max(high - low, 1e-9))).astype(np.uint8)
    side = max(pixels.shape)
    if side > MAX_SIDE:
        k = MAX_SIDE / side
        pixels = cv2.resize(pixels, None, fx=k, fy=k, interpolation=cv2.INTER_AREA)
    return np.ascontiguousarray(pixels)


def _blank(grey: np.ndarray) -> bool:
    small = cv2.resize(grey, (400, int(400 * grey.shape[0] / grey.shape[1]) or 1))
    ink = _ink(small, 41)
    return float(ink.mean()) < 0.0015


def _blurred(grey: np.ndarray) -> bool:
    """No edge anywhere is sharp: the steepest changes of brightness are a small part of the
    page's contrast (sharp print goes from paper to ink within a pixel or two)."""
    small = grey
    gx = cv2.Sobel(small, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(small, cv2.CV_32F, 0, 1, ksize=3)
    magnitude = np.hypot(gx, gy).ravel()
    top = np.partition(magnitude, magnitude.size - 400)[-400:]  # the 400 steepest pixels
    steep = float(top.mean()) / 8.0  # Sobel's gain: 8 per level
    low, high = np.percentile(small, [1, 99])
    return steep < 0.2 * max(float(high - low), 1.0)


def _has_finder_like(grey: np.ndarray) -> bool:
    """A damaged QR code still shows its square finder patterns: then the code is unreadable
    rather than missing."""
    detector = cv2.QRCodeDetector()
    ok, _points = detector.detect(grey)
    return bool(ok)


def _corners(qr) -> np.ndarray:
    p = qr.position
    pts = [p.top_left, p.top_right, p.bottom_right, p.bottom_left]
    return np.array([[q.x, q.y] for q in pts], dtype=np.float32)


def _ink(grey: np.ndarray, window: int) -> np.ndarray:
    """1 where the image is clearly darker than the paper around it."""
    background = cv2.dilate(grey, np.ones((window // 3 | 1, window // 3 | 1), np.uint8))
    background = cv2.blur(background, (window, window)).astype(np.float32) + 1.0
    return (grey.astype(np.float32) / background < INK_LEVEL).astype(np.uint8)


def _page_mm(points_mm) -> np.ndarray:
    return np.array(points_mm, dtype=np.float32) * PX_PER_MM


def _read_sheet(grey: np.ndarray, code: L.SheetCode, qr: np.ndarray) -> SheetReading | PageProblem:
    to_page = _geometry(grey, qr)
    if to_page is None:
        return PageProblem(NO_CORNERS)
    size = (int(L.PAGE_W * PX_PER_MM), int(L.PAGE_H * PX_PER_MM))
    page = cv2.warpPerspective(grey, to_page, size, flags=cv2.INTER_LINEAR, borderValue=(255,))
    if _edge_width_mm(page) > BLUR_MM:
        return PageProblem(TOO_BLURRED)
    ink = _ink(page, int(8 * PX_PER_MM) | 1)
    boxes = []
    for slot, person in enumerate(code.people):
        boxes.append(_judge(page, ink, L.signature_box(slot), code.first_row + slot, person))
    walk_ins = []
    for slot in range(len(code.people), code.rows):
        name = _judge(page, ink, _name_cells(slot), code.first_row + slot, None)
        sign = _judge(page, ink, L.signature_box(slot), code.first_row + slot, None)
        if SIGNED in (name.verdict, sign.verdict) or name.verdict == UNCERTAIN:
            x, y, w, h = L.row_box(slot)
            walk_ins.append(
                Box(
                    code.first_row + slot,
                    None,
                    SIGNED,
                    name.ink_mm2 + sign.ink_mm2,
                    _cut(page, (x, y, w, h), 0.0),
                )
            )
    return SheetReading(code, boxes, walk_ins)


def _geometry(grey: np.ndarray, qr: np.ndarray) -> np.ndarray | None:
    """The image → straightened page transform from the four corner squares: every solid dark
    square of about the right size in the image is a candidate, and each corner takes the one
    nearest to where the code's position and size say it should be (nearest corner first, each
    one found improving the guess for the next)."""
    px_per_mm = float(np.linalg.norm(qr[1] - qr[0]) / L.QR_SIZE)
    candidates = _squares(grey, px_per_mm)
    page_pts = [np.array(p, np.float32) for p in L.qr_corners()]
    image_pts = list(qr)
    corners = sorted(L.marker_centres(), key=lambda c: np.hypot(c[0] - L.QR_X, c[1] - L.QR_Y))
    taken: list[np.ndarray] = []
    for centre in corners:
        gx, gy = _to_image(page_pts, image_pts, centre)
        best, best_d = None, 45 * px_per_mm
        for spot in candidates:
            d = float(np.hypot(spot[0] - gx, spot[1] - gy))
            if d < best_d and not any(spot is t for t in taken):
                best, best_d = spot, d
        if best is not None:
            taken.append(best)
            page_pts.append(np.array(centre, np.float32))
            image_pts.append(best)
    if len(taken) < 3:
        return None
    src = np.array(image_pts, np.float32)
    dst = np.array(page_pts, np.float32) * PX_PER_MM
    if len(taken) == 4:
        matrix = cv2.getPerspectiveTransform(src[4:], dst[4:])
    else:  # three corners and the code's own
        matrix, _mask = cv2.findHomography(src, dst, 0)
    if matrix is None:
        return None
    check = cv2.perspectiveTransform(qr.reshape(-1, 1, 2), matrix).reshape(-1, 2)
    if float(np.abs(check - dst[:4]).max()) > 3.0 * PX_PER_MM:
        return None  # the squares found do not agree with the code: not this sheet's corners
    return matrix


def _squares(grey: np.ndarray, px_per_mm: float) -> list[np.ndarray]:
    """The centres of solid dark squares about the corner squares' size."""
    window = int(30 * px_per_mm) | 1
    dark = cv2.adaptiveThreshold(
        grey, 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, window, 25
    )
    n, _labels, stats, centroids = cv2.connectedComponentsWithStats(dark, connectivity=8)
    expected = (L.MARKER * px_per_mm) ** 2
    out = []
    for i in range(1, n):
        _x, _y, w, h, area = stats[i]
        solid = area > 0.75 * w * h and 0.5 < w / max(h, 1) < 2.0
        if solid and 0.3 * expected < area < 3.0 * expected:
            out.append(centroids[i].astype(np.float32))
    return out


def _to_image(page_pts, image_pts, centre) -> tuple[float, float]:
    """Where a page point should be in the image, from the points known so far: an affine fit
    (a perspective fit from a small square extrapolates badly)."""
    src = np.array(page_pts, np.float32)
    dst = np.array(image_pts, np.float32)
    point = np.array([[centre]], np.float32)
    affine, _inliers = cv2.estimateAffine2D(src, dst, method=cv2.LMEDS)
    x, y = cv2.transform(point, affine)[0][0]
    return float(x), float(y)


def _name_cells(slot: int) -> tuple[float, float, float, float]:
    """A walk-in row's name and organisation cells (the sex boxes are printed)."""
    x, y, _w, h = L.row_box(slot)
    return L.column_x(1), y, L.COLUMNS[1], h


def _edge_width_mm(page: np.ndarray) -> float:
    """How wide the straightened top-left square's left and top edges are, from 10 % to 90 %
    of the way from paper to black: sharp print is a few tenths of a millimetre."""
    cx, cy = (int(v * PX_PER_MM) for v in L.marker_centres()[0])
    half = int(L.MARKER * PX_PER_MM)
    widths = []
    for profile in (
        page[cy - 3 : cy + 4, max(cx - half, 0) : cx].mean(axis=0),
        page[max(cy - half, 0) : cy, cx - 3 : cx + 4].mean(axis=1),
    ):
        lo, hi = float(profile.min()), float(profile.max())
        if hi - lo < 40:
            return float("inf")
        norm = (hi - profile) / (hi - lo)  # 0 paper, 1 black
        widths.append(int(np.count_nonzero((norm > 0.1) & (norm < 0.9))))
    return max(widths) / PX_PER_MM


def _cut(page: np.ndarray, box, inset: float) -> np.ndarray:
    x, y, w, h = box
    k = PX_PER_MM
    return page[
        int((y + inset) * k) : int((y + h - inset) * k),
        int((x + inset) * k) : int((x + w - inset) * k),
    ]


def _judge(page, ink, box, row: int, person: int | None) -> Box:
    inside = _cut(ink, box, INSET_MM)
    n, labels, stats, _c = cv2.connectedComponentsWithStats(inside, connectivity=8)
    height, width = inside.shape
    k = PX_PER_MM
    total = 0
    xs: list[int] = []
    ys: list[int] = []
    for i in range(1, n):
        x, y, w, h, area = (int(v) for v in stats[i])
        if max(w, h) < SPECK_MM * k:
            continue  # a speck
        touches = x == 0 or y == 0 or x + w == width or y + h == height
        if touches and min(w, h) < 2.0 * k:
            continue  # a line coming in over the border, or the border itself
        total += area
        xs += [x, x + w]
        ys += [y, y + h]
    mm2 = total / (k * k)
    span = max(max(xs) - min(xs), max(ys) - min(ys)) / k if xs else 0.0
    if mm2 >= SIGNED_MM2 and span >= SIGNED_SPAN_MM:
        verdict = SIGNED
    elif mm2 >= UNSURE_MM2:
        verdict = UNCERTAIN
    else:
        verdict = NOT_SIGNED
    return Box(row, person, verdict, round(mm2, 2), _cut(page, box, 0.0).copy())
