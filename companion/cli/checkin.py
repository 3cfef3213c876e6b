"""`companion checkin`: record how you are from the command line."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from companion.cli.base import CommandFailed, Handler, Parser, Subcommands, open_data
from companion.cli.checkin_words import nothing_recorded, safety_questions_due
from companion.cli.words import cli_words
from companion.services.checkin_rules import CheckInInvalid
from companion.services.checkins import parse_command_line, record_from_command_line
from companion.services.screening import checkin_triggers_of


def register(commands: Subcommands, common: Parser) -> dict[str, Handler]:
    """Add `checkin`; return its handler."""
    words = cli_words()
    checkin = commands.add_parser(
        "checkin",
        parents=[common],
        help=words.translate("Cli", "record a check-in and print its id"),
        description=words.translate(
            "Cli",
            "Record how you are now. Reach and side left out are carried from the previous "
            "check-in; --side is needed with a new --reach when there is none to carry.",
        ),
    )
    checkin.add_argument(
        "--back",
        type=int,
        required=True,
        metavar="N",
        help=words.translate("Cli", "back pain, 0-10"),
    )
    checkin.add_argument(
        "--leg", type=int, required=True, metavar="N", help=words.translate("Cli", "leg pain, 0-10")
    )
    checkin.add_argument(
        "--reach",
        metavar="none|buttock|thigh|calf|foot",
        help=words.translate("Cli", "how far the leg symptoms reach"),
    )
    checkin.add_argument(
        "--side", metavar="left|right|both", help=words.translate("Cli", "which leg")
    )
    checkin.add_argument("--note", metavar="TEXT", help=words.translate("Cli", "a short note"))
    checkin.add_argument(
        "--at",
        metavar="ISO-8601",
        help=words.translate(
            "Cli",
            "when, if not now (without a zone: local time). A local time skipped when the "
            "clocks go forward (e.g. 02:30 on the night summer time starts) is refused.",
        ),
    )
    return {"checkin": _checkin}


def _checkin(root: Path, args: argparse.Namespace) -> None:
    now = datetime.now(UTC)
    try:
        # Everything that needs no stored data is checked before the diary is opened.
        given = parse_command_line(
            back=args.back,
            leg=args.leg,
            reach=args.reach,
            side=args.side,
            note=args.note,
            at=args.at,
            now=now,
        )
        store = open_data(root)
        try:
            saved, _changes = record_from_command_line(store, given, now)
            triggers = checkin_triggers_of(store, saved.id)
        finally:
            store.close()
    except CheckInInvalid as error:
        raise CommandFailed(nothing_recorded(error, cli_words())) from None
    print(saved.id)
    if triggers:
        # The check-in is saved (exit 0); the questions themselves are answered in the app.
        print(safety_questions_due(tuple(triggers), cli_words()))
