"""argparse's own words ("usage:", "options", its error messages) in the person's language.

argparse looks its text up through the module-level `_` and `ngettext` it imported from
gettext, at the moment it prints; pointing those at the app's layer translates them from the
app's catalogues (Python ships no Welsh for them). The messages below are argparse's own,
listed only so that extraction puts them in the catalogue.
"""

from __future__ import annotations

import argparse

from .core.i18n import N_, _, ngettext

WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
)


def install() -> None:
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
