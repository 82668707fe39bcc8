"""``python -m facilitator.bench``: the figures behind "the app is instant", as one JSON object.

Timings never go into tests (they vary with the machine); this script measures them on demand.
"""
