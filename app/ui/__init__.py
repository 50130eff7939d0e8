"""The desktop window (Qt), grouped like the services: shell, records, attendance, overview,
transfer."""
