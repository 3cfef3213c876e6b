"""Reports: the reports page and the report's language choice."""
