"""Data files shipped with the app; mapped to ``facilitator.resources`` inside a built wheel."""
