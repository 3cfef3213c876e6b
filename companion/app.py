"""GUI composition root: arguments, QApplication, data folder, store, services and windows."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from companion import APP_NAME, APP_REVERSE_ID, ORGANIZATION, __version__
from companion.paths import branding_file, exercises_dir, migrations_dir, missing_content

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QWidget

    from companion.content.library import ExerciseLibrary
    from companion.domain.branding import Branding
    from companion.reminders.scheduler import ReminderScheduler
    from companion.services.data_store import Store
    from companion.system.instance import SingleInstance
    from companion.ui.companion_app import CompanionApp
    from companion.ui.context import AppContext
    from companion.ui.language import Region
    from companion.ui.main_window import MainWindow
    from companion.ui.tray import Tray
    from companion.ui.tray_form import TrayForm, Wish
    from companion.ui.ui_state import UiState


SHED_AFTER_MINUTES = 15.0
# The diary opens once the window's first frame is on screen, or after this long without one.
FIRST_FRAME_WAIT_MS = 1_000


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """The GUI's own options (the headless commands live in companion.cli)."""
    parser = argparse.ArgumentParser(prog="companion", add_help=False)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--smoke-test", action="store_true")
    parser.add_argument("--minimized", action="store_true", help="start in the tray")
    # After this long with no window, session or export, the app re-executes itself into its
    # light tray form; 0 never does.
    parser.add_argument("--shed-after", type=float, default=SHED_AFTER_MINUTES, metavar="MIN")
    parser.add_argument("--shed", action="store_true", help=argparse.SUPPRESS)  # we did so
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
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_REVERSE_ID)
    app = QApplication([sys.argv[0] if sys.argv else "companion"])
    install_translations(app)
    from companion.ui.style import apply_style

    # The stylesheet, and the wheel guard (the wheel never changes data). A window's start
    # guards the wheel once its first frame is painted: the guard is an application-wide
    # event filter, and every one of the thousands of events that building the first frame
    # sends would pass through Python on its way (about a tenth of the start's own time).
    apply_style(app, guard_wheel=args.smoke_test or args.minimized)

    if missing := missing_content():
        _say_incomplete(missing, smoke_test=args.smoke_test)
        return 1
    if args.smoke_test:
        if args.data_dir is None:
            print("companion: --smoke-test needs --data-dir DIR", file=sys.stderr)
            return 2
        return smoke_test(args.data_dir)

    from companion.system.instance import SingleInstance
    from companion.system.locations import default_data_dir
    from companion.ui.ui_state import UiState

    root = (args.data_dir or default_data_dir()).expanduser().absolute()
    # The language chosen in Settings (else the system's) for the words and the exercises.
    region = install_translations(app, state=UiState(root))
    instance = _claim_data_folder(root, list(args.files), adopt=args.shed)
    if not isinstance(instance, SingleInstance):
        return instance
    form = _tray_form(root) if args.minimized and not args.files else None
    if form is not None:
        # Waiting in the tray, with the full store and services loaded only on waking.
        awake: list[CompanionApp] = []

        def wake(wish: Wish) -> None:
            companion = _start_full(
                app,
                root,
                instance,
                True,
                args,
                region=region,
                tray=form.tray,
                scheduler=form.handover(),
            )
            if companion is None:
                app.exit(1)
                return
            awake.append(companion)
            _fulfil(companion, wish)

        form.wake_requested.connect(wake)
        instance.activated.connect(lambda files: _wake_with_files(form, awake, files))
        form.start()
    elif not args.minimized:
        if not _start_with_window(app, root, instance, args, region):
            instance.release()
            return 1
    else:
        companion = _start_full(app, root, instance, args.minimized, args, region=region)
        if companion is None:
            instance.release()
            return 1
        if args.files:
            companion.handle_arguments(list(args.files))
    status = app.exec()
    instance.release()
    return int(status)


def _tray_form(root: Path) -> TrayForm | None:
    """The tray icon up at once, then the tray form on read-only data; None for a full start
    (a first run, no tray, or data the tray reader cannot vouch for)."""
    from companion.ui.tray import Tray
    from companion.ui.ui_state import UiState

    if not Tray.available() or not UiState(root).get(UiState.WELCOMED):
        return None
    tray = Tray()
    tray.show()  # paint first: the icon is up before the diary is opened
    from companion.services.tray_data import TrayData
    from companion.ui.tray_form import TrayForm

    try:
        data = TrayData.open(root)
        form = None if data is None else TrayForm(tray, data, _local_now)
    except Exception:
        data, form = None, None  # any doubt: the full store opens it and says what is wrong
    if form is None:
        tray.hide()
        tray.deleteLater()
        if data is not None:
            data.close()
    return form


