"""Everything PySide6: windows, views, dialogs, tray and the reminder runner."""
