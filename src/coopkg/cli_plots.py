"""`coopkg plot`: the page's pictures (coopkg.plots) as SVG files, from any store."""

from __future__ import annotations

import click

from coopkg.cli_support import fail_cleanly, open_from
from coopkg.plots import cooperation_network, entity_timeline, pair_timeline
from coopkg.plots.network import NODE_KINDS


@click.command(name="plot")
@click.argument("picture", type=click.Choice(["timeline", "network"]))
@click.option("-a", "country_a", help="A country (name or ISO code).")
@click.option("-b", "country_b", help="The other country of a pair.")
@click.option("--entity", help="timeline only: an entity's IRI or name instead of a pair.")
@click.option("--from", "start", help="Earliest date, YYYY[-MM[-DD]].")
@click.option("--to", "end", help="Latest date, YYYY[-MM[-DD]].")
@click.option("--nodes", type=click.Choice(NODE_KINDS),
              help="network only: organisations (default for a pair) or countries.")
@click.option("-o", "--output", default="-", help="Output file (default stdout).")
@click.pass_obj
@fail_cleanly
def plot_cmd(obj, picture, country_a, country_b, entity, start, end, nodes, output) -> None:
    """Draw a TIMELINE of a country pair (-a CN -b KZ) or an entity, or the cooperation
    NETWORK of a country or pair, as SVG."""
    if picture == "timeline" and not (entity or (country_a and country_b)) or \
            picture == "timeline" and entity and (country_a or country_b):
        raise click.UsageError("timeline: give -a and -b (a country pair) or --entity, not both")
    if picture == "network" and (entity or not country_a):
        raise click.UsageError("network: give -a COUNTRY (and -b for a pair)")
    with open_from(obj, read_only=True) as store:
        if picture == "network":
            svg = cooperation_network(store, country_a, country_b, start, end, nodes)
        elif entity:
            svg = entity_timeline(store, entity, start, end)
        else:
            svg = pair_timeline(store, country_a, country_b, start, end)
    if output == "-":
        click.echo(svg, nl=False)
        return
    with open(output, "w", encoding="utf-8") as out:
        out.write(svg)
    click.echo(f"wrote {output}", err=True)
