"""The app's queries, by subject: services ask these, they do not write SQL.

`rows.py` holds what every subject shares: which rows are live (not soft-deleted), a moment's
local day or week, a period's bounds.
"""
