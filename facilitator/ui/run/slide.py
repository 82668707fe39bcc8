"""What the projector shows at one instant, as plain data.

Building the slide apart from painting it lets the console's preview and the projector paint the
same thing, and lets tests check the content (layout per item kind, texts, tone) without pixels.
Every text on it is in the workshop's language (the room's), not the interface's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from facilitator.domain.countdown import TimerStatus, Tone, format_countdown
from facilitator.domain.kinds import ItemKind
from facilitator.services.run_state import RunItem, RunState
from facilitator.ui.audience import AudienceWords, audience_words

Translate = Callable[[str, str], str]


class Layout(StrEnum):
    """Arrangement of the projector screen."""

    TIMER = "timer"  # title, presenter, countdown, prompts
    GROUP = "group"  # the question big, and the time
    ACO = "aco"  # accept / criticise / offer columns
    BREAK = "break"  # when we resume
    DONE = "done"  # the day is over
    LOGO = "logo"  # pause screen with the workshop's title
    BLACK = "black"
    JOIN = "join"  # the table scribes' QR codes


class Screen(StrEnum):
    """What the facilitator chose to project."""

    LIVE = "live"
    LOGO = "logo"
    BLACK = "black"
    JOIN = "join"


@dataclass(frozen=True)
class Slide:
    """Everything the projector paints."""

    layout: Layout
    heading: str = ""
    presenter: str = ""
    phase: str = ""
    countdown: str = ""
    tone: Tone = Tone.NORMAL
    progress: float = 0.0
    paused: bool = False
    paused_label: str = ""  # "Paused" in the workshop's language, shown while paused
    waiting: bool = False  # item not started yet
    prompts: tuple[str, ...] = ()
    columns: tuple[tuple[str, str], ...] = ()
    resume_at: str = ""
    next_up: str = ""
    footer: str = ""
    item_id: int | None = None  # the item on screen, for the wall, vote chart or proposal beside it
    item_kind: str = ""
    projector_mode: str = "timer"  # ProjectorMode chosen for the item on the capture screen
    language: str = ""  # the workshop's language, for what the board beside the time writes
    proposal: str = ""  # accept-criticise-offer: the proposal the room responds to
    join: object = None  # the table scribes' JoinScreen on the join layout


def clock_text(minutes: float, translate: Translate = QCoreApplication.translate) -> str:
    """A time of day: "15.37" in Danish, "15:37" in English (the interface's unless told)."""
    whole = int(round(minutes)) % (24 * 60)
    pattern = translate("Projector", "{hours}:{minutes}")
    return pattern.format(hours=whole // 60, minutes=f"{whole % 60:02d}")


def aco_columns(translate: Translate = QCoreApplication.translate) -> tuple[tuple[str, str], ...]:
    return (
        (translate("Projector", "Accept"), translate("Projector", "What can we support as it is?")),
        (translate("Projector", "Criticise"),
         translate("Projector", "What worries us, what is missing?")),
        (translate("Projector", "Offer"), translate("Projector", "What can we contribute ourselves?")),
    )


def _layout_for(run: RunItem, phase_index: int) -> Layout:
    card = run.phase_card(phase_index)
    kind = card.kind if card is not None and card.kind != ItemKind.OTHER else run.item.kind
    return {
        ItemKind.GROUP_WORK.value: Layout.GROUP,
        ItemKind.ACO.value: Layout.ACO,
        ItemKind.BREAK.value: Layout.BREAK,
    }.get(kind, Layout.TIMER)


def title_footer(state: RunState, words: AudienceWords) -> str:
    """The title screen's line under the title: the date and the venue, as far as they are known."""
    parts = [words.date(state.held_on) if state.held_on is not None else "", state.venue.strip()]
    return " · ".join(part for part in parts if part)


def build_slide(state: RunState | None, now: datetime, screen: Screen = Screen.LIVE,
                join: object = None) -> Slide:
    """The slide for ``state`` at ``now``, in the workshop's language.

    ``join`` is what the table scribes' join screen shows, when that screen is chosen.
    """
    title = state.title if state is not None else ""
    if screen is Screen.BLACK:
        return Slide(Layout.BLACK)
    if state is None:
        return Slide(Layout.LOGO, heading=title)
    words = audience_words(state.language)
    translate = words.translate
    if screen is Screen.JOIN and join is not None:
        heading = translate("Projector", "Write along from your table")
        return Slide(Layout.JOIN, heading=heading, footer=title, join=join, language=state.language)
    if screen is Screen.LOGO:
        return Slide(Layout.LOGO, heading=title, footer=title_footer(state, words), language=state.language)
    index = state.current_index()
    if index is None:
        thanks = translate("Projector", "Thank you for today")
        return Slide(Layout.DONE, heading=thanks, footer=title, language=state.language)
    run = state.items[index]
    item = run.item
    view = run.timer.view(now)
    following = state.following(index)
    phase = ""
    if view.phase_count > 1:
        pattern = translate("Projector", "{label} · part {number} of {count}")
        phase = pattern.format(
            label=view.phase_label[:1].upper() + view.phase_label[1:], number=view.phase_index + 1, count=view.phase_count
        )
    waiting = view.status is TimerStatus.IDLE
    resume_at = ""
    layout = _layout_for(run, view.phase_index)
    if layout is Layout.BREAK:
        end = view.expected_end()
        minutes = state.minutes_of_day(end) if end is not None else run.slot.end
        pattern = translate("Projector", "We resume at {time}")
        resume_at = pattern.format(time=clock_text(minutes, translate))
    presenter = translate("Projector", "by {name}").format(name=item.presenter)
    next_up = translate("Projector", "Next: {title}")
    paused = view.status is TimerStatus.PAUSED
    return Slide(
        layout=layout,
        heading=item.title,
        presenter=presenter if item.presenter else "",
        phase=phase,
        countdown=format_countdown(view.remaining_s),
        tone=view.tone,
        progress=view.progress if not waiting else 0.0,
        paused=paused,
        paused_label=translate("Projector", "Paused") if paused else "",
        waiting=waiting,
        prompts=run.prompts_for(view.phase_index),
        columns=aco_columns(translate) if layout is Layout.ACO else (),
        resume_at=resume_at,
        next_up=next_up.format(title=following.item.title) if following else "",
        footer=title,
        item_id=item.id,
        item_kind=item.kind,
        projector_mode=item.projector_mode,
        language=state.language,
    )
