"""The set-up section: the workshop's title block, its clusters and its participants."""
