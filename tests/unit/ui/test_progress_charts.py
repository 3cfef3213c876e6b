"""The Progress page's charts as plain values: each builder's `Plot` read back (no Qt)."""

from __future__ import annotations

import ast
import math
from dataclasses import fields
from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.domain.figures import MANY_POINTS
from companion.domain.measures import (
    BOTHERSOMENESS,
    FUNCTIONAL_SCALE,
    LEG_PAIN,
    MeasureResult,
)
from companion.ui.progress.chart_plot import (
    Band,
    Bars,
    Baseline,
    ChartStyle,
    Events,
    Hatch,
    Line,
    Marker,
    Plot,
    Points,
    Series,
    count_scale,
    day_number,
    nice_ticks,
    noon_number,
)
from companion.ui.progress.chart_words import REACH_LEVELS
from companion.ui.progress.progress_charts import (
    ChartFrame,
    EventMark,
    MeasureSeries,
    activity_plot,
    breaks_plot,
    measures_plot,
    pain_plot,
    reach_plot,
    sessions_plot,
)

REPO = Path(__file__).resolve().parents[3]
DAY = date(2026, 3, 2)  # a Monday
WEEK = ChartFrame(DAY, DAY + timedelta(days=6))
FORTNIGHT = ChartFrame(DAY, DAY + timedelta(days=13), bucket_days=7)


def _days(*offsets: int) -> list[date]:
    return [DAY + timedelta(days=o) for o in offsets]


def _bars(plot: Plot, label: str) -> Bars:
    series = plot.series_labelled(label)
    assert isinstance(series, Bars)
    return series


def _line(plot: Plot, label: str) -> Line:
    series = plot.series_labelled(label)
    assert isinstance(series, Line)
    return series


def _points(plot: Plot, label: str) -> Points:
    series = plot.series_labelled(label)
    assert isinstance(series, Points)
    return series


def _drawn(plot: Plot) -> list[Series]:
    return [series for row in plot.rows for series in row.series]


def test_pain_chart_has_raw_points_then_averages_readable_without_colour() -> None:
    times = [datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 20), datetime(2026, 3, 4, 9)]
    plot = pain_plot(
        times,
        [5, 4, 3],
        [8, 6, 5],
        WEEK,
        days=_days(0, 2),
        back_average=[4.5, 4.0],
        leg_average=[7.0, 6.3],
    )
    back, leg, back_avg, leg_avg = _drawn(plot)
    assert isinstance(back, Points) and isinstance(leg, Points)  # points only, no line
    assert isinstance(back_avg, Line) and isinstance(leg_avg, Line)
    assert [s.label for s in (back, leg, back_avg, leg_avg)] == [
        "Back pain",
        "Leg pain",
        "Back pain, 7-day average",
        "Leg pain, 7-day average",
    ]
    assert list(leg.ys) == [8, 6, 5]
    assert back.marker != leg.marker
    assert back_avg.dashed != leg_avg.dashed
    assert list(leg_avg.ys) == [7.0, 6.3]
    assert list(leg_avg.xs) == [noon_number(DAY), noon_number(DAY + timedelta(days=2))]
    assert plot.x_range == (day_number(DAY), day_number(DAY + timedelta(days=7)))
    # The legend names every series, each with its own look.
    keys = plot.legend_keys()
    assert [key.look for key in keys] == [back, leg, back_avg, leg_avg]


def test_the_average_line_breaks_across_a_week_without_check_ins() -> None:
    plot = pain_plot(
        [datetime(2026, 3, 2, 9), datetime(2026, 3, 20, 9)],
        [4, 4],
        [6, 2],
        ChartFrame(DAY, DAY + timedelta(days=20)),
        days=_days(0, 18),
        back_average=[4, 4],
        leg_average=[6, 2],
    )
    values = list(_line(plot, "Leg pain, 7-day average").ys)
    assert values[0] == 6 and values[-1] == 2
    assert any(math.isnan(v) for v in values)  # no line drawn through the empty fortnight


def test_the_average_line_runs_on_over_a_few_days_without_check_ins() -> None:
    plot = pain_plot(
        [datetime(2026, 3, 2, 9), datetime(2026, 3, 6, 9)],
        [4, 4],
        [6, 2],
        WEEK,
        days=_days(0, 4),
        back_average=[4, 4],
        leg_average=[6, 2],
    )
    assert list(_line(plot, "Leg pain, 7-day average").ys) == [6, 2]


