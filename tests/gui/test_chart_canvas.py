"""The Progress page's charts painted by real ChartCanvas widgets: one time axis down the page at
any width, pixels where the values are, and the pointer and keys saying which day is meant."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage
from pytestqt.qtbot import QtBot

from companion.domain.measures import BOTHERSOMENESS, FUNCTIONAL_SCALE, MeasureResult
from companion.ui.progress.chart_canvas import ChartCanvas
from companion.ui.progress.chart_plot import (
    ChartStyle,
    Plot,
    Points,
    day_number,
    moment_number,
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

DAY = date(2026, 3, 2)  # a Monday
LAST = DAY + timedelta(days=89)
DARK = ChartStyle.on("#171717", "#eeeeee", "#555555", dark=True)
HEIGHT = 320


def _days(*offsets: int) -> list[date]:
    return [DAY + timedelta(days=o) for o in offsets]


def _every_plot(style: ChartStyle | None = None, tr: Callable[[str], str] = str) -> list[Plot]:
    """Every chart of the Progress page over three months, with events, reach words, a
    programme-less sessions chart (its wrapped heading) and two questionnaires."""
    frame = ChartFrame(DAY, LAST, style or ChartStyle(), tr)
    weekly = ChartFrame(DAY, LAST, style or ChartStyle(), tr, bucket_days=7)
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
    return [
        pain_plot(
            times,
            back,
            leg,
            frame,
            days=days,
            back_average=back,
            leg_average=leg,
            events=events,
        ),
        reach_plot(days, [4 - i // 23 for i in range(90)], frame, events=events),
        sessions_plot(weeks, [3] * 13, [1] * 13, [None] * 13, weekly),
        breaks_plot(days, [4] * 90, [1] * 90, [2] * 90, frame),
        activity_plot(days, [30] * 90, frame),
        measures_plot(
            [
                MeasureSeries(BOTHERSOMENESS, sbi, sbi[0]),
                MeasureSeries(FUNCTIONAL_SCALE, psfs, psfs[0]),
            ],
            frame,
        ),
    ]


def _canvas(
    qtbot: QtBot,
    plot: Plot,
    width: int = 900,
    words: Sequence[str] = REACH_LEVELS,
    height: int = HEIGHT,
) -> ChartCanvas:
    """A canvas as the page makes it: the reach words at its left, whatever it shows."""
    canvas = ChartCanvas(words)
    qtbot.addWidget(canvas)
    canvas.resize(width, height)
    canvas.show_plot(plot)
    return canvas


def _edges(canvases: Sequence[ChartCanvas]) -> tuple[set[float], set[float]]:
    rects = [rect for canvas in canvases for rect in canvas.plot_rects()]
    assert len(rects) == 7  # the questionnaires' two rows as well
    return {round(r.left(), 3) for r in rects}, {round(r.right(), 3) for r in rects}


def test_every_chart_plots_between_the_same_left_and_right_edges(qtbot: QtBot) -> None:
    canvases = [_canvas(qtbot, plot) for plot in _every_plot()]
    lefts_at: dict[int, float] = {}
    for width in (560, 900, 1400):
        for canvas in canvases:
            canvas.resize(width, HEIGHT)
        lefts, rights = _edges(canvases)
        assert len(lefts) == len(rights) == 1, (width, lefts, rights)
        left, right = lefts.pop(), rights.pop()
        assert left > 0 and right < width
        assert right - left > 0.5 * width
        lefts_at[width] = left
        rect = canvases[0].plot_rects()[0]
        assert canvases[0].margins() == pytest.approx((rect.left(), width - rect.right()))
    assert len(set(lefts_at.values())) == 1  # a fixed margin, not a share of the width


def test_the_same_dates_stand_at_the_same_place_in_every_chart(qtbot: QtBot) -> None:
    canvases = [_canvas(qtbot, plot, 750) for plot in _every_plot()]
    april = day_number(date(2026, 4, 15))
    assert len({round(canvas.x_pixel(april), 3) for canvas in canvases}) == 1
    for canvas in canvases:
        rect = canvas.plot_rects()[0]
        assert canvas.x_pixel(day_number(DAY)) == pytest.approx(rect.left())
        assert canvas.x_pixel(day_number(LAST + timedelta(days=1))) == pytest.approx(rect.right())
        assert rect.left() < canvas.x_pixel(april) < rect.right()


def test_longer_translated_reach_words_widen_every_chart_alike(qtbot: QtBot) -> None:
    def long_words(text: str) -> str:
        return "Unterhalb des Knies" if text == "Below knee" else text

    english = [_canvas(qtbot, plot, 560) for plot in _every_plot()]
    german_words = [long_words(word) for word in REACH_LEVELS]
    german = [_canvas(qtbot, plot, 560, german_words) for plot in _every_plot(tr=long_words)]
    english_lefts, english_rights = _edges(english)
    german_lefts, german_rights = _edges(german)
    assert len(english_lefts) == len(german_lefts) == 1
    assert german_lefts.pop() > english_lefts.pop()
    assert german_rights == english_rights


def test_a_redraw_on_the_same_canvas_keeps_the_shared_edges(qtbot: QtBot) -> None:
    pain, reach, *_ = _every_plot()
    canvas = _canvas(qtbot, pain, 600)
    (before,) = canvas.plot_rects()
    canvas.show_plot(reach)
    assert canvas.plot is reach
    (after,) = canvas.plot_rects()
    assert (after.left(), after.right()) == (before.left(), before.right())


@pytest.mark.parametrize("width", [320, 560, 1400])
@pytest.mark.parametrize("style", [ChartStyle(), DARK], ids=["light", "dark"])
def test_every_plot_and_its_dates_stand_inside_the_canvas(
    qtbot: QtBot, width: int, style: ChartStyle
) -> None:
    for plot in _every_plot(style):
        canvas = _canvas(qtbot, plot, width)
        rects = canvas.plot_rects()
        line = QFontMetricsF(canvas.font()).height()
        bounds = QRectF(canvas.rect())
        for upper, lower in pairwise(rects):
            assert upper.bottom() < lower.top()  # rows one below the other, a title between
        for rect in rects:
            assert bounds.contains(rect) and rect.height() > 10, (plot.rows[0].ylabel, rect)
        assert rects[-1].bottom() + 2 * line <= HEIGHT  # room for the dates below


# --- Pixels ------------------------------------------------------------------------------------


def _image(canvas: ChartCanvas) -> QImage:
    image = canvas.grab().toImage()
    assert image.devicePixelRatio() == 1 and image.width() == canvas.width()
    return image


def _rgb(colour: QColor) -> tuple[int, int, int]:
    return colour.red(), colour.green(), colour.blue()


def _over(colour: str, background: str, opacity: float) -> QColor:
    """`colour` painted with `opacity` over `background`."""
    front, back = _rgb(QColor(colour)), _rgb(QColor(background))
    return QColor(
        *(round(opacity * f + (1 - opacity) * b) for f, b in zip(front, back, strict=True))
    )


def _near(one: QColor, other: QColor, tolerance: int = 4) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(_rgb(one), _rgb(other), strict=True))


@pytest.mark.parametrize("style", [ChartStyle(), DARK], ids=["light", "dark"])
def test_each_check_in_is_painted_where_its_values_stand(qtbot: QtBot, style: ChartStyle) -> None:
    moment = datetime(2026, 3, 12, 12)
    plot = pain_plot([moment], [3], [8], ChartFrame(DAY, DAY + timedelta(days=27), style))
    opacity = _points_opacity(plot)
    canvas = _canvas(qtbot, plot)
    image = _image(canvas)
    x = round(canvas.x_pixel(moment_number(moment)))
    for value, colour in ((3, style.back), (8, style.leg)):
        y = round(canvas.y_pixel(0, value))
        expected = _over(colour, style.background, opacity)
        assert _near(image.pixelColor(x, y), expected), (value, image.pixelColor(x, y).name())
    # Neither colour where no value stands, and the background all round the chart.
    y = round(canvas.y_pixel(0, 5.5))
    for colour in (style.back, style.leg):
        assert not _near(image.pixelColor(x, y), _over(colour, style.background, opacity))
    assert image.pixelColor(1, 1) == QColor(style.background)


def _points_opacity(plot: Plot) -> float:
    back = plot.series_labelled("Back pain")
    assert isinstance(back, Points)
    return back.opacity


def _dark_pixels(image: QImage, area: QRectF) -> int:
    """How many pixels in `area` are as dark as text on the light background."""
    return sum(
        1
        for x in range(int(area.left()), int(area.right()))
        for y in range(int(area.top()), int(area.bottom()))
        if image.pixelColor(x, y).lightness() < 110
    )


def test_an_empty_chart_paints_its_words_in_the_plot_and_no_dates(qtbot: QtBot) -> None:
    empty = _canvas(qtbot, pain_plot([], [], [], ChartFrame(DAY, LAST)))
    (rect,) = empty.plot_rects()
    image = _image(empty)
    middle = QRectF(rect.left(), rect.center().y() - 12, rect.width(), 24)
    assert _dark_pixels(image, middle) > 20  # "No check-ins in this period"
    below = QRectF(rect.left() + 2, rect.bottom() + 2, rect.width() - 4, HEIGHT - rect.bottom() - 2)
    assert _dark_pixels(image, below) == 0

    full = _canvas(qtbot, activity_plot(_days(0, 30), [30, 40], ChartFrame(DAY, LAST)))
    (rect,) = full.plot_rects()
    image = _image(full)
    below = QRectF(rect.left() + 2, rect.bottom() + 2, rect.width() - 4, HEIGHT - rect.bottom() - 2)
    assert _dark_pixels(image, below) > 20  # the dates


def test_the_dates_are_painted_in_the_charts_language(qtbot: QtBot) -> None:
    """The same chart in English and German differs only in its dates ("Mar", "März")."""
    images = []
    for language in ("en", "en", "de"):
        frame = ChartFrame(date(2026, 2, 16), date(2026, 3, 29), ChartStyle(language=language))
        plot = activity_plot([date(2026, 2, 20), date(2026, 3, 20)], [30, 40], frame)
        canvas = _canvas(qtbot, plot)
        images.append(_image(canvas))
    (rect,) = canvas.plot_rects()
    plot_area = canvas.rect().adjusted(0, 0, 0, -round(canvas.height() - rect.bottom() - 1))
    english, again, german = images
    assert english == again
    assert english.copy(plot_area) == german.copy(plot_area)
    assert english != german


def test_the_legend_and_heading_are_painted_above_the_plot(qtbot: QtBot) -> None:
    pain, _reach, sessions, _breaks, activity, _measures = _every_plot()
    for plot, painted in ((pain, True), (sessions, True), (activity, False)):
        canvas = _canvas(qtbot, plot)
        top = canvas.plot_rects()[0].top()
        above = QRectF(0, 0, canvas.width(), top - 6)  # clear of an event's mark on the edge
        image = _image(canvas)
        assert (_dark_pixels(image, above) > 20) is painted, plot.rows[0].ylabel


def test_the_heading_is_painted_from_the_plots_left_edge(qtbot: QtBot) -> None:
    """The words about a missing plan start where the plot starts; the legend stands in the
    middle, so without a heading nothing is painted there."""
    frame = ChartFrame(DAY, LAST, bucket_days=7)
    weeks = _days(0, 7)
    for planned, painted in (([None, None], True), ([7, 7], False)):
        canvas = _canvas(qtbot, sessions_plot(weeks, [3, 5], [0, 0], planned, frame))
        rect = canvas.plot_rects()[0]
        corner = QRectF(rect.left(), 0, 120, rect.top() - 6)
        assert (_dark_pixels(_image(canvas), corner) > 20) is painted


def test_a_heading_wider_than_a_narrow_chart_wraps_within_it(qtbot: QtBot) -> None:
    frame = ChartFrame(DAY, LAST, bucket_days=7)
    weeks = _days(0, 7)
    unplanned = _canvas(qtbot, sessions_plot(weeks, [3, 5], [0, 0], [None, None], frame), 1400)
    planned = _canvas(qtbot, sessions_plot(weeks, [3, 5], [0, 0], [7, 7], frame), 1400)
    # The heading takes room above the plot; "Planned" widens the legend by no line.
    wide = unplanned.plot_rects()[0].top()
    assert planned.plot_rects()[0].top() < wide
    unplanned.resize(400, HEIGHT)
    narrow = unplanned.plot_rects()[0].top()
    assert narrow > wide  # wrapped onto more lines...
    line = QFontMetricsF(unplanned.font()).height()
    assert narrow - wide >= 0.7 * line
    unplanned.resize(1400, HEIGHT)
    assert unplanned.plot_rects()[0].top() == wide  # ...and back onto one


def test_the_legend_takes_fewer_columns_where_the_canvas_is_narrow(qtbot: QtBot) -> None:
    pain = _every_plot(DARK)[0]
    assert len(pain.legend_keys()) == 6
    canvas = _canvas(qtbot, pain, 1400)
    tops = {}
    for width in (1400, 380, 200, 1400):
        canvas.resize(width, HEIGHT)
        tops[width] = canvas.plot_rects()[0].top()
    assert tops[1400] < tops[380] < tops[200]
    assert canvas.plot_rects()[0].top() == tops[1400]  # the columns come back with the room
    # Each line of keys takes the same room: two lines of three keys, three of two, six of one.
    more_lines = (tops[200] - tops[1400]) / (tops[380] - tops[1400])
    assert more_lines == pytest.approx((6 - 2) / (3 - 2))


def _event_colour(colour: QColor) -> bool:
    red, green, blue = colour.red(), colour.green(), colour.blue()
    return red > 180 and blue > 180 and green < red - 60


def test_an_event_on_the_first_day_does_not_run_through_the_reach_note(qtbot: QtBot) -> None:
    style = ChartStyle(event="#ff00ff")
    frame = ChartFrame(DAY, DAY + timedelta(days=13), style)
    early = datetime.combine(DAY, time(7, 12))
    plot = reach_plot(_days(0, 1, 2), [4, 4, 4], frame, events=[EventMark(early, "Injection")])
    canvas = _canvas(qtbot, plot)
    (rect,) = canvas.plot_rects()
    x = round(canvas.x_pixel(moment_number(early)))
    assert rect.left() + 8 < x  # well inside the note's words
    image = _image(canvas)
    small = QFontMetricsF(canvas.font()).height() * 0.85
    column = range(x - 1, x + 2)
    under_note = range(round(rect.top()) + 6, round(rect.top() + small))
    below_note = range(round(rect.top() + small) + 8, round(rect.bottom()) - 4)
    assert not [(c, y) for c in column for y in under_note if _event_colour(image.pixelColor(c, y))]
    assert [(c, y) for c in column for y in below_note if _event_colour(image.pixelColor(c, y))]


# --- The pointer and the keys ------------------------------------------------------------------


def _shown(qtbot: QtBot, plot: Plot) -> ChartCanvas:
    canvas = _canvas(qtbot, plot)
    canvas.show()
    qtbot.waitExposed(canvas)
    return canvas


def test_pointing_at_a_day_says_which(qtbot: QtBot) -> None:
    canvas = _shown(qtbot, _every_plot()[0])
    (rect,) = canvas.plot_rects()
    for day in (date(2026, 3, 20), date(2026, 4, 15)):
        target = noon_number(day)
        where = QPoint(round(canvas.x_pixel(target)), round(rect.center().y()))
        with qtbot.waitSignal(canvas.pointed, timeout=1000) as moved:
            qtbot.mouseMove(canvas, where)
        assert moved.args is not None and moved.args[0] == pytest.approx(target, abs=0.1)
    target = noon_number(date(2026, 5, 2))
    where = QPoint(round(canvas.x_pixel(target)), round(rect.center().y()))
    with qtbot.waitSignal(canvas.pointed, timeout=1000) as clicked:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=where)
    assert clicked.args is not None and clicked.args[0] == pytest.approx(target, abs=0.1)


def test_pointing_outside_the_plot_says_nothing(qtbot: QtBot) -> None:
    canvas = _shown(qtbot, _every_plot()[0])
    (rect,) = canvas.plot_rects()
    with qtbot.assertNotEmitted(canvas.pointed):
        qtbot.mouseClick(
            canvas, Qt.MouseButton.LeftButton, pos=QPointF(rect.left() / 2, 40).toPoint()
        )
        qtbot.mouseClick(
            canvas,
            Qt.MouseButton.LeftButton,
            pos=QPoint(round(rect.center().x()), round(rect.bottom()) + 8),
        )


def test_the_arrow_keys_home_and_end_step_through_the_days(qtbot: QtBot) -> None:
    canvas = _canvas(qtbot, _every_plot()[0])
    for key, step in (
        (Qt.Key.Key_Left, "left"),
        (Qt.Key.Key_Right, "right"),
        (Qt.Key.Key_Home, "home"),
        (Qt.Key.Key_End, "end"),
    ):
        with qtbot.waitSignal(canvas.stepped, timeout=1000) as stepped:
            qtbot.keyClick(canvas, key)
        assert stepped.args == [step]
    with qtbot.assertNotEmitted(canvas.stepped):
        qtbot.keyClick(canvas, Qt.Key.Key_A)
        qtbot.keyClick(canvas, Qt.Key.Key_Up)


def test_a_canvas_without_a_chart_steps_nowhere(qtbot: QtBot) -> None:
    canvas = ChartCanvas(REACH_LEVELS)
    qtbot.addWidget(canvas)
    assert canvas.plot is None and canvas.plot_rects() == []
    with qtbot.assertNotEmitted(canvas.stepped):
        qtbot.keyClick(canvas, Qt.Key.Key_Right)


def test_the_chosen_day_is_shaded_on_the_chart_and_forgotten_with_a_new_one(
    qtbot: QtBot,
) -> None:
    plot = activity_plot(_days(*range(28)), [0] * 28, ChartFrame(DAY, DAY + timedelta(days=27)))
    canvas = _canvas(qtbot, plot)
    (rect,) = canvas.plot_rects()
    before = _image(canvas)
    chosen = DAY + timedelta(days=10)
    canvas.choose(noon_number(chosen), 0.5)
    after = _image(canvas)
    y = round(rect.center().y())
    inside = round(canvas.x_pixel(noon_number(chosen)))
    outside = round(canvas.x_pixel(noon_number(chosen + timedelta(days=3))))
    # The day's band is darker than the empty plot beside it; the rest is untouched.
    assert after.pixelColor(inside, y).lightness() < before.pixelColor(inside, y).lightness()
    assert after.pixelColor(outside, y) == before.pixelColor(outside, y)
    assert canvas.chosen == (noon_number(chosen), 0.5)
    canvas.show_plot(plot)  # a redraw: the words under the page are reset, so is the shade
    assert canvas.chosen is None
    assert _image(canvas).pixelColor(inside, y) == before.pixelColor(inside, y)


def test_a_focused_canvas_shows_where_the_keys_go(qtbot: QtBot) -> None:
    canvas = _shown(qtbot, _every_plot()[0])
    highlight = canvas.palette().color(canvas.palette().ColorRole.Highlight)
    assert not _near(_image(canvas).pixelColor(1, canvas.height() // 2), highlight)
    canvas.activateWindow()
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    assert _near(_image(canvas).pixelColor(1, canvas.height() // 2), highlight, tolerance=40)
