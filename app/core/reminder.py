"""A calendar reminder to review the plan: one all-day event, RFC 5545, no network.

The event holds no answers: only that it is time to review a social media plan.
"""

from __future__ import annotations

import datetime as dt
import uuid

SUMMARY = "Review your social media plan"
DESCRIPTION = ("Open your saved answers in Profile Planner. Check your privacy settings on "
               "each platform, and whether your job or circumstances have changed.")
_NAMESPACE = uuid.UUID("6f1c2a52-4a0e-4f53-9b0e-0c7f3d1f2a11")


def reminder_ics(review_by: dt.date, made_on: dt.date) -> bytes:
    """The .ics bytes for an all-day reminder on review_by, with an alert at 9am."""
    from icalendar import Alarm, Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//Profile Planner//Review reminder//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    event = Event()
    # The same plan dates give the same id, so saving twice updates one event, not two.
    event.add("uid", f"{uuid.uuid5(_NAMESPACE, f'{made_on}/{review_by}')}@profile-planner")
    event.add("dtstamp", dt.datetime.combine(made_on, dt.time(), tzinfo=dt.UTC))
    event.add("dtstart", review_by)
    event.add("dtend", review_by + dt.timedelta(days=1))
    event.add("summary", SUMMARY)
    event.add("description", DESCRIPTION)
    event.add("transp", "TRANSPARENT")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", SUMMARY)
    alarm.add("trigger", dt.timedelta(hours=9))
    event.add_component(alarm)
    cal.add_component(event)
    return cal.to_ical()
