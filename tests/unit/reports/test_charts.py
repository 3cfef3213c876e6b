"""Chart contents, read back from the matplotlib Figure objects (no Qt, no files)."""

from __future__ import annotations

import ast
import math
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from matplotlib.axis import Axis
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.dates import date2num, num2date
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from companion.domain.measures import BOTHERSOMENESS, FUNCTIONAL_SCALE, MeasureResult
from companion.reports.chart_layout import REACH_WORDS, ChartStyle, Words
from companion.reports.charts import (
    EventMark,
    MeasureSeries,
    measures_chart,
    pain_chart,
    reach_chart,
    render_png,
)
from companion.reports.count_charts import (
    WEEKLY,
    CountChartOptions,
    activity_chart,
    adherence_chart,
    breaks_chart,
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


def test_an_event_on_the_first_day_does_not_run_through_the_reach_note() -> None:
    from matplotlib.colors import to_rgba

    style = ChartStyle()
    figure = reach_chart(
        _days(0, 1, 2),
        [4, 2, 0],
        style,
        events=[EventMark(datetime.combine(_days(0)[0], time()), "Injection")],
    )
    axes = figure.axes[0]
    (note,) = [t for t in axes.texts if t.get_text() == "↑ closer to the back"]
    patch = note.get_bbox_patch()
    assert patch is not None and patch.get_facecolor() == to_rgba(style.background)
    drawn_below = [a for a in axes.get_children() if a is not note and a.get_zorder() >= 5]
    assert not [a for a in drawn_below if a in axes.lines or a in axes.collections]


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
    figure = activity_chart(_days(0, 7), [120, 45], WEEKLY)
    assert [b.get_height() for b in _bars(figure.axes[0], "Minutes of activity")] == [120, 45]
    assert figure.axes[0].get_ylabel() == "Active minutes a week"
    assert "No activity logged in this period" in _texts(activity_chart([], []))


def test_measures_are_drawn_against_baseline_with_the_threshold_band() -> None:
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
    band = [p for p in psfs_axes.patches if p.get_gid() == "change-threshold"]
    assert len(band) == 1
    assert isinstance(band[0], Rectangle)
    low, high = band[0].get_y(), band[0].get_y() + band[0].get_height()
    assert (low, high) == (1, 5)  # baseline 3, plus or minus the 2-point detectable change
    assert not [
        p for p in sbi_axes.patches if p.get_gid() == "change-threshold"
    ]  # no agreed threshold
    assert any("No agreed threshold" in t.get_text() for t in sbi_axes.texts)
    assert any("less than the detectable change" in t.get_text() for t in psfs_axes.texts)
    assert list(psfs_axes.get_lines()[0].get_ydata()) == [3, 4, 6]


def test_no_questionnaires_says_so() -> None:
    figure = measures_chart([MeasureSeries(BOTHERSOMENESS, [], None)])
    assert "No questionnaires answered in this period" in _texts(figure)


def test_words_go_through_the_translation_passed_in() -> None:
    figure = pain_chart([datetime(2026, 3, 2, 9)], [4], [6], tr=str.upper)
    assert [line.get_label() for line in figure.axes[0].get_lines()] == ["BACK PAIN", "LEG PAIN"]
    assert figure.axes[0].get_ylabel() == "PAIN (0-10)"


@pytest.mark.parametrize(("language", "march"), [("en", "Mar"), ("de", "März")])
def test_the_date_axis_names_months_in_the_pages_language(language: str, march: str) -> None:
    """The page's dates come from its language, not strftime's locale: a German page said
    "Dec" and "2026-Dec" under its charts."""
    times = [datetime(2026, 2, 20, 9), datetime(2026, 3, 20, 9)]
    figure = pain_chart(
        times,
        [4, 3],
        [6, 5],
        span=(date(2026, 2, 16), date(2026, 3, 29)),
        style=ChartStyle(language=language),
    )
    FigureCanvasAgg(figure).draw()
    axis = figure.axes[0].xaxis
    labels = [label.get_text() for label in axis.get_ticklabels()]
    assert march in labels
    assert not any(english in labels for english in ("Mar", "Dec") if english != march)


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
    used = set(REACH_WORDS)
    for module in ("charts.py", "count_charts.py", "chart_layout.py"):
        used |= _literal_calls(REPO / "companion/reports" / module, "tr", 0)
    used |= {BOTHERSOMENESS.name, FUNCTIONAL_SCALE.name}
    listed = _literal_calls(REPO / "companion/reports/chart_words.py", "QT_TRANSLATE_NOOP", 1)
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


# --- One time axis down the page ---------------------------------------------------------------

SPAN = (DAY, DAY + timedelta(days=89))
DARK = ChartStyle.on("#171717", "#eeeeee", "#555555", dark=True)


def _every_chart(style: ChartStyle | None = None, tr: Words = str) -> list[Figure]:
    """Every chart of the Progress page over three months, with events, reach words, a
    programme-less adherence chart (its wrapped note) and two questionnaires."""
    days = _days(*range(90))
    times = [datetime.combine(day, time(9)) for day in days]
    back = [max(0, 7 - i // 15) for i in range(90)]
    leg = [max(0, 8 - i // 12) for i in range(90)]
    events = [
        EventMark(datetime(2026, 3, 20, 10), "Injection"),
        EventMark(datetime(2026, 5, 30, 10), "Flare-up", flare_up=True),  # at the right edge
    ]
    weeks = _days(*range(0, 90, 7))
    psfs = [
        MeasureResult(FUNCTIONAL_SCALE, s, d) for s, d in zip((3, 6), _days(0, 60), strict=True)
    ]
    sbi = [MeasureResult(BOTHERSOMENESS, s, d) for s, d in zip((15, 9), _days(0, 80), strict=True)]
    style = style or ChartStyle()
    common = {"span": SPAN, "tr": tr}
    counted_by_day = CountChartOptions(style, 1, SPAN, tr)
    counted_by_week = CountChartOptions(style, 7, SPAN, tr)
    return [
        pain_chart(
            times,
            back,
            leg,
            style,
            days=days,
            back_average=back,
            leg_average=leg,
            events=events,
            **common,
        ),
        reach_chart(days, [4 - i // 23 for i in range(90)], style, events=events, **common),
        adherence_chart(weeks, [3] * 13, [1] * 13, [None] * 13, counted_by_week),
        breaks_chart(days, [4] * 90, [1] * 90, [2] * 90, counted_by_day),
        activity_chart(days, [30] * 90, counted_by_day),
        measures_chart(
            [
                MeasureSeries(BOTHERSOMENESS, sbi, sbi[0]),
                MeasureSeries(FUNCTIONAL_SCALE, psfs, psfs[0]),
            ],
            style,
            **common,
        ),
    ]


def _drawn(figure: Figure, width: float) -> Figure:
    figure.set_figwidth(width)
    FigureCanvasAgg(figure).draw()
    return figure


def _shown_ticks(axis: Axis) -> list[Text]:
    """The tick labels matplotlib draws: those of the ticks within the axis' limits."""
    low, high = sorted(axis.get_view_interval())
    slack = (high - low) * 1e-9
    return [
        tick.label1
        for tick in axis.get_major_ticks()
        if low - slack <= tick.get_loc() <= high + slack
    ]


def _words(figure: Figure) -> list[Text]:
    """Every piece of text a reader needs: ticks, axis labels, titles, notes and legends."""
    found: list[Text] = []
    for axes in figure.axes:
        found += [*_shown_ticks(axes.xaxis), *_shown_ticks(axes.yaxis), *axes.texts]
        found += [axes.yaxis.label, axes.xaxis.get_offset_text(), axes.title, axes._left_title]
    for legend in figure.legends:
        found += legend.get_texts()
    return [text for text in found if text.get_visible() and text.get_text()]


@pytest.mark.parametrize("width", [5.0, 12.0])
def test_every_chart_plots_between_the_same_left_and_right_edges(width: float) -> None:
    lefts, rights = [], []
    for figure in _every_chart():
        _drawn(figure, width)
        for axes in figure.axes:  # the questionnaires' two rows as well
            box = axes.get_window_extent()
            lefts.append(box.x0)
            rights.append(box.x1)
    assert len(lefts) == 7
    assert max(lefts) - min(lefts) <= 1 and max(rights) - min(rights) <= 1
    assert 0.5 * width * 100 < min(rights) - max(lefts) and max(rights) < width * 100


def test_the_same_dates_stand_at_the_same_place_in_every_chart() -> None:
    places = set()
    for figure in _every_chart():
        _drawn(figure, 7.5)
        for axes in figure.axes:
            x = axes.transData.transform([(date2num(datetime(2026, 4, 15)), 0)])[0][0]
            places.add(round(x, 3))
    assert len(places) == 1


@pytest.mark.parametrize(
    ("width", "style"), [(5.0, ChartStyle()), (12.0, ChartStyle()), (5.0, DARK), (12.0, DARK)]
)
def test_no_words_fall_outside_the_figure_or_on_each_other_or_under_the_legend(
    width: float, style: ChartStyle
) -> None:
    for figure in _every_chart(style):
        _drawn(figure, width)
        inside = figure.bbox
        boxes = [(text.get_text(), text.get_window_extent()) for text in _words(figure)]
        boxes += [("legend", legend.get_window_extent()) for legend in figure.legends]
        for text, box in boxes:
            assert inside.x0 <= box.x0 and box.x1 <= inside.x1, text
            assert inside.y0 <= box.y0 and box.y1 <= inside.y1, text
        for index, (text, box) in enumerate(boxes[:-1]):
            for other, other_box in boxes[index + 1 :]:
                common = Bbox.intersection(box, other_box)
                if "legend" not in (text, other) and common is not None:
                    assert min(common.width, common.height) < 1, (text, other)
        for legend in figure.legends:  # the legend stands above every plot, titles included
            top = max(axes.get_tightbbox().y1 for axes in figure.axes)
            assert legend.get_window_extent().y0 >= top - 1


def test_a_note_wider_than_a_narrow_chart_wraps_within_it() -> None:
    figure = _drawn(adherence_chart(_days(0, 7), [3, 5], [0, 0], [None, None]), 5.0)
    note = figure.axes[0]._left_title
    assert "\n" in note.get_text()
    assert note.get_window_extent().x1 <= figure.axes[0].get_window_extent().x1
    _drawn(figure, 12.0)
    assert "\n" not in note.get_text()  # a wider window takes it back onto one line


def _columns(figure: Figure) -> int:
    (legend,) = figure.legends
    return len({round(text.get_window_extent().x0) for text in legend.get_texts()})


def test_the_legend_takes_fewer_columns_where_the_figure_is_narrow() -> None:
    figure = _every_chart(DARK)[0]
    assert _columns(_drawn(figure, 12.0)) == 3
    # One draw after a resize shows the new columns, as a canvas draws once per resize.
    assert _columns(_drawn(figure, 3.5)) < 3
    (legend,) = figure.legends
    assert figure.bbox.x0 <= legend.get_window_extent().x0
    assert legend.get_window_extent().x1 <= figure.bbox.x1
    assert {to_hex(text.get_color()) for text in legend.get_texts()} == {DARK.text}
    assert len(legend.get_texts()) == 6
    assert _columns(_drawn(figure, 12.0)) == 3  # and takes them back when there is room


def test_longer_translated_reach_words_widen_every_chart_alike() -> None:
    def long_words(text: str) -> str:
        return "Unterhalb des Knies" if text == "Below knee" else text

    english = {round(f.axes[0].get_window_extent().x0) for f in map(_fig5, _every_chart())}
    german = {
        round(axes.get_window_extent().x0)
        for figure in _every_chart(tr=long_words)
        for axes in _fig5(figure).axes
    }
    assert len(english) == len(german) == 1
    assert german.pop() > english.pop()


def _fig5(figure: Figure) -> Figure:
    return _drawn(figure, 5.0)


def test_a_redraw_on_the_same_figure_keeps_the_shared_edges() -> None:
    first = _drawn(pain_chart([datetime(2026, 3, 2, 9)], [4], [6], span=SPAN), 6.0)
    before = first.axes[0].get_window_extent()
    again = _drawn(reach_chart(_days(0, 1), [3, 1], span=SPAN, figure=first), 6.0)
    assert again is first
    after = again.axes[0].get_window_extent()
    assert (round(after.x0), round(after.x1)) == (round(before.x0), round(before.x1))
