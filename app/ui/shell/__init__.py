"""The shell: application start, the main window, background jobs, settings and error dialogs."""
