"""Workshop templates: JSON files in ``resources/templates`` turned into a stored workshop.

Each file is one real day from the seeds; ``demo.json`` also carries captured content so that a
first start shows every screen filled. Applying a template is one transaction: a failure leaves
no half-made workshop behind.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from typing import Any

from sqlmodel import Session

from facilitator.assets import listing, resource
from facilitator.domain.kinds import ContributionKind, EvaluationDimension as DimensionKey
from facilitator.domain.notes import Block, ListBlock, ListEntry, Notes, Paragraph, Span, Speaker, normalised
from facilitator.domain.text import clean_line, clean_text
from facilitator.services.changes import EVERYTHING, Changes, user_action
from facilitator.services.setup import CLUSTER_COLOURS
from facilitator.storage import models as m
from facilitator.storage.store import Store

DEMO_TEMPLATE = "demo"


@dataclass(frozen=True)
class TemplateInfo:
    key: str  # the file name without .json
    names: dict[str, str]  # language code → display name
    descriptions: dict[str, str]

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names.get("da") or self.key


def available_templates() -> list[TemplateInfo]:
    """Every template shipped with the app except the demo, sorted by file name."""
    infos = []
    for entry in listing("templates", ".json"):
        key = entry.name.removesuffix(".json")
        if key == DEMO_TEMPLATE:
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        infos.append(TemplateInfo(key, data["name"], data.get("description", {})))
    return infos


def load_template(key: str) -> dict[str, Any]:
    return json.loads(resource("templates", f"{key}.json").read_text(encoding="utf-8"))


def _minutes(clock: str | None) -> int | None:
    if not clock:
        return None
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def template_notes(entries: list[Any]) -> Notes:
    """A template's prose: texts are paragraphs; ``{"speaker": …, "role": …, "organisation": …}``,
    ``{"bold": text}``, ``{"numbered": [...]}`` and ``{"bullets": [...]}`` the other blocks."""
    blocks: list[Block] = []
    for entry in entries:
        if isinstance(entry, str):
            blocks.append(Paragraph((Span(entry),)))
        elif "speaker" in entry:
            blocks.append(Speaker(entry["speaker"], entry.get("role", ""), entry.get("organisation", "")))
        elif "bold" in entry:
            blocks.append(Paragraph((Span(entry["bold"], True),)))
        else:
            numbered = "numbered" in entry
            texts = entry["numbered"] if numbered else entry.get("bullets", [])
            blocks.append(ListBlock(numbered, tuple(ListEntry((Span(text),)) for text in texts)))
    return normalised(blocks)


def _lines(values: list[str] | None) -> str:
    return "\n".join(clean_line(value) for value in values or [])


class TemplateService:
    """Creating workshops from templates; each call is one committed transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @user_action
    def create_from_template(self, key: str, *, title: str | None = None) -> tuple[int, Changes]:
        """A new workshop from template ``key``; ``title`` overrides the template's."""
        data = load_template(key)
        with self._store.transaction() as session:
            workshop_id = _Builder(session, data).build(title)
        return workshop_id, replace(EVERYTHING, workshop_id=workshop_id)

    @user_action
    def create_demo(self) -> tuple[int, Changes]:
        """The bundled demo workshop (seed programme, clusters and captured content)."""
        return self.create_from_template(DEMO_TEMPLATE)


