"""Extraction: article → `Facts`, by an ordered pipeline of rule components over one annotated
document (see `pipeline`).  General rules only, kept as data in `lexicon/`; nothing here knows
any particular article.  Where each decision lives, in pipeline order:

    doc.py, facts.py      Doc / Sent / Span (the one intermediate form); the plain output records
    pipeline.py           the order of components, and isolation of each one's failures
    lexicon.py, lexicon/  the rules' words, one row each; rules.tsv maps rule id → confidence
    cues.py, literals.py, firstchars.py, memo.py, sentence_gates.py, orgcues.py,
    match_starts.py       speed only: cheap necessary tests before patterns and whole rule
                          functions, the words a pattern's matches begin with, a
                          first-character lead for the engine, caches
    placewords.py         the words a gazetteer lookup starts from
    sentences.py, dates.py, episodes.py, storydate.py   sentences; dates at their precision;
                          the time of undated sentences (an episode's, the story's)
  span components (entities.py runs them; overlap.py is the one overlap policy)
    orgs.py, orgcompounds.py, orgtypes.py   organisation names with a type word, names with a
                          comma list / 'at' / 'named after' inside, and the type of a name
    orgsplit.py           where one name ends and the next begins inside a capitalised run
    orgacronyms.py        short forms an article defines (brackets, dashes, 'or ACR')
    orgcredits.py, orgcontext.py   outlets credited in datelines; names without a type word
                          recognised from their place in the sentence (signs, 'between', ...)
    orglists.py           names without a type word that a list shows to be firms
    orgdefined.py         names without a type word the article gives a bracketed short form of
                          their initials ('Kilima Steel Works (KSW)')
    orgunits.py, orgextents.py, orgmissions.py   sub-units with their parent, official names
                          running on past the run, embassies named with where they are
    orgfilters.py         capitalised runs that name something else (documents, portfolios)
    orgclasses.py         classes a type word gets wrong (councils of chiefs, secretariats of
                          forums, party organs), meeting formats and bare organs that are no
                          bodies, where a name runs on or stops ('X’s Y province', 'for X with
                          Y', a closing quote, 'of the FDR X'), 'the former's / the latter's'
    orgdescribed.py       names a kind noun introduces ('state miner X', 'the agency "X in Y"')
    orgattrs.py           an organisation's country, region and parent body
    orgsides.py           the country of an unplaced body that is one side of 'between A and B'
    orgaliases.py         (runs last) a name's short form without its country tail, as an alias
    people.py, titles.py, name_patterns.py   people, their role titles, a name's shape
    person_honorifics.py  where a name begins after honorifics or a body's acronym
    end_anchored.py       patterns anchored at a text's end, tested on its last word first
    appositions.py        roles written after a name ('X, Kenya's trade minister,')
    respective_titles.py  several people under one plural title, countries in order
    lone_names.py, titled_surnames.py   one-word names with a title, 'President Obi'
    places.py, place_chunks.py, place_pieces.py   countries and regions, by name or demonym;
                          the article's countries by mention count; the pieces a scan keeps
  linking (identity)
    linking.py            surnames, pronouns, acronyms, affiliations, one entity per key
    person_variants.py    'Prince Faisal', 'President Xi', a middle name dropped: the one full name
    person_nouns.py       'of the Emirati Armed Forces', 'the Pacific': runs no person's name
    epithets.py, speakers.py   'the Head of State', 'he said': who a description or pronoun is
    nationality.py, country_cues.py, companions.py   the country each person belongs to,
                          stated (the words around a mention) or implied (counterparts,
                          visitors, envoys, travellers, delegations); person_represented.py
                          the state a person is said to represent; person_groups.py the
                          group or host a sentence puts a person in ('Ugandan officials,
                          including X', 'at the invitation of President X')
    resolve.py            one key, IRI and label per entity
  relation components (read spans)
    agreements.py + agreement_*.py, parties.py   documents signed, their parties, topics, lists
                          (agreement_pairs: a run of 'between' pairs, one document each;
                          agreement_pair_runs: several pairs after one 'between';
                          agreement_later_between: the bodies a purpose clause's 'between'
                          names, before the signers' countries; agreement_pending: documents
                          'expected to be reached'; agreement_programmes: an agreement to
                          implement a programme is a plan)
    pairs.py, referred_parties.py, represented_parties.py   'the two countries', 'the parties
                          signed', 'signed on behalf of Kenya': parties not named as subjects
    capital_parties.py    capitals as signers ('Nairobi and Rabat signed') written as states
    events.py + event_*.py   visits, meetings, foundings and what happened during a visit
                          (event_that_country: 'the visit X is making to that country';
                          event_signed_at: 'signed at the meeting with his counterpart' in a visit;
                          event_bodies: 'a meeting of customs officials of both countries')
    statements.py, quotes.py, relayed.py   quoted and reported speech
    statement_subjects.py who speaks: a name, pronoun, role phrase, body or joint speakers
    end_windows.py        where a match before a speech verb can begin: a few words back
    honorific_speakers.py, speech_acts.py   'His Highness affirmed'; speech carried by a
                          participle after another act ('..., saying the visit was an honour')
                          or a gerund after 'in' ('represented X in expressing his gratitude')
    statement_passives.py opinions in the passive ('considered by President X as ...')
    statement_remarks.py  the day a speaker made the remarks, not the day they were released
    speechverbs.py        whether a speech verb reports speech in its frame (greetings, 'wrote')
    figures.py + figure_*.py   amounts, counts, periods, indicators; ranks (figure_ranks),
                          parts of a count and participants (figure_parts), loan terms in
                          years (figure_terms), changes without an amount (figure_changes),
                          the ordinal of a diplomatic partner (figure_partners),
                          numbers that are no figure (figure_guards), one figure per amount
                          across restatements and conversions (figure_once), parts of a count
                          told after it (figure_splits), a count's unit as the article writes
                          it (figure_units), a rank's 'As of <Month>' (figure_asof)"""

