"""The agenda section: the timed programme editor, its detail pane and the plain-text import."""