def _local_now() -> datetime:
    # The running app's one clock (ui.context's, which the tray form cannot import: it loads
    # the store's module); a test replaces it with a fixed one.
    return datetime.now().astimezone()


def _wake_with_files(form: TrayForm, awake: list[CompanionApp], files: list[str]) -> None:
    """A second launch: wake (if still in the tray form) and bring the window forward."""
    from companion.ui.tray_form import Wish

    if awake:
        return  # the full app's own connection brings its window forward
    form.wake(Wish.OPEN)
    if awake and files:
        awake[0].handle_arguments(files)


def _fulfil(companion: CompanionApp, wish: Wish) -> None:
    """Do what the tray form was woken for, now that the full app runs."""
    from companion.ui.tray_form import PAUSES, Wish

    if wish in PAUSES:
        companion.reminders.pause(PAUSES[wish])
    action = {
        Wish.OPEN: companion.open_window,
        Wish.CHECK_IN: companion.open_check_in,
        Wish.SESSION: companion.open_session,
        Wish.SAFETY: companion.open_safety_questions,
        Wish.RESUME: companion.reminders.resume,
        Wish.QUIT: companion.quit,
    }.get(wish)
    if action is not None:
        action()


def _start_with_window(
    app: QApplication,
    root: Path,
    instance: SingleInstance,
    args: argparse.Namespace,
    region: Region,
) -> bool:
    """Paint the window's first frame (the section list) at once, then open the store and fill
    the page once that frame is on screen; False if a clinic's installation is damaged (the
    plain app finds that out after the frame, and leaves as it would have before it)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from companion.ui.main_window import MainWindow
    from companion.ui.sections import first_frame_sections
    from companion.ui.ui_state import UiState

    content = None
    if branding_file() is not None:
        # A clinic's build names itself in the window's title, so its profile (checked against
        # the exercises) is read first; the plain app reads the exercises after the frame.
        content = _load_content(region.language)
        if content is None:
            return False
        QApplication.setApplicationDisplayName(content[1].product_name)
    state = UiState(root)
    frame = MainWindow(first_frame_sections(), state)
    # The programme editor is listed only in clinician mode, which the store says: until it
    # is open the list leaves it out (unless the user left the window on it).
    frame.set_section_visible("editor", state.get(UiState.LAST_SECTION) == "editor")
    # A returning user's Today is in the first frame, from what the sqlite3 reader sees.
    context = _context_before_store(root, state, frame) if content is None else None
    frame.show()
    # A second launch before the store is open is answered once the app runs.
    waiting: list[list[str]] = [list(args.files)] if args.files else []
    filled: list[bool] = []
    begun: list[bool] = []

    def remember(files: list[str]) -> None:
        waiting.append(files)

    instance.activated.connect(remember)

    def fill() -> None:
        if filled or not frame.isVisible():
            return  # done already, or the user closed the window first (the app is leaving)
        filled.append(True)
        instance.activated.disconnect(remember)
        companion = _start_full(
            app,
            root,
            instance,
            False,
            args,
            region=region,
            content=content,
            first_frame=frame,
            context=context,
        )
        if companion is None:
            frame.hide_on_close = False
            frame.close()
            app.exit(1)
            return
        for files in waiting:
            companion.handle_arguments(files)

    def begin() -> None:
        if begun:
            return
        begun.append(True)
        from companion.ui.widgets.wheel_guard import install_wheel_guard

        install_wheel_guard(app)
        if context is None:
            fill()
            return
        # Today is on screen and answers the user: the store's modules (SQLAlchemy above all)
        # are imported on a worker thread, and the rest of the app starts once they are in.
        # A save before then opens the store at once (AppContext.store).
        context.tasks.run(
            _import_store_modules, on_done=lambda _: fill(), on_error=lambda _: fill()
        )

    frame.first_painted.connect(begin)
    # A window the system never draws (minimised at once, say) must still open the diary.
    QTimer.singleShot(FIRST_FRAME_WAIT_MS, begin)
    return True


def _context_before_store(root: Path, state: UiState, frame: MainWindow) -> AppContext | None:
    """A context whose store opens when first needed, with Today's page built over what the
    storage layer's sqlite3 reader sees; None when the store must decide (a first start,
    another page on screen, a diary the reader cannot vouch for)."""
    from companion.services.today import read_today
    from companion.ui.context import AppContext
    from companion.ui.main_window import Section
    from companion.ui.sections import section_titles
    from companion.ui.ui_state import UiState

    if not state.get(UiState.WELCOMED) or frame.current_section() != "today":
        return None
    first_look = read_today(root, _local_now())
    if first_look is None:
        return None
    context = AppContext(lambda: _open_data(root), state, clock=_local_now, first_look=first_look)

    def today() -> QWidget:
        from companion.ui.today.today_view import TodayView

        return TodayView(context)

    frame.provide_pages(
        [Section(key, title, today if key == "today" else None) for key, title in section_titles()]
    )
    return context


def _import_store_modules() -> None:
    """What the full app imports beyond Today's page (run on a worker thread: these modules
    only define classes and functions, and make no widget, pixmap or font)."""
    import companion.content.branding
    import companion.content.library
    import companion.services.branding
    import companion.services.data_store
    import companion.services.outputs
    import companion.ui.companion_app
    import companion.ui.data_problems  # noqa: F401


def _start_full(
    app: QApplication,
    root: Path,
    instance: SingleInstance,
    minimized: bool,
    args: argparse.Namespace,
    *,
    region: Region,
    tray: Tray | None = None,
    scheduler: ReminderScheduler | None = None,
    content: tuple[ExerciseLibrary, Branding] | None = None,
    first_frame: MainWindow | None = None,
    context: AppContext | None = None,
) -> CompanionApp | None:
    """Load the content (unless given), open the store (`context`'s, if the first frame was
    built over it) and start the window (`first_frame` if already painted), tray and
    reminders."""
    from PySide6.QtWidgets import QApplication

    content = content or _load_content(region.language)
    if content is None:
        return None
    library, branding = content
    # A clinic's build shows its own product name in titles, the tray and About.
    QApplication.setApplicationDisplayName(branding.product_name)

    from companion.ui.companion_app import CompanionApp
    from companion.ui.context import AppContext, DiaryNotOpened, bundled_library
    from companion.ui.language import current
    from companion.ui.sections import build_sections
    from companion.ui.ui_state import UiState

    if context is None:
        context = AppContext(lambda: _open_data(root), UiState(root), clock=_local_now)
    try:
        store = context.store
    except DiaryNotOpened:
        return None
    from companion.services.branding import apply_branding

    apply_branding(store, branding, library)
    # Read again when the user picks another language in Settings.
    context.provide_content(
        lambda: library if current().language == region.language else bundled_library(),
        branding,
    )
    shed_after = round(args.shed_after * 60_000) if args.shed_after > 0 else None
    companion = CompanionApp(
        app,
        context,
        build_sections,
        tray=tray,
        scheduler=scheduler,
        shed_after_ms=shed_after,
        first_frame=first_frame,
    )
    instance.activated.connect(companion.handle_arguments)
    companion.shed_requested.connect(lambda: _shed(companion, root, args))
    companion.start(minimized=minimized)
    return companion


def _shed(companion: CompanionApp, root: Path, args: argparse.Namespace) -> None:
    """Give back what the window and the ORM took: keep everything, then re-execute this
    process into its tray form. Same process id, so the data folder's lock stays ours."""
    from companion.paths import relaunch_command

    companion.settle()
    command = relaunch_command()
    arguments = ["--minimized", "--shed", "--data-dir", str(root)]
    arguments += ["--shed-after", str(args.shed_after)]
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(command[0], [*command, *arguments])  # noqa: S606 (this app, fixed arguments)