from __future__ import annotations

import gc
from collections.abc import Callable

from coopkg.extract.facts import Facts
from coopkg.read.article import Article
from coopkg.reference import Gazetteer, gazetteer

_run: Callable | None = None


def extract(article: Article, gaz: Gazetteer | None = None) -> Facts:
    facts = (_run or load())(article, gaz or gazetteer())[1]
    if not _settled:
        _settle()
    return facts


def load() -> Callable:
    """The pipeline, imported on the first article, not with the package: a process that only
    queries or exports a store never pays for the rules' patterns (some seconds of start-up).
    Called ahead, it readies the rule modules as the extractor runs them (patterns gated)."""
    global _run
    from coopkg.extract.cues import gate_modules
    from coopkg.extract.pipeline import run

    gate_modules()  # speed only: each rule's pattern behind the literals it needs (cues.py)
    _run = run
    return run


_settled = False


def _settle() -> None:
    """Speed only: once the first article is done, the gazetteer, the lexicon and the compiled
    patterns are loaded for the life of the process; frozen out of the cyclic collector
    (gc.freeze) they are no longer traversed by every full collection, which the caches growing
    through a corpus set off (some 10% of the time on unseen articles).  The youngest
    generation is then collected every `_YOUNG` allocations instead of 700: an article makes
    hundreds of thousands of short-lived objects (matches, spans, tuples) that reference
    counting frees, and a collection every 700 traversed the survivors of the last one again
    (measured on the real pool text: 277 collections, ~3% of the CPU time, became 9, ~1%).
    The survivors are the caches' entries (memo.py, cues.py), which make no cycles: the middle
    generation is collected after `_MIDDLE` young collections instead of 10, as each of its
    collections traversed every entry kept since the last (measured on 950 unseen articles: one
    such collection, ~70 ms, and the GC's time 0.16 -> 0.08 s); young cycles are still found."""
    global _settled
    _settled = True
    gc.freeze()
    old = gc.get_threshold()[2]
    gc.set_threshold(_YOUNG, _MIDDLE, old)


_YOUNG = 20000  # allocations between collections of the youngest generation (CPython's default: 700)
_MIDDLE = 100  # young collections between collections of the middle generation (CPython's default: 10)


__all__ = ["Facts", "extract", "load"]
