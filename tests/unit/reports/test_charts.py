"""Chart contents, read back from the matplotlib Figure objects (no Qt, no files)."""

from __future__ import annotations

import ast
import math
from datetime import date, datetime, timedelta
from pathlib import Path

from matplotlib.dates import num2date
from matplotlib.patches import Rectangle

from companion.domain.measures import BOTHERSOMENESS, FUNCTIONAL_SCALE, MeasureResult
from companion.reports.charts import (
    REACH_WORDS,
    ChartStyle,
    EventMark,
    MeasureSeries,
    activity_chart,
    adherence_chart,
    breaks_chart,
    measures_chart,
    pain_chart,
    reach_chart,
    render_png,
)

REPO = Path(__file__).resolve().parents[3]
DAY = date(2026, 3, 2)  # a Monday


def _days(*offsets: int) -> list[date]:
    return [DAY + timedelta(days=o) for o in offsets]


def _texts(figure: object) -> list[str]:
    return [t.get_text() for axes in figure.axes for t in axes.texts]  # type: ignore[attr-defined]


def test_pain_chart_has_raw_points_then_averages_readable_without_colour() -> None:
    times = [datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 20), datetime(2026, 3, 4, 9)]
    figure = pain_chart(
        times,
        [5, 4, 3],
        [8, 6, 5],
        days=_days(0, 2),
        back_average=[4.5, 4.0],
        leg_average=[7.0, 6.3],
        span=(DAY, DAY + timedelta(days=6)),
    )
    back, leg, back_avg, leg_avg = figure.axes[0].get_lines()
    assert [line.get_label() for line in (back, leg, back_avg, leg_avg)] == [
        "Back pain",
        "Leg pain",
        "Back pain, 7-day average",
        "Leg pain, 7-day average",
    ]
    assert list(leg.get_ydata()) == [8, 6, 5]
    assert back.get_linestyle() == "None" and leg.get_linestyle() == "None"  # points only
    assert back.get_marker() != leg.get_marker()
    assert back_avg.get_linestyle() != leg_avg.get_linestyle()
    assert list(leg_avg.get_ydata()) == [7.0, 6.3]
    left, right = (num2date(x).date() for x in figure.axes[0].get_xlim())
    assert (left, right) == (DAY, DAY + timedelta(days=7))
    assert figure.legends, "the legend names every series"


def test_the_average_line_breaks_across_a_week_without_check_ins() -> None:
    figure = pain_chart(
        [datetime(2026, 3, 2, 9), datetime(2026, 3, 20, 9)],
        [4, 4],
        [6, 2],
        days=_days(0, 18),
        back_average=[4, 4],
        leg_average=[6, 2],
    )
    leg_avg = figure.axes[0].get_lines()[3]
    values = list(leg_avg.get_ydata())
    assert values[0] == 6 and values[-1] == 2
    assert any(math.isnan(v) for v in values)  # no line drawn through the empty fortnight


def test_treatments_and_flare_ups_are_marked_with_different_shapes() -> None:
    events = [
        EventMark(datetime(2026, 3, 3, 10), "Injection: Epidural"),
        EventMark(datetime(2026, 3, 4, 10), "Flare-up", flare_up=True),
        EventMark(datetime(2026, 3, 5, 10), "Appointment"),
    ]
    figure = pain_chart([datetime(2026, 3, 2, 9)], [4], [6], events=events)
    marks = [c for c in figure.axes[0].collections if c.get_gid() == "events"]
    assert sorted(len(m.get_offsets()) for m in marks) == [1, 2]
    assert {m.get_label() for m in marks} == {"Treatment or event", "Flare-up"}
    shapes = {m.get_label(): m.get_paths()[0].vertices.tobytes() for m in marks}
    assert shapes["Treatment or event"] != shapes["Flare-up"]


def test_an_empty_pain_chart_says_so() -> None:
    figure = pain_chart([], [], [])
    assert "No check-ins in this period" in _texts(figure)
    assert render_png(figure).startswith(b"\x89PNG")


def test_reach_chart_puts_the_foot_at_the_bottom_and_names_each_level() -> None:
    figure = reach_chart(_days(0, 1, 2), [4, 2, 0])
    axes = figure.axes[0]
    bottom, top = axes.get_ylim()
    assert bottom > top  # inverted: "None" (0) at the top, so retreating symptoms climb
    labels = [t.get_text() for t in axes.get_yticklabels()]
    assert labels == list(REACH_WORDS) == ["None", "Buttock", "Thigh", "Below knee", "Foot"]
    (line,) = axes.get_lines()
    assert list(line.get_ydata()) == [4, 2, 0]
    assert line.get_marker() == "D"
    assert "↑ closer to the back" in _texts(figure)


def _bars(axes: object, label: str) -> list[Rectangle]:
    (container,) = [c for c in axes.containers if c.get_label() == label]  # type: ignore[attr-defined]
    return list(container)


def test_adherence_without_a_plan_shows_done_sessions_and_says_so() -> None:
    figure = adherence_chart(_days(0, 7), [3, 5], [1, 0], [None, None])
    axes = figure.axes[0]
    assert [b.get_height() for b in _bars(axes, "Done")] == [3, 5]
    partial = _bars(axes, "Stopped part-way")
    assert [(b.get_y(), b.get_height()) for b in partial] == [(3, 1), (5, 0)]
    assert partial[0].get_hatch() == "///"
    assert "only the sessions done are shown" in axes.get_title(loc="left")
    assert not [c for c in axes.containers if c.get_label() == "Planned"]


