"""Write rows to an .xlsx workbook, streamed: the sheet's XML is made a row at a time straight
into the zip, so memory stays flat however many rows (XlsxWriter's constant-memory mode did the
same at 4.5-8.6x the time of a CSV export, measured in bench_spreadsheets.py; this writer makes
one string per row). Cells are typed: numbers, booleans, dates (shown yyyy-mm-dd, with the time
when there is one) and text; text is always a string (shared, as Excel writes it: each distinct
text once, up to SHARED distinct texts, then inline strings), never a formula, link or number,
so user text cannot become a formula. Characters XML cannot hold are written as Excel's _xHHHH_
escapes."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable
from datetime import date, datetime
from itertools import islice
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

SHARED = 100_000  # distinct texts kept in the shared table (memory); later ones are inline
EPOCH = date(1899, 12, 30)  # Excel's day 0 (with its 1900 leap-year quirk folded in)
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_")

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
<Override PartName="/xl/worksheets/sheet1.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
<Override PartName="/xl/styles.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
<Override PartName="/xl/sharedStrings.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
Target="xl/workbook.xml"/></Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
<sheets><sheet name={name} sheetId="1" r:id="rId1"/></sheets></workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
Target="worksheets/sheet1.xml"/>\
<Relationship Id="rId2" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
Target="styles.xml"/>\
<Relationship Id="rId3" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" \
Target="sharedStrings.xml"/></Relationships>"""
# styles: 0 plain, 1 bold (the header), 2 a date, 3 a date and time
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/>\
<numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd\\ hh:mm:ss"/></numFmts>\
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill>\
<fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
</styleSheet>"""
SHEET_START = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"""
SHEET_END = "</sheetData></worksheet>"
SHARED_START = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
count="{count}" uniqueCount="{count}">"""


def column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _text(value: str) -> str:
    """Text as XML can hold it: & < > escaped, control characters as _xHHHH_ (and a literal
    _xHHHH_ kept literal by escaping its underscore), as Excel writes them."""
    if _UNSAFE.search(value):
        value = _UNSAFE.sub(lambda m: f"_x{ord(m.group()[0]):04X}_" + m.group()[1:], value)
    return escape(value)


_SAFE = r"&<>_\x00-\x1f\ud800-\udfff\ufffe\uffff"
_PLAIN = re.compile(rf"\A[^\s{_SAFE}](?:[^{_SAFE}]*[^\s{_SAFE}])?\Z")


def _t(value: str) -> str:
    """A text's <t> element."""
    if _PLAIN.match(value):  # nearly every text: nothing to escape, no edge spaces
        return f"<t>{value}</t>"
    space = ' xml:space="preserve"' if value[:1].isspace() or value[-1:].isspace() else ""
    return f"<t{space}>{_text(value)}</t>"


def _cell(ref: str, value: Any, shared: dict[str, int]) -> str:
    kind = type(value)
    if kind is str:
        index = shared.get(value)
        if index is None and len(shared) < SHARED:
            index = shared[value] = len(shared)
        if index is not None:
            return f'<c r="{ref}" t="s"><v>{index}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is>{_t(value)}</is></c>'
    if kind is int or kind is float:
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    if kind is bool:
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if kind is date:
        return f'<c r="{ref}" s="2"><v>{(value - EPOCH).days}</v></c>'
    if isinstance(value, datetime):
        delta = value.replace(tzinfo=None) - datetime(1899, 12, 30)
        return f'<c r="{ref}" s="3"><v>{delta.total_seconds() / 86400!r}</v></c>'
    return _cell(ref, str(value), shared)


def write_xlsx(path: Path, header: list[str], rows: Iterable[list[Any]], title: str) -> int:
    letters = [column_letters(n + 1) for n in range(max(len(header), 1))]
    count = 0
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK.format(name=quoteattr(title[:31])))
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/styles.xml", STYLES)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as raw:
            write = raw.write
            write(SHEET_START.encode())
            head = "".join(
                f'<c r="{letters[j]}1" t="inlineStr" s="1"><is><t>{_text(name)}</t></is></c>'
                for j, name in enumerate(header)
            )
            write(f'<row r="1">{head}</row>'.encode("utf-8", "replace"))
            part: list[str] = []
            shared: dict[str, int] = {}
            for count, row in enumerate(rows, start=1):  # noqa: B007 - the count is returned
                number = count + 1
                if len(row) > len(letters):
                    letters += [column_letters(n + 1) for n in range(len(letters), len(row))]
                cells = "".join(
                    [
                        _cell(f"{letter}{number}", v, shared)
                        for letter, v in zip(letters, row, strict=False)
                        if v is not None and v != ""
                    ]
                )
                part.append(f'<row r="{number}">{cells}</row>')
                if len(part) == 2000:
                    write("".join(part).encode("utf-8", "replace"))
                    part.clear()
            write("".join(part).encode("utf-8", "replace"))
            write(SHEET_END.encode())
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as raw:
            raw.write(SHARED_START.format(count=len(shared)).encode())
            texts = iter(shared)
            while part := [f"<si>{_t(text)}</si>" for text in islice(texts, 2000)]:
                raw.write("".join(part).encode("utf-8", "replace"))
            raw.write(b"</sst>")
    return count
