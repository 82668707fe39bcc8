"""Capture screens (contributions, Q&A, synthesis, votes, accept-criticise-offer, evaluation,
next steps, attachments) and the projector widgets the live run embeds."""
