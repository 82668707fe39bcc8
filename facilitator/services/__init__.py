"""Use cases the UI calls: one method is one user action is one transaction."""
