"""The command line in-process: `gpast(*args)` calls app.cli.main as `python -m app` does and
returns its exit status with what it printed. After every call it checks that main() left the
process as it found it (environment, logging, argparse's words, Qt's translators, no Qt
application made, no database file still open), since a script may call it again and the tests
do.

Only test_smoke.py and test_crash_safety.py start a real process (tests.helpers.run_gpast).
"""

from __future__ import annotations

import argparse
import logging
import os
from pathlib import Path
from typing import NamedTuple

import pytest

from tests import postgres
from tests.helpers import copy_database


class Done(NamedTuple):
    """What a finished command left: its exit status and what it printed (also a tuple:
    `code, out, err = gpast(...)`)."""

    returncode: int
    stdout: str
    stderr: str


def _open_files(folder: Path) -> list[str]:
    """Files under `folder` this process still has open (Linux: /proc/self/fd)."""
    fds = Path("/proc/self/fd")
    if not fds.is_dir():  # pragma: no cover - other systems: nothing to check
        return []
    found = []
    for fd in fds.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith(str(folder)):
            found.append(target)
    return found


def _state() -> tuple:
    from PySide6.QtCore import QCoreApplication

    return (
        dict(os.environ),
        list(logging.getLogger().handlers),
        list(logging.getLogger("gpast").handlers),
        logging.getLogger("gpast").level,
        vars(argparse)["_"],  # its private gettext hook, which the Russian command line sets
        QCoreApplication.translate("MainWindow", "&File"),  # no translator left installed
        QCoreApplication.instance(),  # none made: a later widget test needs a QApplication
    )


@pytest.fixture
def gpast(capsys, monkeypatch, tmp_path):
    """Run `gpast ARGS` in this process; `env` sets variables for that one call."""
    from app.cli import main

    def run(*args: str, env: dict[str, str] | None = None) -> Done:
        with monkeypatch.context() as scoped:
            for name, value in (env or {}).items():
                scoped.setenv(name, value)
            before = _state()
            capsys.readouterr()
            status: int | str | None
            try:
                status = main([str(a) for a in args])
            except SystemExit as exc:  # argparse: --help, --version, wrong usage
                status = 0 if exc.code is None else exc.code
            out, err = capsys.readouterr()
            assert isinstance(status, int), status
            assert _state() == before, "gpast left the process changed"
            assert _open_files(tmp_path) == [], "gpast left a file open"
        return Done(status, out, err)

    return run


@pytest.fixture
def demo_file(request, tmp_path) -> str:
    """A database file holding what `gpast demo` fills in (made once per session); its URL on
    the PostgreSQL test server when the suite runs there."""
    if postgres.ON_SERVER:
        return request.getfixturevalue("server_database")("demo")
    return str(copy_database(request.getfixturevalue("demo_template"), tmp_path / "demo.sqlite"))
