"""The Minutes section: exporting the Word minutes ("referat")."""
