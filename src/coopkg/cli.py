"""The `coopkg` command: parses options, calls the library, prints.  No logic of its own.

Exit codes: 0 ok, 1 data problem (bad input, validation failure, store trouble), 2 usage."""

from __future__ import annotations

import functools
import json
import os
import sys
import time
from pathlib import Path

import click

from coopkg import api
from coopkg.evaluate.match import CATEGORIES
from coopkg.queries import QueryError, stored_queries
from coopkg.rdfinput import DEFAULT_MAX_MB, ImportError_, ImportOptions
from coopkg.read import ReadError, iter_paths
from coopkg.reason import ReasonerUnavailable
from coopkg.render import RESULT_FORMATS, render, table
from coopkg.store import StoreError
from coopkg.store.embedded import FORMATS

DEFAULT_STORE = "./coopkg-store"


class DataProblem(click.ClickException):
    exit_code = 1


def _fail_cleanly(func):
    """Library errors become one line on stderr with the right exit code, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except QueryError as exc:
            raise click.UsageError(str(exc)) from None
        except (StoreError, ReadError, ImportError_, ReasonerUnavailable, OSError) as exc:
            raise DataProblem(str(exc)) from None

    return wrapper


def _result_format(fmt: str | None) -> str:
    return fmt or ("table" if sys.stdout.isatty() else "tsv")


def _emit(text: str, output: str) -> None:
    if output == "-":
        click.echo(text)
    else:
        Path(output).write_text(text + "\n", encoding="utf-8")


@click.group()
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


def _open(obj: dict, read_only: bool = False):
    return api.open_store(obj["store"], read_only=read_only,
                          update_endpoint=obj["update_endpoint"], graph_store=obj["graph_store"])


@main.command()
@click.pass_obj
@_fail_cleanly
def init(obj) -> None:
    """Create the store and (re)write the ontology and reference places."""
    with _open(obj) as store:
        api.init(store)
    click.echo(f"initialised {obj['store']}", err=True)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--date", "default_date", type=click.DateTime(["%Y-%m-%d"]),
              help="Publication date for articles that carry none.")
@click.option("--keep-going", is_flag=True, help="Continue past bad articles.")
@click.option("--workers", "-j", type=click.IntRange(1, 64), default=os.cpu_count() or 1,
              show_default=True, help="Processes for reading/extraction/validation.")
@click.option("--strict", is_flag=True,
              help="Reject a whole article when any fact fails the shapes (default: drop the fact).")
@click.pass_obj
@_fail_cleanly
def load(obj, inputs, default_date, keep_going, workers, strict) -> None:
    """Load articles (files, directories, or - for stdin)."""
    when = default_date.date() if default_date else None
    paths = list(iter_paths(list(inputs)))
    counts = {"loaded": 0, "replaced": 0, "unchanged": 0, "rejected": 0, "facts dropped": 0}
    with _open(obj) as store:
        results = api.load_paths(store, paths, when, workers=workers if len(paths) > 1 else 1,
                                 strict=strict)
        for result in _progress(results, len(paths)):
            if result.error:
                counts["rejected"] += 1
                click.echo(f"error: {result.error}", err=True)
                if not keep_going:
                    break
            else:
                counts[result.outcome.value] += 1
                counts["facts dropped"] += _warn_dropped(result.origin, result.dropped)
    summary = ", ".join(f"{n} {k}" for k, n in counts.items() if n or k == "loaded")
    click.echo(summary, err=True)
    if counts["rejected"]:
        sys.exit(1)


def _warn_dropped(origin: str, dropped: list[str]) -> int:
    """One warning per article that lost facts to the shapes, one line per fact."""
    if dropped:
        noun = "fact" if len(dropped) == 1 else "facts"
        click.echo(f"warning: {origin}: {len(dropped)} {noun} dropped (failed the shapes)",
                   err=True)
        for line in dropped:
            click.echo(f"  {line}", err=True)
    return len(dropped)


def _progress(results, total: int):
    """A progress bar with articles/s and ETA on a terminal; silent otherwise."""
    if not sys.stderr.isatty() or total < 2:
        yield from results
        return
    start = time.monotonic()
    done = 0

    def rate(_item) -> str:
        elapsed = time.monotonic() - start
        return f"{done / elapsed:.0f} articles/s" if elapsed > 0 else ""

    with click.progressbar(length=total, label="loading", file=sys.stderr, show_eta=True,
                           show_pos=True, item_show_func=rate) as bar:
        for result in results:
            done += 1
            bar.update(1, result)
            yield result


@main.command(name="extract")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", default="-", help="N-Quads file (default stdout).")
@click.option("--date", "default_date", type=click.DateTime(["%Y-%m-%d"]))
@click.option("--workers", "-j", type=click.IntRange(1, 64), default=1, show_default=True)
@click.option("--strict", is_flag=True,
              help="Reject a whole article when any fact fails the shapes (default: drop the fact).")
@_fail_cleanly
def extract_cmd(inputs, output, default_date, workers, strict) -> None:
    """Articles in, validated N-Quads out (one named graph per article); no store needed."""
    when = default_date.date() if default_date else None
    out = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")  # noqa: SIM115
    written = rejected = 0
    try:
        for item in api.extract_nquads(list(iter_paths(list(inputs))), when, workers, strict):
            if item.error:
                rejected += 1
                click.echo(f"error: {item.error}", err=True)
                continue
            _warn_dropped(item.origin, item.dropped)
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
@_fail_cleanly
def import_(obj, files, graph_iri, fmt, max_mb, allow_remote_context) -> None:
    """Import RDF files, validated like articles, into graphs other than the ontology, the
    reference places and stored articles (each graph whole or not at all)."""
    options = ImportOptions(max_mb or None, allow_remote_context)
    with _open(obj) as store:
        for path in files:
            for result in api.import_rdf(store, path, graph_iri, fmt, options):
                click.echo(f"{result.outcome.value} <{result.graph}> ({result.triples} triples)",
                           err=True)


@main.command()
@click.argument("inputs", nargs=-1)
@click.option("--date", "default_date", type=click.DateTime(["%Y-%m-%d"]))
@click.option("--strict", is_flag=True,
              help="Reject a whole article when any fact fails the shapes (default: drop the fact).")
@click.pass_obj
@_fail_cleanly
def validate(obj, inputs, default_date, strict) -> None:
    """Check articles against the shapes without storing them (or the whole store)."""
    when = default_date.date() if default_date else None
    results = api.validate(obj["store"], list(inputs), when, strict)
    bad = 0
    for result in results:
        if result.error:
            bad += 1
            click.echo(f"error: {result.error}", err=True)
            if result.report:
                for violation in result.report.violations[:20]:
                    click.echo(f"  {violation.line()}", err=True)
        else:
            _warn_dropped(result.origin, result.dropped)
            click.echo(f"ok: {result.origin}", err=True)
    if bad:
        sys.exit(1)


@main.command()
@click.argument("name", required=False)
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE")
@click.option("--list", "list_", is_flag=True, help="List the stored queries.")
@click.option("--format", "fmt", type=click.Choice(RESULT_FORMATS))
@click.option("-o", "--output", default="-", help="Output file (default stdout).")
@click.pass_obj
@_fail_cleanly
def query(obj, name, params, list_, fmt, output) -> None:
    """Run a stored query: coopkg query NAME -p key=value ..."""
    if list_ or not name:
        if not list_:
            raise click.UsageError("give a query NAME or --list")
        rows = [[q.name, q.summary, " ".join(p.name + ("*" if p.required else "")
                                            for p in q.params)]
                for q in stored_queries().values()]
        _emit(table(["name", "summary", "params (* required)"], rows, max_width=90), output)
        return
    values = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep:
            raise click.UsageError(f"parameter {item!r} is not KEY=VALUE")
        values[key.strip()] = value
    with _open(obj, read_only=True) as store:
        result = api.run_query(store, name, values)
    _emit(render(result, _result_format(fmt)), output)


@main.command()
@click.argument("sparql")
@click.option("--format", "fmt", type=click.Choice(RESULT_FORMATS))
@click.option("-o", "--output", default="-")
@click.pass_obj
@_fail_cleanly
def sparql(obj, sparql, fmt, output) -> None:
    """Run a SPARQL query given as text, a .rq file, or - for stdin."""
    if sparql == "-":
        text = sys.stdin.read()
    elif sparql.endswith(".rq") and os.path.exists(sparql):
        text = Path(sparql).read_text(encoding="utf-8")
    else:
        text = sparql
    with _open(obj, read_only=True) as store:
        result = store.query(text)
    _emit(render(result, _result_format(fmt)), output)


@main.command()
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="turtle",
              show_default=True)
@click.option("--graph", "graph_iri", help="Export one named graph only.")
@click.option("-o", "--output", default="-")
@click.pass_obj
@_fail_cleanly
def export(obj, fmt, graph_iri, output) -> None:
    """Export the store (union graph, or all graphs for trig/nquads) or one graph."""
    with _open(obj, read_only=True) as store:
        if output == "-":
            count = api.export(store, sys.stdout.buffer, fmt, graph_iri)
        else:
            with open(output, "wb") as out:
                count = api.export(store, out, fmt, graph_iri)
    click.echo(f"exported {count} statements", err=True)


@main.command()
@click.option("--format", "fmt", type=click.Choice(RESULT_FORMATS))
@click.pass_obj
@_fail_cleanly
def stats(obj, fmt) -> None:
    """What the store holds."""
    with _open(obj, read_only=True) as store:
        click.echo(render(api.stats(store), _result_format(fmt)))


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
@_fail_cleanly
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


@main.command()
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
@click.option("-v", "--verbose", is_flag=True, help="Log each request to stderr.")
@click.pass_obj
@_fail_cleanly
def serve(obj, host, port, allow_update, token, timeout, max_rows, verbose) -> None:
    """Serve the store over the SPARQL 1.1 Protocol at /sparql, with a query page at /."""
    from coopkg.endpoint import Settings, make_server
    from coopkg.store import is_endpoint

    if is_endpoint(obj["store"]):
        raise click.UsageError("coopkg serve serves a store directory, not a remote endpoint")
    if allow_update and not token:
        raise click.UsageError("--allow-update needs a token: set COOPKG_SERVE_TOKEN (or --token)")
    with api.open_store(obj["store"], read_only=True):
        pass  # a missing or unreadable store fails here, before the port opens
    server = make_server(Settings(Path(obj["store"]), allow_update, token, timeout, max_rows),
                         host, port)
    server.verbose = verbose  # type: ignore[attr-defined]
    mode = "read-write (token required)" if allow_update else "read-only"
    click.echo(f"serving {obj['store']} ({mode}) at http://{host}:{server.server_port}/ "
               f"— SPARQL at /sparql; Ctrl-C stops", err=True)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: bound to {host}: reachable from other machines", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@main.group()
def ontology() -> None:
    """Ontology tools."""


@ontology.command()
@click.argument("path", required=False, type=click.Path(exists=True, dir_okay=False))
@_fail_cleanly
def check(path) -> None:
    """Run HermiT (needs Java) on the ontology: consistency and unsatisfiable classes."""
    report = api.check_ontology(Path(path) if path else None)
    if report.ok:
        click.echo("consistent; no unsatisfiable classes")
        return
    if not report.consistent:
        raise DataProblem(report.message)
    raise DataProblem("unsatisfiable classes: " + ", ".join(report.unsatisfiable))


if __name__ == "__main__":
    main()