def test_treatments_and_flare_ups_are_marked_with_different_shapes() -> None:
    events = [
        EventMark(datetime(2026, 3, 3, 10), "Injection: Epidural"),
        EventMark(datetime(2026, 3, 4, 10), "Flare-up", flare_up=True),
        EventMark(datetime(2026, 3, 5, 10), "Appointment"),
    ]
    plot = pain_plot([datetime(2026, 3, 2, 9)], [4], [6], WEEK, events=events)
    (marks,) = [s for s in _drawn(plot) if isinstance(s, Events)]
    assert sorted([list(marks.flare_ups).count(True), list(marks.flare_ups).count(False)]) == [1, 2]
    keys = {key.label: key.look for key in plot.legend_keys()}
    assert {"Treatment or event", "Flare-up"} <= set(keys)
    assert isinstance(keys["Flare-up"], Marker)
    assert keys["Treatment or event"] != keys["Flare-up"]


def test_a_chart_without_flare_ups_does_not_list_them() -> None:
    events = [EventMark(datetime(2026, 3, 3, 10), "Injection")]
    plot = pain_plot([datetime(2026, 3, 2, 9)], [4], [6], WEEK, events=events)
    labels = [key.label for key in plot.legend_keys()]
    assert "Treatment or event" in labels and "Flare-up" not in labels


@pytest.mark.parametrize(
    ("plot", "words"),
    [
        (pain_plot([], [], [], WEEK), "No check-ins in this period"),
        (reach_plot([], [], WEEK), "No check-ins in this period"),
        (sessions_plot([], [], [], [], WEEK), "No exercise sessions in this period"),
        (breaks_plot([], [], [], [], WEEK), "No sitting-break reminders in this period"),
        (activity_plot([], [], WEEK), "No activity logged in this period"),
        (measures_plot([], WEEK), "No questionnaires answered in this period"),
    ],
)
def test_an_empty_chart_says_so(plot: Plot, words: str) -> None:
    (row,) = plot.rows
    assert row.empty == words
    assert not row.series and not plot.legend_keys()


def test_a_chart_with_values_says_nothing_is_missing() -> None:
    plot = pain_plot([datetime(2026, 3, 2, 9)], [4], [6], WEEK)
    assert [row.empty for row in plot.rows] == [""]


def test_reach_chart_puts_the_foot_at_the_bottom_and_names_each_level() -> None:
    plot = reach_plot(_days(0, 1, 2), [4, 2, 0], WEEK)
    (row,) = plot.rows
    assert row.top < row.bottom  # running down: "None" (0) at the top, so retreating symptoms climb
    assert row.top < 0 and row.bottom > 4  # room for a diamond on either end
    assert [label for _, label in row.ticks] == list(REACH_LEVELS)
    assert list(REACH_LEVELS) == ["None", "Buttock", "Thigh", "Below knee", "Foot"]
    assert [value for value, _ in row.ticks] == [0, 1, 2, 3, 4]
    line = _line(plot, "Furthest reach that day")
    assert list(line.ys) == [4, 2, 0]
    assert line.marker is Marker.DIAMOND and line.steps
    assert row.corner == "↑ closer to the back"


def test_past_a_few_months_the_reach_steps_drop_their_diamonds() -> None:
    days = _days(*range(MANY_POINTS + 1))
    frame = ChartFrame(DAY, days[-1])
    few = _line(reach_plot(days[:-1], [2] * MANY_POINTS, frame), "Furthest reach that day")
    many = _line(reach_plot(days, [2] * len(days), frame), "Furthest reach that day")
    assert few.marker is Marker.DIAMOND
    assert many.marker is None and many.steps and many.width < few.width


def test_sessions_without_a_plan_show_done_sessions_and_say_so() -> None:
    plot = sessions_plot(_days(0, 7), [3, 5], [1, 0], [None, None], FORTNIGHT)
    assert list(_bars(plot, "Done").heights) == [3, 5]
    partial = _bars(plot, "Stopped part-way")
    assert list(zip(partial.bottoms, partial.heights, strict=True)) == [(3, 1), (5, 0)]
    assert partial.hatch is Hatch.DIAGONAL and _bars(plot, "Done").hatch is Hatch.SOLID
    assert "only the sessions done are shown" in plot.heading
    assert "Planned" not in [key.label for key in plot.legend_keys()]
    assert plot.rows[0].ylabel == "Sessions a week"


def test_sessions_with_a_plan_draw_planned_as_a_dashed_outline() -> None:
    plot = sessions_plot(_days(0, 7), [3, 5], [0, 0], [7, 7], FORTNIGHT)
    planned = _bars(plot, "Planned")
    assert list(planned.heights) == [7, 7]
    assert planned.outline_only
    assert not _bars(plot, "Done").outline_only
    assert plot.heading == ""
    assert plot.rows[0].top >= 7  # the plan fits on the scale


