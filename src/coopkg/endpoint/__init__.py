"""coopkg's own SPARQL endpoint and query page (`coopkg serve`)."""

from coopkg.endpoint.server import Endpoint, Settings, make_server

__all__ = ["Endpoint", "Settings", "make_server"]
