"""Every bundled workshop template (resources/templates/*.json) must match the template schema.

The loader trusts these files; a typo here would surface as a broken demo on a consultant's laptop at
the start of a workshop, so the checks run on the real files and are shown to catch broken copies.
"""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from pathlib import Path
from typing import Any, Callable

import pytest

from facilitator.domain.kinds import ContributionKind, EvaluationDimension, ItemKind, Stance

TEMPLATES = Path(__file__).resolve().parents[3] / "resources" / "templates"
TEMPLATE_FILES = sorted(TEMPLATES.glob("*.json"))
DEMO = TEMPLATES / "demo.json"
SEED_000 = TEMPLATES / "sundhedsaftale-temadag.json"

TOP_KEYS = {"format", "name", "description", "workshop", "clusters", "participants", "agenda",
            "evaluation", "next_steps"}
WORKSHOP_KEYS = {"title", "venue", "organiser", "facilitator", "minute_taker", "contact_name",
                 "contact_email", "contact_phone", "language", "date", "day_start", "day_end"}
ITEM_KEYS = {"kind", "title", "presenter", "minutes", "pinned_start", "description", "prompts",
             "notes", "materials", "capture_columns", "phases"}
CAPTURED_KEYS = {"contributions", "themes", "vote", "aco", "minutes_text"}
PHASE_KEYS = {"label", "kind", "minutes", "prompts"}
HHMM = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def _minutes(text: Any) -> int | None:
    """Minutes after midnight of an "HH:MM" string, or None when it does not parse."""
    if not isinstance(text, str) or not HHMM.fullmatch(text):
        return None
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and value.strip() != ""


def _is_line(value: Any) -> bool:
    """A non-empty one-line string: prompts, members and columns are stored one per line."""
    return _is_text(value) and "\n" not in value and "\r" not in value


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _check_lines(where: str, value: Any, out: list[str]) -> None:
    if not isinstance(value, list) or not all(_is_line(v) for v in value):
        out.append(f"{where}: must be a list of non-empty one-line strings")


def _check_workshop(ws: Any, demo: bool, out: list[str]) -> tuple[int, int | None]:
    """Check the workshop block; return day start and end in minutes for the agenda checks."""
    if not isinstance(ws, dict):
        out.append("workshop: must be an object")
        return 9 * 60, None
    out.extend(f"workshop: unknown key {k!r}" for k in ws.keys() - WORKSHOP_KEYS)
    for key in WORKSHOP_KEYS - {"date", "day_start", "day_end"}:
        if key in ws and not isinstance(ws[key], str):
            out.append(f"workshop.{key}: must be a string")
    if "date" in ws:
        if not demo:
            out.append("workshop.date: only the demo carries a date")
        try:
            date.fromisoformat(ws["date"])
        except (TypeError, ValueError):
            out.append(f"workshop.date: {ws['date']!r} is not YYYY-MM-DD")
    if "contact_email" in ws and "@" not in ws["contact_email"]:
        out.append("workshop.contact_email: not an e-mail address")
    start = _minutes(ws.get("day_start", "09:00"))
    end = _minutes(ws["day_end"]) if "day_end" in ws else None
    if start is None or ("day_end" in ws and end is None):
        out.append("workshop: day_start/day_end must be HH:MM")
        return 9 * 60, None
    if end is not None and end <= start:
        out.append("workshop: day_end must be after day_start")
    return start, end


def _check_clusters(clusters: Any, out: list[str]) -> set[str]:
    """Check the clusters; return their names so references can be resolved."""
    if not isinstance(clusters, list):
        out.append("clusters: must be a list")
        return set()
    names: list[str] = []
    colours: list[str] = []
    for i, cluster in enumerate(clusters):
        where = f"clusters[{i}]"
        if not isinstance(cluster, dict) or not _is_line(cluster.get("name")):
            out.append(f"{where}: needs a one-line name")
            continue
        out.extend(f"{where}: unknown key {k!r}" for k in cluster.keys() - {"name", "members", "colour"})
        names.append(cluster["name"])
        _check_lines(f"{where}.members", cluster.get("members", []), out)
        if "colour" in cluster:
            if not isinstance(cluster["colour"], str) or not COLOUR.fullmatch(cluster["colour"]):
                out.append(f"{where}.colour: {cluster['colour']!r} is not #rrggbb")
            else:
                colours.append(cluster["colour"].lower())
    if len(set(names)) != len(names):
        out.append("clusters: names must be unique")
    if len(set(colours)) != len(colours):
        out.append("clusters: colours must be distinct")
    return set(names)


