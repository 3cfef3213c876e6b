"""Alembic environment: always run from code with a connection the app prepared.

The app calls `companion.storage.migrate.upgrade()`, which hands over a connection whose
transaction wraps every revision (transactional DDL) and whose foreign keys are off for batch
moves. Running `alembic` from a shell works too, against `sqlalchemy.url` or a -x db=PATH.
"""

from __future__ import annotations

from typing import Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Connection, Engine

from companion.storage import models  # noqa: F401  (registers the tables on Base.metadata)
from companion.storage.base import Base, UTCDateTime

config = context.config
target_metadata = Base.metadata


def _render_item(type_: str, obj: object, autogen_context: AutogenContext) -> str | Literal[False]:
    # Revisions must not import app code that may change later: render our types as plain SA.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by move-and-copy
        transactional_ddl=True,
        compare_type=True,
        render_item=_render_item,
    )


def run_migrations_online() -> None:
    """Run every pending revision inside one transaction on the given connection."""
    connection = config.attributes.get("connection")
    if isinstance(connection, Engine):  # pytest-alembic hands over an engine
        with connection.connect() as conn:
            _configure(conn)
            with context.begin_transaction():
                context.run_migrations()
            conn.commit()
        return
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return

    from pathlib import Path

    from companion.storage.engine import make_engine

    db = context.get_x_argument(as_dictionary=True).get("db")
    url_path = db or config.get_main_option("sqlalchemy.url", "").removeprefix("sqlite:///")
    if not url_path:
        raise SystemExit("give the database with: alembic -x db=PATH ...")
    engine = make_engine(Path(url_path))
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported; run them from the app")
run_migrations_online()
