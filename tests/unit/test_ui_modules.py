"""companion/ui/ by feature (issue 16): modules share only public names, packages only import."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "companion" / "ui"


def _private_imports(source: str) -> list[str]:
    """`module.name` of every private name a module imports from another companion.ui module."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("companion.ui"):
            found += [
                f"{node.module}.{alias.name}"
                for alias in node.names
                if alias.name.startswith("_") and not alias.name.startswith("__")
            ]
    return found


def test_the_scan_sees_a_private_import() -> None:
    source = "from companion.ui.programme.programme_view import ProgrammeView, _safe_name\n"
    assert _private_imports(source) == ["companion.ui.programme.programme_view._safe_name"]
    assert _private_imports("from companion.ui.context import AppContext\n") == []


def test_ui_modules_import_no_private_name_from_one_another() -> None:
    # A name another view needs is shared on purpose: make it public where it belongs.
    found = {
        str(path.relative_to(UI)): names
        for path in sorted(UI.rglob("*.py"))
        if (names := _private_imports(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_each_feature_package_only_describes_itself() -> None:
    # No re-exports: callers import the module that holds a name, so a move shows in the import.
    for init in sorted(UI.rglob("__init__.py")):
        body = ast.parse(init.read_text(encoding="utf-8")).body
        assert len(body) == 1, init.relative_to(UI)
        assert isinstance(body[0], ast.Expr), init.relative_to(UI)
        assert isinstance(body[0].value, ast.Constant), init.relative_to(UI)