def _check_participants(people: Any, clusters: set[str], out: list[str]) -> None:
    if not isinstance(people, list):
        out.append("participants: must be a list")
        return
    keys = {"name", "organisation", "role", "email", "cluster"}
    for i, person in enumerate(people):
        where = f"participants[{i}]"
        if not isinstance(person, dict) or not _is_line(person.get("name")):
            out.append(f"{where}: needs a name")
            continue
        out.extend(f"{where}: unknown key {k!r}" for k in person.keys() - keys)
        if "email" in person and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", person["email"]):
            out.append(f"{where}.email: {person['email']!r} is not an e-mail address")
        if "cluster" in person and person["cluster"] not in clusters:
            out.append(f"{where}.cluster: unknown cluster {person['cluster']!r}")


def _check_contributions(where: str, items: Any, clusters: set[str], out: list[str]) -> dict[Any, int]:
    """Check captured lines; return cluster name -> number of its contributions (for themes)."""
    counts: dict[str | None, int] = {}
    if not isinstance(items, list):
        out.append(f"{where}: must be a list")
        return counts
    kinds = {k.value for k in ContributionKind}
    for i, c in enumerate(items):
        here = f"{where}[{i}]"
        if not isinstance(c, dict) or not _is_text(c.get("text")):
            out.append(f"{here}: needs text")
            continue
        keys = {"cluster", "text", "kind", "author", "children"}
        out.extend(f"{here}: unknown key {k!r}" for k in c.keys() - keys)
        cluster = c.get("cluster")
        if cluster is not None and cluster not in clusters:
            out.append(f"{here}.cluster: unknown cluster {cluster!r}")
        counts[cluster] = counts.get(cluster, 0) + 1
        if c.get("kind", "idea") not in kinds:
            out.append(f"{here}.kind: unknown kind {c.get('kind')!r}")
        for j, child in enumerate(c.get("children", [])):
            if not isinstance(child, dict) or not _is_text(child.get("text")):
                out.append(f"{here}.children[{j}]: needs text")
            elif child.get("kind", "idea") not in kinds or child.keys() - {"text", "kind"}:
                out.append(f"{here}.children[{j}]: unknown kind or key")
    return counts


def _check_captured(where: str, item: dict, clusters: set[str], out: list[str]) -> None:
    counts = _check_contributions(f"{where}.contributions", item.get("contributions", []), clusters, out)
    grouped: set[tuple[Any, Any]] = set()  # a contribution belongs to at most one theme
    for t, theme in enumerate(item.get("themes", [])):
        here = f"{where}.themes[{t}]"
        if not isinstance(theme, dict) or not _is_text(theme.get("title")):
            out.append(f"{here}: needs a title")
            continue
        for member in theme.get("members", []):
            name, index = member.get("cluster"), member.get("index")
            if name not in clusters:
                out.append(f"{here}: unknown cluster {name!r}")
            elif not isinstance(index, int) or not 0 <= index < counts.get(name, 0):
                out.append(f"{here}: {name!r} has no contribution {index!r} in this item")
            elif (name, index) in grouped:
                out.append(f"{here}: {name!r} contribution {index} is already in another theme")
            grouped.add((name, index))
    if "vote" in item:
        _check_vote(f"{where}.vote", item["vote"], clusters, out)
    if "minutes_text" in item:
        _check_minutes_text(f"{where}.minutes_text", item["minutes_text"], out)
    stances = {s.value for s in Stance}
    for p, proposal in enumerate(item.get("aco", [])):
        here = f"{where}.aco[{p}]"
        if not isinstance(proposal, dict) or not _is_text(proposal.get("title")):
            out.append(f"{here}: needs a title")
            continue
        if proposal.get("cluster") not in clusters:
            out.append(f"{here}.cluster: unknown cluster {proposal.get('cluster')!r}")
        for r, response in enumerate(proposal.get("responses", [])):
            if response.get("cluster") not in clusters:
                out.append(f"{here}.responses[{r}]: unknown cluster {response.get('cluster')!r}")
            elif response["cluster"] == proposal.get("cluster"):
                out.append(f"{here}.responses[{r}]: a cluster does not answer its own proposal")
            if response.get("stance") not in stances or not _is_text(response.get("text")):
                out.append(f"{here}.responses[{r}]: needs a known stance and text")


