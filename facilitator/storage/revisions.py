"""The packaged migrations' revision ids, read without importing Alembic.

Importing Alembic costs about half a second; every start only needs to know whether the file is
at the head revision (or was written by a newer app), so the ids are read from the revision
files' ``revision = …`` / ``down_revision = …`` assignments. Alembic itself is imported only to
create or upgrade a file. tests/unit/storage/test_revisions.py checks this agrees with Alembic.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

VERSIONS = Path(__file__).with_name("migrations") / "versions"


def _assigned(module: ast.Module, name: str) -> object:
    for node in module.body:
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        if any(isinstance(target, ast.Name) and target.id == name for target in targets):
            return ast.literal_eval(node.value) if node.value is not None else None  # type: ignore[attr-defined]
    raise LookupError(f"no {name} in a migration file")


def _header(source: str) -> str:
    """The module up to its first function: where Alembic's template puts the revision ids
    (parsing only that is most of the start-up's cost of this module saved)."""
    end = source.find("\ndef ")
    return source if end < 0 else source[:end]


@cache
def revision_graph() -> dict[str, tuple[str, ...]]:
    """Each packaged revision and the revisions it follows."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted(VERSIONS.glob("*.py")):
        module = ast.parse(_header(path.read_text(encoding="utf-8")))
        down = _assigned(module, "down_revision")
        parents = () if down is None else (down,) if isinstance(down, str) else tuple(down)  # type: ignore[arg-type]
        graph[str(_assigned(module, "revision"))] = parents
    return graph


def head_revision() -> str:
    """The one revision no other revision follows (the lead linearises branches at merge)."""
    followed = {parent for parents in revision_graph().values() for parent in parents}
    heads = [revision for revision in revision_graph() if revision not in followed]
    if len(heads) != 1:
        raise RuntimeError(f"the packaged migrations must have one head, not {heads}")
    return heads[0]


def is_known_revision(revision: str) -> bool:
    """Whether this version of the app wrote ``revision`` (a newer app's file is unknown)."""
    return revision in revision_graph()


def next_revision(revision: str) -> str | None:
    """The revision that upgrades ``revision`` one step (None at the head or for a stranger)."""
    children = [child for child, parents in revision_graph().items() if revision in parents]
    return children[0] if children else None
