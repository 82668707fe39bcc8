"""A TCP relay between a station and its server whose cable can be pulled (for the tests).

``cut()`` is a dropped network, not a stopped server: connections stay open and nothing comes
back (no refusal, no reset), new connections are accepted and never answered. ``mend()`` is the
network back: what was stuck is closed (as a router that forgot them), new connections relay.
"""

from __future__ import annotations

import select
import socket
import threading


class NetworkCut:
    def __init__(self, host: str, port: int) -> None:
        self._upstream = (host, port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._cut = threading.Event()
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def cut(self) -> None:
        self._cut.set()

    def mend(self) -> None:
        with self._lock:
            stuck, self._sockets = self._sockets, []
        for sock in stuck:
            sock.close()
        self._cut.clear()

    def close(self) -> None:
        self._stopping.set()
        self.mend()
        self._listener.close()

    def _keep(self, *socks: socket.socket) -> None:
        with self._lock:
            self._sockets.extend(socks)

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self._cut.is_set():
                self._keep(client)  # accepted, never answered
                continue
            try:
                server = socket.create_connection(self._upstream)
            except OSError:
                client.close()
                continue
            self._keep(client, server)
            threading.Thread(target=self._relay, args=(client, server), daemon=True).start()

    def _relay(self, client: socket.socket, server: socket.socket) -> None:
        pair = {client: server, server: client}
        try:
            while not self._stopping.is_set():
                if self._cut.is_set():  # nothing passes; the sockets stay open
                    self._stopping.wait(0.05)
                    if client.fileno() < 0 or server.fileno() < 0:
                        return
                    continue
                readable, _, _ = select.select(list(pair), [], [], 0.05)
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    pair[sock].sendall(data)
        except (OSError, ValueError):
            return
        finally:
            client.close()
            server.close()
