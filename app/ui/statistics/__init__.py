"""The Statistics page: figures from other agencies, a year at a time."""
