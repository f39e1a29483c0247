"""An agreement whose purpose is to carry out a programme or plan ('an agreement to implement a
cultural exchange programme from 2025 to 2027') is that programme: kind 'plan', as a programme
or work plan signed on its own is (GOLD_FORMAT).  Only the purpose clause right after the noun
counts: 'an agreement on trade under the 2030 plan' stays an agreement."""

from __future__ import annotations

import re

from coopkg.extract.facts import Agreement

_CARRIES_OUT = re.compile(r"(?:to\s+|on\s+|for\s+(?:the\s+)?)?"
                          r"(?:implement(?:ing|ation\s+of)?|carry(?:ing)?\s+out|execut(?:e|ing|ion\s+of))\s+(?:an?|the|their|its)\s+(?:[\w\-]+\s+){0,3}?"
                          r"(?:program(?:me)?|plan)\b", re.I)


def programme_kinds(agreements: list[Agreement]) -> list[Agreement]:
    for a in agreements:
        if a.kind == "agreement" and a.topic and _CARRIES_OUT.match(a.topic):
            a.kind = "plan"
    return agreements