def test_sitting_breaks_stack_taken_snoozed_and_skipped_with_hatches() -> None:
    plot = breaks_plot(_days(0, 1), [4, 6], [1, 0], [2, 3], WEEK)
    taken, snoozed, skipped = (_bars(plot, name) for name in ("Taken", "Snoozed", "Skipped"))
    assert list(taken.heights) == [4, 6]
    assert list(snoozed.bottoms) == [4, 6]
    assert list(skipped.bottoms) == [5, 6]
    # An empty segment draws no stray outline...
    assert [(bottom, top) for _, bottom, top in snoozed.boxes()] == [(4, 5)]
    keys = plot.legend_keys()
    assert [key.label for key in keys] == ["Taken", "Snoozed", "Skipped"]  # ...yet keeps its key
    assert isinstance(keys[1].look, Bars) and keys[1].look.hatch is Hatch.DOTS
    assert len({taken.hatch, snoozed.hatch, skipped.hatch}) == 3
    assert len({taken.colour, snoozed.colour, skipped.colour}) == 3
    assert plot.rows[0].top >= 9  # the tallest stack fits


def test_activity_minutes_per_bucket_and_its_empty_state() -> None:
    weekly = ChartFrame(DAY, DAY + timedelta(days=13), bucket_days=7)
    plot = activity_plot(_days(0, 7), [120, 45], weekly)
    assert list(_bars(plot, "Minutes of activity").heights) == [120, 45]
    assert plot.rows[0].ylabel == "Active minutes a week"
    assert activity_plot(_days(0), [30], WEEK).rows[0].ylabel == "Active minutes a day"
    monthly = ChartFrame(DAY, DAY + timedelta(days=90), bucket_days=30)
    assert activity_plot(_days(0), [30], monthly).rows[0].ylabel == "Active minutes a month"
    assert activity_plot([], [], weekly).rows[0].empty == "No activity logged in this period"


def test_bars_stand_across_the_days_they_count() -> None:
    weekly = ChartFrame(DAY, DAY + timedelta(days=13), bucket_days=7)
    (week,) = _bars(activity_plot(_days(0), [60], weekly), "Minutes of activity").boxes()
    bar = _bars(activity_plot(_days(0), [60], weekly), "Minutes of activity")
    left, right = week[0] - bar.width / 2, week[0] + bar.width / 2
    assert day_number(DAY) <= left < right <= day_number(DAY + timedelta(days=7))
    daily = _bars(activity_plot(_days(3), [60], WEEK), "Minutes of activity")
    assert day_number(_days(3)[0]) < daily.xs[0] < day_number(_days(4)[0])


def test_measures_are_drawn_against_baseline_with_the_threshold_band() -> None:
    psfs = [
        MeasureResult(FUNCTIONAL_SCALE, s, d)
        for s, d in zip((3, 4, 6), _days(0, 14, 28), strict=True)
    ]
    sbi = [MeasureResult(BOTHERSOMENESS, s, d) for s, d in zip((15, 9), _days(0, 7), strict=True)]
    plot = measures_plot(
        [
            MeasureSeries(BOTHERSOMENESS, sbi, sbi[0]),
            MeasureSeries(FUNCTIONAL_SCALE, psfs, psfs[0]),
        ],
        ChartFrame(DAY, DAY + timedelta(days=30)),
    )
    sbi_row, psfs_row = plot.rows
    assert sbi_row.title == "Sciatica bother score (lower is better)"
    assert psfs_row.title == "Activity score (higher is better)"
    (band,) = [s for s in psfs_row.series if isinstance(s, Band)]
    assert (band.low, band.high) == (1, 5)  # baseline 3, plus or minus the 2-point change
    assert [s.y for s in psfs_row.series if isinstance(s, Baseline)] == [3]
    assert "less than the detectable change" in psfs_row.note
    assert psfs_row.note.startswith("Shaded: within 2 points of the baseline")
    assert not [s for s in sbi_row.series if isinstance(s, Band)]  # no agreed threshold
    assert [s.y for s in sbi_row.series if isinstance(s, Baseline)] == [15]
    assert sbi_row.note == "No agreed threshold for change; dotted: baseline"
    (psfs_line,) = [s for s in psfs_row.series if isinstance(s, Line)]
    assert list(psfs_line.ys) == [3, 4, 6]
    (sbi_line,) = [s for s in sbi_row.series if isinstance(s, Line)]
    assert sbi_line.marker != psfs_line.marker
    assert sbi_row.bottom < 0 and sbi_row.top > 24  # each row on its own measure's scale
    assert psfs_row.bottom < 0 and 10 < psfs_row.top < 24


