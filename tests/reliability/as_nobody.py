"""Run one `companion` command as uid/gid 65534: `python as_nobody.py ARGS...` (started as root).

CI runs as root, and root may write anywhere, so read-only and permission faults need another
user. The interpreter may live in a folder that user cannot read (a pyenv under /root), so
everything the commands need is imported first, and only then are privileges dropped.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import configparser
import encodings.utf_8_sig

import alembic.command
import alembic.config
import alembic.runtime.migration
import alembic.script
import sqlalchemy.dialects.sqlite

import companion.cli
import companion.reports.fhir_export
import companion.services.exports
import companion.services.outputs
import companion.services.programmes
import companion.storage.schema_check
import companion.system.instance

NOBODY = 65534
# Imported while they can be read; the command would import them later, as nobody.
PRELOADED = (
    configparser,
    encodings.utf_8_sig,
    alembic.command,
    alembic.config,
    alembic.runtime.migration,
    alembic.script,
    sqlalchemy.dialects.sqlite,
    companion.reports.fhir_export,
    companion.services.exports,
    companion.services.outputs,
    companion.services.programmes,
    companion.storage.schema_check,
    companion.system.instance,
)


def main(argv: list[str]) -> int:
    """Drop to nobody, then run the command line."""
    os.setgroups([])
    os.setgid(NOBODY)
    os.setuid(NOBODY)
    return companion.cli.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
