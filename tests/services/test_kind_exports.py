"""Every kind the registry exports is written in its template's columns (product.md's order),
against a real database."""

from __future__ import annotations

import csv

from app.models.kinds import EXPORT_KINDS, KINDS


def test_export_writes_the_template_s_columns(db, tmp_path):
    from app.services.spreadsheets.exporting import export_file

    for kind in EXPORT_KINDS:
        path = tmp_path / f"{kind}.csv"
        export_file(db, kind, path)
        with path.open(encoding="utf-8-sig") as fh:
            written = next(csv.reader(fh))
        assert written == [fld.name for fld in KINDS[kind].template], kind