def test_a_measure_with_a_minimal_important_change_names_it_and_keeps_the_band_on_scale() -> None:
    results = [MeasureResult(LEG_PAIN, s, d) for s, d in zip((9, 5), _days(0, 7), strict=True)]
    plot = measures_plot([MeasureSeries(LEG_PAIN, results, results[0])], WEEK)
    (row,) = plot.rows
    assert "less than the minimal important change" in row.note
    assert "detectable" not in row.note
    (band,) = [s for s in row.series if isinstance(s, Band)]
    assert (band.low, band.high) == (7, 10)  # 9 plus or minus 2, within the 0-10 scale


def test_a_measure_without_a_baseline_has_no_band_and_no_note() -> None:
    results = [MeasureResult(FUNCTIONAL_SCALE, 4, DAY)]
    (row,) = measures_plot([MeasureSeries(FUNCTIONAL_SCALE, results, None)], WEEK).rows
    assert not [s for s in row.series if isinstance(s, Band | Baseline)]
    assert row.note == ""


def test_no_questionnaires_says_so_and_unanswered_ones_get_no_row() -> None:
    plot = measures_plot([MeasureSeries(BOTHERSOMENESS, [], None)], WEEK)
    assert [row.empty for row in plot.rows] == ["No questionnaires answered in this period"]
    psfs = [MeasureResult(FUNCTIONAL_SCALE, 4, DAY)]
    plot = measures_plot(
        [MeasureSeries(BOTHERSOMENESS, [], None), MeasureSeries(FUNCTIONAL_SCALE, psfs, None)],
        WEEK,
    )
    assert [row.title for row in plot.rows] == ["Activity score (higher is better)"]


def test_words_go_through_the_translation_passed_in() -> None:
    frame = ChartFrame(DAY, DAY + timedelta(days=6), tr=str.upper)
    plot = pain_plot([datetime(2026, 3, 2, 9)], [4], [6], frame)
    assert [key.label for key in plot.legend_keys()] == ["BACK PAIN", "LEG PAIN"]
    assert plot.rows[0].ylabel == "PAIN (0-10)"
    reach = reach_plot(_days(0), [2], frame)
    assert [label for _, label in reach.rows[0].ticks] == [w.upper() for w in REACH_LEVELS]
    assert reach.rows[0].corner == "↑ CLOSER TO THE BACK"
    sbi = [MeasureResult(BOTHERSOMENESS, 9, DAY)]
    measures = measures_plot([MeasureSeries(BOTHERSOMENESS, sbi, sbi[0])], frame)
    assert measures.rows[0].title == "SCIATICA BOTHER SCORE (LOWER IS BETTER)"
    assert sessions_plot([], [], [], [], frame).heading.startswith("NO PROGRAMME")


LIGHT = ChartStyle.on("#ffffff", "#000000", "#cccccc", dark=False)
DARK = ChartStyle.on("#171717", "#eeeeee", "#555555", dark=True)
PALETTE = {"background", "text", "grid", "language"}


def _every_plot(style: ChartStyle) -> list[Plot]:
    """Every chart of the page, each with every kind of series it draws."""
    frame = ChartFrame(DAY, DAY + timedelta(days=27), style)
    events = [
        EventMark(datetime(2026, 3, 3, 10), "Injection"),
        EventMark(datetime(2026, 3, 9, 10), "Flare-up", flare_up=True),
    ]
    psfs = [
        MeasureResult(FUNCTIONAL_SCALE, s, d) for s, d in zip((3, 6), _days(0, 14), strict=True)
    ]
    return [
        pain_plot(
            [datetime(2026, 3, 2, 9)],
            [4],
            [6],
            frame,
            days=_days(0),
            back_average=[4],
            leg_average=[6],
            events=events,
        ),
        reach_plot(_days(0, 1), [3, 1], frame, events=events),
        sessions_plot(_days(0, 7), [3, 4], [1, 1], [5, 5], frame),
        breaks_plot(_days(0, 1), [4, 6], [1, 1], [2, 3], frame),
        activity_plot(_days(0, 1), [30, 40], frame),
        measures_plot([MeasureSeries(FUNCTIONAL_SCALE, psfs, psfs[0])], frame),
    ]


def _colours(plot: Plot) -> list[str]:
    return [series.colour for row in plot.rows for series in row.series]


