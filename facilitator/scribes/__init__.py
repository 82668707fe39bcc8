"""The table scribes' venue web server: a phone page per cluster, served from the laptop."""
