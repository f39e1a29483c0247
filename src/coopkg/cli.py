"""The `coopkg` command: parses options, calls the library, prints.  No logic of its own.

Exit codes: 0 ok, 1 data problem (bad input, validation failure, store trouble), 2 usage,
130 interrupted (Ctrl-C)."""

from __future__ import annotations

import json
import os
import sys
from contextlib import closing
from pathlib import Path

import click

from coopkg import api
from coopkg.cli_articles import (
    article_paths,
    max_size_option,
    progress,
    strict_option,
    summary,
    tally,
    warn_dropped,
)
from coopkg.cli_corrections import correct_cmd
from coopkg.cli_plots import plot_cmd
from coopkg.cli_serve import serve_cmd
from coopkg.cli_support import DataProblem, emit, fail_cleanly, open_from, query_text, result_format
from coopkg.cli_tables import table_cmd
from coopkg.evaluate.match import CATEGORIES
from coopkg.queries import stored_queries
from coopkg.rdfinput import DEFAULT_MAX_MB, ImportOptions
from coopkg.render import RESULT_FORMATS, catalogue, render, table
from coopkg.store.embedded import FORMATS

DEFAULT_STORE = "./coopkg-store"


class _Commands(click.Group):
    """Checks that apply to every command: arguments must be text, Ctrl-C exits 130."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        for arg in args:
            if any("\udc80" <= ch <= "\udcff" for ch in arg):  # undecodable bytes from argv
                raise click.UsageError(f"argument {os.fsencode(arg)!r} is not valid UTF-8", ctx)
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            ctx.exit(130)


@click.group(cls=_Commands)
@click.option("--store", "store_path", envvar="COOPKG_STORE", default=DEFAULT_STORE,
              show_default=True,
              help="Store directory, or a SPARQL 1.1 query endpoint URL (or $COOPKG_STORE).")
@click.option("--update-endpoint", envvar="COOPKG_UPDATE_ENDPOINT", default=None,
              help="SPARQL Update endpoint of a remote store (default: the query endpoint).")
@click.option("--graph-store", envvar="COOPKG_GRAPH_STORE", default=None,
              help="Graph Store Protocol endpoint of a remote store: graphs are PUT whole.")
@click.version_option(package_name="coopkg")
@click.pass_context
def main(ctx: click.Context, store_path: str, update_endpoint: str | None,
         graph_store: str | None) -> None:
    """coopkg: a knowledge graph of bilateral cooperation, built from news articles.

    Remote stores take credentials from $COOPKG_USER and $COOPKG_PASSWORD ($COOPKG_AUTH=digest
    for Virtuoso's /sparql-auth), and $COOPKG_TIMEOUT seconds per request (default 60)."""
    ctx.obj = {"store": store_path, "update_endpoint": update_endpoint, "graph_store": graph_store}


@main.command()
@click.pass_obj
@fail_cleanly
def init(obj) -> None:
    """Create the store and (re)write the ontology and reference places."""
    with open_from(obj) as store:
        api.init(store)
    click.echo(f"initialised {obj['store']}", err=True)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--date", "default_date", type=click.DateTime(["%Y-%m-%d"]),
              help="Publication date for articles that carry none.")
@click.option("--keep-going", is_flag=True, help="Continue past bad articles.")
@click.option("--workers", "-j", type=click.IntRange(1, 64), default=os.cpu_count() or 1,
              show_default=True, help="Processes for reading/extraction/validation.")
@max_size_option
@strict_option
@click.pass_obj
@fail_cleanly
def load(obj, inputs, default_date, keep_going, workers, max_mb, strict) -> None:
    """Load articles (files, directories, or - for stdin)."""
    when = default_date.date() if default_date else None
    paths = article_paths(inputs)
    counts = {"loaded": 0, "replaced": 0, "unchanged": 0, "rejected": 0, "facts dropped": 0}
    with open_from(obj) as store:
        results = api.load_paths(store, paths, when, workers=workers if len(paths) > 1 else 1,
                                 max_bytes=int(max_mb * 1e6), strict=strict)
        try:
            with closing(results):
                tally(progress(results, len(paths)), counts, keep_going)
        except KeyboardInterrupt:
            click.echo(f"interrupted: {summary(counts)}", err=True)
            sys.exit(130)
        except Exception:
            click.echo(f"stopped: {summary(counts)}", err=True)
            raise
    click.echo(summary(counts), err=True)
    if counts["rejected"]:
        sys.exit(1)


