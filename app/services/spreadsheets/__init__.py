"""Spreadsheets: reading, checking, importing and exporting .csv/.xlsx files,
and the blank templates."""
