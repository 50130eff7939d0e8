"""Entry point of the stand-alone `gpast` (PyInstaller; see gpast.spec)."""

from app.cli import main

raise SystemExit(main())
