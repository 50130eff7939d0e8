"""Certificate codes read from files: the QR codes of a PDF of certificates (its pages rendered
with pypdfium2) or of a photo or scan of a printed one (PNG or JPEG, read with Pillow), decoded
with zxing-cpp. Files too big to be certificates are refused before they are decoded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from app.errors import GpastError, os_reason
from app.services.attendance.certificate_codes import PREFIX

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_PIXELS = 60_000_000  # a 60-megapixel photo is bigger than any phone's
MAX_PAGES = 500
RENDER_DPI = 150  # a QR code of 34 mm at 150 dpi has 3 pixels a module
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")


def codes_in_file(path: str | Path) -> list[str]:
    """Every certificate code found in the file, in page order; raises GpastError naming the
    file when it cannot be read or is too big."""
    path = Path(path)
    try:
        size = path.stat().st_size
        head = path.open("rb").read(8)
    except OSError as exc:
        raise GpastError("{file}: cannot be read ({why})", file=path, why=os_reason(exc)) from exc
    if size > MAX_FILE_BYTES:
        raise GpastError(
            "{file}: too big to be a certificate ({size} MB; at most {limit} MB)",
            file=path,
            size=size // (1024 * 1024),
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )
    if head.startswith(b"%PDF"):
        return [code for image in _pdf_pages(path) for code in _codes(image)]
    if path.suffix.lower() in IMAGE_SUFFIXES or head.startswith((b"\x89PNG", b"\xff\xd8")):
        return _codes(_image(path))
    raise GpastError("{file}: not a PDF, PNG or JPEG file (nor a certificate code)", file=path)


def _codes(image) -> list[str]:
    import zxingcpp

    found = zxingcpp.read_barcodes(image)
    if not found:  # a blurred photo: once more with the edges sharpened
        from PIL import ImageFilter

        found = zxingcpp.read_barcodes(image.filter(ImageFilter.UnsharpMask(4, 200, 0)))
    return [r.text for r in found if r.text.upper().startswith(PREFIX)]


def _image(path: Path):
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(path)  # reads the header only
        if image.width * image.height > MAX_PIXELS:
            raise GpastError(
                "{file}: too big to be a certificate ({pixels} megapixels; at most {limit})",
                file=path,
                pixels=image.width * image.height // 1_000_000,
                limit=MAX_PIXELS // 1_000_000,
            )
        image.load()
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise GpastError("{file}: not a readable image ({why})", file=path, why=str(exc)) from exc
    return image.convert("L")


def _pdf_pages(path: Path) -> Iterator:
    """Each page as an image, one at a time (a long PDF is never all in memory)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise GpastError("{file}: not a readable PDF ({why})", file=path, why=str(exc)) from exc
    try:
        if len(pdf) > MAX_PAGES:
            raise GpastError(
                "{file}: too many pages to be certificates ({pages}; at most {limit})",
                file=path,
                pages=len(pdf),
                limit=MAX_PAGES,
            )
        for page in pdf:
            width, height = page.get_size()  # points
            longest = max(width, height) / 72 * RENDER_DPI
            scale = RENDER_DPI / 72 * min(1.0, 4000 / longest) if longest else 1.0
            yield page.render(scale=scale, grayscale=True).to_pil()
            page.close()
    finally:
        pdf.close()
