"""The build side of the interface languages: refresh the Qt Linguist sources from the code
and fill in known translations, compile them to .qm. Run as `python -m app.i18n update|build`;
kept apart from app.i18n so that starting the program imports none of it."""

from __future__ import annotations

import runpy
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from app.i18n import COMPILED, LANGUAGES, ROOT, SOURCES


def _tool(name: str) -> str:
    """A PySide6 tool next to this Python (a venv's bin/ or Scripts\\), else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return shutil.which(name) or name


def ui_files() -> list[str]:
    return sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))


def lupdate(ts: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lupdate"), *ui_files(), "-no-obsolete", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )


def _child(element: ET.Element, tag: str) -> ET.Element:
    """A child every Qt Linguist <message> has (<source>, <translation>)."""
    child = element.find(tag)
    if child is None:
        raise ValueError(f"a <{element.tag}> without <{tag}>")
    return child


def fill(
    ts: Path,
    strings: dict[str | tuple[str, str | None], str],
    plurals: dict[str, tuple[str, ...]],
) -> int:
    """Put known translations into unfinished entries; returns how many are still missing.
    `strings` is keyed by the English text, or by (text, disambiguation comment)."""
    tree = ET.parse(ts)
    missing = 0
    for message in tree.getroot().iter("message"):
        source = _child(message, "source").text or ""
        comment = message.find("comment")
        translation = _child(message, "translation")
        if translation.get("type") != "unfinished":
            continue
        if comment is not None and (source, comment.text) in strings:
            translation.text = strings[(source, comment.text)]
            del translation.attrib["type"]
        elif message.get("numerus") == "yes" and source in plurals:
            for child in list(translation):
                translation.remove(child)
            for form in plurals[source]:
                ET.SubElement(translation, "numerusform").text = form
            del translation.attrib["type"]
        elif source in strings:
            translation.text = strings[source]
            del translation.attrib["type"]
        else:
            missing += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def unfinished(ts: Path) -> list[str]:
    tree = ET.parse(ts)
    return [
        _child(m, "source").text or ""
        for m in tree.getroot().iter("message")
        if _child(m, "translation").get("type") == "unfinished"
    ]


def update() -> int:
    for lang in LANGUAGES:
        ts = SOURCES / f"gpast_{lang}.ts"
        lupdate(ts)
        known = runpy.run_path(str(SOURCES / f"{lang}_strings.py"))
        missing = fill(ts, known[lang.upper()], known[f"{lang.upper()}_PLURALS"])
        print(f"{ts}: {missing} strings without a translation")
    return 0


def build() -> int:
    COMPILED.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                str(SOURCES / f"gpast_{lang}.ts"),
                "-qm",
                str(COMPILED / f"gpast_{lang}.qm"),
            ],
            check=True,
            capture_output=True,
        )
    return 0
