"""Figures of single operations: committing one captured line, and python-docx's own speed."""

from __future__ import annotations

import io
import statistics
import time
from pathlib import Path

from docx import Document
from sqlmodel import select

from facilitator.services.bundle import Services
from facilitator.storage.database import open_store
from facilitator.storage.models import AgendaItem, Cluster

COMMITS = 400


def commit_latencies_ms(path: Path) -> tuple[float, float]:
    """p50 and p99 of adding one line through the capture service (each a durable commit)."""
    store = open_store(path)
    try:
        services = Services.over(store)
        workshop_id, _ = services.templates.create_demo()
        with store.read() as session:
            item_id = session.exec(select(AgendaItem.id).where(AgendaItem.workshop_id == workshop_id)).first()
            cluster_id = session.exec(select(Cluster.id).where(Cluster.workshop_id == workshop_id)).first()
        assert item_id is not None and cluster_id is not None
        samples = []
        for number in range(COMMITS):
            started = time.perf_counter()
            services.capture.add_contribution(item_id, cluster_id, f"Idé nummer {number}: tidlig opsporing")
            samples.append((time.perf_counter() - started) * 1000)
    finally:
        store.close()
    cuts = statistics.quantiles(samples, n=100)
    return statistics.median(samples), cuts[98]


def raw_docx_s(paragraphs: int) -> float:
    """python-docx writing ``paragraphs`` paragraphs with no logic: the floor of any export."""
    started = time.perf_counter()
    document = Document()
    for number in range(paragraphs):
        document.add_paragraph(f"Bedre overgange mellem sygehus og kommune ({number})")
    document.save(io.BytesIO())
    return time.perf_counter() - started
