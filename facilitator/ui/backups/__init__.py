"""Backups in the window app: the periodic backup timer and the restore dialog."""
