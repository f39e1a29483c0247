"""Running the endpoint under uvicorn, behind an interface like http.server's (make_server,
serve_forever, shutdown, server_close) so the CLI and tests can drive it from any thread."""

from __future__ import annotations

import socket
import threading

import uvicorn

from coopkg.endpoint.app import build_app
from coopkg.endpoint.server import Endpoint, Settings

BACKLOG = 1024
MAX_CONNECTIONS = 256


class _Uvicorn(uvicorn.Server):
    """Stops the running queries first, so their requests end at once with 503 and the
    graceful shutdown does not wait for (or cancel) them."""

    def __init__(self, config: uvicorn.Config, endpoint: Endpoint):
        super().__init__(config)
        self.endpoint = endpoint

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        self.endpoint.stop_queries()
        await super().shutdown(sockets)


class Server:
    """One listening socket (bound at construction, so port 0 is known at once) served by
    uvicorn on the thread that calls serve_forever()."""

    def __init__(self, endpoint: Endpoint, sock: socket.socket, host: str, verbose: bool = False):
        self.endpoint, self.socket = endpoint, sock
        self.server_port: int = sock.getsockname()[1]
        config = uvicorn.Config(build_app(endpoint, host), http="h11", lifespan="on",
                                log_level="info" if verbose else "warning", access_log=verbose,
                                limit_concurrency=MAX_CONNECTIONS, backlog=BACKLOG,
                                timeout_graceful_shutdown=2, server_header=False)
        self._uvicorn = _Uvicorn(config, endpoint)
        self._stopped = threading.Event()

    def serve_forever(self) -> None:
        """Serve until shutdown() or, on the main thread, SIGINT/SIGTERM (then re-raised by
        uvicorn, so Ctrl-C ends as KeyboardInterrupt)."""
        try:
            self._uvicorn.run(sockets=[self.socket])
        finally:
            self._stopped.set()

    def shutdown(self) -> None:
        self._uvicorn.should_exit = True
        self._stopped.wait()

    def server_close(self) -> None:
        self.socket.close()
        self.endpoint.close()


def make_server(settings: Settings, host: str = "127.0.0.1", port: int = 7878,
                verbose: bool = False) -> Server:
    """A ready server (port 0 picks a free one); call serve_forever(), and close it with
    shutdown() and server_close() — the endpoint and its query processes are closed with it."""
    family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    sock = socket.create_server((host, port), family=family, backlog=BACKLOG)
    try:
        endpoint = Endpoint(settings)
    except BaseException:
        sock.close()
        raise
    return Server(endpoint, sock, host, verbose)
