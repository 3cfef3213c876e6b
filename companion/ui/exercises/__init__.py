"""Exercises: the list of exercises and the session player."""
