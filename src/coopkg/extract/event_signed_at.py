"""'The agreement was signed at the meeting with her Tanzanian counterpart': inside a visit the
article reports, a signing placed at a meeting with an unnamed counterpart tells where in the
visit the document was signed, not another occasion; the gold lists the visit alone (a generic
'meeting' of its own would carry no one but the signer and no date but the visit's).  A named
counterpart ('at the meeting with her counterpart Joseph Mrema') or no visit leaves the meeting
to the meeting rules."""

from __future__ import annotations

import re

from coopkg.extract.event_clauses import Mention

_AT_MEETING = re.compile(r"\b(?:at|during|in)\s+(?:the|a)\s+(?:bilateral\s+)?(?:meeting|talks)\s+with\s+"
                         r"(?:his|her|their|its|the)\s+(?:[A-Z][\w\-]+\s+)?counterparts?\b(?!,?\s+[A-Z])")


def signed_at_visit_meeting(mention: Mention, has_visit: bool) -> bool:
    """Whether `mention` is the generic meeting of a signing 'at the meeting with his
    counterpart' while a visit of the article holds it."""
    event = mention.event
    return has_visit and mention.signing and event.type == "Meeting" and event.date is None and \
        event.label.lower() in ("meeting", "talks", "bilateral meeting") and \
        _AT_MEETING.search(event.evidence) is not None
