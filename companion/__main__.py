"""Entry point: `python -m companion` and the `companion` script."""

import sys
from pathlib import Path

# The headless commands, by name. Deciding between the CLI and the app must not import either
# (the CLI's modules pull in every service); a test keeps this list equal to the CLI's parser.
COMMANDS = frozenset(
    {"backup", "backups", "check", "checkin", "export", "programme", "questionnaire", "restore"}
)


def wants_cli(argv: list[str]) -> bool:
    """True if the arguments name a headless command (or ask for the version or help)."""
    for index, arg in enumerate(argv):
        if arg in COMMANDS or arg in ("--version", "-h", "--help"):
            return True
        value_of_option = index > 0 and argv[index - 1] in ("--data-dir", "--shed-after")
        # The app opens files it is given (programme files); any other word is a command,
        # and an unknown command must fail here rather than open a window.
        if not arg.startswith("-") and not value_of_option and not Path(arg).is_file():
            return True
    return False


def main() -> int:
    """Run a headless subcommand if one is named, else open the app."""
    from companion.paths import keep_chart_font_cache

    keep_chart_font_cache()  # before anything imports matplotlib
    if wants_cli(sys.argv[1:]):
        from companion.cli import main as cli_main

        return cli_main(sys.argv[1:])
    from companion.app import main as app_main

    return app_main(sys.argv)


if __name__ == "__main__":
    sys.exit(main())
