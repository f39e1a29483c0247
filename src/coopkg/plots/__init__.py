"""Pictures of query results as SVG text, drawn in Python (no JavaScript, no CDN): the page
served by `coopkg serve` embeds them, and the same functions write the README's pictures.

    >>> import coopkg
    >>> from coopkg.plots import network_svg, timeline_svg
    >>> with coopkg.open_store("my-store", read_only=True) as store:
    ...     rows = coopkg.run_query(store, "timeline", {"country_a": "CN", "country_b": "KZ"}).records()
    ...     svg = timeline_svg(rows, title="China – Kazakhstan")
"""

from coopkg.plots.network import build_network, draw_network, network_svg
from coopkg.plots.timeline import timeline_svg

__all__ = ["build_network", "draw_network", "network_svg", "timeline_svg"]
