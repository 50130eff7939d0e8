"""The window's shared-server parts: signing in to a PostgreSQL server (File > Connect to
server…)."""
