"""The live run: the facilitator's console and the projector view."""
