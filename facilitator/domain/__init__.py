"""Pure workshop logic: no Qt widgets, no database."""
