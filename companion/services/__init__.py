"""Use cases the UI and CLI call; each returns a result and the Changes it made. No Qt."""
