"""The table scribes' venue web server: a phone page per cluster, served from the laptop.

Importing this package is cheap; the web stack (Starlette, uvicorn) is imported by the modules
that run the server, which the window loads only when the facilitator starts it.
"""

DEFAULT_PORT = 8765
