"""Migrations from code: all-or-nothing upgrades, a backup first, newer files left untouched,
and the models matching the migrations (pytest-alembic's built-in tests and `alembic check`)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import textwrap
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from pytest_alembic.tests import (  # noqa: F401  (collected here: the plugin's collector is off)
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import Engine
from sqlalchemy import inspect as sa_inspect

from companion.domain.vocabulary import LegReach
from companion.paths import migrations_dir
from companion.services.data_store import NewerData, UpgradeFailed, open_store
from companion.storage.backup import list_backups
from companion.storage.engine import make_engine
from companion.storage.migrate import alembic_config as companion_alembic_config
from companion.storage.migrate import head_revision
from companion.storage.models import CheckIn


@pytest.fixture
def alembic_engine(tmp_path: Path) -> Iterator[Engine]:
    """pytest-alembic runs its built-in tests on a real SQLite file with our PRAGMAs."""
    engine = make_engine(tmp_path / "alembic.db")
    yield engine
    engine.dispose()


@pytest.fixture
def alembic_config() -> dict[str, str]:
    return {"script_location": str(migrations_dir())}


def _with_extra_revision(tmp_path: Path, body: str) -> Path:
    """A copy of our migrations with one more revision after head."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision(migrations_dir())
    (folder / "versions" / "9999_extra.py").write_text(
        textwrap.dedent(
            f'''
            """A revision made up by the test."""
            import sqlalchemy as sa
            from alembic import op

            revision = "9999"
            down_revision = "{head}"
            branch_labels = None
            depends_on = None


            def upgrade() -> None:
            '''
        )
        + textwrap.indent(textwrap.dedent(body), "    ")
        + "\n\ndef downgrade() -> None:\n    pass\n"
    )
    return folder


def _add_checkin(data_dir: Path) -> None:
    store = open_store(data_dir, migrations_dir())
    with store.units.write() as uow:
        uow.session.add(
            CheckIn(
                recorded_at=datetime(2026, 2, 1, 8, tzinfo=UTC),
                back_pain=3,
                leg_pain=7,
                leg_reach=LegReach.FOOT,
                note="before the upgrade",
            )
        )
        uow.commit()
    store.close()


def _schema(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"))


def test_a_failing_revision_leaves_the_old_schema_and_data(data_dir: Path, tmp_path: Path) -> None:
    _add_checkin(data_dir)
    db = data_dir / "companion.db"
    schema_before = _schema(db)
    failing = _with_extra_revision(
        tmp_path,
        """
        op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
        with op.batch_alter_table("checkins") as batch:
            batch.add_column(sa.Column("mood", sa.Integer, nullable=True))
        op.execute("INSERT INTO checkins_missing_table VALUES (1)")  # fails half-way
        """,
    )
    with pytest.raises(UpgradeFailed, match="Nothing was changed"):
        open_store(data_dir, failing)

    assert _schema(db) == schema_before
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (head_revision(migrations_dir()),)
        ]
        assert conn.execute("SELECT leg_pain, note FROM checkins").fetchall() == [
            (7, "before the upgrade")
        ]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_an_upgrade_takes_a_backup_first_and_keeps_the_data(data_dir: Path, tmp_path: Path) -> None:
    _add_checkin(data_dir)
    newer = _with_extra_revision(
        tmp_path,
        """
        with op.batch_alter_table("checkins") as batch:
            batch.add_column(sa.Column("mood", sa.Integer, nullable=True))
        """,
    )
    store = open_store(data_dir, newer)
    try:
        assert store.upgraded_from == head_revision(migrations_dir())
        assert store.pre_upgrade_backup is not None
        columns = {c["name"] for c in sa_inspect(store.engine).get_columns("checkins")}
        assert "mood" in columns
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT leg_pain FROM checkins").scalar() == 7
            # The connection that ran the batch move must not return with foreign keys off.
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        store.close()
    backups = list_backups(data_dir / "backups")
    assert [b.label for b in backups] == ["before-9999"]
    with sqlite3.connect(backups[0].path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(migrations_dir()),
        )
        assert conn.execute("SELECT note FROM checkins").fetchone() == ("before the upgrade",)


def test_a_database_from_a_newer_version_is_refused_untouched(data_dir: Path) -> None:
    _add_checkin(data_dir)
    db = data_dir / "companion.db"
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    conn.commit()
    conn.close()  # the last connection to close checkpoints the WAL into the main file
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    files_before = sorted(p.name for p in data_dir.rglob("*"))

    with pytest.raises(NewerData, match="newer version"):
        open_store(data_dir, migrations_dir())

    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
    assert list_backups(data_dir / "backups") == []
    # Looking read-only may leave SQLite's empty WAL beside the file, but nothing else.
    new_files = {p for p in data_dir.rglob("*") if p.name not in files_before}
    assert all(p.name.endswith(("-wal", "-shm")) for p in new_files)
    assert all(p.stat().st_size == 0 for p in new_files if p.name.endswith("-wal"))


def test_models_match_migrations_alembic_check(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "check.db")
    config = companion_alembic_config(migrations_dir())
    try:
        with engine.connect() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            conn.commit()
            command.check(config)  # raises if autogenerate would find anything to do
    finally:
        engine.dispose()
