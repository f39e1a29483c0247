"""Imported once by the fork server that starts query processes (see pool.py), so that every
query process starts with the stored queries read and the place gazetteer built.  Built cold
in each process they cost seconds (the gazetteer is ~35k names), enough for a stored query in a
fresh process to run past the time limit, be killed, and leave another cold process behind."""

import coopkg.api  # noqa: F401 (stored queries run through it)
import coopkg.endpoint.jobs  # noqa: F401 (the query code itself)
import coopkg.endpoint.views  # noqa: F401 (downloads and pictures)
import coopkg.plots.pictures  # noqa: F401
from coopkg.queries import stored_queries
from coopkg.reference import gazetteer

stored_queries()
gazetteer()
