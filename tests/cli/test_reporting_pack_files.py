"""The reporting pack's workbook and annex are written like every other output: owner-only,
whole or not at all, a symbolic link at --out replaced, never followed."""

from __future__ import annotations

import os
import stat

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and links")


@pytest.mark.parametrize("name", ["pack.xlsx", "pack.docx"])
def test_the_pack_is_owner_only_and_never_follows_a_link(gpast, tmp_path, name):
    db = tmp_path / "d.sqlite"
    assert gpast("--db", db, "demo").returncode == 0
    elsewhere = tmp_path / "someone else's file"
    elsewhere.write_text("keep me")
    out = tmp_path / name
    out.symlink_to(elsewhere)
    done = gpast(
        "--db", db, "reporting-pack", "--from", "2025-01-01", "--to", "2025-12-31", "--out", out
    )
    assert done.returncode == 0, done.stderr
    assert elsewhere.read_text() == "keep me"
    assert not out.is_symlink()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
