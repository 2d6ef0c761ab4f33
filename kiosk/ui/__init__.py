"""The only package that imports PySide6: screens, widgets, workers, theme, translations."""