def test_dark_style_swaps_every_series_colour_and_keeps_them_distinct() -> None:
    for style in (LIGHT, DARK):
        assert len({style.back, style.leg, style.reach}) == 3
        assert len({style.done, style.partial}) == 2
        assert len({style.taken, style.snoozed, style.skipped}) == 3
    series_colours = [f.name for f in fields(ChartStyle) if f.name not in PALETTE]
    assert [name for name in series_colours if getattr(DARK, name) == getattr(LIGHT, name)] == []
    assert DARK.background == "#171717"
    light_plots, dark_plots = _every_plot(LIGHT), _every_plot(DARK)
    for light, dark in zip(light_plots, dark_plots, strict=True):
        assert dark.style == DARK
        pairs = list(zip(_colours(light), _colours(dark), strict=True))
        assert pairs and all(one != other for one, other in pairs), pairs


def _literal_calls(path: Path, function: str, argument: int) -> set[str]:
    """The string literals passed as `argument` to calls of `function` (plain or `x.function`)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name == function and len(node.args) > argument:
            value = node.args[argument]
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                found.add(value.value)
    return found


def test_every_chart_word_is_listed_for_translation() -> None:
    used = _literal_calls(REPO / "companion/ui/progress/progress_charts.py", "tr", 0)
    assert {
        "Back pain",
        "Treatment or event",
        "Planned",
    } <= used  # the scan finds plain and frame.tr
    used |= set(REACH_LEVELS)
    used |= {BOTHERSOMENESS.name, FUNCTIONAL_SCALE.name}  # tr(measure.name)
    listed = _literal_calls(REPO / "companion/ui/progress/chart_words.py", "QT_TRANSLATE_NOOP", 1)
    assert used - listed == set()


def test_moments_are_drawn_at_their_own_wall_clock_time() -> None:
    # 23:30 in Auckland is 10:30 UTC: drawn in UTC it would land on the wrong half of the day.
    late = datetime(2026, 3, 2, 23, 30, tzinfo=ZoneInfo("Pacific/Auckland"))
    plot = pain_plot([late], [4], [6], WEEK, events=[EventMark(late, "Injection")])
    expected = day_number(date(2026, 3, 2)) + 23.5 / 24
    (x,) = _points(plot, "Back pain").xs
    assert x == pytest.approx(expected)
    assert x - day_number(date(2026, 3, 2)) == pytest.approx(0.979, abs=1e-3)
    (marks,) = [s for s in _drawn(plot) if isinstance(s, Events)]
    assert list(marks.xs) == [pytest.approx(expected)]


def test_a_count_scale_has_whole_number_ticks_and_room_above_the_tallest_bar() -> None:
    top, ticks = count_scale([1, 2])
    assert ticks == [0, 1, 2] and top > 2  # no tick at 0.5 or 1.5 sessions
    assert count_scale([]) == (1.0, [0.0, 1.0])
    assert count_scale([0, 0]) == (1.0, [0.0, 1.0])
    top, ticks = count_scale([137])
    assert all(tick == int(tick) for tick in ticks) and top >= 137 and ticks[-1] <= top


@given(st.lists(st.integers(min_value=0, max_value=100_000), max_size=40))
def test_count_scale_ticks_are_always_whole_and_on_the_scale(values: list[int]) -> None:
    top, ticks = count_scale(values)
    assert all(tick == int(tick) for tick in ticks)
    assert len(ticks) >= 2 and ticks == sorted(ticks) and ticks[0] == 0
    assert ticks[-1] <= top and max(values, default=0) <= top


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (0, 10, [0, 2, 4, 6, 8, 10]),
        (0, 24, [0, 5, 10, 15, 20]),
        (0, 1, [0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        (-0.5, 10.5, [0, 2, 4, 6, 8, 10]),
        (0, 137, [0, 50, 100]),
    ],
)
def test_nice_ticks_are_round_values_within_the_range(
    low: float, high: float, expected: list[float]
) -> None:
    assert nice_ticks(low, high) == expected


@given(
    st.floats(min_value=-1000, max_value=1000),
    st.floats(min_value=0.01, max_value=10_000),
    st.integers(min_value=2, max_value=10),
)
def test_nice_ticks_never_exceed_the_count_or_the_range(low: float, span: float, most: int) -> None:
    high = low + span
    ticks = nice_ticks(low, high, most)
    assert 1 <= len(ticks) <= most
    assert all(low - 1e-6 <= tick <= high + 1e-6 for tick in ticks)
    steps = {round(b - a, 6) for a, b in pairwise(ticks)}
    assert len(steps) <= 1  # evenly spaced
    for step in steps:
        mantissa = step / 10 ** math.floor(math.log10(step))
        assert round(mantissa, 6) in (1, 2, 5)
