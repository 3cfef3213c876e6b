"""Plain-Python heart of the app: value objects, rules and scoring. Imports nothing of ours."""
