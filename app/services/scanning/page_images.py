"""The page images in scan files: each page of a PDF rendered (pypdfium2), each frame of a
PNG, JPEG or TIFF decoded (OpenCV), as grey-level arrays. Files too large to be scans of paper
are refused before anything is decoded."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.errors import GpastError, Message, os_reason

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_PDF_PAGES = 500
MAX_PIXELS = 60_000_000  # a 60-megapixel photo; larger is not a sheet of paper
MAX_PAGE_MM = 600.0  # a PDF page larger than this (A2) is not a scanned sheet
RENDER_DPI = 200
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}


@dataclass(frozen=True)
class PageImage:
    file: str
    page: int  # 1-based within the file
    pixels: np.ndarray | None  # grey levels; None when the page was refused
    problem: Message | None = None  # why it was refused


class ScanFileError(GpastError):
    """A whole file that cannot be read."""


def pages_of(path: str | Path) -> Iterator[PageImage]:
    """Every page of one file, in order; ScanFileError for a file refused whole."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ScanFileError(
            "{file}: cannot be read ({why})", file=path, why=os_reason(exc)
        ) from exc
    if size > MAX_FILE_BYTES:
        raise ScanFileError(
            "{file}: {size} MB is too large for a scan (at most {limit} MB)",
            file=path,
            size=size // (1024 * 1024),
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )
    with path.open("rb") as f:
        head = f.read(8)
    if head.startswith(b"%PDF"):
        yield from _pdf_pages(path)
    elif path.suffix.lower() in IMAGE_SUFFIXES or _looks_like_image(head):
        yield from _image_pages(path)
    else:
        raise ScanFileError("{file}: not a PDF, PNG, JPEG or TIFF file", file=path)


def _looks_like_image(head: bytes) -> bool:
    return head.startswith((b"\x89PNG", b"\xff\xd8", b"II*\x00", b"MM\x00*"))


def _pdf_pages(path: Path) -> Iterator[PageImage]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise ScanFileError("{file}: not a readable PDF ({why})", file=path, why=exc) from exc
    try:
        if len(pdf) > MAX_PDF_PAGES:
            raise ScanFileError(
                "{file}: {n} pages are too many for one scan (at most {limit})",
                file=path,
                n=len(pdf),
                limit=MAX_PDF_PAGES,
            )
        for index in range(len(pdf)):
            page = pdf[index]
            width, height = page.get_size()  # points
            if max(width, height) / 72 * 25.4 > MAX_PAGE_MM:
                yield PageImage(str(path), index + 1, None, Message("the page is too large"))
                continue
            bitmap = page.render(scale=RENDER_DPI / 72, grayscale=True)
            pixels = np.array(bitmap.to_numpy(), copy=True)
            if pixels.ndim == 3:
                pixels = pixels[:, :, 0]
            yield PageImage(str(path), index + 1, pixels)
    finally:
        pdf.close()


def _image_pages(path: Path) -> Iterator[PageImage]:
    import cv2
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as probe:  # reads the header only
                frames = getattr(probe, "n_frames", 1)
                width, height = probe.size
    except Image.DecompressionBombError as exc:
        raise ScanFileError(
            "{file}: too large for a scan (at most {limit} megapixels)",
            file=path,
            limit=MAX_PIXELS // 1_000_000,
        ) from exc
    except OSError as exc:
        raise ScanFileError("{file}: not a readable image ({why})", file=path, why=exc) from exc
    if width * height > MAX_PIXELS or frames > MAX_PDF_PAGES:
        raise ScanFileError(
            "{file}: {width} × {height} pixels is too large for a scan "
            "(at most {limit} megapixels)",
            file=path,
            width=width,
            height=height,
            limit=MAX_PIXELS // 1_000_000,
        )
    data = np.fromfile(str(path), dtype=np.uint8)
    if frames > 1:
        ok, images = cv2.imdecodemulti(data, cv2.IMREAD_GRAYSCALE)
        decoded = list(images) if ok else []
    else:
        one = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE)
        decoded = [one] if one is not None else []
    if not decoded:
        raise ScanFileError("{file}: not a readable image", file=path)
    for n, pixels in enumerate(decoded, start=1):
        yield PageImage(str(path), n, pixels)
