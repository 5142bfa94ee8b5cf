"""Setting up again as saved answers were made: their organisation pack and preset are
re-applied from their files, or rebuilt from what the answers recorded when a file is gone,
and the person is told in plain words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .answers import Answers, AppliedOrganisation, AppliedPreset
from .i18n import _
from .problems import ProblemsError
from .session import Setup


def restore_setup(setup: Setup, answers: Answers) -> tuple[Setup, list[str]]:
    """The setup saved answers need: the organisation pack and preset they were made with,
    re-applied from their files, or rebuilt from what was recorded if a file is gone.
    Returns plain sentences for what the person should know."""
    told: list[str] = []
    org = answers.organisation
    if org is not None and not _same(setup.organisation_sha256, org):
        path = Path(org.file) if org.file else None
        if setup.organisation_source == "computer":
            told.append(_("This plan was made with the organisation pack for {title}; the one "
                          "set up for this computer is used instead.").format(title=org.title))
        else:
            setup, said = _restore_organisation(setup, org, path)
            told.extend(said)
    preset = answers.preset
    if preset is not None and not _same(setup.preset_sha256, preset):
        setup, said = _restore_preset(setup, preset)
        told.extend(said)
    return setup, told


def _same(sha: str, record: Any) -> bool:
    """Whether what is in use is the very file the session recorded."""
    return bool(record.sha256) and sha == record.sha256


def _restore_organisation(setup: Setup, record: AppliedOrganisation, path: Path | None
                          ) -> tuple[Setup, list[str]]:
    # Translators: {title} is the organisation's name; {why} says what happened to its file.
    why = _("could not be found at {path}").format(path=record.file) if record.file \
        else _("could not be found")
    if path is not None and path.is_file():
        try:
            return setup.with_organisation(path), []
        except ProblemsError:
            why = _("at {path} has problems (check it with: profile-planner validate)").format(
                path=path)
    if record.organisation:
        try:
            recorded = setup.with_recorded_organisation(record)
        except (ValueError, ProblemsError):  # a hand-edited record; a preset that no longer fits
            pass
        else:
            return recorded, [_(
                "The organisation pack for {title} {why}. Its contacts and checklist items "
                "still apply, as recorded in this plan; its logo is left out. For the file, "
                "contact {who}. Then open it with File > Open organisation.").format(
                title=record.title, why=why, who=record.set_by or record.title)]
    return setup, [_("The organisation pack for {title} {why}, so its contacts and extra "
                     "checklist items are left out. Open it again with File > Open "
                     "organisation.").format(title=record.title, why=why)]


def _restore_preset(setup: Setup, record: AppliedPreset) -> tuple[Setup, list[str]]:
    if setup.preset_fixed:
        return setup, [_("This plan was made with the preset \u201c{title}\u201d; the preset "
                         "set up for this computer is used instead.").format(title=record.title)]
    path = Path(record.file) if record.file else None
    if path is not None and path.is_file():
        try:
            return setup.with_preset(path), []
        except ProblemsError:
            pass
    told = (_("The preset \u201c{title}\u201d, set by {who}, could not be found at {path}. The "
              "answers it locked and the checklist items it made a must still apply, as "
              "recorded in this plan. Ask your security officer for the file.") if record.file
            else _("The preset \u201c{title}\u201d, set by {who}, could not be found. The "
                   "answers it locked and the checklist items it made a must still apply, as "
                   "recorded in this plan. Ask your security officer for the file.")).format(
        title=record.title, who=record.set_by, path=record.file)
    try:
        return setup.with_recorded_preset(record), [told]
    except ValueError:  # pydantic's ValidationError: a hand-edited record
        return setup, [_("The preset \u201c{title}\u201d recorded in this plan is damaged and "
                         "could not be applied. Ask your security officer for the preset "
                         "file.").format(title=record.title)]
