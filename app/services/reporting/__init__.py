"""Reporting: indicators, the dashboard and the data behind the progress report."""
