"""The facilitator's console on the laptop: agenda, timer commands, drift, projector preview.

Every command goes to the run service (stored at once) and the console re-reads the run state
when the changes feed says the timer or the agenda changed. Between changes a QTimer only
repaints: what it shows is computed from the stored events and the clock, never from ticks.
"""

from __future__ import annotations

from collections.abc import Callable

from datetime import datetime, timedelta

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.clock import RunClock, SleepWatch
from facilitator.domain.countdown import TimerStatus, TimerView, Tone, chime_due, format_countdown
from facilitator.services.changes import Changes
from facilitator.services.run import ReplanMode, RunService
from facilitator.services.run_state import RunState
from facilitator.storage.errors import StoreError
from facilitator.ui.change_feed import ChangeFeed, perform, show_store_error
from facilitator.ui.run.agenda_model import RunAgendaModel
from facilitator.ui.run.projector_board import BoardSources
from facilitator.ui.run.options_panel import RunOptions
from facilitator.ui.run.projector_outputs import ProjectorOutputs
from facilitator.ui.run.projector_window import ProjectorWindow
from facilitator.ui.run.replan_dialog import ReplanDialog
from facilitator.ui.run.run_strip import RunStrip
from facilitator.ui.run.shortcuts import Command, HelpOverlay, key_names, make_actions
from facilitator.ui.run.clock_question import ClockQuestion
from facilitator.ui.run.slide import Screen, build_slide, clock_text

REPAINT_MS = 200


def _set_text(widget: QLabel | QPushButton, text: str) -> None:
    """Set a text only when it changed: the repaint tick runs all day, so idle calls add up."""
    if widget.text() != text:
        widget.setText(text)


