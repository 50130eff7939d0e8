"""The release basics: one version, a license and changelog that agree with it, tested pins
inside the declared ranges, and a setup script that stops loudly when it cannot install."""

from __future__ import annotations

import os
import subprocess
import tomllib

from packaging.requirements import Requirement

from app import __version__
from tests.helpers import ROOT


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_version_is_written_in_one_place():
    project = _pyproject()["project"]
    assert "version" not in project and "version" in project["dynamic"]
    assert _pyproject()["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "app.__version__"}


def test_the_changelog_and_license_agree_with_the_package():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{__version__}] - " in changelog
    assert _pyproject()["project"]["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_every_tested_pin_lies_in_the_declared_range():
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, version = line.split("==")
            pins[name.lower().replace("_", "-")] = version
    project = _pyproject()["project"]
    extras = project["optional-dependencies"]
    declared = project["dependencies"] + extras["test"] + extras["build"]
    for text in declared:
        requirement = Requirement(text)
        name = requirement.name.lower().replace("_", "-")
        assert name in pins, f"{name} is not pinned in constraints.txt"
        assert requirement.specifier.contains(pins[name]), f"{name}=={pins[name]} vs {text}"
        if text in project["dependencies"]:
            assert "<" in str(requirement.specifier), f"{text}: no upper bound"


def test_setup_stops_with_the_command_to_run_when_it_cannot_install(tmp_path):
    """No package installed, apt-get refusing: exit status 1 and the one command to run."""
    fake = tmp_path / "bin"
    fake.mkdir()
    for name, status in (("dpkg", 1), ("apt-get", 100), ("sudo", 1)):
        tool = fake / name
        tool.write_text(f"#!/bin/sh\nexit {status}\n", encoding="utf-8")
        tool.chmod(0o755)
    env = {**os.environ, "PATH": f"{fake}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "setup.sh")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 1
    assert "sudo apt-get install -y python3-venv libgl1" in done.stderr
    assert "libcups2" in done.stderr
    assert "Ready" not in done.stdout
