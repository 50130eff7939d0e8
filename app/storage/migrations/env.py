"""Alembic environment. Migrations are run by app.storage.migrate with a connection given in
config.attributes["connection"]; running `alembic` by hand is for developers only."""

from alembic import context

from app.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from app.storage.engine import default_location, make_engine, to_url

        url = config.get_main_option("sqlalchemy.url") or to_url(default_location())
        engine = make_engine(url, foreign_keys=False)
        with engine.begin() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
