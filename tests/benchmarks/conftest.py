"""Benchmark fixtures: ten years of diary built once per run, an X server with a tray, the table.

Run with `make bench`. Knobs (environment variables):

- BENCH_RUNS: runs per start-up figure, after one warm-up run each (default 5);
- BENCH_IDLE_SECONDS: how long the app and the baseline sit idle in the tray (default 60);
- BENCH_PARALLEL: app/baseline pairs idling side by side for the memory figure (default 3);
- BENCH_CHECKINS: check-ins saved for the check-in figure (default 100);
- BENCH_YEARS: years of diary in the data set (default 10);
- BENCH_SHED_MINUTES: the app's --shed-after for the window-cycle figure (default 15, as the app).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from datetime import time as time_of_day
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # `tests.benchmarks.*` imports work under plain `pytest` too
    sys.path.insert(0, str(REPO))

from tests.benchmarks.report import BenchTable  # noqa: E402

if TYPE_CHECKING:
    from companion.services.data_store import Store

TABLE_KEY = pytest.StashKey[BenchTable]()
RESULTS = REPO / "build" / "bench"


@dataclass(frozen=True)
class BenchSettings:
    """How much to measure (see the module docstring for the environment variables)."""

    runs: int
    idle_seconds: float
    parallel: int
    checkins: int
    years: int
    shed_minutes: float


def _number(name: str, default: float) -> float:
    value = os.environ.get(name, "")
    return float(value) if value.strip() else default


@pytest.fixture(scope="session")
def bench_settings() -> BenchSettings:
    """The run's settings, read from the environment once."""
    return BenchSettings(
        runs=max(1, int(_number("BENCH_RUNS", 5))),
        idle_seconds=max(1.0, _number("BENCH_IDLE_SECONDS", 60)),
        parallel=max(1, int(_number("BENCH_PARALLEL", 3))),
        checkins=max(5, int(_number("BENCH_CHECKINS", 100))),
        years=max(1, int(_number("BENCH_YEARS", 10))),
        shed_minutes=max(0.1, _number("BENCH_SHED_MINUTES", 15)),
    )


def pytest_configure(config: pytest.Config) -> None:
    """One table per run, shared by every benchmark module."""
    table = BenchTable()
    table.note("Machine", f"{os.cpu_count()} CPUs, load average {_load()} at the start")
    config.stash[TABLE_KEY] = table


def _load() -> str:
    # Figures taken on a busy machine are noisier; the table says how busy it was.
    return "/".join(f"{value:.1f}" for value in os.getloadavg())


