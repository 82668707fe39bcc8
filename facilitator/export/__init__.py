"""Documents built from a stored workshop; usable without a display."""
