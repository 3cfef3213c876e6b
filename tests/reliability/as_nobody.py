"""Run `companion ARGS` as the user nobody (65534): root's child drops its privileges itself.

The interpreter lives in root's home, which nobody cannot read, so everything the commands use
is imported first and the privileges are dropped just before the command runs.
"""

from __future__ import annotations

import configparser
import encodings.utf_8_sig
import os
import sys

import alembic.command
import alembic.config

import companion.cli
import companion.reports.fhir_export
import companion.services.exports
import companion.services.outputs
import companion.services.programmes

# Imported while they can be read; the command would import them later, as nobody.
PRELOADED = (configparser, encodings.utf_8_sig, alembic.command, alembic.config, companion)

NOBODY = 65534

if __name__ == "__main__":
    os.setgroups([])
    os.setgid(NOBODY)
    os.setuid(NOBODY)
    sys.exit(companion.cli.main(sys.argv[1:]))