def _check_minutes_text(where: str, entries: Any, out: list[str]) -> None:
    """The minute-taker's prose: paragraphs as texts, speakers, bold lines and lists as objects."""
    if not isinstance(entries, list):
        out.append(f"{where}: must be a list")
        return
    for e, entry in enumerate(entries):
        here = f"{where}[{e}]"
        if isinstance(entry, str):
            if not _is_text(entry):
                out.append(f"{here}: an empty paragraph")
        elif isinstance(entry, dict) and "speaker" in entry:
            if not _is_line(entry["speaker"]) or entry.keys() - {"speaker", "role", "organisation"}:
                out.append(f"{here}: a speaker needs a one-line name and only role and organisation")
        elif isinstance(entry, dict) and len(entry) == 1 and "bold" in entry:
            if not _is_text(entry["bold"]):
                out.append(f"{here}: an empty bold paragraph")
        elif isinstance(entry, dict) and len(entry) == 1 and entry.keys() & {"numbered", "bullets"}:
            _check_lines(f"{here}", next(iter(entry.values())), out)
        else:
            out.append(f"{here}: not a paragraph, speaker, bold line or list")


def _check_vote(where: str, vote: Any, clusters: set[str], out: list[str]) -> None:
    if not isinstance(vote, dict) or not _is_count(vote.get("dots_per_cluster")):
        out.append(f"{where}: needs a positive dots_per_cluster")
        return
    used: dict[str, int] = {}
    options = vote.get("options", [])
    if not options:
        out.append(f"{where}: needs options")
    for o, option in enumerate(options):
        if not _is_line(option.get("label")):
            out.append(f"{where}.options[{o}]: needs a label")
        for name, dots in option.get("dots", {}).items():
            if name not in clusters:
                out.append(f"{where}.options[{o}]: unknown cluster {name!r}")
            if not isinstance(dots, int) or dots < 0:
                out.append(f"{where}.options[{o}]: dots must be a non-negative integer")
            else:
                used[name] = used.get(name, 0) + dots
    for name, total in used.items():
        if total > vote["dots_per_cluster"]:
            out.append(f"{where}: {name!r} spends {total} dots, more than it has")


def _check_agenda(agenda: Any, day: tuple[int, int | None], clusters: set[str], demo: bool,
                  out: list[str]) -> None:
    if not isinstance(agenda, list) or not agenda:
        out.append("agenda: must be a non-empty list")
        return
    kinds = {k.value for k in ItemKind}
    clock, end = day
    for i, item in enumerate(agenda):
        where = f"agenda[{i}]"
        if not isinstance(item, dict):
            out.append(f"{where}: must be an object")
            continue
        allowed = ITEM_KEYS | (CAPTURED_KEYS if demo else set())
        out.extend(f"{where}: unknown key {k!r}" for k in item.keys() - allowed)
        if item.get("kind") not in kinds:
            out.append(f"{where}.kind: unknown kind {item.get('kind')!r}")
        if not _is_line(item.get("title")):
            out.append(f"{where}: needs a one-line title")
        for key in ("presenter", "description", "notes", "materials"):
            if key in item and not isinstance(item[key], str):
                out.append(f"{where}.{key}: must be a string")
        for key in ("prompts", "capture_columns"):
            if key in item:
                _check_lines(f"{where}.{key}", item[key], out)
        if not _is_count(item.get("minutes")):
            out.append(f"{where}.minutes: must be a positive integer")
            continue
        phases = item.get("phases", [])
        for p, phase in enumerate(phases):
            here = f"{where}.phases[{p}]"
            if phase.keys() - PHASE_KEYS or not _is_line(phase.get("label")):
                out.append(f"{here}: needs a label and only known keys")
            if phase.get("kind", "other") not in kinds or not _is_count(phase.get("minutes")):
                out.append(f"{here}: needs a known kind and positive minutes")
            _check_lines(f"{here}.prompts", phase.get("prompts", []), out)
        if phases and all(_is_count(p.get("minutes")) for p in phases):
            if sum(p["minutes"] for p in phases) != item["minutes"]:
                out.append(f"{where}: minutes differ from the sum of its phases")
        if "pinned_start" in item:
            pinned = _minutes(item["pinned_start"])
            if pinned is None:
                out.append(f"{where}.pinned_start: not HH:MM")
            elif pinned < clock:
                out.append(f"{where}.pinned_start: the items before it run past {item['pinned_start']}")
            else:
                clock = pinned
        clock += item["minutes"]
        _check_captured(where, item, clusters, out)
    if end is not None and clock > end:
        out.append(f"agenda: the programme runs past day_end ({clock - end} min over)")


