"""One station: the real app window on a server, driven line by line from stdin (offscreen).

Usage: python -m tests.integration.station_driver URL    (its own XDG_* folders: its data folder)

Commands, one per line; each prints one JSON line when done:
  ready                     the window shows the workshop on the capture screen (group work item)
  add TEXT                  TEXT typed into the first list's entry line, Enter pressed
  type COUNT NAME           from now on, one line per turn of the event loop: "NAME 0", "NAME 1", …
                            typed into the first and second lists in turn, Enter after each
  progress                  how many lines `type` has typed so far, and how many wait in the journal
  theme TEXT                the plenary summary page shown, TEXT typed as a new theme, Enter
  show-themes               the plenary summary page shown (as a user looks at it)
  start                     the Run section, Space on the console: the current item starts
  report                    what this window shows: the lists, the themes, the clock
  export PATH               the minutes exported as the export dialog does, to PATH
  quit
"""

from __future__ import annotations

import json
import queue
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from facilitator.app import FacilitatorApp
from facilitator.ui.capture.capture_view import CaptureView
from facilitator.ui.run.console import RunConsole


class Station:
    def __init__(self, url: str) -> None:
        self.qt = QApplication([])
        self.app = FacilitatorApp(self.qt, QSettings(), "en")
        assert self.app.open_file(url)
        assert self.app.window is not None and self.app.services is not None
        self.window, self.services = self.app.window, self.app.services
        self.capture = self.window.findChild(CaptureView)
        self.console = self.window.findChild(RunConsole)
        workshop_id = self.window.workshop_id
        self.item = next(i for i in self.services.capture.items(workshop_id) if i.kind == "group_work")
        self.commands: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.timer = QTimer()
        self.timer.timeout.connect(self._next)
        self.timer.start(10)
        self.typist = QTimer()  # `type`: a line per turn, so the feed and the watch run in between
        self.typist.timeout.connect(self._type_next)
        self.to_type: tuple[int, str] = (0, "")
        self.typed = 0
        self.typist_inside = False
        self.trouble = ""  # why `type` stopped early, or the text of a message box that appeared

    def _read(self) -> None:
        for line in sys.stdin:
            self.commands.put(line.rstrip("\n"))
        self.commands.put("quit")

    def _next(self) -> None:
        try:
            line = self.commands.get_nowait()
        except queue.Empty:
            return
        name, _, argument = line.partition(" ")
        try:
            answer = getattr(self, "do_" + name.replace("-", "_"))(argument)
        except Exception as exc:  # answered, so the test fails with it instead of waiting for ever
            answer = {"error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(answer), flush=True)

    def _capture_screen(self) -> None:
        self.window.show_section("capture")
        self.capture.set_item(self.item.id)

    def do_ready(self, _: str) -> dict:
        self._capture_screen()
        self.capture.tabs.setCurrentWidget(self.capture.contributions)
        return {"workshop": self.window.workshop_id, "item": self.item.id}

    def do_add(self, text: str) -> dict:
        self._capture_screen()
        self.capture.tabs.setCurrentWidget(self.capture.contributions)
        entry = self.capture.contributions.panels[0].entry
        entry.setFocus()
        entry.setText(text)
        QTest.keyClick(entry, Qt.Key.Key_Return)
        return {"typed": text}

    def do_type(self, argument: str) -> dict:
        count, _, name = argument.partition(" ")
        self._capture_screen()
        self.capture.tabs.setCurrentWidget(self.capture.contributions)
        self.to_type, self.typed = (int(count), name), 0
        self.typist.start(0)
        return {"typing": int(count)}

    def _type_next(self) -> None:
        count, name = self.to_type
        if self.typist_inside:  # a message box's own event loop turned: wait for the outer Enter
            return
        if self.typed >= count:
            self.typist.stop()
            return
        entry = self.capture.contributions.panels[self.typed % 2].entry
        entry.setFocus()
        entry.setText(f"{name} {self.typed}")
        self.typist_inside = True
        try:
            QTest.keyClick(entry, Qt.Key.Key_Return)
        finally:
            self.typist_inside = False
        if entry.text():  # not taken (the user was told why): the test reports it
            self.typist.stop()
            self.trouble = f"line {self.typed} was not taken: {entry.text()!r}"
            return
        self.typed += 1

    def do_progress(self, _: str) -> dict:
        box = QApplication.activeModalWidget()
        trouble = self.trouble or (f"{type(box).__name__}: {getattr(box, 'text', lambda: '')()}" if box else "")
        return {"typed": self.typed, "waiting": self.services.offline.waiting(), "trouble": trouble}

    def do_show_themes(self, _: str) -> dict:
        self._capture_screen()
        self.capture.tabs.setCurrentWidget(self.capture.synthesis)
        return {}

    def do_theme(self, text: str) -> dict:
        self.do_show_themes("")
        field = self.capture.synthesis.new_theme
        field.setFocus()
        field.setText(text)
        QTest.keyClick(field, Qt.Key.Key_Return)
        return {"theme": text}

    def do_start(self, _: str) -> dict:
        self.window.show_section("run")
        QTest.keyClick(self.console.table, Qt.Key.Key_Space)
        self._capture_screen()
        return {}

    def do_report(self, _: str) -> dict:
        panel = self.capture.contributions.panels[0]
        themes = self.capture.synthesis.themes
        state = self.console.state
        current = state.current() if state is not None else None
        return {
            "lines": [panel.model.line(row).text for row in range(panel.model.rowCount())],
            "lists": [[p.model.line(row).text for row in range(p.model.rowCount())]
                      for p in self.capture.contributions.panels],
            "waiting": self.services.offline.waiting(),
            "themes": [themes.index(row, 0).data() for row in range(themes.rowCount())],
            "clock_item": current.item.title if current is not None else None,
            "clock_events": [[str(e.kind), e.at.isoformat()] for e in current.timer.events] if current else [],
            "countdown": self.console.countdown_label.text(),
        }

    def do_export(self, path: str) -> dict:
        from facilitator.export.minutes import export_minutes

        export_minutes(self.services.reading.read(self.window.workshop_id), Path(path))
        return {"exported": path}

    def do_quit(self, _: str) -> dict:
        self.timer.stop()
        self.app.close_file()
        QTimer.singleShot(0, self.qt.quit)
        return {"bye": True}


if __name__ == "__main__":
    station = Station(sys.argv[1])
    print(json.dumps({"open": True}), flush=True)
    station.qt.exec()