def _claim_data_folder(root: Path, files: list[str], adopt: bool = False) -> SingleInstance | int:
    """Become the app running on `root`; else hand `files` to the one that is (0), or say why
    the folder cannot be used (1). A folder we may not write is not "already running". With
    `adopt`, this process held the lock before it re-executed itself and keeps it."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QMessageBox

    from companion.system.instance import SingleInstance

    translate = QCoreApplication.translate
    unusable = translate(
        "App",
        "{app} cannot write in its data folder {folder}: it is read-only, full, or belongs to "
        "another user. Your diary has not been touched. Make the folder yours and writable "
        "again (or start {app} with --data-dir and a folder you can write), then start it again.",
    ).format(app=APP_NAME, folder=root)
    try:
        instance = SingleInstance(root)
    except OSError:
        instance = None
    if instance is not None and instance.acquire(adopt=adopt):
        return instance
    if instance is not None and not instance.folder_unwritable():
        # Another window owns this data folder: bring it forward and leave.
        if instance.forward(files):
            return 0
        unusable = translate(
            "App", "{app} is already running on this data but does not answer."
        ).format(app=APP_NAME)
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, unusable)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
    return 1


def _open_data(root: Path) -> Store | None:
    """Clear what killed exports left behind, then open the data (asking the user on trouble)."""
    from companion.services.outputs import remove_leftover_outputs
    from companion.ui.data_problems import open_with_dialogs

    remove_leftover_outputs(root)  # before anything else is written
    return open_with_dialogs(root, migrations_dir())


def _load_content(language: str = "en") -> tuple[ExerciseLibrary, Branding] | None:
    """The exercise library (in `language`) and the build's branding; None if damaged."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from companion.content.branding import load_branding
    from companion.content.library import ContentError, load_library

    try:
        library = load_library(exercises_dir(), language)
        return library, load_branding(branding_file(), library)
    except ContentError as error:
        QMessageBox.critical(
            None,
            APP_NAME,
            QCoreApplication.translate(
                "App",
                "This copy of {app} is damaged and cannot start ({error}). Your diary has not "
                "been touched. Please install the app again from where you got it.",
            ).format(app=APP_NAME, error=error),
        )
        return None


