"""ChoiceList: rows that stand for values, and a row nobody can choose when there are none."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from companion.ui.widgets.choice_list import ChoiceList


def test_a_row_gives_back_its_value_and_the_empty_row_none(qtbot: QtBot) -> None:
    choices = ChoiceList()
    qtbot.addWidget(choices)
    choices.say_if_empty("Nothing yet.")
    assert choices.count() == 1 and not choices.item(0).flags()
    choices.setCurrentRow(0)
    assert choices.chosen() is None and not choices.holds("")

    choices.clear()
    choices.add_choice("First", "a", tooltip="the first")
    choices.add_choice("Second", "b")
    choices.say_if_empty("Nothing yet.")  # there are rows: no placeholder
    assert [choices.item(i).text() for i in range(choices.count())] == ["First", "Second"]
    assert choices.item(0).toolTip() == "the first"
    assert choices.holds("b") and not choices.holds("c")
    choices.choose("b")
    assert choices.chosen() == "b"
    choices.choose("c")  # no such row: the current one stays
    assert choices.chosen() == "b"
