"""``facilitator scribes``: the table scribes' server without a window (a mini PC, a server station).

It prints each cluster's join address and code (``--qr`` also draws the QR codes in the
terminal) and serves until Ctrl+C or SIGTERM. It binds only to the address given with
``--host``, or to the one network address the machine has; all interfaces only with
``--host 0.0.0.0``, said explicitly.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from facilitator.scribes import DEFAULT_PORT

EXIT_BAD_INPUT = 1
EXIT_CANNOT_SERVE = 2
translate = QCoreApplication.translate


def add_scribes_command(commands: argparse._SubParsersAction,
                        database: Callable[[argparse.Namespace], Path | str]) -> None:
    parser = commands.add_parser("scribes", help="serve the table scribes' phone page until stopped")
    parser.add_argument("--workshop", type=int, help="workshop id (default: the most recently opened)")
    parser.add_argument("--host", help="the address to listen on (default: this machine's one network "
                                       "address; 0.0.0.0 listens on every network)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"the port (default {DEFAULT_PORT})")
    parser.add_argument("--qr", action="store_true", help="also draw each table's QR code in the terminal")
    parser.set_defaults(handler=lambda args: cmd_scribes(args, database(args)))


def choose_host(given: str | None) -> str | None:
    """``--host``, or the one reachable address; None (after saying why) when it must be given."""
    from facilitator.scribes.addresses import Link, local_addresses

    if given:
        return given
    reachable = [a for a in local_addresses() if a.link is not Link.LOOPBACK and not a.link_local]
    if len(reachable) == 1:
        return reachable[0].address
    if not reachable:
        print(translate("cli", "This machine has no network address a phone could reach. Join the "
                               "Wi-Fi (or a hotspot) first, or give --host."), file=sys.stderr)
        return None
    print(translate("cli", "This machine has several network addresses; choose one with --host:"),
          file=sys.stderr)
    for address in reachable:
        print(f"  {address.address}\t{address.interface}", file=sys.stderr)
    return None


def cmd_scribes(args: argparse.Namespace, path: Path | str) -> int:
    from facilitator.cli_store import writing
    from facilitator.scribes.server import BindError
    from facilitator.scribes.site import ScribeSite
    from facilitator.services.bundle import Services

    host = choose_host(args.host)
    if host is None:
        return EXIT_BAD_INPUT
    with writing(path) as store:  # beside the app on the same file, or a station of a server
        services = Services.over(store)
        workshops = services.workshops.list()
        chosen = next((w for w in workshops if args.workshop in (None, w.id)), None)
        if chosen is None:
            print(translate("cli", "No workshop {id} in this file (see the list command).").format(
                id=args.workshop if args.workshop is not None else "-"), file=sys.stderr)
            return EXIT_BAD_INPUT
        try:
            language = services.workshops.get(chosen.id).language
            site = ScribeSite(services.scribes, services.change_log, chosen.id, language, host, args.port,
                              lambda _changes: None)
        except BindError as error:
            print(translate("cli", "Cannot listen on {host}:{port}: {reason}").format(
                host=error.host, port=error.port, reason=str(error)), file=sys.stderr)
            return EXIT_CANNOT_SERVE
        try:
            _announce(site, chosen.title, args.qr)
            _serve_until_stopped()
        finally:
            site.stop()
    print(translate("cli", "Stopped."), flush=True)
    return 0


def _announce(site, title: str, draw_qr: bool) -> None:  # noqa: ANN001 (a ScribeSite)
    print(translate("cli", "Table scribes for “{title}” on http://{address} — stop with Ctrl+C").format(
        title=title, address=site.address), flush=True)
    cards = site.cards()
    if not cards:
        print(translate("cli", "The workshop has no clusters: nobody can join."), file=sys.stderr)
    for card in cards:
        print(f"{card.cluster_name}\t{card.url}\t{translate('cli', 'code')} {card.code}", flush=True)
        if draw_qr:
            import segno

            segno.make(card.url, error="m").terminal(compact=True)


def _serve_until_stopped() -> None:
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        while not stop.wait(0.5):
            pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
