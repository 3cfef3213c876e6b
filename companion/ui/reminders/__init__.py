"""Reminders: the runner that arms them, the reminder window, its words and settings."""
