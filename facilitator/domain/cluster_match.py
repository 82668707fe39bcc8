"""Which cluster a pasted participant belongs to, read forgivingly.

Spreadsheets name clusters loosely: "Nord" for "Klynge Nord", "klynge syd" in lower case, or the
municipality itself ("Rebild", "Rebild Kommune") for the cluster it is a member of. A name that
fits no cluster, or several, is not guessed: it is reported, and the person gets no cluster.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

_PREFIX = re.compile(r"^(?:klynge|klyngen|cluster|gruppe|group)\s+", re.IGNORECASE)
_SUFFIX = re.compile(r"\s+(?:kommune|municipality)$", re.IGNORECASE)
_NOISE = re.compile(r"[\s\-–_.,:;()]+")


@dataclass(frozen=True)
class ClusterNames:
    """What a cluster can be recognised by: its name and its member organisations."""

    id: int
    name: str
    members: tuple[str, ...] = ()


class MatchedBy(StrEnum):
    """How a participant's cluster was found, for the preview to show."""

    NAME = "name"  # the cluster column names the cluster (case, "Klynge " prefix forgiven)
    MEMBER = "member"  # the cluster column names one of its member organisations
    ORGANISATION = "organisation"  # no cluster given; the person's organisation is a member
    NONE = "none"  # no cluster given, none found: no cluster, and nothing to report
    UNMATCHED = "unmatched"  # a cluster was given that fits no cluster
    AMBIGUOUS = "ambiguous"  # a cluster was given that fits several


@dataclass(frozen=True)
class ClusterMatch:
    cluster_id: int | None
    by: MatchedBy

    @property
    def problem(self) -> bool:
        """A cluster was named but could not be placed: list it before anything is stored."""
        return self.by in (MatchedBy.UNMATCHED, MatchedBy.AMBIGUOUS)


def _key(text: str) -> str:
    return _NOISE.sub(" ", text.casefold()).strip()


def _name_key(text: str) -> str:
    return _PREFIX.sub("", _key(text)).strip()


def _member_key(text: str) -> str:
    return _SUFFIX.sub("", _key(text)).strip()


def _single(ids: set[int]) -> int | None:
    return next(iter(ids)) if len(ids) == 1 else None


def match_cluster(cluster: str, organisation: str, clusters: Sequence[ClusterNames]) -> ClusterMatch:
    """The cluster of a pasted row, from its cluster cell, else from its organisation."""
    if cluster.strip():
        exact = {c.id for c in clusters if _key(c.name) == _key(cluster)}
        if exact:
            return _found(exact, MatchedBy.NAME)
        by_name = {c.id for c in clusters if _name_key(c.name) == _name_key(cluster) and _name_key(cluster)}
        if by_name:
            return _found(by_name, MatchedBy.NAME)
        by_member = {c.id for c in clusters
                     if any(_member_key(m) == _member_key(cluster) for m in c.members)}
        if by_member:
            return _found(by_member, MatchedBy.MEMBER)
        return ClusterMatch(None, MatchedBy.UNMATCHED)
    if organisation.strip():
        by_organisation = {c.id for c in clusters
                           if any(_member_key(m) == _member_key(organisation) for m in c.members)}
        if (found := _single(by_organisation)) is not None:
            return ClusterMatch(found, MatchedBy.ORGANISATION)
    return ClusterMatch(None, MatchedBy.NONE)


def _found(ids: set[int], by: MatchedBy) -> ClusterMatch:
    found = _single(ids)
    return ClusterMatch(found, by) if found is not None else ClusterMatch(None, MatchedBy.AMBIGUOUS)
