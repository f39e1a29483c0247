"""Pictures of query results as SVG text, drawn in Python (no JavaScript, no CDN): the page
served by `coopkg serve` embeds them, and the same functions write the README's pictures.

    >>> import coopkg
    >>> from coopkg.plots import cooperation_network, pair_timeline, timeline_svg
    >>> with coopkg.open_store("my-store", read_only=True) as store:
    ...     svg = pair_timeline(store, "CN", "KZ", start="2019")      # query and drawing
    ...     network = cooperation_network(store, "CN", nodes="organizations")
    ...     rows = coopkg.run_query(store, "timeline", {"country_a": "CN", "country_b": "KZ"}).records()
    ...     same = timeline_svg(rows, title="China – Kazakhstan")    # from rows you have
"""

from coopkg.plots.network import build_network, draw_network, network_svg
from coopkg.plots.pictures import cooperation_network, entity_timeline, pair_timeline
from coopkg.plots.timeline import timeline_svg

__all__ = ["build_network", "cooperation_network", "draw_network", "entity_timeline", "network_svg",
           "pair_timeline", "timeline_svg"]
