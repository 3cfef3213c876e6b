"""Line breaking for the report's text pages: nothing lost, nothing past the margin."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.reports.pdf_report import MISSING_LETTER, Typesetter


@pytest.fixture(scope="module")
def setter() -> Iterator[Typesetter]:
    with Typesetter() as typesetter:
        yield typesetter


words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=300)


# No deadline: the first letter of a new script loads a font of this computer (a tenth of a
# second), which is what the report does too.
@settings(deadline=None)
@given(words, st.sampled_from([7.0, 8.5, 9.5, 16.0]), st.floats(0.5, 7.0), st.booleans())
def test_lines_fit_and_keep_every_letter(
    setter: Typesetter, text: str, size: float, width: float, bold: bool
) -> None:
    lines = setter.wrap(text, size, width, bold)
    for line in lines:
        # Only a single letter may be wider than the line (a very narrow column).
        assert setter.width(line, size, bold) <= width + 1e-9 or len(line.strip()) <= 1
    shown = setter.printable(text)
    paragraphs = shown.splitlines() or [""]
    assert "".join("".join(lines).split()) == "".join("".join(paragraphs).split())
    assert len(lines) >= len(paragraphs)


def test_bullets_hang_under_their_first_word(setter: Typesetter) -> None:
    lines = setter.wrap("• " + "walk to the shop and back " * 6, 9.5, 3.0)
    assert lines[0].startswith("• walk")
    assert len(lines) > 2
    assert all(line.startswith("    ") and line[4] != " " for line in lines[1:])


def test_letters_no_font_here_draws_show_as_boxes_and_controls_as_spaces(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from companion.reports import fallback_fonts

    monkeypatch.setattr(fallback_fonts, "_candidates", lambda: ())  # a computer with no fonts
    with Typesetter() as setter:
        assert (
            setter.printable("Ból — боль — 腰痛\tok\x00")
            == f"Ból — боль — {MISSING_LETTER * 2} ok "
        )
        assert setter.printable("plain text") == "plain text"


def test_other_scripts_are_drawn_in_a_font_of_this_computer(setter: Typesetter) -> None:
    # .ci/run installs fonts-droid-fallback; Windows and macOS have fonts of their own.
    assert setter.printable("腰痛 better") == "腰痛 better"
    (first, rest) = setter.runs("腰痛 better")
    assert first[0].startswith("fallback") and first[2] == "腰痛"
    assert rest == ("body", "", " better")
    assert setter.width("腰痛", 10) > setter.width("ab", 10)
    # Bold text keeps its weight around the other script and around a box.
    bold = setter.runs(f"Leg 腰 {MISSING_LETTER} worse", bold=True)
    assert [(style, letters) for family, style, letters in bold if family == "body"] == [
        ("B", "Leg "),
        ("B", f" {MISSING_LETTER} worse"),
    ]


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        ("walked 20 min", [("walked 20 min", False)]),
        # A Hebrew note reads from the right: its first word sits at the right-hand end.
        ("שלום עולם", [("שלום עולם", True)]),
        (
            "שלום עולם, walked 20 min",
            [("walked 20 min", False), ("שלום עולם, ", True)],
        ),
        # Numbers inside right-to-left text keep their own order ("3 of 10" reads 10 … 3).
        ("3 של 10", [("10", False), (" של ", True), ("3", False)]),
        (
            "Walked 2 km, then نوم جيد tonight",
            [("Walked 2 km, then ", False), ("نوم جيد", True), (" tonight", False)],
        ),
    ],
)
def test_right_to_left_words_are_placed_in_reading_order(
    setter: Typesetter, text: str, placed: list[tuple[str, bool]]
) -> None:
    runs = setter.placed_runs(text)
    assert [(letters, backwards) for _family, _style, letters, backwards in runs] == placed
    assert "".join(sorted(text)) == "".join(sorted("".join(r[2] for r in runs)))


def test_arabic_letters_are_joined_by_the_shaping_engine(setter: Typesetter) -> None:
    word = "السلام"  # joined, its letters take their narrower connected forms
    isolated = sum(setter.width(letter, 10) for letter in word)
    assert setter.width(word, 10) < 0.95 * isolated
    assert setter.width("walked", 10) == pytest.approx(
        sum(setter.width(letter, 10) for letter in "walked")
    )
