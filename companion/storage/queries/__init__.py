"""The app's queries, by subject: services ask these, they do not write SQL.

`rows.py` holds what every subject shares: which rows are live (not soft-deleted), a moment's
local day or week, a period's bounds. `tray.py` reads what the tray form needs with the standard
library's sqlite3, read-only, so a start at login loads no ORM.
"""
