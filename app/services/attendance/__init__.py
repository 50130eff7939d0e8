"""Attendance: participants and their status on each day of a training session."""