def _say_incomplete(missing: Sequence[str], *, smoke_test: bool) -> None:
    from PySide6.QtWidgets import QMessageBox

    if smoke_test:
        # English on purpose, like all of the smoke test's output: it is a build log that
        # tools/bundle_check.py reads, not something a user sees (docs/translating.md).
        print(f"smoke test failed: missing {', '.join(missing)}", file=sys.stderr)
    else:
        QMessageBox.critical(None, APP_NAME, installation_incomplete_text(missing))


def installation_incomplete_text(missing: Sequence[str]) -> str:
    """What a user reads when a content folder of the installation is missing."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "App",
        "This copy of {app} is incomplete and cannot start (missing: {missing}). Your diary has "
        "not been touched. Please install the app again from where you got it.",
    ).format(app=APP_NAME, missing=", ".join(missing))


def smoke_test(root: Path) -> int:
    """Migrate, load content and branding, chart, PDF report, window; 0 if all of it works.

    Its output stays English in every language: it is a build log, read by
    tools/bundle_check.py and by whoever builds the bundle, never shown to a user.
    """
    import tempfile
    from datetime import UTC, datetime

    from companion.content.branding import load_branding
    from companion.content.library import load_library
    from companion.domain.report import ReportOptions
    from companion.services.checkins import CheckInDraft, record_checkin
    from companion.services.data_store import open_store
    from companion.services.exports import ExportFormat, export
    from companion.ui.context import AppContext
    from companion.ui.main_window import MainWindow
    from companion.ui.progress.chart_canvas import ChartCanvas
    from companion.ui.progress.progress_charts import ChartFrame, pain_plot
    from companion.ui.sections import build_sections
    from companion.ui.ui_state import UiState

    try:
        store = open_store(root, migrations_dir())
        library = load_library(exercises_dir())
        branding = load_branding(branding_file(), library)
        # A Progress chart painted offscreen, as the page paints it (with Qt, not matplotlib).
        canvas = ChartCanvas()
        canvas.resize(640, 320)
        today = datetime.now().date()
        canvas.show_plot(pain_plot([datetime.now()], [3], [5], ChartFrame(today, today)))
        chart = canvas.grab()
        # The report as a physiotherapist gets it, charts page included, from a scratch diary
        # (never the user's): a bundle missing the PDF writer, its font or pypdf fails here.
        with tempfile.TemporaryDirectory() as scratch:
            diary = open_store(Path(scratch), migrations_dir())
            record_checkin(diary, CheckInDraft(back_pain=3, leg_pain=5), datetime.now(UTC))
            report = export(
                diary,
                ExportFormat.PDF,
                root / "smoke-test-report.pdf",
                ReportOptions(clinic=branding.report_footer()),
                overwrite=True,  # the previous smoke test's report
            )
            diary.close()
        context = AppContext(store, UiState(root))
        window = MainWindow(build_sections(context), context.ui_state)
        # Pages are built on first show; build every one so a bundle missing a module fails here.
        sections = sum(window.section_widget(key) is not None for key in window.section_keys())
        window.deleteLater()
        store.close()
    except Exception as error:
        print(f"smoke test failed: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    print(
        f"smoke test ok: {APP_NAME} {__version__}; schema migrated; "
        f"{len(library.exercises)} exercises, {len(library.programmes)} programmes; "
        f"chart {chart.width()}x{chart.height()} px; report {report.count} pages; "
        f"{sections} sections"
    )
    clinic = f" for {branding.clinic_name}" if branding.clinic_name else ""
    print(
        f"branding: {branding.product_name}{clinic}" if branding.is_branded else "branding: plain"
    )
    return 0


def install_translations(
    app: QCoreApplication, ours: Path | None = None, state: UiState | None = None
) -> Region:
    """Qt's and the app's translations for the language chosen in Settings (`state`), else the
    system's (ours from `ours`); the country for urgent-help numbers likewise."""
    from companion.ui.language import apply_language
    from companion.ui.ui_state import UiState

    language = state.get(UiState.LANGUAGE) if state else ""
    country = state.get(UiState.COUNTRY) if state else ""
    return apply_language(app, language, country or None, ours)
