"""Overview: the dashboard and the reports page."""
