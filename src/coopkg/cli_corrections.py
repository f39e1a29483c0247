"""`coopkg correct`: retract a wrong extracted fact, replace it, add a missed one; list,
export and import the corrections.  Each correction is kept and applied again at every load
of its article (see coopkg.correcting)."""

from __future__ import annotations

import sys

import click

from coopkg import api
from coopkg.cli_support import emit, fail_cleanly, open_from
from coopkg.correcting import EXPORT_FORMATS, default_author
from coopkg.corrections import to_json
from coopkg.render import table


def _why(func):
    func = click.option("--reason", required=True, help="Why the fact is wrong (kept with the "
                        "correction).")(func)
    return click.option("--author", default=default_author, show_default="$COOPKG_AUTHOR or "
                        "your login name", help="Who makes the correction.")(func)


def _agreement(func):
    for option in reversed((
            click.option("--kind", help="Kind of agreement (memorandum, agreement, contract, …)."),
            click.option("--party", "parties", multiple=True, metavar="NAME|IRI",
                         help="A party, by stored name or IRI; repeat for each party."),
            click.option("--date", "when", metavar="YYYY[-MM[-DD]]", help="When it was signed."),
            click.option("--topic", help="What it is about."),
            click.option("--evidence", help="The sentence that states it."))):
        func = option(func)
    return func


@click.group(name="correct")
def correct_cmd() -> None:
    """Correct extracted facts; corrections survive re-loading and re-extraction."""


@correct_cmd.command()
@click.argument("fact")
@_why
@click.pass_obj
@fail_cleanly
def retract(obj, fact, reason, author) -> None:
    """Retract a fact, by IRI (e.g. the `agreement` column of a query row)."""
    with open_from(obj) as store:
        _report(api.retract(store, fact, reason, author))


@correct_cmd.command()
@click.argument("fact")
@_agreement
@_why
@click.pass_obj
@fail_cleanly
def replace(obj, fact, kind, parties, when, topic, evidence, reason, author) -> None:
    """Replace an agreement with a corrected one: give only what changes."""
    with open_from(obj) as store:
        _report(api.replace_agreement(store, fact, reason, author, kind=kind,
                                      parties=list(parties), date=when, topic=topic,
                                      evidence=evidence))


@correct_cmd.command()
@click.argument("article")
@_agreement
@_why
@click.pass_obj
@fail_cleanly
def add(obj, article, kind, parties, when, topic, evidence, reason, author) -> None:
    """Add an agreement the extractor missed to ARTICLE (its IRI or URL)."""
    if not kind or len(parties) < 2:
        raise click.UsageError("an added agreement needs --kind and at least two --party")
    with open_from(obj) as store:
        _report(api.add_agreement(store, article, reason, kind, list(parties), when, topic,
                                  evidence, author))


@correct_cmd.command(name="list")
@click.option("--format", "fmt", type=click.Choice(("table", *EXPORT_FORMATS)), default="table",
              show_default=True, help="turtle (and ntriples, jsonld) re-imports with "
              "`coopkg correct import`; json is for reading.")
@click.option("-o", "--output", default="-", help="Output file (default stdout).")
@click.pass_obj
@fail_cleanly
def list_(obj, fmt, output) -> None:
    """The corrections, on their own."""
    with open_from(obj, read_only=True) as store:
        if fmt == "table":
            rows = [_row(to_json(c)) for c in api.list_corrections(store)]
            text = table(["correction", "time", "author", "reason", "retracts", "adds"], rows,
                         max_width=60)
            emit(text, output)
            return
        if output == "-":
            count = api.export_corrections(store, sys.stdout.buffer, fmt)
        else:
            with open(output, "wb") as out:
                count = api.export_corrections(store, out, fmt)
    click.echo(f"{count} corrections", err=True)


def _row(record: dict) -> list[str]:
    def facts(patterns: list[dict]) -> str:
        return "; ".join(" ".join(f"{k}={'|'.join(v) if isinstance(v, list) else v}"
                                  for k, v in p.items()) for p in patterns)
    return [record["correction"].rsplit("/", 1)[-1], record["time"], record["author"],
            record["reason"], facts(record["retracts"]), facts(record["adds"])]


@correct_cmd.command(name="import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", help="RDF format (guessed from the file name otherwise).")
@click.pass_obj
@fail_cleanly
def import_(obj, file, fmt) -> None:
    """Corrections from a file (`coopkg correct list --format turtle`), applied to the stored
    articles they concern and to every later load."""
    with open_from(obj) as store:
        _report(api.import_corrections(store, file, fmt), "corrections imported")


def _report(lines: list[str], done: str = "correction stored") -> None:
    """One line per article the correction changed, then what was stored."""
    for line in lines:
        click.echo(line, err=True)
    click.echo(done, err=True)
