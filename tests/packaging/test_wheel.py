"""What users install carries everything: the sdist and the wheel are built here as IT staff
build them (offline, with the tools of this environment) and looked into; the wheel is then run
on its own, in Russian, as a Russian user of an installed copy would run it."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from app import __version__
from tests.helpers import ROOT, write


def _run(args, cwd, env=None):
    done = subprocess.run(
        args, cwd=cwd, capture_output=True, text=True, encoding="utf-8", env=env, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done


@pytest.fixture(scope="module")
def sdist(tmp_path_factory) -> Path:
    """The sdist built from this checkout by the project's build backend."""
    out = tmp_path_factory.mktemp("sdist")
    code = "import sys, gpast_build; print(gpast_build.build_sdist(sys.argv[1]))"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "build_support")}
    name = _run([sys.executable, "-c", code, str(out)], ROOT, env).stdout.strip().splitlines()[-1]
    return out / name


@pytest.fixture(scope="module")
def wheel(sdist, tmp_path_factory) -> Path:
    """The wheel built from the unpacked sdist (so the sdist is proven to be enough), offline."""
    folder = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(sdist) as tar:
        tar.extractall(folder, filter="data")
    (source,) = folder.iterdir()
    out = tmp_path_factory.mktemp("wheel")
    pip = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
    _run([*pip, "-w", str(out), str(source)], folder)
    (built,) = out.glob("*.whl")
    return built


def test_the_sdist_carries_the_translation_sources_and_the_build_step(sdist):
    with tarfile.open(sdist) as tar:
        names = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    assert "resources/translations/gpast_ru.ts" in names
    assert "build_support/gpast_build.py" in names
    assert {"LICENSE", "CHANGELOG.md", "constraints.txt", "pyproject.toml"} <= names
    assert "app/storage/migrations/env.py" in names


def test_the_wheel_carries_the_translation_the_migrations_and_the_license(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "app/translations/gpast_ru.qm" in names
    assert {"app/manual/en.html", "app/manual/ru.html"} <= names  # Help > Manual, offline
    assert "app/storage/alembic.ini" in names
    assert "app/storage/migrations/env.py" in names
    migrations = sorted(ROOT.glob("app/storage/migrations/versions/*.py"))
    assert migrations
    for path in migrations:
        assert f"app/storage/migrations/versions/{path.name}" in names
    dist_info = f"gpast_coordinator-{__version__}.dist-info"
    assert any(n.startswith(dist_info) and n.endswith("/LICENSE") for n in names), names
    metadata = zipfile.ZipFile(wheel).read(f"{dist_info}/METADATA").decode()
    assert f"\nVersion: {__version__}\n" in metadata


def test_the_wheel_installed_in_a_new_venv_speaks_russian(wheel, tmp_path):
    """Installed by pip into a new venv (its libraries borrowed from this one, so nothing is
    downloaded), the wheel's own `gpast` script answers in Russian and gives its version."""
    import site
    import venv

    target = tmp_path / "новый venv"
    venv.create(target, with_pip=False)
    python = target / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    own_site = _run([str(python), "-c", "import site; print(site.getsitepackages()[0])"], tmp_path)
    # a plain path line: this venv's packages, but not its .pth files (the editable checkout)
    borrowed = Path(own_site.stdout.strip()) / "borrowed.pth"
    borrowed.write_text(site.getsitepackages()[0] + "\n", encoding="utf-8")
    pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "-q"]
    _run([*pip, "--no-deps", "--no-index", str(wheel)], tmp_path)
    scripts = python.parent
    env = {**os.environ, "GPAST_LANG": "ru", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONPATH", None)
    where = _run([str(python), "-c", "import app; print(app.__file__)"], tmp_path, env)
    assert Path(where.stdout.strip()).is_relative_to(target)

    bad = write(
        tmp_path / "bad.csv", "code;title;start_date;focus_areas\nT1;x;31.02.2025;capacity\n"
    )
    args = ["--db", str(tmp_path / "x.sqlite"), "import", "trainings", str(bad)]
    done = subprocess.run(
        [str(scripts / "gpast"), *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert done.returncode == 1
    assert "«31.02.2025» — не дата" in done.stderr
    assert "перевод" not in done.stderr  # no complaint: the translation was there
    version = _run([str(scripts / "gpast"), "--version"], tmp_path, env)
    assert version.stdout.strip() == f"gpast {__version__}"
