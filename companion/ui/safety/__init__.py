"""Safety: red-flag screening, clearance, the safety questions and their words."""
