"""A network cable between a seat and the PostgreSQL server, to unplug in a test."""

from __future__ import annotations

import contextlib
import socket
import threading


class NetworkCable:
    """A TCP relay on 127.0.0.1 in front of the PostgreSQL server: unplugging it drops every
    connection and refuses new ones, as a seat's network going down does."""

    def __init__(self, target=("127.0.0.1", 5432)) -> None:
        self.target = target
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.plugged = True
        self.links: list[socket.socket] = []
        self.lock = threading.Lock()
        self.stopping = False
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.listener.listen(64)
        self.listener.settimeout(0.2)
        self.thread.start()

    def _accept(self) -> None:
        while not self.stopping:
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if not self.plugged:
                client.close()
                continue
            server = socket.create_connection(self.target)
            with self.lock:
                self.links += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, a: socket.socket, b: socket.socket) -> None:
        try:
            while data := a.recv(65536):
                b.sendall(data)
        except OSError:
            pass
        for s in (a, b):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def url(self, url: str) -> str:
        """``url`` (a server at 127.0.0.1:5432) reached through this cable."""
        return url.replace("127.0.0.1:5432", f"127.0.0.1:{self.port}")

    def unplug(self) -> None:
        self.plugged = False
        with self.lock:
            links, self.links = self.links, []
        for s in links:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()

    def plug(self) -> None:
        self.plugged = True

    def close(self) -> None:
        self.stopping = True
        self.unplug()
        self.listener.close()
        self.thread.join(5)
