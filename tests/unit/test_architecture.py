"""The house plan, checked: no import cycles in app/, each layer imports only what it may,
`import app.services` stays light, every package says what lives in it, modules stay small."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"
MAX_LINES = 420  # "modules under ~400 lines"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {
    _module_name(p): p for p in APP.rglob("*.py") if "migrations" not in p.relative_to(APP).parts
}


def _resolve(name: str) -> str | None:
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _skipped(node: ast.If) -> bool:
    """`if TYPE_CHECKING:` (never runs) and `if __name__ == "__main__":` (never imported)."""
    test = ast.unparse(node.test)
    return "TYPE_CHECKING" in test or "__main__" in test


def imports_of(path: Path) -> set[str]:
    """Every module of app/ that this file imports, at the top or inside a function."""
    found: set[str] = set()

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and _skipped(node):
                visit(node.orelse)
                continue
            for child in ast.walk(node) if not isinstance(node, ast.If) else [node]:
                if isinstance(child, ast.Import):
                    found.update(filter(None, (_resolve(a.name) for a in child.names)))
                elif isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                    for a in child.names:
                        resolved = _resolve(f"{child.module}.{a.name}")
                        if resolved:
                            found.add(resolved)
            if isinstance(node, ast.If):
                visit(node.body)
                visit(node.orelse)

    visit(ast.parse(path.read_text(encoding="utf-8")).body)
    found.discard(_module_name(path))
    return found


def import_graph() -> dict[str, set[str]]:
    return {name: imports_of(path) for name, path in MODULES.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            connect(v)
    return found


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_app_has_no_import_cycles():
    assert cycles(import_graph()) == []


def _importers(prefix: str, forbidden: str) -> list[str]:
    out = []
    for name, path in MODULES.items():
        if name == prefix or name.startswith(prefix + "."):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                    if isinstance(node, ast.ImportFrom)
                    else []
                )
                if any(n == forbidden or n.startswith(forbidden + ".") for n in names):
                    out.append(name)
    return sorted(set(out))


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        ("app.ui", "sqlalchemy"),  # the window talks to services, never to the database
        ("app.models", "PySide6"),
        ("app.models", "app.services"),
        ("app.storage", "app.services"),
        ("app.storage", "PySide6"),
        ("app.services", "app.ui"),
        ("app.services", "PySide6"),
        ("app.services", "app.commands"),
        ("app.reports", "app.ui"),
        ("app.commands", "app.ui"),
    ],
)
def test_layers_import_only_what_they_may(layer, forbidden):
    assert _importers(layer, forbidden) == []


def test_every_package_says_what_lives_in_it():
    silent = [
        name
        for name, path in MODULES.items()
        if path.name == "__init__.py" and not ast.get_docstring(ast.parse(path.read_text()))
    ]
    assert silent == []


def test_modules_stay_small():
    long = {
        name: n
        for name, path in MODULES.items()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_importing_the_services_does_not_import_alembic_or_qt():
    code = (
        "import sys, app.services, app.services.records.editing, app.storage;"
        "print(sorted(m for m in ('alembic', 'PySide6', 'reportlab') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_the_revisions_read_from_the_files_are_alembics():
    from alembic.script import ScriptDirectory

    from app.storage.migrate import alembic_config, head_revision, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {r.revision for r in script.walk_revisions()}