@main.command(name="extract")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", default="-", help="N-Quads file (default stdout).")
@click.option("--date", "default_date", type=click.DateTime(["%Y-%m-%d"]))
@click.option("--workers", "-j", type=click.IntRange(1, 64), default=1, show_default=True)
@max_size_option
@strict_option
@fail_cleanly
def extract_cmd(inputs, output, default_date, workers, max_mb, strict) -> None:
    """Articles in, validated N-Quads out (one named graph per article); no store needed."""
    when = default_date.date() if default_date else None
    out = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")  # noqa: SIM115
    written = rejected = 0
    try:
        items = api.extract_nquads(article_paths(inputs), when, workers, int(max_mb * 1e6),
                                   strict)
        with closing(items):
            for item in items:
                if item.error:
                    rejected += 1
                    click.echo(f"error: {item.error}", err=True)
                    continue
                warn_dropped(item.origin, item.dropped)
                out.write(item.nquads)
                written += 1
    finally:
        if out is not sys.stdout:
            out.close()
    click.echo(f"{written} extracted, {rejected} rejected", err=True)
    if rejected:
        sys.exit(1)


@main.command(name="import")
@click.argument("files", nargs=-1, required=True)
@click.option("--graph", "graph_iri", help="Named graph for triples outside any named graph.")
@click.option("--format", "fmt", help="RDF format (guessed from the file name otherwise).")
@click.option("--max-size", "max_mb", type=click.FloatRange(min=0), default=DEFAULT_MAX_MB,
              show_default=True, help="Refuse files larger than this many MB (0: no limit).")
@click.option("--allow-remote-context", is_flag=True,
              help="Let JSON-LD fetch the @context documents it names (http(s) and file: "
                   "URLs); refused otherwise.")
@click.pass_obj
@fail_cleanly
def import_(obj, files, graph_iri, fmt, max_mb, allow_remote_context) -> None:
    """Import RDF files, validated like articles, into graphs other than the ontology, the
    reference places and stored articles (each graph whole or not at all)."""
    options = ImportOptions(max_mb or None, allow_remote_context)
    with open_from(obj) as store:
        for path in files:
            for result in api.import_rdf(store, path, graph_iri, fmt, options):
                click.echo(f"{result.outcome.value} <{result.graph}> ({result.triples} triples)",
                           err=True)


@main.command()
@click.argument("inputs", nargs=-1)
@click.option("--date", "default_date", type=click.DateTime(["%Y-%m-%d"]))
@max_size_option
@strict_option
@click.pass_obj
@fail_cleanly
def validate(obj, inputs, default_date, max_mb, strict) -> None:
    """Check articles against the shapes without storing them (or the whole store)."""
    when = default_date.date() if default_date else None
    paths = article_paths(inputs) if inputs else []
    results = api.validate(obj["store"], paths, when, int(max_mb * 1e6), strict)
    bad = 0
    for result in results:
        if result.error:
            bad += 1
            click.echo(f"error: {result.error}", err=True)
            if result.report:
                for violation in result.report.violations[:20]:
                    click.echo(f"  {violation.line()}", err=True)
        else:
            warn_dropped(result.origin, result.dropped)
            click.echo(f"ok: {result.origin}", err=True)
    if bad:
        sys.exit(1)


@main.command()
@click.argument("name", required=False)
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE")
@click.option("--list", "list_", is_flag=True, help="List the stored queries.")
@click.option("--format", "fmt", type=click.Choice(RESULT_FORMATS))
@click.option("-o", "--output", default="-", help="Output file (default stdout).")
@click.option("--allow-service", is_flag=True,
              help="Let SERVICE (and LOAD) in the query fetch from other servers.")
@click.pass_obj
@fail_cleanly
def query(obj, name, params, list_, fmt, output, allow_service) -> None:
    """Run a stored query: coopkg query NAME -p key=value ..."""
    if list_ or not name:
        if not list_:
            raise click.UsageError("give a query NAME or --list")
        emit(catalogue(list(stored_queries().values()), result_format(fmt)), output)
        return
    values = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep:
            raise click.UsageError(f"parameter {item!r} is not KEY=VALUE")
        if key.strip() in values:
            raise click.UsageError(f"parameter {key.strip()!r} given more than once")
        values[key.strip()] = value
    with open_from(obj, read_only=True) as store:
        result = api.run_query(store, name, values, allow_service)
    emit(render(result, result_format(fmt)), output)


