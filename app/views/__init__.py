"""Screens: the main window, its views and dialogs, and the Qt item models they use."""
