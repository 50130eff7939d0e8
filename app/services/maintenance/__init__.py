"""Maintenance: sample data for a new or demonstration database."""
