"""Reads and validates the read-only content (exercises, programmes, questionnaires)."""