@pytest.fixture(scope="session")
def bench_table(pytestconfig: pytest.Config) -> BenchTable:
    """Where benchmarks record their figures (printed and written at the end of the run)."""
    return pytestconfig.stash[TABLE_KEY]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the table of every figure measured in this run, and keep it in build/bench."""
    table = terminalreporter.config.stash.get(TABLE_KEY, None)
    if table is None or not table.figures:
        return
    table.note("Machine", f"{table.context['Machine']}, {_load()} at the end (1/5/15 min)")
    written = table.write(RESULTS)
    terminalreporter.section("benchmarks")
    terminalreporter.write_line(table.markdown())
    terminalreporter.write_line(f"\n(also written to {written.relative_to(REPO)})")


@pytest.fixture(scope="session")
def ten_year_folder(
    tmp_path_factory: pytest.TempPathFactory, bench_settings: BenchSettings, bench_table: BenchTable
) -> Path:
    """A data folder as a long-time user has it: years of diary, backed up, welcomed, screened.

    Built once per run. Copy it (`copy_data_folder`) before anything writes to it.
    """
    # Imported here: the normal test run loads this conftest too, and needs none of it.
    from companion.domain.red_flags import QUESTIONS, ScreeningReason
    from companion.paths import migrations_dir
    from companion.services.data_store import backup_if_changed, open_store
    from companion.services.screening import record_screening
    from tests.benchmarks.datagen import generate

    root = tmp_path_factory.mktemp("ten-years") / "data"
    store = open_store(root, migrations_dir())
    try:
        started = time.perf_counter()
        made = generate(store, days=round(bench_settings.years * 365.25), with_programme=False)
        _start_programme(store, datetime.combine(made.first_day, time_of_day(7), UTC))
        # Answered at the last start: the safety questions are not due when the app opens.
        record_screening(
            store, {q.id: False for q in QUESTIONS}, ScreeningReason.WEEKLY, datetime.now(UTC)
        )
        _reminders_ran_today(store)
        # The app backs up on quit, so a returning user's newest backup matches the data.
        backup_if_changed(store)
        seconds = time.perf_counter() - started
    finally:
        store.close()
    (root / "ui-state.ini").write_text("[first_run]\nwelcomed=true\n", "utf-8")
    size = (root / "companion.db").stat().st_size / 2**20
    bench_table.note(
        "Data",
        f"{bench_settings.years} years ({made.first_day} to {made.last_day}): "
        f"{made.checkins} check-ins, {made.sessions} sessions ({made.session_exercises} "
        f"exercises), {made.reminders} reminders, {made.questionnaires} questionnaires; "
        f"{size:.1f} MiB database, generated in {seconds:.1f} s",
    )
    return root


def _reminders_ran_today(store: Store) -> None:
    """The reminder state as the app leaves it at quit after running today: begun, with today's
    questionnaires looked up (a start at login then waits in the tray form)."""
    from companion.services.questionnaires import all_due_items, questionnaires_folder
    from companion.services.reminders import load_scheduler, save_scheduler

    now = datetime.now().astimezone()
    scheduler = load_scheduler(store)
    scheduler.begin(now - timedelta(hours=1))
    folder = questionnaires_folder(store.folder.root)
    due = {d.measure_id: d.due_on for d in all_due_items(store, folder, now.date())}
    scheduler.set_questionnaires_due(now, due)
    scheduler.tick(now, 0.0)
    save_scheduler(store, scheduler, now)


def _start_programme(store: Store, when: datetime) -> None:
    """The programme the sessions followed, stored the way the app stores one."""
    from sqlalchemy import update

    from companion.content.library import load_library
    from companion.paths import exercises_dir
    from companion.services.programmes import start_starter_programme
    from companion.storage.models import ExerciseSession

    result, _changes = start_starter_programme(
        store, load_library(exercises_dir()), "desk-worker", when
    )
    with store.units.write() as uow:
        uow.session.execute(update(ExerciseSession).values(programme_id=result.programme.id))
        uow.commit()


@pytest.fixture(scope="session")
def empty_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder as a new user has it after the first day: welcomed, screened, no diary."""
    from companion.domain.red_flags import QUESTIONS, ScreeningReason
    from companion.paths import migrations_dir
    from companion.services.data_store import backup_if_changed, open_store
    from companion.services.screening import record_screening

    root = tmp_path_factory.mktemp("empty") / "data"
    store = open_store(root, migrations_dir())
    try:
        record_screening(
            store, {q.id: False for q in QUESTIONS}, ScreeningReason.FIRST_RUN, datetime.now(UTC)
        )
        backup_if_changed(store)
    finally:
        store.close()
    (root / "ui-state.ini").write_text("[first_run]\nwelcomed=true\n", "utf-8")
    return root


def copy_data_folder(source: Path, target: Path) -> Path:
    """A private copy of a data folder (each app run gets its own, so runs stay identical)."""
    shutil.copytree(source, target)
    return target


@pytest.fixture(scope="session")
def x_display(xvfb: object) -> str:
    """The X server pytest-xvfb started for this run (the benchmarks need a real one)."""
    assert xvfb is not None, "Xvfb is needed for the benchmarks (see README: apt-get install xvfb)"
    return f":{xvfb.display}"  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def tray_host(x_display: str) -> Iterator[str]:
    """A system tray on the X server (trayer), so the app and the baseline live in a real tray."""
    trayer = shutil.which("trayer")
    assert trayer, "a tray host is needed for the benchmarks (see README: apt-get install trayer)"
    process = subprocess.Popen(
        [trayer, "--edge", "top", "--align", "right", "--widthtype", "request", "--height", "24"],
        env=dict(os.environ, DISPLAY=x_display),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)  # let it take the system-tray selection
    yield x_display
    process.terminate()
    process.wait(10)
