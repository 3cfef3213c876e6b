"""The Progress page over real check-ins: chart contents and a summary that never overclaims."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from companion.domain.vocabulary import LegReach, Side
from companion.services.checkins import CheckInDraft, record_checkin
from companion.services.data_store import Store
from companion.ui.context import AppContext
from companion.ui.progress_view import ProgressView
from companion.ui.ui_state import UiState


def _check_in(store: Store, days_ago: int, back: int, leg: int) -> None:
    now = datetime.now(UTC)
    draft = CheckInDraft(
        back_pain=back,
        leg_pain=leg,
        leg_reach=LegReach.THIGH,
        side=Side.LEFT,
        at=now - timedelta(days=days_ago),
    )
    record_checkin(store, draft, now)


def test_empty_diary_says_what_will_appear(qtbot: QtBot, store: Store, data_dir: Path) -> None:
    view = ProgressView(AppContext(store, UiState(data_dir)))
    qtbot.addWidget(view)
    view.show()
    assert not view.empty.isHidden()
    assert view.figure is None
    assert view.summary.text() == ""


def test_chart_plots_back_and_leg_pain_and_summary_reads_the_change(
    qtbot: QtBot, store: Store, data_dir: Path
) -> None:
    for days_ago, back, leg in ((10, 5, 7), (6, 5, 6), (1, 4, 4)):
        _check_in(store, days_ago, back, leg)
    _check_in(store, 200, 9, 9)  # outside the 2-week period
    context = AppContext(store, UiState(data_dir))
    view = ProgressView(context)
    qtbot.addWidget(view)
    view.show()
    figure = view.figure
    assert figure is not None
    lines = figure.axes[0].get_lines()  # type: ignore[attr-defined]
    assert [list(line.get_ydata()) for line in lines] == [[5, 5, 4], [7, 6, 4]]
    assert [line.get_label() for line in lines] == ["Back pain", "Leg pain"]
    assert lines[0].get_marker() != lines[1].get_marker()  # readable without colour
    assert "Leg pain is down from 7 to 4" in view.summary.text()
    assert "meaningful" in view.summary.text()

    view.period.setCurrentIndex(view.period.count() - 1)  # everything
    lines = view.figure.axes[0].get_lines()  # type: ignore[union-attr]
    assert len(lines[1].get_ydata()) == 4


def test_a_new_checkin_redraws_the_visible_page(qtbot: QtBot, store: Store, data_dir: Path) -> None:
    from companion.domain.changes import Changes, Topic

    _check_in(store, 3, 3, 3)
    context = AppContext(store, UiState(data_dir))
    view = ProgressView(context)
    qtbot.addWidget(view)
    view.show()
    _check_in(store, 0, 2, 1)
    context.publish(Changes.of(Topic.CHECKINS))
    lines = view.figure.axes[0].get_lines()  # type: ignore[union-attr]
    assert list(lines[1].get_ydata()) == [3, 1]
