"""Figures of single operations: committing one captured line, and python-docx's own speed."""

from __future__ import annotations

import io
import statistics
import time
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml.etree import SubElement
from sqlmodel import select

from facilitator.services.bundle import Services
from facilitator.storage.database import open_store
from facilitator.storage.models import AgendaItem, Cluster
from facilitator.storage.store import Store

COMMITS = 400


def demo_list(store: Store) -> tuple[Services, int, int, int]:
    """Services over ``store`` with the demo in it: workshop, first item and first cluster ids."""
    services = Services.over(store)
    workshop_id, _ = services.templates.create_demo()
    with store.read() as session:
        item_id = session.exec(select(AgendaItem.id).where(AgendaItem.workshop_id == workshop_id)).first()
        cluster_id = session.exec(select(Cluster.id).where(Cluster.workshop_id == workshop_id)).first()
    assert item_id is not None and cluster_id is not None
    return services, workshop_id, item_id, cluster_id


def commit_latencies_ms(path: Path | str) -> tuple[float, float]:
    """p50 and p99 of adding one line through the capture service (each a durable commit)."""
    store = open_store(path)
    try:
        services, _, item_id, cluster_id = demo_list(store)
        samples = []
        for number in range(COMMITS):
            started = time.perf_counter()
            services.capture.add_contribution(item_id, cluster_id, f"Idé nummer {number}: tidlig opsporing")
            samples.append((time.perf_counter() - started) * 1000)
    finally:
        store.close()
    cuts = statistics.quantiles(samples, n=100)
    return statistics.median(samples), cuts[98]


def _text(number: int) -> str:
    return f"Bedre overgange mellem sygehus og kommune ({number})"


def raw_docx_s(paragraphs: int) -> float:
    """python-docx writing ``paragraphs`` paragraphs with no logic, through its public API."""
    started = time.perf_counter()
    document = Document()
    for number in range(paragraphs):
        document.add_paragraph(_text(number))
    document.save(io.BytesIO())
    return time.perf_counter() - started


def lean_docx_s(paragraphs: int) -> float:
    """The export's list paragraphs (style, numbering, run) built directly as XML: the strict floor.

    ``add_paragraph`` looks for the body's ``w:sectPr`` from the start on every call, so
    :func:`raw_docx_s` grows with the square of the paragraphs and an export that avoids that
    scan beats it. This floor writes the shape the minutes write for each captured line, with
    no scan and no per-character run loop: what is left is lxml and saving.
    """
    started = time.perf_counter()
    document = Document()
    end = document.element.body.find(qn("w:sectPr"))
    style_id = document.styles["List Paragraph"].style_id
    for number in range(paragraphs):
        p = OxmlElement("w:p")
        p_pr = SubElement(p, qn("w:pPr"))
        SubElement(p_pr, qn("w:pStyle")).set(qn("w:val"), style_id)
        num_pr = SubElement(p_pr, qn("w:numPr"))
        SubElement(num_pr, qn("w:ilvl")).set(qn("w:val"), "0")
        SubElement(num_pr, qn("w:numId")).set(qn("w:val"), "1")
        run = SubElement(p, qn("w:r"))
        SubElement(run, qn("w:rPr"))
        SubElement(run, qn("w:t")).text = _text(number)
        end.addprevious(p)
    document.save(io.BytesIO())
    return time.perf_counter() - started