def test_adherence_with_a_plan_draws_planned_as_an_outline() -> None:
    figure = adherence_chart(_days(0, 7), [3, 5], [0, 0], [7, 7])
    axes = figure.axes[0]
    planned = _bars(axes, "Planned")
    assert [b.get_height() for b in planned] == [7, 7]
    assert not planned[0].get_fill()
    assert axes.get_title(loc="left") == ""


def test_sitting_breaks_stack_taken_snoozed_and_skipped_with_hatches() -> None:
    figure = breaks_chart(_days(0, 1), [4, 6], [1, 0], [2, 3])
    axes = figure.axes[0]
    taken, snoozed, skipped = (_bars(axes, n) for n in ("Taken", "Snoozed", "Skipped"))
    assert [b.get_height() for b in taken] == [4, 6]
    assert [b.get_y() for b in snoozed] == [4, 6]
    assert [b.get_y() for b in skipped] == [5, 6]
    assert not snoozed[1].get_visible()  # an empty segment draws no stray outline...
    keys = figure.legends[0].get_patches()
    assert len(keys) == 3 and all(key.get_visible() for key in keys)  # ...yet keeps its key
    assert keys[1].get_hatch() == "..."
    assert len({taken[0].get_hatch(), snoozed[0].get_hatch(), skipped[0].get_hatch()}) == 3


def test_activity_minutes_per_bucket_and_its_empty_state() -> None:
    figure = activity_chart(_days(0, 7), [120, 45], bucket_days=7)
    assert [b.get_height() for b in _bars(figure.axes[0], "Minutes of activity")] == [120, 45]
    assert figure.axes[0].get_ylabel() == "Active minutes a week"
    assert "No activity logged in this period" in _texts(activity_chart([], []))


def test_measures_are_drawn_against_baseline_with_the_mcid_band() -> None:
    psfs = [
        MeasureResult(FUNCTIONAL_SCALE, s, d)
        for s, d in zip((3, 4, 6), _days(0, 14, 28), strict=True)
    ]
    sbi = [MeasureResult(BOTHERSOMENESS, s, d) for s, d in zip((15, 9), _days(0, 7), strict=True)]
    figure = measures_chart(
        [MeasureSeries(BOTHERSOMENESS, sbi, sbi[0]), MeasureSeries(FUNCTIONAL_SCALE, psfs, psfs[0])]
    )
    sbi_axes, psfs_axes = figure.axes
    assert sbi_axes.get_title() == "Sciatica bother score (lower is better)"
    assert psfs_axes.get_title() == "Activity score (higher is better)"
    band = [p for p in psfs_axes.patches if p.get_gid() == "mcid"]
    assert len(band) == 1
    assert isinstance(band[0], Rectangle)
    low, high = band[0].get_y(), band[0].get_y() + band[0].get_height()
    assert (low, high) == (1, 5)  # baseline 3, plus or minus the 2-point minimal change
    assert not [p for p in sbi_axes.patches if p.get_gid() == "mcid"]  # no agreed threshold
    assert any("No agreed size" in t.get_text() for t in sbi_axes.texts)
    assert list(psfs_axes.get_lines()[0].get_ydata()) == [3, 4, 6]


def test_no_questionnaires_says_so() -> None:
    figure = measures_chart([MeasureSeries(BOTHERSOMENESS, [], None)])
    assert "No questionnaires answered in this period" in _texts(figure)


def test_words_go_through_the_translation_passed_in() -> None:
    figure = pain_chart([datetime(2026, 3, 2, 9)], [4], [6], tr=str.upper)
    assert [line.get_label() for line in figure.axes[0].get_lines()] == ["BACK PAIN", "LEG PAIN"]
    assert figure.axes[0].get_ylabel() == "PAIN (0-10)"


def test_dark_style_swaps_every_series_colour_and_keeps_them_distinct() -> None:
    light = ChartStyle.on("#ffffff", "#000000", "#cccccc", dark=False)
    dark = ChartStyle.on("#171717", "#eeeeee", "#555555", dark=True)
    for style in (light, dark):
        assert len({style.back, style.leg, style.reach}) == 3
        assert len({style.taken, style.snoozed, style.skipped}) == 3
    assert dark.back != light.back and dark.background == "#171717"
    figure = pain_chart([datetime(2026, 3, 2, 9)], [4], [6], dark)
    assert figure.get_facecolor()[:3] == (0x17 / 255, 0x17 / 255, 0x17 / 255)


def _literal_calls(path: Path, function: str, argument: int) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == function:
            value = node.args[argument]
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                found.add(value.value)
    return found


def test_every_chart_word_is_listed_for_translation() -> None:
    used = _literal_calls(REPO / "companion/reports/charts.py", "tr", 0) | set(REACH_WORDS)
    used |= {BOTHERSOMENESS.name, FUNCTIONAL_SCALE.name}
    listed = _literal_calls(REPO / "companion/ui/progress_view.py", "QT_TRANSLATE_NOOP", 1)
    assert used - listed == set()


def test_moments_are_drawn_at_their_own_wall_clock_time() -> None:
    from datetime import timezone

    # 23:30 in Auckland is 10:30 UTC: drawn in UTC it would land on the wrong half of the day.
    late = datetime(2026, 3, 2, 23, 30, tzinfo=timezone(timedelta(hours=13)))
    figure = pain_chart([late], [4], [6], events=[EventMark(late, "Injection")])
    (x,) = figure.axes[0].get_lines()[0].get_xdata()
    assert str(x) == "2026-03-02T23:30:00.000000"
    (marks,) = [c for c in figure.axes[0].collections if c.get_gid() == "events"]
    assert num2date(marks.get_offsets()[0][0]).replace(tzinfo=None) == datetime(2026, 3, 2, 23, 30)