@main.command()
@click.argument("sparql")
@click.option("--format", "fmt", type=click.Choice(RESULT_FORMATS))
@click.option("-o", "--output", default="-")
@click.option("--allow-service", is_flag=True,
              help="Let SERVICE (and LOAD) in the query fetch from other servers.")
@click.pass_obj
@fail_cleanly
def sparql(obj, sparql, fmt, output, allow_service) -> None:
    """Run a SPARQL query given as text, a .rq file, or - for stdin."""
    text = sys.stdin.read() if sparql == "-" else query_text(sparql)
    with open_from(obj, read_only=True) as store:
        result = api.run_sparql(store, text, allow_service)
    emit(render(result, result_format(fmt)), output)


@main.command()
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="turtle",
              show_default=True)
@click.option("--graph", "graph_iri", help="Export one named graph only.")
@click.option("--facts-only", is_flag=True,
              help="Only the extracted facts and the places they use: no ontology, no other "
                   "reference places.")
@click.option("-o", "--output", default="-")
@click.pass_obj
@fail_cleanly
def export(obj, fmt, graph_iri, facts_only, output) -> None:
    """Export the store (union graph, or all graphs for trig/nquads) or one graph."""
    if facts_only and graph_iri:
        raise click.UsageError("--facts-only exports every article graph: leave out --graph")
    with open_from(obj, read_only=True) as store:
        if output == "-":
            count = api.export(store, sys.stdout.buffer, fmt, graph_iri, facts_only)
        else:
            with open(output, "wb") as out:
                count = api.export(store, out, fmt, graph_iri, facts_only)
    click.echo(f"exported {count} statements", err=True)


@main.command()
@click.option("--format", "fmt", type=click.Choice(RESULT_FORMATS))
@click.pass_obj
@fail_cleanly
def stats(obj, fmt) -> None:
    """What the store holds."""
    with open_from(obj, read_only=True) as store:
        click.echo(render(api.stats(store), result_format(fmt)))


@main.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--errors", is_flag=True,
              help="List each miss and false positive with its sentence, by category.")
@click.option("--category", type=click.Choice(CATEGORIES),
              help="Only this category's errors (implies --errors).")
@click.option("--dump-facts", "dump", type=click.Path(dir_okay=False),
              help="Also write every article's predicted facts as sorted JSON, to diff runs.")
@click.option("--strict", is_flag=True, help="Load as `coopkg load --strict` does.")
@fail_cleanly
def evaluate(gold_dir, fmt, errors, category, dump, strict) -> None:
    """Score extraction against gold annotations (<stem>.txt + <stem>.json)."""
    from coopkg import evaluate as ev

    results = ev.evaluate(Path(gold_dir), strict)
    if dump:
        Path(dump).write_text(json.dumps(ev.dump_facts(results), indent=1, ensure_ascii=False)
                              + "\n", encoding="utf-8")
    if errors or category:
        report = ev.errors_json(results, category)
        click.echo(json.dumps(report, indent=2, ensure_ascii=False) if fmt == "json"
                   else ev.errors_text(results, category))
    elif fmt == "json":
        click.echo(json.dumps(ev.report_json(results), indent=2))
    else:
        click.echo(table(ev.SUMMARY_HEADERS, ev.summary_rows(results), max_width=90))
        click.echo(table(ev.REPORT_HEADERS, ev.report_rows(results), max_width=90))


@main.group()
def ontology() -> None:
    """Ontology tools."""


@ontology.command()
@click.argument("path", required=False, type=click.Path(exists=True, dir_okay=False))
@fail_cleanly
def check(path) -> None:
    """Run HermiT (needs Java) on the ontology: consistency and unsatisfiable classes."""
    report = api.check_ontology(Path(path) if path else None)
    if report.ok:
        click.echo("consistent; no unsatisfiable classes")
        return
    if not report.consistent:
        raise DataProblem(report.message)
    raise DataProblem("unsatisfiable classes: " + ", ".join(report.unsatisfiable))


for command in (serve_cmd, table_cmd, correct_cmd, plot_cmd):
    main.add_command(command)

if __name__ == "__main__":
    main()
