"""Every word the Progress page's charts draw (progress_charts.py passes each through the `tr`
it is given), listed for the translation tools: lupdate reads the QT_TRANSLATE_NOOP calls, and
the page translates each English text in the "Charts" context.
tests/unit/ui/test_progress_charts.py keeps the list complete.

The marker is a plain function with Qt's name (Qt's own is typed to return `object`): lupdate
reads the calls by that name.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; return it unchanged."""
    return text


# The reach axis, level 0 (no leg symptoms) to 4 (into the foot): short words for a tick label.
REACH_LEVELS = (
    QT_TRANSLATE_NOOP("Charts", "None"),
    QT_TRANSLATE_NOOP("Charts", "Buttock"),
    QT_TRANSLATE_NOOP("Charts", "Thigh"),
    QT_TRANSLATE_NOOP("Charts", "Below knee"),
    QT_TRANSLATE_NOOP("Charts", "Foot"),
)

CHART_WORDS = (
    QT_TRANSLATE_NOOP("Charts", "Pain (0-10)"),
    QT_TRANSLATE_NOOP("Charts", "No check-ins in this period"),
    QT_TRANSLATE_NOOP("Charts", "Back pain"),
    QT_TRANSLATE_NOOP("Charts", "Leg pain"),
    QT_TRANSLATE_NOOP("Charts", "Back pain, 7-day average"),
    QT_TRANSLATE_NOOP("Charts", "Leg pain, 7-day average"),
    QT_TRANSLATE_NOOP("Charts", "Treatment or event"),
    QT_TRANSLATE_NOOP("Charts", "Flare-up"),
    QT_TRANSLATE_NOOP("Charts", "Leg symptoms reach"),
    *REACH_LEVELS,
    QT_TRANSLATE_NOOP("Charts", "Furthest reach that day"),
    QT_TRANSLATE_NOOP("Charts", "↑ closer to the back"),
    QT_TRANSLATE_NOOP("Charts", "Sessions a day"),
    QT_TRANSLATE_NOOP("Charts", "Sessions a week"),
    QT_TRANSLATE_NOOP("Charts", "Sessions a month"),
    QT_TRANSLATE_NOOP(
        "Charts",
        "No programme says how many sessions to do, so only the sessions done are shown.",
    ),
    QT_TRANSLATE_NOOP("Charts", "No exercise sessions in this period"),
    QT_TRANSLATE_NOOP("Charts", "Done"),
    QT_TRANSLATE_NOOP("Charts", "Stopped part-way"),
    QT_TRANSLATE_NOOP("Charts", "Planned"),
    QT_TRANSLATE_NOOP("Charts", "Sitting breaks a day"),
    QT_TRANSLATE_NOOP("Charts", "Sitting breaks a week"),
    QT_TRANSLATE_NOOP("Charts", "Sitting breaks a month"),
    QT_TRANSLATE_NOOP("Charts", "No sitting-break reminders in this period"),
    QT_TRANSLATE_NOOP("Charts", "Taken"),
    QT_TRANSLATE_NOOP("Charts", "Snoozed"),
    QT_TRANSLATE_NOOP("Charts", "Skipped"),
    QT_TRANSLATE_NOOP("Charts", "Active minutes a day"),
    QT_TRANSLATE_NOOP("Charts", "Active minutes a week"),
    QT_TRANSLATE_NOOP("Charts", "Active minutes a month"),
    QT_TRANSLATE_NOOP("Charts", "No activity logged in this period"),
    QT_TRANSLATE_NOOP("Charts", "Minutes of activity"),
    QT_TRANSLATE_NOOP("Charts", "No questionnaires answered in this period"),
    QT_TRANSLATE_NOOP("Charts", "lower is better"),
    QT_TRANSLATE_NOOP("Charts", "higher is better"),
    QT_TRANSLATE_NOOP("Charts", "Score"),
    QT_TRANSLATE_NOOP(
        "Charts",
        "Shaded: within {points} points of the baseline, less than the detectable change",
    ),
    QT_TRANSLATE_NOOP(
        "Charts",
        "Shaded: within {points} points of the baseline, less than the minimal important change",
    ),
    QT_TRANSLATE_NOOP("Charts", "No agreed threshold for change; dotted: baseline"),
    QT_TRANSLATE_NOOP("Charts", "Sciatica bother score"),
    QT_TRANSLATE_NOOP("Charts", "Activity score"),
)
