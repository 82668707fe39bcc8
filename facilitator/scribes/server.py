"""Running the scribe app: uvicorn in a daemon thread, on a socket bound by us first.

Binding the socket here (instead of letting uvicorn do it) turns "port in use", "address not
on this laptop" and "not allowed" into a :class:`BindError` the window can put in words;
uvicorn itself would log and exit the thread. uvicorn with its pure-Python h11 protocol runs
beside the Qt event loop without touching it, and stops when ``should_exit`` is set.
"""

from __future__ import annotations

import errno
import logging
import socket
import threading
from dataclasses import dataclass
from enum import StrEnum

import uvicorn

from facilitator.scribes.guard import ASGIApp

ALL_INTERFACES = "0.0.0.0"
STOP_WAIT_S = 5.0


class BindProblem(StrEnum):
    IN_USE = "in_use"  # another program (or another Facilitator) has the port
    NO_ADDRESS = "no_address"  # the address is not on this machine (any more)
    NOT_ALLOWED = "not_allowed"  # a port below 1024, or a security policy
    OTHER = "other"


class BindError(OSError):
    """The server could not listen; ``problem`` says why in a way the UI can word."""

    def __init__(self, problem: BindProblem, host: str, port: int, detail: str) -> None:
        super().__init__(detail)
        self.problem, self.host, self.port = problem, host, port


def _problem(error: OSError) -> BindProblem:
    return {
        errno.EADDRINUSE: BindProblem.IN_USE,
        errno.EADDRNOTAVAIL: BindProblem.NO_ADDRESS,
        errno.EACCES: BindProblem.NOT_ALLOWED,
        errno.EPERM: BindProblem.NOT_ALLOWED,
    }.get(error.errno or 0, BindProblem.OTHER)


def bind(host: str, port: int) -> socket.socket:
    """A listening IPv4 socket on exactly ``host`` (all interfaces only when given 0.0.0.0)."""
    # IPPROTO_TCP spelled out: asyncio sets TCP_NODELAY on accepted connections only when the
    # listening socket says TCP, and without it every answer waited ~40 ms for a delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError as error:
        sock.close()
        raise BindError(_problem(error), host, port, str(error)) from error
    sock.set_inheritable(True)
    return sock


@dataclass(frozen=True)
class Listening:
    host: str
    port: int


class ScribeServer:
    """One running server; :meth:`stop` ends it (also called when the app quits)."""

    def __init__(self, app: ASGIApp, sock: socket.socket) -> None:
        """Serve ``app`` on ``sock`` (from :func:`bind`) until :meth:`stop`."""
        self._sock = sock
        host, port = sock.getsockname()[:2]
        self.listening = Listening(host, port)
        config = uvicorn.Config(
            app,
            log_config=None,  # leave the app's logging alone
            access_log=False,
            server_header=False,
            proxy_headers=False,  # never trust X-Forwarded-For from the venue network
            lifespan="off",
            ws="none",
            http="h11",
            loop="asyncio",
            limit_concurrency=400,
            timeout_keep_alive=5,
            timeout_graceful_shutdown=1,
        )
        self._server = uvicorn.Server(config)  # off the main thread it leaves signals alone
        self._thread = threading.Thread(target=self._run, name="scribe-server", daemon=True)
        self.failure: BaseException | None = None
        self._thread.start()

    def _run(self) -> None:
        try:
            self._server.run(sockets=[self._sock])
        except BaseException as error:  # noqa: BLE001 (kept for the UI; the thread must end quietly)
            logging.getLogger("facilitator.scribes").exception("scribe server stopped")
            self.failure = error

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def wait_started(self, timeout: float = 5.0) -> bool:
        """Whether uvicorn is accepting connections (tests and the headless command wait)."""
        pause = threading.Event()
        for _ in range(int(timeout / 0.01)):
            if self._server.started or not self._thread.is_alive():
                break
            pause.wait(0.01)
        return bool(self._server.started)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(STOP_WAIT_S)
        try:
            self._sock.close()
        except OSError:
            pass
