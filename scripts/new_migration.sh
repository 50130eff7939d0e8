#!/usr/bin/env bash
# Make a new Alembic migration from the models: bash scripts/new_migration.sh "what changed"
# It compares the models with a scratch database brought to the current head in /tmp.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=/tmp/gpast-autogenerate.sqlite
rm -f "$scratch" "$scratch-wal" "$scratch-shm"
PYTHONPATH=. .venv/bin/python -c "from app.storage.migrate import upgrade_to_head; upgrade_to_head('sqlite:///$scratch')"
PYTHONPATH=. .venv/bin/alembic -c app/storage/alembic.ini revision --autogenerate -m "$1"
