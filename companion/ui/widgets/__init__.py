"""Widgets shared by more than one feature: layouts, guards, figures, the body map, file dialogs."""
