"""GUI composition root: arguments, QApplication, data folder, store, services and windows."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from companion import APP_NAME, APP_REVERSE_ID, ORGANIZATION, __version__
from companion.paths import exercises_dir, migrations_dir, missing_content, resources_dir


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """The GUI's own options (the headless commands live in companion.cli)."""
    parser = argparse.ArgumentParser(prog="companion", add_help=False)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--smoke-test", action="store_true")
    parser.add_argument("--minimized", action="store_true", help="start in the tray")
    parser.add_argument("files", nargs="*")
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def main(argv: Sequence[str]) -> int:
    """Open the app (or run the smoke test); returns the exit status."""
    args = parse_arguments(argv[1:])
    os.umask(0o077)  # health data: files we create are the user's alone
    if args.smoke_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_REVERSE_ID)
    app = QApplication([sys.argv[0] if sys.argv else "companion"])
    _install_translations(app)
    from companion.ui.style import apply_style

    apply_style(app)

    if missing := missing_content():
        QMessageBox.critical(
            None, APP_NAME, f"This installation is incomplete (missing: {', '.join(missing)})."
        )
        return 1
    if args.smoke_test:
        if args.data_dir is None:
            print("companion: --smoke-test needs --data-dir DIR", file=sys.stderr)
            return 2
        return smoke_test(args.data_dir)

    from companion.system.instance import SingleInstance
    from companion.system.locations import default_data_dir

    root = (args.data_dir or default_data_dir()).expanduser().absolute()
    instance = SingleInstance(root)
    if not instance.acquire():
        # Another window owns this data folder: bring it forward and leave.
        if instance.forward(list(args.files)):
            return 0
        QMessageBox.warning(
            None,
            APP_NAME,
            QCoreApplication.translate(
                "App", "{app} is already running on this data but does not answer."
            ).format(app=APP_NAME),
        )
        return 1

    from companion.ui.companion_app import CompanionApp
    from companion.ui.context import AppContext
    from companion.ui.data_problems import open_with_dialogs
    from companion.ui.sections import build_sections
    from companion.ui.ui_state import UiState

    store = open_with_dialogs(root, migrations_dir())
    if store is None:
        instance.release()
        return 1
    context = AppContext(store, UiState(root))
    companion = CompanionApp(app, context, build_sections)
    instance.activated.connect(companion.handle_arguments)
    companion.start(minimized=args.minimized)
    if args.files:
        companion.handle_arguments(list(args.files))
    status = app.exec()
    instance.release()
    return int(status)


def smoke_test(root: Path) -> int:
    """Migrate a database, load all content, draw a chart and build the window; 0 if all work."""
    from companion.content.library import load_library
    from companion.reports.charts import pain_chart, render_png
    from companion.services.data_store import open_store
    from companion.ui.context import AppContext
    from companion.ui.main_window import MainWindow
    from companion.ui.sections import build_sections
    from companion.ui.ui_state import UiState

    try:
        store = open_store(root, migrations_dir())
        library = load_library(exercises_dir())
        png = render_png(pain_chart([], [], []))
        context = AppContext(store, UiState(root))
        window = MainWindow(build_sections(context), context.ui_state)
        sections = len(window.section_keys())
        window.deleteLater()
        store.close()
    except Exception as error:
        print(f"smoke test failed: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    print(
        f"smoke test ok: {APP_NAME} {__version__}; schema migrated; "
        f"{len(library.exercises)} exercises, {len(library.programmes)} programmes; "
        f"chart {len(png)} bytes; {sections} sections"
    )
    return 0


def _install_translations(app: object) -> None:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    locale = QLocale.system()
    for folder, prefix in (
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase_"),
        (str(resources_dir() / "translations"), "companion_"),
    ):
        translator = QTranslator(app)  # type: ignore[arg-type]
        if translator.load(locale, prefix.rstrip("_"), "_", folder):
            app.installTranslator(translator)  # type: ignore[attr-defined]
