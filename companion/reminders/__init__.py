"""Pure reminder scheduling: events in, decisions out; the clock is passed in.

`decisions` holds the values (what is due, why, for how long), `rules` the user's reminder
settings, `scheduler` the state machine over them. Import from those modules: the package
re-exports nothing, so importing one piece does not load the others.
"""
