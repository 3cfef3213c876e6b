"""Entry point: `python -m companion` and the `companion` script."""

import sys


def main() -> int:
    """Run a headless subcommand if one is named, else open the app."""
    from companion.cli import wants_cli

    if wants_cli(sys.argv[1:]):
        from companion.cli import main as cli_main

        return cli_main(sys.argv[1:])
    from companion.app import main as app_main

    return app_main(sys.argv)


if __name__ == "__main__":
    sys.exit(main())
