"""The head revision read without Alembic agrees with Alembic, and gives up when unsure."""

from __future__ import annotations

import shutil
from pathlib import Path

from companion.paths import migrations_dir
from companion.storage.migrate import head_revision, quick_head


def test_quick_head_agrees_with_alembic() -> None:
    assert quick_head(migrations_dir()) == head_revision(migrations_dir())


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    return folder


def test_a_new_revision_becomes_the_head(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    head = quick_head(folder)
    (folder / "versions" / "9999_next.py").write_text(
        f'revision = "9999"\ndown_revision = "{head}"\n'
    )
    assert quick_head(folder) == "9999" == head_revision(folder)


def test_two_heads_or_an_unreadable_file_leave_it_to_alembic(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "versions" / "a_branch.py").write_text('revision = "aaaa"\ndown_revision = "0001"\n')
    assert quick_head(folder) is None
    (folder / "versions" / "a_branch.py").write_text("revision = make_id()\n")
    assert quick_head(folder) is None
