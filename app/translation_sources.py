"""The build side of the interface languages: refresh the Qt Linguist sources from the code
(the .ts files are the one source of every translation), compile them to .qm. Run as
`python -m app.i18n update|build`; kept apart from app.i18n so that starting the program
imports none of it."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from app.errors import CONTEXT
from app.i18n import COMMAND_LINE, COMPILED, DOCUMENTS, LANGUAGES, ROOT, SOURCES


def _tool(name: str) -> str:
    """A PySide6 tool next to this Python (a venv's bin/ or Scripts\\), else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return shutil.which(name) or name


def ui_files() -> list[str]:
    return sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))


# -- the message ids of app.errors ------------------------------------------------------------
# A problem is made by calling one of these classes (or a subclass) with its message id as a
# literal: the first argument, the second for ValidationError (the field comes first).
PROBLEM_ROOTS = {"Message": 0, "GpastError": 0, "ValidationError": 1}


def _problem_classes(trees: dict[Path, ast.Module]) -> dict[str, int]:
    """Every class derived from PROBLEM_ROOTS in `trees` -> where its message id is. Dataclasses
    (ImportRefused: a list of problems) take no message id and are left out."""
    found = dict(PROBLEM_ROOTS)
    classes = [
        node
        for tree in trees.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef) and not node.decorator_list
    ]
    grew = True
    while grew:
        grew = False
        for node in classes:
            bases = [b.id for b in node.bases if isinstance(b, ast.Name) and b.id in found]
            if bases and node.name not in found:
                found[node.name] = found[bases[0]]
                grew = True
    return found


def problem_calls() -> list[tuple[Path, int, str | None]]:
    """(file, line, message id) of every problem made in app/ outside app/errors.py; the id is
    None where it is not a literal (the catalogue cannot know it: a defect)."""
    files = sorted((ROOT / "app").rglob("*.py"))
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in files}
    classes = _problem_classes(trees)
    calls: list[tuple[Path, int, str | None]] = []
    renderer = ROOT / "app" / "errors.py"  # passes the ids it renders on: not literals there
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name not in classes or len(node.args) <= classes[name]:
                continue
            arg = node.args[classes[name]]
            options = [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]
            for option in options:
                if isinstance(option, ast.Constant) and isinstance(option.value, str):
                    calls.append((path, node.lineno, option.value))
                elif path != renderer:
                    calls.append((path, node.lineno, None))
    return calls


def problem_ids() -> dict[str, list[tuple[Path, int]]]:
    """Every message id of the program -> where it is raised."""
    ids: dict[str, list[tuple[Path, int]]] = {}
    for path, line, message_id in problem_calls():
        if message_id is not None:
            ids.setdefault(message_id, []).append((path, line))
    return ids


def _child(element: ET.Element, tag: str) -> ET.Element:
    """A child every Qt Linguist <message> has (<source>, <translation>)."""
    child = element.find(tag)
    if child is None:
        raise ValueError(f"a <{element.tag}> without <{tag}>")
    return child


def translations(ts: Path, context: str) -> dict[str, str]:
    out = {}
    for node in ET.parse(ts).getroot().iter("context"):
        if node.findtext("name") == context:
            for message in node.iter("message"):
                translation = _child(message, "translation")
                if translation.get("type") != "unfinished" and translation.text:
                    out[_child(message, "source").text or ""] = translation.text
    return out


def marked_texts(files: list[Path], names: set[str]) -> dict[str, list[tuple[Path, int]]]:
    """The literal first argument of each call of a function in `names` (t, tr, translatable)
    in `files` -> where it is."""
    texts: dict[str, list[tuple[Path, int]]] = {}
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) in names
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                texts.setdefault(node.args[0].value, []).append((path, node.lineno))
    return texts


def command_line_texts() -> dict[str, list[tuple[Path, int]]]:
    """Every text of the command line: t("…") in app/cli.py and app/commands, and the texts
    kept in tables there (marked translatable(…), like argparse's own words)."""
    app = ROOT / "app"
    files = [app / "cli.py", *sorted((app / "commands").glob("*.py"))]
    return marked_texts(files, {"t", "translatable"})


def document_texts() -> dict[str, list[tuple[Path, int]]]:
    """Every text of the documents: tr("…") and translatable("…") in app/reports, and in
    app/services (the spreadsheet templates' instructions)."""
    app = ROOT / "app"
    files = sorted([*(app / "reports").rglob("*.py"), *(app / "services").rglob("*.py")])
    return marked_texts(files, {"tr", "translatable"})


def own_texts() -> dict[str, dict[str, list[tuple[Path, int]]]]:
    """The texts lupdate cannot see (no Qt where they are), by their context in the .ts."""
    return {
        CONTEXT: problem_ids(),
        COMMAND_LINE: command_line_texts(),
        DOCUMENTS: document_texts(),
    }


def add_own_texts(ts: Path, known: dict[str, dict[str, str]]) -> None:
    """Put own_texts() into `ts`, each with its translation from `known` where there is one."""
    tree = ET.parse(ts)
    root = tree.getroot()
    for name, texts in own_texts().items():
        context = next((c for c in root.iter("context") if c.findtext("name") == name), None)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        present = {m.findtext("source") for m in context.iter("message")}
        for text, places in texts.items():
            if text in present:
                continue
            message = ET.SubElement(context, "message")
            for path, line in places:
                location = os.path.relpath(path, ts.parent).replace(os.sep, "/")
                ET.SubElement(message, "location", filename=location, line=str(line))
            ET.SubElement(message, "source").text = text
            translation = ET.SubElement(message, "translation")
            if text in known.get(name, {}):
                translation.text = known[name][text]
            else:
                translation.set("type", "unfinished")
            _layout(message, "\n        ", "\n    ")
        _layout(context, "\n    ", "\n")
    _layout(root, "\n", "\n")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def _layout(parent: ET.Element, inner: str, last: str) -> None:
    """Indent `parent`'s children the way lupdate does (each on its own line)."""
    children = list(parent)
    parent.text = inner
    for child in children:
        child.tail = inner
    if children:
        children[-1].tail = last


def lupdate(ts: Path) -> None:
    """Refresh `ts` from the code: the interface's strings (pyside6-lupdate), the message ids
    of app.errors and the command line's texts, keeping the translations it had."""
    known = {name: translations(ts, name) for name in own_texts()} if ts.exists() else {}
    subprocess.run(
        [_tool("pyside6-lupdate"), *ui_files(), "-no-obsolete", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    add_own_texts(ts, known)


def unfinished(ts: Path) -> list[str]:
    tree = ET.parse(ts)
    return [
        _child(m, "source").text or ""
        for m in tree.getroot().iter("message")
        if _child(m, "translation").get("type") == "unfinished"
    ]


def update() -> int:
    """Refresh the .ts files from the code. They are the one source of the translations: a new
    string comes in unfinished until its translation is written into the .ts (Qt Linguist)."""
    for lang in LANGUAGES:
        ts = SOURCES / f"gpast_{lang}.ts"
        lupdate(ts)
        missing = unfinished(ts)
        print(f"{ts}: {len(missing)} strings without a translation")
        for source in missing:
            print(f"  {source}")
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
