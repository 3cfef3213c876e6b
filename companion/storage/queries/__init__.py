"""Read-only queries by subject, on the standard library's sqlite3 (no ORM loaded)."""