def _check_evaluation(dims: Any, out: list[str]) -> None:
    if not isinstance(dims, list):
        out.append("evaluation: must be a list")
        return
    keys = {k.value for k in EvaluationDimension}
    seen: set[str] = set()
    for d, dim in enumerate(dims):
        where = f"evaluation[{d}]"
        if dim.get("key") not in keys or dim["key"] in seen:
            out.append(f"{where}.key: unknown or repeated {dim.get('key')!r}")
        seen.add(dim.get("key"))
        if not _is_line(dim.get("name")):
            out.append(f"{where}: needs a name")
        for e, entry in enumerate(dim.get("entries", [])):
            rating = entry.get("rating")
            if not _is_text(entry.get("text")):
                out.append(f"{where}.entries[{e}]: needs text")
            if rating is not None and (not isinstance(rating, int) or not 1 <= rating <= 5):
                out.append(f"{where}.entries[{e}].rating: must be 1-5 or null")


def problems(data: Any, *, demo: bool = False) -> list[str]:
    """Every way ``data`` breaks the template schema, as readable messages (empty when valid)."""
    out: list[str] = []
    if not isinstance(data, dict):
        return ["top level: must be an object"]
    out.extend(f"top level: unknown key {k!r}" for k in data.keys() - TOP_KEYS)
    if data.get("format") != 1:
        out.append("format: must be 1")
    name = data.get("name")
    if not isinstance(name, dict) or not (_is_line(name.get("da")) and _is_line(name.get("en"))):
        out.append("name: needs one-line 'da' and 'en'")
    if "description" in data and not all(_is_text(v) for v in data["description"].values()):
        out.append("description: texts must be non-empty")
    day = _check_workshop(data.get("workshop", {}), demo, out)
    clusters = _check_clusters(data.get("clusters", []), out)
    _check_participants(data.get("participants", []), clusters, out)
    _check_agenda(data.get("agenda"), day, clusters, demo, out)
    _check_evaluation(data.get("evaluation", []), out)
    for s, step in enumerate(data.get("next_steps", [])):
        if not _is_text(step.get("what")) or step.keys() - {"what", "who", "when"}:
            out.append(f"next_steps[{s}]: needs 'what' and only what/who/when")
    return out


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """json's default keeps the last of two equal keys silently; a template must not hide one."""
    keys = [k for k, _ in pairs]
    duplicates = {k for k in keys if keys.count(k) > 1}
    assert not duplicates, f"duplicate keys {duplicates}"
    return dict(pairs)


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_no_duplicate_keys)


def test_the_four_seed_templates_and_the_demo_are_bundled() -> None:
    names = {p.name for p in TEMPLATE_FILES}
    assert {"sundhedsaftale-temadag.json", "klynger-nordjylland.json", "klyngeseminar.json",
            "borgerforloeb-workshop.json", "demo.json"} <= names


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.name)
def test_template_matches_schema(path: Path) -> None:
    assert problems(_load(path), demo=path == DEMO) == []


def test_demo_follows_the_seed_programme_minute_for_minute() -> None:
    demo, seed = _load(DEMO), _load(SEED_000)
    assert demo["workshop"]["day_start"] == seed["workshop"]["day_start"]
    assert [(i["kind"], i["title"], i["minutes"]) for i in demo["agenda"]] == [
        (i["kind"], i["title"], i["minutes"]) for i in seed["agenda"]
    ]


