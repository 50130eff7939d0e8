"""Attendance in the window: the roster of a training session and the participants page."""
