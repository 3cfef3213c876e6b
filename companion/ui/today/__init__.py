"""Today: what is due, the quick check-in, the welcome and what to expect."""