def test_demo_fills_every_capture_screen() -> None:
    demo = _load(DEMO)
    items = demo["agenda"]
    assert demo["participants"] and demo["next_steps"] and demo["workshop"]["date"]
    assert all(dim.get("entries") for dim in demo["evaluation"])
    for key in CAPTURED_KEYS:
        assert any(item.get(key) for item in items), f"no item has {key}"
    kinds = {c.get("kind", "idea") for item in items for c in item.get("contributions", [])}
    assert {"question", "answer"} <= kinds
    clusters_with_lists = {c["cluster"] for item in items for c in item.get("contributions", [])}
    assert {c["name"] for c in demo["clusters"]} <= clusters_with_lists


def test_templates_carry_no_captured_content() -> None:
    for path in TEMPLATE_FILES:
        if path != DEMO:
            data = _load(path)
            assert "date" not in data.get("workshop", {}), path.name
            assert not any(item.keys() & CAPTURED_KEYS for item in data["agenda"]), path.name


def _broken(mutate: Callable[[dict], Any]) -> list[str]:
    data = copy.deepcopy(_load(DEMO))
    mutate(data)
    return problems(data, demo=True)


def _item_with(data: dict[str, Any], key: str) -> dict[str, Any]:
    return next(item for item in data["agenda"] if item.get(key))


@pytest.mark.parametrize(
    "mutate",
    [
        pytest.param(lambda d: d.pop("format"), id="no-format"),
        pytest.param(lambda d: d["name"].pop("en"), id="no-english-name"),
        pytest.param(lambda d: d["workshop"].update(day_start="12.30"), id="time-with-dot"),
        pytest.param(lambda d: d["workshop"].update(day_end="12:00"), id="programme-past-day-end"),
        pytest.param(lambda d: d["agenda"][0].update(kind="talk"), id="unknown-kind"),
        pytest.param(lambda d: d["agenda"][0].update(minutes="20"), id="minutes-as-text"),
        pytest.param(lambda d: _item_with(d, "phases")["phases"][0].update(minutes=11),
                     id="phases-do-not-add-up"),
        pytest.param(lambda d: d["agenda"][0].update(prompts=["two\nlines"]), id="multiline-prompt"),
        pytest.param(lambda d: d["clusters"][1].update(colour=d["clusters"][0]["colour"]),
                     id="same-colour"),
        pytest.param(lambda d: d["participants"][0].update(cluster="Klynge Øst"),
                     id="participant-unknown-cluster"),
        pytest.param(lambda d: _item_with(d, "themes")["themes"][0]["members"][0].update(index=99),
                     id="theme-index-out-of-range"),
        pytest.param(lambda d: _item_with(d, "themes")["themes"][0]["members"][0].update(
            cluster="Klynge Øst"), id="theme-unknown-cluster"),
        pytest.param(lambda d: _item_with(d, "themes")["themes"][1]["members"].append(
            _item_with(d, "themes")["themes"][0]["members"][0]), id="contribution-in-two-themes"),
        pytest.param(lambda d: _item_with(d, "vote")["vote"]["options"][0]["dots"].update(
            {"Klynge Syd": 99}), id="too-many-dots"),
        pytest.param(lambda d: _item_with(d, "aco")["aco"][0]["responses"][0].update(
            stance="maybe"), id="unknown-stance"),
        pytest.param(lambda d: _item_with(d, "contributions")["contributions"][0].update(
            kind="wish"), id="unknown-contribution-kind"),
        pytest.param(lambda d: d["evaluation"][0].update(key="food"), id="unknown-dimension"),
        pytest.param(lambda d: d["evaluation"][0]["entries"][0].update(rating=6), id="rating-6"),
        pytest.param(lambda d: d["next_steps"][0].pop("what"), id="step-without-what"),
    ],
)
def test_a_broken_copy_is_reported(mutate: Callable[[dict], Any]) -> None:
    assert _broken(mutate)


def test_captured_content_outside_the_demo_is_reported() -> None:
    data = copy.deepcopy(_load(DEMO))
    assert any("unknown key" in p for p in problems(data, demo=False))
