"""Entry point of the stand-alone `gpast-gui`, the window without a console (see gpast.spec)."""

from app.cli import gui_main

raise SystemExit(gui_main())
