"""Scanning: signed sign-in sheets read back from scans or phone photos (the sheet's layout and
code, the page images, the reading of each box, and the statuses proposed and saved)."""
