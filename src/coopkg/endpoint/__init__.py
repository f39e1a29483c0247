"""coopkg's own SPARQL endpoint and query page (`coopkg serve`)."""

from coopkg.endpoint.server import Endpoint, Settings
from coopkg.endpoint.serving import Server, make_server

__all__ = ["Endpoint", "Server", "Settings", "make_server"]
