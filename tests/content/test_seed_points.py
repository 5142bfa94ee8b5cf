"""Every point the seed guidance makes is still covered after the plan was shortened.

Each row: the point, the item that covers it, words the item must contain, and the seed
source it must cite. A merge that drops a point, or its citation, fails here.
"""

from __future__ import annotations

import pytest

POINTS = [
    ("one account with a clear purpose", "one-purpose", ["personal, a mix, or only for work"],
     "bis-2013"),
    ("a mix is encouraged", "one-purpose", ["encouraged to choose a mix"], "bis-2013"),
    ("the account belongs to you", "one-purpose", ["yours", "responsible"], "bis-2013"),
    ("bio: name, job title, personal, photo, up to date", "bio-role",
     ["name people know you by", "job title", "your own, not an official one", "photo",
      "update it when you change jobs"], "bis-2014"),
    ("handle: name plus organisation", "handle-name-org", ["your name plus your organisation"],
     "bis-2014"),
    ("no announcements, statements or anything sensitive", "no-announcements",
     ["Announcements and statements"], "bis-2014"),
    ("check with your line manager", "tell-manager", ["not sure a post is all right"],
     "bis-2014"),
    ("if in doubt, leave it out", "permanent", ["if in doubt", "leave it out"], "bis-2014"),
    ("listen, network, ask, reply, notifications", "networking-tips",
     ["Follow people", "network", "ask questions", "reply rather than only broadcast",
      "notifications"], "bis-2014"),
    ("share links and work you are proud of; a niche topic", "share-work",
     ["Links to published work", "niche topic"], "bis-2014"),
    ("everyday posts are fine within reason", "everyday-life",
     ["drink after work", "holiday", "commute"], "bis-2014"),
    ("a footprint shows who you work for", "personal-no-employer",
     ["may show where you work anyway"], "teacamp-debate"),
    ("'views my own' does not release you", "code-applies",
     ["views my own", "does not release you"], "csc-social"),
    ("likes and follows are public", "permanent", ["like, share and follow"], "teacamp-debate"),
    ("take appropriate risks", "core-principles", ["sensible risks"], "guiding-hand"),
    ("be open about where you are from when you comment", "policy-basis",
     ["Be open about where you work and your role"], "guiding-hand"),
    ("think before you post", "permanent", ["Think before you post"], "guiding-hand"),
    ("commonly used name; a pseudonym only if necessary", "bio-role",
     ["made-up name only if you have no other choice"], "ho-2013"),
    ("not identifying yourself when under threat", "high-no-employer",
     ["employer, role, location"], "ho-2013"),
    ("pseudonym only with agreement when at risk", "pseudonym", ["security officer"], "ho-2013"),
    ("never give out home address or phone number", "no-home-details",
     ["address, phone number"], "ho-2013"),
    ("activity may attract media interest in you", "press-office", ["media interest in you"],
     "ho-2013"),
    ("the code applies online; contributions are permanent", "code-applies",
     ["like speaking in public"], "ho-2013"),
    ("libel, defamation, copyright and data protection", "code-applies",
     ["libel, defamation, copyright and data protection"], "ho-2013"),
    ("never disclose protectively marked material", "no-clearance", ["marked papers"],
     "ho-2013"),
    ("media questions go to the press office", "press-office",
     ["Do not answer questions from the media yourself"], "ho-2013"),
    ("separate official and personal identities", "no-announcements",
     ["never use it for personal posts, or your own account for official business"],
     "ho-2013"),
    ("friend lists and privacy features", "privacy-settings", ["friend lists"], "ho-2013"),
    ("aggregation of small details", "aggregation", ["add up to"], "ho-2013"),
    ("check contacts are genuine", "genuine-contacts", ["who they say they are"], "ho-2013"),
    ("valuable information attracts criminals and hostile states", "report-approaches",
     ["criminals, hostile states and hackers"], "ho-2013"),
    ("core principles: credible, consistent, polite", "core-principles",
     ["accurate, fair and open", "polite and honest"], "ho-2013"),
]


@pytest.mark.parametrize(("point", "item_id", "words", "source"), POINTS,
                         ids=[p[0] for p in POINTS])
def test_seed_point_is_covered(questionnaire, point, item_id, words, source):
    item = next((it for it in questionnaire.items if it.id == item_id), None)
    assert item is not None, f"{point}: item {item_id} is gone"
    text = " ".join(t for t in (item.title, item.detail, item.how or "") if t)
    text = " ".join(text.split())
    for w in words:
        assert w.lower() in text.lower(), f"{point}: {item_id} no longer says {w!r}"
    assert source in {c.source for c in item.sources}, f"{point}: {item_id} stopped citing {source}"
