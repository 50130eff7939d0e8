"""The build backend of GPAST Coordinator: setuptools, plus one step of its own.

Every wheel carries the compiled interface translations: building the package compiles
resources/translations/*.ts (the one catalogue, edited by hand and in Qt Linguist) into
app/translations/*.qm inside the wheel with Qt's lrelease, which PySide6-Essentials provides.
The .qm files are never committed (they would go stale and conflict in every merge). A wheel
built where lrelease cannot be found is an error, never a wheel without its Russian.

Editable installs (`pip install -e .`, used by scripts/setup.sh) compile nothing: the source
tree's app/translations/ is filled by `python -m app.i18n build`, so they need no PySide6 to
build. The sdist carries the .ts sources and this file, so a wheel can be built from it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403 - the PEP 517 hooks not changed here
from setuptools.command.build_py import build_py

LRELEASE_PROVIDER = "PySide6-Essentials>=6.6"


def get_requires_for_build_wheel(config_settings=None):
    return [*_setuptools.get_requires_for_build_wheel(config_settings), LRELEASE_PROVIDER]


def get_requires_for_build_editable(config_settings=None):
    return _setuptools.get_requires_for_build_editable(config_settings)


def lrelease() -> str:
    """Qt's lrelease: next to this Python (a venv's bin/ or Scripts\\), on PATH, or inside
    the PySide6 package."""
    here = Path(sys.executable).parent
    for candidate in (here / "pyside6-lrelease", here / "pyside6-lrelease.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    try:
        import PySide6
    except ImportError:
        PySide6 = None
    if PySide6 is not None:
        folder = Path(PySide6.__file__).parent
        for name in ("lrelease", "lrelease.exe"):
            if (folder / name).exists():
                return str(folder / name)
    raise SystemExit(
        "error: building GPAST Coordinator needs Qt's lrelease to compile the translations; "
        f"install {LRELEASE_PROVIDER} where the build runs"
    )


def compile_translations(sources: Path, target: Path) -> list[Path]:
    """Compile every sources/gpast_*.ts into target/gpast_*.qm; returns the .qm files."""
    catalogues = sorted(sources.glob("gpast_*.ts"))
    if not catalogues:
        raise SystemExit(f"error: no translations (gpast_*.ts) in {sources}")
    target.mkdir(parents=True, exist_ok=True)
    tool = lrelease()
    made = []
    for ts in catalogues:
        qm = target / ts.with_suffix(".qm").name
        done = subprocess.run(
            [tool, str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False
        )
        if done.returncode != 0 or not qm.exists():
            raise SystemExit(f"error: lrelease failed on {ts}:\n{done.stdout}{done.stderr}")
        made.append(qm)
    return made


class BuildPyWithTranslations(build_py):
    """setuptools' build_py, then the .qm files compiled into the package being built."""

    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return
        root = Path(__file__).resolve().parents[1]
        made = compile_translations(
            root / "resources" / "translations", Path(self.build_lib) / "app" / "translations"
        )
        for qm in made:
            self.announce(f"compiled {qm.name}", level=2)
