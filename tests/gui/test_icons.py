"""One look: the app's signs come from one bundled set of SVG line icons (Lucide), drawn in a
colour chosen for the palette, never from Qt's old stock icons, which differ by platform and
ignore dark mode."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from companion.paths import resource
from companion.ui.assets import SIGNS, sign

REPO = Path(__file__).resolve().parents[2]


def test_no_stock_icons_in_the_app() -> None:
    users = [
        str(path.relative_to(REPO))
        for path in (REPO / "companion").rglob("*.py")
        if "standardIcon(" in path.read_text(encoding="utf-8")
    ]
    assert users == []


def test_the_set_is_bundled_with_its_licence() -> None:
    assert "ISC License" in resource("icons", "lucide", "LICENSE").read_text(encoding="utf-8")
    for name in SIGNS:
        assert "currentColor" in resource("icons", "lucide", f"{name}.svg").read_text()


@pytest.mark.parametrize("name", SIGNS)
@pytest.mark.parametrize("colour", ["#cc0000", "#f0f0f0"], ids=["on light", "on dark"])
def test_each_sign_is_drawn_in_the_colour_asked_for(qapp: object, name: str, colour: str) -> None:
    drawn = sign(name, QColor(colour), 32, 2.0).toImage()
    assert (drawn.width(), drawn.height()) == (64, 64)  # sharp on a 2x screen
    inked = [
        drawn.pixelColor(x, y)
        for x in range(drawn.width())
        for y in range(drawn.height())
        if drawn.pixelColor(x, y).alpha() == 255
    ]
    assert len(inked) > 50  # the lines were drawn
    assert {c.name() for c in inked} == {colour}  # in that colour only: no stock greys


def test_response_cards_draw_their_stripe_inside_the_rounded_border(qtbot: object) -> None:
    from companion.ui.widgets.response_card import STRIPE, ResponseCard

    card = ResponseCard("1  Better or the same\nThe same or better.", QColor(30, 140, 70))
    qtbot.addWidget(card)  # type: ignore[attr-defined]
    card.resize(400, 80)
    card.show()
    image = card.grab().toImage()
    ratio = image.devicePixelRatio()
    middle = image.pixelColor(round(STRIPE / 2 * ratio), round(40 * ratio))
    assert middle.name() == card.stripe.name()  # the stripe runs down the left edge
    corner = image.pixelColor(0, 0)
    assert corner.name() != card.stripe.name()  # and keeps clear of the rounded corner
    text_side = image.pixelColor(round((STRIPE + 30) * ratio), round(4 * ratio))
    assert text_side.name() != card.stripe.name()


def test_dialog_buttons_carry_no_stock_icons(qtbot: object) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)  # type: ignore[attr-defined]
    # The app's style sheet (set on the whole app at start; here on the box alone, so other
    # tests keep Qt's plain look).
    box.setStyleSheet(resource("styles", "app.qss").read_text(encoding="utf-8"))
    box.show()
    assert all(button.icon().isNull() for button in box.buttons())
