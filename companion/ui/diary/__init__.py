"""The diary: the day list, its dialogs and words, and correcting a check-in."""
