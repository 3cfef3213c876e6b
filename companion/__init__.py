"""Sciatica Companion: a private, offline home-care companion for people with sciatica."""

__version__ = "0.1.0"
APP_NAME = "Sciatica Companion"
APP_ID = "sciatica-companion"
# Reverse-DNS style id for desktop files, D-Bus and the single-instance socket.
APP_REVERSE_ID = "org.sciaticacompanion.Companion"
# No organisation level: the data folder is simply ".../Sciatica Companion".
ORGANIZATION = ""
