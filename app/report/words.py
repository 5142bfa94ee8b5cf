"""Words the report translates inside f-strings, listed so the catalogue's extraction finds
them (Babel's Python extractor does not look inside f-strings). Nothing imports this."""

from ..core.i18n import N_

IN_FSTRINGS = (
    N_("Contact:"), N_("How:"), N_("Instead:"), N_("Look again:"), N_("First steps"),
    N_("Who to tell"), N_("On your platforms"), N_("Nothing to put in this bio yet."),
    N_("Profile Planner"), N_("Your plan"),
)
