"""Stores: one protocol, two backends.  The embedded store (pyoxigraph on disk) is the
default; a store spec that is an http(s) URL is a SPARQL 1.1 endpoint (store/remote.py)."""

from __future__ import annotations

from pathlib import Path

from coopkg.store.base import LoadOutcome, QueryResult, StoreError, StoreLockedError, TripleStore
from coopkg.store.embedded import EmbeddedStore


def is_endpoint(spec: str | Path) -> bool:
    return str(spec).startswith(("http://", "https://"))


def open_store(spec: str | Path, read_only: bool = False, update_endpoint: str | None = None,
               graph_store: str | None = None) -> TripleStore:
    """A directory opens the embedded store; a URL the remote one, with credentials and the
    other endpoints from the environment unless given here."""
    if not is_endpoint(spec):
        return EmbeddedStore(spec, read_only=read_only)
    from coopkg.store.remote import open_remote

    return open_remote(str(spec), read_only=read_only, update_endpoint=update_endpoint,
                       graph_store=graph_store)


__all__ = ["EmbeddedStore", "LoadOutcome", "QueryResult", "StoreError", "StoreLockedError",
           "TripleStore", "is_endpoint", "open_store"]
