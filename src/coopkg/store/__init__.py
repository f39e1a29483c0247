"""Stores: one protocol, backends behind it.  The embedded store (pyoxigraph on disk) is the
default; a SPARQL 1.1 endpoint backend plugs in behind the same protocol."""

from coopkg.store.base import LoadOutcome, QueryResult, StoreError, StoreLockedError, TripleStore
from coopkg.store.embedded import EmbeddedStore, open_store

__all__ = ["EmbeddedStore", "LoadOutcome", "QueryResult", "StoreError", "StoreLockedError",
           "TripleStore", "open_store"]
