"""The session player: the window over SessionTimeline, its pages, words and sound."""
