"""Documents not made yet, told after their noun or as what something is to become: 'a joint
declaration is expected to be reached', 'a protocol is due to be signed', 'to translate into a
joint declaration the agreements reached today' (the declaration is what is to come of them),
'to work toward an early signing of an accord' (the signing is where the sides are heading),
and a signing governed by what is wanted, needed or urged ('stressed the importance of signing a
peace agreement', 'the need to sign a trade agreement': lexicon/unrealised_governors.tsv), and a
signing the clause denies ('have not yet signed a memorandum on X', 'has never signed a treaty');
`not_made` gathers these with a document in a future, hoped-for or pending clause ('will sign an
MoU', 'invited X to come next year to sign the deal', 'the signing ... will be done')."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.agreement_unmade import since_undated
from coopkg.extract.match_starts import first_match, first_words
from coopkg.extract.memo import by_text

# 'the importance of signing the', 'the need to urgently sign a new', 'urged Ghana to sign the';
# the governor also reaches a verb coordinated with its first ('willing to widen trade and ratify the')
_UNREALISED = re.compile(rf"\b{lexicon.word_pattern('unrealised_governors')}\s+(?:[\w\-]+\s+){{0,2}}?"
                         r"(?:(?:[\w\-]+\s+){0,5}?and\s+)?"
                         r"(?:\w+ly\s+)?(?:sign|signing|ink|inking|ratify|ratifying|conclude|concluding|"
                         r"(?:the\s+)?(?:signing|ratification|conclusion)\s+of)\s+(?:[\w\-]+\s+){0,4}$", re.I)
# 'is expected to be reached', 'are due to be signed', 'was set to be adopted'
_EXPECTED = re.compile(r"\s*(?:,\s*)?(?:[\w\-]+\s+){0,6}?(?:is|are|was|were)\s+(?:\w+ly\s+)?"
                       r"(?:expected|due|set|scheduled|slated|planned|poised|going|hoped|likely|supposed)"
                       r"\s+to\s+be\s+[a-z]+", re.I)
# 'would be finalised after a legal vetting', 'will be signed next month': a modal passive of making
_MODAL_MADE = re.compile(r"\s*(?:,\s*)?(?:[\w\-]+\s+){0,6}?"
                         r"(?:will|would|shall|could|may|might|must|should)\s+"
                         r"(?:\w+ly\s+|also\s+|only\s+)?be\s+(?:signed|inked|finali[sz]ed|concluded|sealed|"
                         r"ratified|initialled|initialed)\b", re.I)
# 'to translate into a joint declaration', 'will turn the consensus into a treaty'
_INTO = re.compile(r"\b(?:to|will|would|shall)\s+(?:[a-z]+\s+){1,3}?into\s+(?:an?|the)\s+"
                   r"(?:[\w\-]+\s+){0,2}$", re.I)
# 'work toward an early signing of an accord', 'towards the conclusion of a treaty': the signing
# is where the subject is heading, not done (a 'by signing' after 'towards X' is how it got there)
_TOWARD = re.compile(r"\btowards?\s+(?:(?:an?|the)\s+)?(?:\w+\s+)?(?:signing|conclusion|ratification)\s+of\s+"
                     r"(?:[\w\-]+\s+){0,4}$", re.I)
# another clause between the noun and 'is expected to be': the expectation is that clause's
_OTHER_CLAUSE = re.compile(r"[.;]|,\s*(?:and|but|while)\b|\b(?:and|but)\s+(?:an?|the|another)\b", re.I)
# 'have not yet signed a memorandum on X', 'has never signed an extradition treaty': a signing the
# clause denies made no document ('not only signed' has a word between and is no denial)
_DENIED = re.compile(r"\b(?:not|never|n't)\s+(?:yet\s+|already\s+|ever\s+)?"
                     r"(?:signed|inked|concluded|sealed|ratified)\s+(?:an?\s+|the\s+|any\s+)?"
                     r"(?:[\w\-]+\s+){0,3}$", re.I)


# 'agreed to draw up a joint plan', 'what we have agreed is to negotiate a new treaty': a new
# document the sides agreed to make is not made yet
_AGREED_TO_MAKE = re.compile(r"\bagreed\s+(?:(?:is|was)\s+)?to\s+(?:\w+ly\s+)?[a-z]+\s+"
                             r"(?:up\s+|out\s+|on\s+)?(?:an?|new)\s+(?:[\w\-]+\s+){0,3}$", re.I)


def not_yet(text: str, kind_start: int, kind_end: int) -> bool:
    """The document at `kind_start:kind_end` is one still to come."""
    after = _EXPECTED.match(text, kind_end) or _MODAL_MADE.match(text, kind_end)
    if after and not _OTHER_CLAUSE.search(text, kind_end, after.end()):
        return True
    return _INTO.search(text, max(0, kind_start - 80), kind_start) is not None or \
        _TOWARD.search(text, max(0, kind_start - 80), kind_start) is not None or \
        _DENIED.search(text, max(0, kind_start - 80), kind_start) is not None or \
        _AGREED_TO_MAKE.search(text, max(0, kind_start - 80), kind_start) is not None or \
        _UNREALISED.search(text, max(0, kind_start - 120), kind_start) is not None


# 'will next week sign', 'will on Friday sign': a time or manner adverbial between the modal and the verb
_FUTURE = re.compile(r"\b(?:(?:will|would|shall)"
                     r"(?:\s+be|\s+(?:also|soon|then|later|\w+ly|(?:next|this|on)\s+\w+))?|to\s+be|"
                     r"(?:plan(?:s|ned)?|expected|want(?:s|ed)?|seek(?:s|ing)?|"
                     r"hop(?:e|es|ed|ing)|intend(?:s|ed)?|aim(?:s|ed)?|decided|agreed|set|due|poised|ready|keen|"
                     r"eager|likely|looking|going|scheduled|about)\s+to)\s+(?:sign|seal|ink|conclud)|"
                     r"\b(?:ready|approved|cleared|submitted)\s+for\s+(?:signing|signature)\b|"
                     r"\b(?:call(?:s|ed)?\s+for|urg(?:e|es|ed)|propos(?:e|es|ed)|look(?:s|ed)?\s+forward\s+to|"
                     r"hop(?:e|es|ed)\s+for|pav(?:e|es|ed)\s+the\s+way\s+for|prepar(?:e|es|ed|ing)\s+for)\s+"
                     r"(?:the\s+)?(?:\w+\s+)?(?:signing|signature|conclusion)\b|"
                     r"\b(?:will|shall|to)\s+(?:attend|witness|hold|host|oversee)\s+(?:the\s+|a\s+)?"
                     r"(?:\w+\s+)?signing\b", re.I)  # 'will attend the signing ceremony of X'
# 'approved ... for signing', apart from _FUTURE: its first word has no fixed end, and the rest of
# _FUTURE is matched only where one of its first words begins (_FIRST_WORDS, match_starts.py)
_APPROVED_FOR = re.compile(r"\bapprov\w*\b[^.;]{0,120}\bfor\s+(?:signing|signature)\b", re.I)


# 'In addition to signing the X agreement, the presidents will discuss Y': a signing told as a
# gerund in an opening adverbial happens when its main clause does, and that clause is to come
_SIGNING_ASIDE = re.compile(r"\W*(?:In\s+addition\s+to|Besides|Apart\s+from|Aside\s+from|Along\s+with|"
                            r"After|Before)\s+(?:also\s+)?(?:signing|inking|sealing)\b[^.;:]*?,\s+"
                            r"(?:[\w\-'’]+\s+){1,8}?(?:will|shall|(?:is|are)\s+(?:also\s+)?"
                            r"(?:to|expected\s+to|scheduled\s+to|set\s+to|due\s+to))\s", re.I)


_FIRST_WORDS = {"_FUTURE": first_words(_FUTURE)}


@by_text  # a recurring sentence ('... will sign ...') is read once
def future_signing(text: str) -> bool:
    """Whether the sentence tells a signing still to come (_FUTURE, _APPROVED_FOR anywhere, or
    _SIGNING_ASIDE at its start)."""
    return first_match(_FUTURE, _FIRST_WORDS["_FUTURE"], text) is not None or \
        _APPROVED_FOR.search(text) is not None or _SIGNING_ASIDE.match(text) is not None


_NOT_MADE = re.compile(r"\b(?:will|would|shall|going\s+to|plans?\s+to|planned\s+to|intends?\s+to|"
                       r"expected\s+to|set\s+to|closer\s+to|close\s+to|in\s+order\s+to|scheduled\s+to|"
                       r"(?:consider(?:ed|ing)?|discuss(?:ed|ing)|proposed|explored)(?=\s+signing\b)|"
                       r"hop(?:es?|ed|ing)\s+(?:for\s+[\w\-]+\s+)?to(?=\s+(?:sign|ink|conclude)\b)|"
                       r"(?:invit(?:e[ds]?|ing)|urg(?:e[ds]?|ing)|ready|willing|keen|wants?|wanted|wish(?:es|ed)?|"
                       r"seeks?|sought)\b[^.;]{0,60}?\bto(?=\s+(?:sign|ink|conclude)\b)|"
                       r"(?:agreed|decided)(?:\s+(?:on|last|this)\s+[\w\-]+)?\s+to(?=\s+(?:sign|ink|conclude)\b))\s+(?:\w+ly\s+|soon\s+|also\s+|jointly\s+)?"
                       r"[a-z]+\s+(?:up\s+|out\s+)?(?:an?|the|new)?\s*[‘'\"“]?(?:[\w\-]+\s+){0,3}$", re.I)
_PENDING = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?,?\s*(?:that|which)?\s*(?:are|is)?\s*(?:still\s+)?"
                      r"(?:being|to\s+be|yet\s+to\s+be|under\s+negotiation\b)\s*[a-z]*|"
                      r"[^.;]{0,40}?\bfor\s+(?:signing|signature)\b|"
                      r"[^.;]{0,50}?\b(?:will|shall)\s+(?:be\s+(?:done|held|carried\s+out|conducted)|take\s+place)\b",
                      re.I)


# a document still being written ("a draft X", "the finalization of a X") is not made
_DRAFT = re.compile(r"\b(?:draft|finali[sz]ation\s+of\s+(?:an?|the)|negotiations\s+(?:on|for)\s+"
                    r"(?:an?|the))\s+(?:[\w\-]+\s+){0,2}$", re.I)


def not_made(text: str, kind_match: re.Match[str]) -> bool:
    """A document in a future or pending clause does not exist yet: 'will soon build an action
    plan', 'the agreements that are being prepared for signing', 'a treaty to be signed', 'a draft
    agreement'."""
    return bool(_NOT_MADE.search(text[:kind_match.start()]) or _PENDING.match(text, kind_match.end()) or
                _DRAFT.search(text, 0, kind_match.start()) or
                not_yet(text, kind_match.start(), kind_match.end()) or
                since_undated(text, kind_match.start(), kind_match.end()))