class RunConsole(QWidget):
    """The "Run" section of the main window.

    Args:
        boards: what the projector's wall, vote chart and proposal columns read (None: timer only).
        join_screen: the table scribes' join screen while their server runs (None: no scribes).

    Signals:
        current_item_changed(int): the run moved to another item (the capture screen follows).
        projector_toggled(bool): the user opened (True) or closed the projector.
        scribes_requested(int): "Table scribes…" for the shown workshop.
    """

    current_item_changed = Signal(int)
    projector_toggled = Signal(bool)
    scribes_requested = Signal(int)

    def __init__(self, service: RunService, feed: ChangeFeed, settings: QSettings,
                 parent: QWidget | None = None, boards: BoardSources | None = None,
                 join_screen: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._join_screen = join_screen
        self._feed = feed
        self._settings = settings
        self.outputs = ProjectorOutputs(settings, self, boards)
        self.preview = self.outputs.preview
        self._current_item_id: int | None = None
        self._workshop_id: int | None = None
        self.state: RunState | None = None
        self.screen_mode = Screen.LIVE
        self._last_view: tuple[int, TimerView] | None = None
        self._sleep_watch = SleepWatch()
        self.chimes = 0
        self.commands = {command.key: command for command in self._commands()}
        actions = make_actions(self, list(self.commands.values()))
        self.actions_by_key = actions.console
        # Start/pause, next, +1/+5 and the projector from every section (the main window adds them).
        self.anywhere_actions = actions.anywhere
        self._build()
        self.strip = RunStrip(self.anywhere_actions)
        self.help = HelpOverlay(self)
        self.help.set_actions(actions)
        feed.changed.connect(self._on_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(REPAINT_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    # --- building --------------------------------------------------------------------------

    def _commands(self) -> list[Command]:
        wid = self._do
        service = self._service
        return [
            Command("toggle", self.tr("Start / pause / resume"), ("Space",), self._toggle,
                    self.tr("Start"), anywhere=("Ctrl+Space", "Ctrl+Shift+Space")),
            Command("next", self.tr("Next phase or item"), ("N", "PgDown"), wid(service.next),
                    self.tr("Next ▶"), anywhere=("Ctrl+Shift+N",)),
            Command("previous", self.tr("Back to the previous item"), ("P", "PgUp"),
                    wid(service.previous), self.tr("◀ Back")),
            Command("jump", self.tr("Start the selected item"), ("Return", "Enter"), lambda: self.jump()),
            Command("plus1", self.tr("+1 minute"), ("1", "+"), wid(service.extend, 1), "+1",
                    anywhere=("Ctrl+Shift+1",)),
            Command("plus5", self.tr("+5 minutes"), ("5",), wid(service.extend, 5), "+5",
                    anywhere=("Ctrl+Shift+5",)),
            Command("minus1", self.tr("−1 minute"), ("-",), wid(service.extend, -1), "−1"),
            Command("end", self.tr("End the item now"), ("E",), wid(service.end), self.tr("End")),
            Command("skip", self.tr("Skip the selected item"), ("S",), self.skip_selected),
            Command("undo", self.tr("Undo the last command"), ("Ctrl+Z",), self.undo,
                    self.tr("Undo")),
            Command("replan", self.tr("Replan the rest of the day…"), ("R",), self.replan,
                    self.tr("Replan…")),
            Command("projector", self.tr("Open / close the projector view"), (),
                    self.toggle_projector, self.tr("Projector"), anywhere=("F5",)),
            # "." is what presenter remotes send for their blank-screen button.
            Command("black", self.tr("Black screen on the projector (again: back)"), ("B", "."),
                    lambda: self.set_screen_mode(Screen.BLACK), self.tr("Black")),
            Command("logo", self.tr("Title screen on the projector (again: back)"), ("L",),
                    lambda: self.set_screen_mode(Screen.LOGO), self.tr("Title")),
            Command("join", self.tr("Table scribes' join screen on the projector (again: back)"), ("J",),
                    self.toggle_join_screen, self.tr("Join")),
            Command("scribes", self.tr("Table scribes…"), (), self.request_scribes,
                    self.tr("Table scribes…"), anywhere=("F6",)),
            Command("fullscreen", self.tr("Full screen console"), ("F11",), self.toggle_fullscreen),
            Command("escape", self.tr("Leave full screen / close help"), ("Esc",), self.escape),
            Command("help", self.tr("Show these shortcuts"), ("F1", "?"), lambda: self.help.toggle(),
                    self.tr("Shortcuts")),
        ]

    def _do(self, action: Callable[..., object], *args: object) -> Callable[[], None]:
        """A handler running a service command for the shown workshop."""

        def run() -> None:
            if self._workshop_id is not None:
                perform(self, self._feed, action, self._workshop_id, *args)  # type: ignore[arg-type]

        return run

    def _toggle(self) -> None:
        """Start, pause or resume what this console shows (not what another station just did)."""
        item = self.state.current() if self.state is not None else None
        seen = (item.item.id, item.timer.view().status) if item is not None else None
        self._do(self._service.toggle, seen)()

    def _button_text(self, key: str, label: str) -> str:
        """A button's label with its first key, so the keys are learnt by looking."""
        first_key = key_names(self.actions_by_key[key]).split(" / ")[0]
        return f"{label}   [{first_key}]"

    def _build(self) -> None:
        self.drift_label = QLabel()
        self.drift_label.setObjectName("drift")
        drift_font = QFont(self.font())
        drift_font.setPointSizeF(drift_font.pointSizeF() * 1.4)
        drift_font.setBold(True)
        self.drift_label.setFont(drift_font)
        self.notice_label = QLabel()
        self.notice_label.setStyleSheet("color: #9a5b00;")
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()
        self.clock_question = ClockQuestion()
        self.clock_question.keep_run_time.connect(self._service.keep_run_time)
        self.clock_question.follow_computer_clock.connect(self._follow_computer_clock)

        self.model = RunAgendaModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(RunAgendaModel.TITLE,
                                                           QHeaderView.ResizeMode.Stretch)
        # Enter and double-click on a row (the table takes Enter before the shortcut sees it).
        self.table.activated.connect(lambda index: self.jump(index.row()))

        self.item_label = QLabel()
        self.item_label.setWordWrap(True)
        item_font = QFont(self.font())
        item_font.setPointSizeF(item_font.pointSizeF() * 1.3)
        item_font.setBold(True)
        self.item_label.setFont(item_font)
        self.countdown_label = QLabel()
        count_font = QFont(self.font())
        count_font.setPointSizeF(count_font.pointSizeF() * 4)
        count_font.setBold(True)
        self.countdown_label.setFont(count_font)
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        buttons = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        layout_keys = [
            ("previous", "toggle", "next"),
            ("minus1", "plus1", "plus5"),
            ("end", "undo", "replan"),
            ("black", "logo", "projector"),
            ("scribes", "join", "help"),
        ]
        for row, keys in enumerate(layout_keys):
            for column, key in enumerate(keys):
                action = self.actions_by_key[key]
                button = QPushButton(self._button_text(key, self.commands[key].button))
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must reach the shortcut
                button.clicked.connect(action.trigger)
                buttons.addWidget(button, row, column)
                self.buttons[key] = button

        self.options = RunOptions(self._settings)
        self._service.auto_advance = self.options.auto_advance()
        self.options.auto_advance_changed.connect(self._set_auto_advance)
        self.options.screen_chosen.connect(self.outputs.replace)
        self.options.warning_changed.connect(self._set_warning)

        right = QVBoxLayout()
        right.addWidget(self.item_label)
        right.addWidget(self.countdown_label)
        right.addLayout(buttons)
        right.addWidget(QLabel(self.tr("Projector preview")))
        right.addWidget(self.preview)
        right.addWidget(self.options)
        right.addStretch()

        body = QHBoxLayout()
        self.table.setMinimumWidth(460)
        body.addWidget(self.table, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.drift_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.clock_question)
        layout.addLayout(body, 1)

    # --- data ------------------------------------------------------------------------------

    def show_workshop(self, workshop_id: int) -> None:
        self._workshop_id = workshop_id
        self.reload()

    def focus_work(self) -> None:
        """The agenda, on the current item: Space, N, B … act at once."""
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self) -> None:
        """Re-read the run from disk (timers rebuilt from the stored events)."""
        if self._workshop_id is None:
            return
        try:
            self.state = self._service.state(self._workshop_id)
        except StoreError as error:
            show_store_error(self, error)
            return
        self.model.set_state(self.state, self._service.clock.now())
        self.options.show_warning(self.state.warning_minutes)
        current = self.model.current_row()
        if current is not None:
            self.table.selectRow(current)
        self.tick()
        item = self.state.current()
        if item is not None and item.item.id != self._current_item_id:
            self._current_item_id = item.item.id
            self.current_item_changed.emit(item.item.id)

    def _on_changed(self, changes: Changes) -> None:
        if (changes.timer or changes.agenda) and changes.in_workshop(self._workshop_id):
            self.reload()

    # --- the repaint tick --------------------------------------------------------------------

    def tick(self) -> None:
        """Repaint from the run's clock; tell of a suspend, ask about a clock jump; notice a phase
        reaching zero."""
        clock = self._service.clock
        now = clock.now()
        slept = self._sleep_watch.observe(clock.asleep())
        if slept is not None:
            self._show_notice(self.tr("The laptop was asleep for {minutes} min; the countdown shows "
                                      "the real time that passed.").format(minutes=round(slept / 60)))
        self._ask_about(clock, now)
        join = self._join_screen() if self._join_screen is not None and self.screen_mode is Screen.JOIN else None
        if self.screen_mode is Screen.JOIN and join is None:
            self.screen_mode = Screen.LIVE  # the scribes' server stopped: back to the run
        slide = build_slide(self.state, now, self.screen_mode, join)
        self.outputs.show(slide)
        self.strip.show_run(self.state, now)
        self.model.tick(now)
        self._paint_current(now)
        self._paint_drift(now)

    def _paint_current(self, now: datetime) -> None:
        index = self.state.current_index() if self.state is not None else None
        if self.state is None or index is None:
            if self.state is None:
                text = ""
            elif not self.state.items:
                text = self.tr("The agenda is empty: plan the day first.")
            else:
                text = self.tr("The programme is done.")
            _set_text(self.item_label, text)
            _set_text(self.countdown_label, "")
            _set_text(self.buttons["toggle"], self._button_text("toggle", self.tr("Start")))
            self._last_view = None
            return
        item = self.state.items[index]
        view = item.timer.view(now)
        phase = f" — {view.phase_label}" if view.phase_count > 1 else ""
        _set_text(self.item_label, item.item.title + phase)
        _set_text(self.countdown_label, format_countdown(view.remaining_s))
        colour = "#b3261e" if view.tone is Tone.OVERTIME else (
            "#a86500" if view.tone is Tone.WARNING else "palette(text)"
        )
        if self.countdown_label.styleSheet() != f"color: {colour};":
            self.countdown_label.setStyleSheet(f"color: {colour};")
        label = {
            TimerStatus.IDLE: self.tr("Start"),
            TimerStatus.PAUSED: self.tr("Resume"),
        }.get(view.status, self.tr("Pause"))
        _set_text(self.buttons["toggle"], self._button_text("toggle", label))
        if self._last_view is not None and self._last_view[0] == index:
            if chime_due(self._last_view[1], view):
                self._chime()
        self._last_view = (index, view)

    def _paint_drift(self, now: datetime) -> None:
        drift = self.state.drift(now) if self.state is not None else None
        heading = self._day_heading()
        if drift is None:
            _set_text(self.drift_label, heading)
            return
        times = self.tr("expected end {expected} (planned {planned})").format(
            expected=clock_text(drift.expected_end), planned=clock_text(drift.planned_end)
        )
        if drift.behind_min > 0:
            text = self.tr("{minutes} min behind — {times}").format(minutes=drift.behind_min, times=times)
        elif drift.behind_min < 0:
            text = self.tr("{minutes} min ahead — {times}").format(minutes=-drift.behind_min, times=times)
        else:
            text = self.tr("On time — {times}").format(times=times)
        _set_text(self.drift_label, f"{heading}: {text}" if heading else text)

    def _day_heading(self) -> str:
        """Which day of a longer programme is being run ("" for a one-day workshop)."""
        if self.state is None or len(self.state.days) < 2:
            return ""
        day = self.state.day
        return day.title or self.tr("Day {number}").format(number=day.number + 1)

    def _chime(self) -> None:
        self.chimes += 1
        if self.options.chime():
            QApplication.beep()

    def _ask_about(self, clock: RunClock, now: datetime) -> None:
        """Show (or refresh, or withdraw) the question which time is right after a clock jump."""
        jump = self._service.clock_jump(self.state) if self.state is not None else None
        if jump is None:
            self.clock_question.jump = None
            self.clock_question.hide()  # answered, or the clocks agree again
            return
        wall = now + timedelta(seconds=clock.skew())
        kept_text, wall_text = self._clock_text(now), self._clock_text(wall)
        if self.clock_question.jump is not jump:
            self.clock_question.ask(jump, self._clock_text(jump.kept), kept_text, wall_text)
        else:
            self.clock_question.show_times(kept_text, wall_text)

    def _show_notice(self, text: str) -> None:
        self.notice_label.setText(text)
        self.notice_label.show()

    def _clock_text(self, instant: datetime) -> str:
        """As the agenda's "Actual" column writes it (to the nearest minute)."""
        local = instant.astimezone(self.state.tz if self.state is not None else None)
        return clock_text(local.hour * 60 + local.minute + local.second / 60)

    def _follow_computer_clock(self) -> None:
        if self._workshop_id is not None:
            perform(self, self._feed, self._service.follow_computer_clock, self._workshop_id)

    # --- commands not handled by the service directly -----------------------------------------

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def jump(self, row: int | None = None) -> None:
        """Start the selected (or given) item; whatever runs ends at the same instant."""
        item_id = self.model.item_id(self.selected_row() if row is None else row)
        if item_id is not None and self._workshop_id is not None:
            perform(self, self._feed, self._service.start, self._workshop_id, item_id)

    def skip_selected(self) -> None:
        item_id = self.model.item_id(self.selected_row() if self.selected_row() is not None else -1)
        if item_id is not None and self._workshop_id is not None:
            perform(self, self._feed, self._service.skip, self._workshop_id, item_id)

    def undo(self) -> None:
        """Ctrl+Z: the shown workshop's last command (another workshop's history is its own)."""
        if self._workshop_id is not None:
            perform(self, self._feed, self._service.undo, self._workshop_id)

    def replan(self) -> None:
        if self._workshop_id is None:
            return
        if not self._service.propose_replan(self._workshop_id, ReplanMode.SHIFT):
            self._show_notice(self.tr("Nothing left to replan."))
            return
        dialog = ReplanDialog(self._service, self._workshop_id, self._settings, self)
        accepted = dialog.exec()
        mode = dialog.mode()
        dialog.deleteLater()
        if accepted:
            perform(self, self._feed, self._service.apply_replan, self._workshop_id, mode)

    def set_screen_mode(self, mode: Screen) -> None:
        """B and L toggle: pressing the same key again returns to the live view."""
        self.screen_mode = Screen.LIVE if self.screen_mode is mode else mode
        self.tick()

    def toggle_join_screen(self) -> None:
        """J: the scribes' QR codes on the projector, or back; says how when no server runs."""
        if self.screen_mode is not Screen.JOIN and (self._join_screen is None or self._join_screen() is None):
            self.notice_label.setText(self.tr("Start the table scribes first (F6), then show their join screen."))
            self.notice_label.show()
            return
        self.set_screen_mode(Screen.JOIN)

    def request_scribes(self) -> None:
        if self._workshop_id is not None:
            self.scribes_requested.emit(self._workshop_id)

    @property
    def projector(self) -> ProjectorWindow | None:
        return self.outputs.window

    def toggle_projector(self) -> None:
        opened = self.outputs.toggle()
        if opened:
            self.tick()
        self.projector_toggled.emit(opened)

    def open_projector(self) -> None:
        """Open the projector unless it is open (a restart mid-run reopens it)."""
        if self.projector is None or not self.projector.isVisible():
            self.toggle_projector()

    def run_in_progress(self) -> bool:
        return self.state is not None and self.state.in_progress()

    def may_close(self) -> bool:
        """Before the window closes: during a run, ask whether to leave it (the timer keeps going)."""
        if not self.run_in_progress():
            return True
        assert self.state is not None
        item = self.state.current()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Quit during the run?"), self.tr(
            "The run is in progress ({item}). Quit anyway?\n\nThe timer keeps counting: when "
            "Facilitator starts again it carries on where the run is, with the projector."
        ).format(item=item.item.title if item is not None else ""), parent=self)
        quit_button = box.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("&Keep running"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        return box.clickedButton() is quit_button

    def show_proposal(self, proposal_id: int) -> None:
        """The accept-criticise-offer proposal chosen on the capture screen, for the projector."""
        self.outputs.set_proposal(proposal_id)

    def toggle_fullscreen(self) -> None:
        window = self.window()
        window.showNormal() if window.isFullScreen() else window.showFullScreen()

    def escape(self) -> None:
        if self.help.isVisible():
            self.help.hide()
        elif self.window().isFullScreen():
            self.window().showNormal()

    def _set_auto_advance(self, on: bool) -> None:
        self._service.auto_advance = on
        self.reload()

    def _set_warning(self, minutes: int) -> None:
        if self._workshop_id is not None:
            perform(self, self._feed, self._service.set_warning_minutes, self._workshop_id, minutes)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self.help.isVisible():
            self.help.setGeometry(self.rect())
