"""Questions and answers after a presentation, stored as plenary lines of the item.

A question is a ``question`` contribution whose author is who asked; its answer is an
``answer`` contribution with the question as parent, so the minutes print them as pairs.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import col, select

from facilitator.domain.kinds import ContributionKind
from facilitator.domain.text import clean_line, clean_text
from facilitator.services.capture import CaptureService, ContributionView, _view, list_change
from facilitator.services.changes import Changes, user_action
from facilitator.storage.models import Contribution
from facilitator.storage.store import Store


@dataclass(frozen=True)
class QaPair:
    """A question, who asked it, and its answer (empty until given)."""

    question: ContributionView
    answer: ContributionView | None


class QaService:
    """Use cases of the presentation Q&A form."""

    def __init__(self, store: Store, capture: CaptureService) -> None:
        self._store = store
        self._capture = capture

    @user_action
    def add(self, item_id: int, question: str, answer: str = "", asked_by: str = "") -> Changes:
        """Store a question with its optional answer and asker; blank questions store nothing."""
        view, changes = self._capture.add_contribution(
            item_id, None, question, ContributionKind.QUESTION, author=asked_by
        )
        if view is None:
            return changes
        return changes | self.set_answer(view.id, answer)

    @user_action
    def set_answer(self, question_id: int, text: str) -> Changes:
        """Give, replace or (with blank text) remove the answer to a question."""
        cleaned = clean_text(text).strip()
        with self._store.transaction() as session:
            question = session.get(Contribution, question_id)
            if question is None:
                return Changes()
            answer = self._answer_row(session, question_id)
            if answer is None and not cleaned:
                return Changes()
            if answer is None:
                answer = Contribution(
                    item_id=question.item_id,
                    cluster_id=question.cluster_id,
                    parent_id=question_id,
                    kind=str(ContributionKind.ANSWER),
                    position=question.position,
                    column_index=question.column_index,
                )
                session.add(answer)
            elif not cleaned:
                session.delete(answer)
                return list_change(question)
            answer.text = cleaned
        return list_change(question)

    @user_action
    def edit_question(self, question_id: int, text: str) -> Changes:
        return self._capture.edit_text(question_id, text)

    @user_action
    def set_asked_by(self, question_id: int, asked_by: str) -> Changes:
        with self._store.transaction() as session:
            question = session.get(Contribution, question_id)
            if question is None:
                return Changes()
            question.author = clean_line(asked_by)
        return list_change(question)

    def pairs(self, item_id: int) -> list[QaPair]:
        """The item's questions in the order asked, each with its answer."""
        with self._store.read() as session:
            rows = session.exec(
                select(Contribution)
                .where(
                    Contribution.item_id == item_id,
                    col(Contribution.kind).in_([ContributionKind.QUESTION, ContributionKind.ANSWER]),
                    col(Contribution.cluster_id).is_(None),
                    col(Contribution.deleted_at).is_(None),
                )
                .order_by(col(Contribution.position), col(Contribution.id))
            ).all()
            answers = {r.parent_id: _view(r) for r in rows if r.kind == ContributionKind.ANSWER}
            return [
                QaPair(_view(r), answers.get(r.id)) for r in rows if r.kind == ContributionKind.QUESTION
            ]

    @staticmethod
    def _answer_row(session, question_id: int) -> Contribution | None:  # noqa: ANN001
        return session.exec(
            select(Contribution).where(
                Contribution.parent_id == question_id,
                Contribution.kind == ContributionKind.ANSWER,
                col(Contribution.deleted_at).is_(None),
            )
        ).first()