class _Builder:
    """Writes one template's rows inside the caller's transaction."""

    def __init__(self, session: Session, data: dict[str, Any]) -> None:
        self.session = session
        self.data = data
        self.clusters: dict[str, int] = {}

    def add(self, row: m.SQLModel) -> int:
        self.session.add(row)
        self.session.flush()
        return row.id  # type: ignore[attr-defined,no-any-return]

    def build(self, title: str | None) -> int:
        info = self.data.get("workshop", {})
        texts = {
            name: clean_line(info.get(name, ""))
            for name in ("title", "venue", "organiser", "facilitator", "minute_taker",
                         "contact_name", "contact_email", "contact_phone")
        }
        if title is not None:
            texts["title"] = clean_line(title)
        date = info.get("date")
        workshop_id = self.add(
            m.Workshop(
                **texts,
                language=info.get("language", "da"),
                date=dt.date.fromisoformat(date) if date else dt.date.today(),
                day_start_min=_minutes(info.get("day_start")) or 9 * 60,
                day_end_min=_minutes(info.get("day_end")),
            )
        )
        self._clusters(workshop_id)
        self._participants(workshop_id)
        for position, item in enumerate(self.data.get("agenda", [])):
            self._item(workshop_id, position, item)
        self._evaluation(workshop_id)
        for position, step in enumerate(self.data.get("next_steps", [])):
            self.add(m.ActionItem(workshop_id=workshop_id, position=position,
                                  **{k: clean_line(step.get(k, "")) for k in ("what", "who", "when")}))
        return workshop_id

    def _clusters(self, workshop_id: int) -> None:
        for position, cluster in enumerate(self.data.get("clusters", [])):
            self.clusters[cluster["name"]] = self.add(
                m.Cluster(
                    workshop_id=workshop_id,
                    position=position,
                    name=clean_line(cluster["name"]),
                    members=_lines(cluster.get("members")),
                    colour=cluster.get("colour") or CLUSTER_COLOURS[position % len(CLUSTER_COLOURS)],
                )
            )

    def _participants(self, workshop_id: int) -> None:
        for position, person in enumerate(self.data.get("participants", [])):
            self.add(
                m.Participant(
                    workshop_id=workshop_id,
                    position=position,
                    cluster_id=self.clusters.get(person.get("cluster") or ""),
                    **{k: clean_line(person.get(k, "")) for k in ("name", "organisation", "role", "email")},
                )
            )

    def _item(self, workshop_id: int, position: int, item: dict[str, Any]) -> None:
        item_id = self.add(
            m.AgendaItem(
                workshop_id=workshop_id,
                position=position,
                kind=item.get("kind", "other"),
                title=clean_line(item.get("title", "")),
                presenter=clean_line(item.get("presenter", "")),
                planned_minutes=int(item.get("minutes", 0)),
                pinned_start_min=_minutes(item.get("pinned_start")),
                description=clean_text(item.get("description", "")),
                prompts=_lines(item.get("prompts")),
                notes=clean_text(item.get("notes", "")),
                materials=clean_text(item.get("materials", "")),
                capture_columns=_lines(item.get("capture_columns")),
            )
        )
        for index, phase in enumerate(item.get("phases", [])):
            self.add(m.Phase(item_id=item_id, position=index, label=clean_line(phase.get("label", "")),
                             kind=phase.get("kind", "other"), minutes=int(phase.get("minutes", 0)),
                             prompts=_lines(phase.get("prompts"))))
        if item.get("minutes_text"):
            self.add(m.ItemNotes(item_id=item_id, body=template_notes(item["minutes_text"]).to_json()))
        by_cluster = self._contributions(item_id, item.get("contributions", []))
        self._themes(item_id, item.get("themes", []), by_cluster)
        self._vote(item_id, item.get("vote"))
        self._aco(item_id, item.get("aco", []))

    def _contributions(self, item_id: int, entries: list[dict[str, Any]]) -> dict[str | None, list[int]]:
        """Store the lines in order, numbered per cluster; returns ids per cluster name."""
        by_cluster: dict[str | None, list[int]] = {}
        for entry in entries:
            cluster = entry.get("cluster")
            ids = by_cluster.setdefault(cluster, [])
            parent = self._contribution(item_id, cluster, len(ids), entry, None)
            ids.append(parent)
            for child_position, child in enumerate(entry.get("children", [])):
                self._contribution(item_id, cluster, child_position, child, parent)
        return by_cluster

    def _contribution(self, item_id: int, cluster: str | None, position: int,
                      entry: dict[str, Any], parent: int | None) -> int:
        return self.add(
            m.Contribution(
                item_id=item_id,
                cluster_id=self.clusters.get(cluster) if cluster else None,
                parent_id=parent,
                position=position,
                kind=entry.get("kind", ContributionKind.IDEA),
                text=clean_text(entry.get("text", "")),
                author=clean_line(entry.get("author", "")),
            )
        )

    def _themes(self, item_id: int, themes: list[dict[str, Any]],
                by_cluster: dict[str | None, list[int]]) -> None:
        for position, theme in enumerate(themes):
            theme_id = self.add(m.Theme(item_id=item_id, position=position, title=clean_line(theme["title"])))
            for member in theme.get("members", []):
                row = self.session.get(m.Contribution, by_cluster[member["cluster"]][member["index"]])
                assert row is not None
                row.theme_id = theme_id

    def _vote(self, item_id: int, vote: dict[str, Any] | None) -> None:
        for position, option in enumerate((vote or {}).get("options", [])):
            option_id = self.add(m.VoteOption(item_id=item_id, position=position,
                                              label=clean_line(option["label"])))
            for cluster, dots in option.get("dots", {}).items():
                self.add(m.Vote(option_id=option_id, cluster_id=self.clusters[cluster], dots=int(dots)))

    def _aco(self, item_id: int, proposals: list[dict[str, Any]]) -> None:
        for position, proposal in enumerate(proposals):
            proposal_id = self.add(m.AcoProposal(item_id=item_id, position=position,
                                                 title=clean_line(proposal["title"]),
                                                 cluster_id=self.clusters.get(proposal.get("cluster") or "")))
            for index, response in enumerate(proposal.get("responses", [])):
                self.add(m.AcoResponse(proposal_id=proposal_id, position=index,
                                       cluster_id=self.clusters.get(response.get("cluster") or ""),
                                       stance=response["stance"], text=clean_text(response.get("text", ""))))

    def _evaluation(self, workshop_id: int) -> None:
        for position, dimension in enumerate(self.data.get("evaluation", [])):
            dimension_id = self.add(m.EvaluationDimension(
                workshop_id=workshop_id, position=position,
                key=dimension.get("key", DimensionKey.OTHER), name=clean_line(dimension["name"])))
            for index, entry in enumerate(dimension.get("entries", [])):
                self.add(m.EvaluationEntry(dimension_id=dimension_id, position=index,
                                           text=clean_text(entry.get("text", "")), rating=entry.get("rating")))
