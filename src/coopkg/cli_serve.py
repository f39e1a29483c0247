"""`coopkg serve`: the store over the SPARQL 1.1 Protocol, until Ctrl-C or SIGTERM."""

from __future__ import annotations

import signal
from pathlib import Path

import click

from coopkg import api
from coopkg.cli_support import DataProblem, fail_cleanly


@click.command(name="serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind (loopback by default; anything else is reachable by others).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535))
@click.option("--allow-update", is_flag=True,
              help="Take SPARQL Update from clients sending `Authorization: Bearer TOKEN`.")
@click.option("--token", envvar="COOPKG_SERVE_TOKEN", default=None,
              help="The update token (better: $COOPKG_SERVE_TOKEN, kept out of the process list).")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a query may run.")
@click.option("--max-rows", default=10_000, show_default=True, type=click.IntRange(min=1),
              help="Largest result answered (rows or triples); beyond it: HTTP 413.")
@click.option("--allow-service", is_flag=True,
              help="Let queries and updates fetch from other servers or files "
                   "(SPARQL SERVICE, LOAD); refused by default.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Query processes: how many queries run at once.")
@click.option("--queue", "queue_size", default=32, show_default=True, type=click.IntRange(0, 10_000),
              help="Queries that may wait for a free process; beyond it: HTTP 503 + Retry-After.")
@click.option("--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN",
              help="Let pages from this origin (e.g. https://example.org) call the endpoint; repeatable.")
@click.option("--allowed-host", "allowed_hosts", multiple=True, metavar="NAME",
              help="Another Host header name to answer besides loopback and the bound address; "
                   "repeatable.")
@click.option("-v", "--verbose", is_flag=True, help="Log each request to stderr.")
@click.pass_obj
@fail_cleanly
def serve_cmd(obj, host, port, allow_update, token, timeout, max_rows, allow_service, workers,
          queue_size, cors_origins, allowed_hosts, verbose) -> None:
    """Serve the store over the SPARQL 1.1 Protocol at /sparql, with a query page at /."""
    from coopkg.endpoint import Settings, make_server
    from coopkg.store import is_endpoint

    if is_endpoint(obj["store"]):
        raise click.UsageError("coopkg serve serves a store directory, not a remote endpoint")
    if allow_update and not token:
        raise click.UsageError("--allow-update needs a token: set COOPKG_SERVE_TOKEN (or --token)")
    with api.open_store(obj["store"], read_only=True):
        pass  # a missing or unreadable store fails here, before the port opens
    settings = Settings(Path(obj["store"]), allow_update, token, timeout, max_rows, allow_service,
                        workers, queue_size, list(cors_origins), list(allowed_hosts))
    try:
        server = make_server(settings, host, port, verbose)
    except OSError as exc:
        raise DataProblem(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    _serve_until_stopped(server, obj["store"], host, allow_update)


def _serve_until_stopped(server, store: str, host: str, allow_update: bool) -> None:
    mode = "read-write (token required)" if allow_update else "read-only"
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"serving {store} ({mode}) at http://{shown}:{server.server_port}/ "
               f"— SPARQL at /sparql; Ctrl-C stops", err=True)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: bound to {host}: reachable from other machines", err=True)
    signal.signal(signal.SIGTERM, _stop_on_sigterm)  # uvicorn re-raises it after a clean stop
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def _stop_on_sigterm(_signum, _frame) -> None:
    raise SystemExit(0)
