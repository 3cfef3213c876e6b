"""Each command prints one line on failure, whatever the error's own text holds."""

from __future__ import annotations

from companion.cli import one_line


def test_a_message_of_several_lines_is_printed_as_one() -> None:
    detail = "*** in database main ***\nPage 38: btreeInitPage() returns error code 11"
    assert one_line(ValueError(f"damaged ({detail}); restore")) == (
        "damaged (*** in database main *** Page 38: btreeInitPage() returns error code 11); restore"
    )
