"""What a session is set up with: the questionnaire, an organisation pack and a preset.

The command line and the wizard both build plans through Setup, so a locked answer is
re-applied however the answers arrived (clicked, autosaved or hand-edited in a file).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from . import i18n, upkeep
from .answers import Answers, AppliedOrganisation, AppliedPreset
from .config_packs import CONFIG_ORGANISATION, config_organisation_path, file_sha256, installed
from .engine import Plan, build_plan
from .guidance import Guidance, default_guidance
from .i18n import _
from .organisation import (
    CONTACT_WORDS,
    LoadedOrganisation,
    load_organisation,
    recorded_organisation,
)
from .preset import Preset, apply, load_preset
from .problems import Problem, ProblemsError, did_you_mean
from .questionnaire import Questionnaire

LOCKED_WORDS = i18n.N_("Set by your security officer")
__all__ = ["CONFIG_ORGANISATION", "LOCKED_WORDS", "Setup", "check_files",
           "config_organisation_path"]


@dataclass(frozen=True)
class Setup:
    """A questionnaire with an organisation's content merged in and a preset's rules applied."""

    base: Questionnaire
    organisation: LoadedOrganisation | None = None
    preset: Preset | None = None
    organisation_path: Path | None = None
    preset_path: Path | None = None
    notes: tuple[str, ...] = field(default=())  # plain messages: what could not be used
    guidance: Guidance | None = None  # platform steps and incidents; None: the shipped ones
    organisation_sha256: str = ""
    preset_sha256: str = ""
    # "computer" for a pack IT installed for everyone (it cannot be replaced in the app),
    # "user" for the person's own configuration folder, "recorded" for a preset rebuilt from
    # a saved session, "" for a file chosen now.
    organisation_source: str = ""
    preset_source: str = ""

    @classmethod
    def load(cls, base: Questionnaire, organisation: str | os.PathLike[str] | None = None,
             preset: str | os.PathLike[str] | None = None, use_config: bool = True) -> Setup:
        """The setup for these files; ProblemsError (with file:line places) if one is wrong.

        Packs installed for the whole computer come first (IT deploys them, and they cannot
        be replaced here), then the files given, then the user's own configuration folder.
        """
        setup = cls(base)
        packs = installed() if use_config else {}
        org_path, org_source = Path(organisation) if organisation else None, ""
        if "organisation" in packs and (org_path is None or packs["organisation"][1]
                                        == "computer"):
            org_path, org_source = packs["organisation"]
        if org_path is not None:
            setup = replace(setup.with_organisation(org_path), organisation_source=org_source)
        preset_path, preset_source = Path(preset) if preset else None, ""
        if "preset" in packs and (preset_path is None or packs["preset"][1] == "computer"):
            preset_path, preset_source = packs["preset"]
        if preset_path is not None:
            setup = replace(setup.with_preset(preset_path), preset_source=preset_source)
        overridden = [_("{given} was not used: this computer is set up with {path}, which "
                        "comes first.").format(given=given, path=path) for given, (path, where) in
                      ((organisation, packs.get("organisation", (None, ""))),
                       (preset, packs.get("preset", (None, ""))))
                      if given and where == "computer"]
        return replace(setup, notes=setup.notes + tuple(overridden)) if overridden else setup

    def with_organisation(self, path: str | os.PathLike[str]) -> Setup:
        """This setup with another organisation pack; a preset already chosen is checked again
        against the new content (it may raise an item only the old pack had)."""
        loaded = load_organisation(path, self.base)
        setup = replace(self, organisation=loaded, organisation_path=Path(path),
                        notes=tuple(f"{Path(path).name}: {n}" for n in loaded.notes),
                        organisation_sha256=file_sha256(path), organisation_source="")
        if self.preset_path is not None and self.preset_source != "recorded":
            setup = replace(setup, preset=load_preset(self.preset_path, setup.merged))
        return setup

    def with_preset(self, path: str | os.PathLike[str]) -> Setup:
        return replace(self, preset=load_preset(path, self.merged), preset_path=Path(path),
                       preset_sha256=file_sha256(path), preset_source="")

    def with_recorded_preset(self, record: AppliedPreset) -> Setup:
        """The preset as a saved session recorded it, for when its file cannot be found: its
        locks and raised items hold; answers to questions no longer asked are left out."""
        data = dict(record.preset)
        asked = {qu.id for _, qu in self.merged.questions()}
        data["answers"] = {k: v for k, v in data.get("answers", {}).items() if k in asked}
        preset = Preset.model_validate(data)
        return replace(self, preset=preset, preset_path=Path(record.file) if record.file
                       else None, preset_sha256=record.sha256, preset_source="recorded")

    def with_recorded_organisation(self, record: AppliedOrganisation) -> Setup:
        """The organisation pack as a saved session recorded it, for when its file cannot be
        found: its names, contacts, links and checklist items hold, its logo is left out."""
        loaded = recorded_organisation(record.organisation, self.base)
        setup = replace(self, organisation=loaded, organisation_path=Path(record.file)
                        if record.file else None, notes=(),
                        organisation_sha256=record.sha256, organisation_source="recorded")
        if self.preset_path is not None and self.preset_source != "recorded":
            setup = replace(setup, preset=load_preset(self.preset_path, setup.merged))
        return setup

    def without_preset(self) -> Setup:
        return replace(self, preset=None, preset_path=None, preset_sha256="",
                       preset_source="")

    @property
    def preset_fixed(self) -> bool:
        """Whether the preset was installed for the whole computer: no other replaces it."""
        return self.preset is not None and self.preset_source == "computer"

    def records(self) -> tuple[AppliedPreset | None, AppliedOrganisation | None]:
        """What a saved session records about the preset and organisation pack in use."""
        preset = organisation = None
        if self.preset is not None:
            p = self.preset
            preset = AppliedPreset(id=p.id, title=p.title, set_by=p.set_by.one_line(),
                                   file=str(self.preset_path or ""), sha256=self.preset_sha256,
                                   preset=p.model_dump(mode="json", exclude_none=True))
        if self.organisation is not None:
            org = self.organisation.org
            security = org.contacts.get("security")
            organisation = AppliedOrganisation(
                id=org.short_name, title=org.name,
                set_by=security.one_line() if security else org.name,
                file=str(self.organisation_path or ""), sha256=self.organisation_sha256,
                organisation=org.model_dump(mode="json", exclude_none=True, by_alias=True))
        return preset, organisation

    # What the session uses ------------------------------------------------------------
    @cached_property
    def merged(self) -> Questionnaire:
        """The questionnaire with the organisation's items and sources, before the preset."""
        return self.organisation.questionnaire if self.organisation else self.base

    @cached_property
    def questionnaire(self) -> Questionnaire:
        """The questionnaire plans are built from: merged, with chosen items raised to must."""
        q = self.merged
        raised = set(self.preset.raise_to_must) if self.preset else set()
        if not raised:
            return q
        items = [it.model_copy(update={"priority": "must"}) if it.id in raised else it
                 for it in q.items]
        return q.model_copy(update={"items": items})

    def locked(self) -> dict[str, Any]:
        """Answers the security officer fixed, by question id."""
        return self.preset.locked() if self.preset else {}

    def locked_note(self) -> str:
        """What a locked answer says about who set it and how to reach them."""
        if self.preset is None:
            return ""
        return f"{i18n._(LOCKED_WORDS)}: {self.preset.set_by.one_line()}."

    def apply(self, answers: Answers) -> Answers:
        """The answers with the preset re-applied: locked values always win."""
        return apply(self.preset, answers) if self.preset else answers

    def contact_line(self, kind: str | None) -> str | None:
        if kind is None:
            return None
        line = None
        org = self.organisation.org if self.organisation else None
        contact = org.contacts.get(kind) if org else None  # type: ignore[call-overload]
        if org is not None and contact is not None:
            words = CONTACT_WORDS.get(kind, kind)
            named = org.short_name.lower() in contact.name.lower() \
                or words.lower() in contact.name.lower()
            # "DfEx press office, press@..." rather than "DfEx press office: DfEx press office"
            line = contact.one_line() if named else \
                f"{org.short_name} {words}: {contact.one_line()}"
        if line is None and kind == "security" and self.preset is not None:
            # Without an organisation's security team, the officer who set the preset is it.
            line = i18n._("Your security officer: {contact}").format(
                contact=self.preset.set_by.one_line())
        return line

    def _mark_locked(self, phrase: str) -> str:
        """'Flagged as high-risk: Yes (set by your security officer)' for a locked answer:
        the person did not say it, so the reason must not claim they did."""
        for qid in self.locked():
            qu = self.questionnaire.question(qid)
            if qu is not None and phrase.startswith(f"{qu.summary_label}: "):
                return f"{phrase} ({i18n._(LOCKED_WORDS).lower()})"
        return phrase

    def plan(self, answers: Answers, build: Callable[[Questionnaire, Answers], Plan] = build_plan
             ) -> Plan:
        """The plan for these answers, with the preset and organisation applied."""
        plan = build(self.questionnaire, self.apply(answers))
        marked = self._mark_locked
        plan.tier_because = [marked(p) for p in plan.tier_because]
        for pi in plan.items:
            pi.contact = self.contact_line(pi.item.contact)
            pi.because = [marked(p) for p in pi.because]
        plan.preset = self.preset
        plan.organisation = self.organisation
        plan.locked = frozenset(self.locked())
        upkeep.attach(plan, self.guidance or default_guidance(), self.contact_line)
        return plan


KINDS = ("questionnaire", "preset", "organisation", "platform-steps", "incidents")


def check_files(paths: list[Path], base_path: Path,
                organisation: Path | None = None) -> list[Problem]:
    """Every problem in these files, each checked as what its `kind:` says it is.

    A file with no `kind:` is a questionnaire. Presets and organisation packs are checked
    against the questionnaire at base_path (presets with the organisation's items too, if one
    is given), since they name its questions and items.
    """
    from . import guidance, loader, translations
    from . import organisation as orgmod
    from . import preset as presetmod
    from .yamlfile import load_yaml

    problems: list[Problem] = []
    loaded: dict[str, Questionnaire | None] = {}

    def base() -> Questionnaire | None:
        if "base" not in loaded:
            try:
                loaded["base"] = loader.load_questionnaire(base_path)
            except ProblemsError:
                loaded["base"] = None
        return loaded["base"]

    def target() -> Questionnaire:
        if "target" not in loaded:
            q = base()
            assert q is not None
            loaded["target"] = load_organisation(organisation, q).questionnaire \
                if organisation else q
        found = loaded["target"]
        assert found is not None
        return found

    for path in paths:
        try:
            if path.parent.parent.name == translations.FOLDER:
                problems.extend(translations.check_file(path))
                continue
            located = load_yaml(path)
            kind = located.data.get("kind", "questionnaire")
            if kind == "questionnaire" or kind not in KINDS and "steps" in located.data:
                q_here = loader.from_located(located)
                found = guidance.check_questionnaire(q_here, located, path.resolve().parent)
                found += translations.check_translations(q_here, path, languages=True)
                if found:
                    raise ProblemsError(found)
            elif kind in guidance.KINDS:
                found = translations.check_translations(guidance.check_located(located, base()),
                                                        path)
                if found:
                    raise ProblemsError(found)
            elif kind not in KINDS:
                raise ProblemsError([located.problem(("kind",), f"kind {str(kind)!r} is not "
                                                     "understood; use one of: "
                                                     + ", ".join(KINDS) + "."
                                                     + did_you_mean(str(kind), KINDS))])
            elif (q := base()) is None:
                raise ProblemsError([Problem(str(path), 0, 0, f"cannot check this {kind}: the "
                                             f"questionnaire {base_path} did not load.")])
            elif kind == "organisation":
                org = orgmod.from_located(located, q, path.resolve().parent)
                # A logo that cannot be used is a problem in the pack, for whoever checks it.
                problems.extend(located.problem(("logo",), n) for n in org.notes)
            else:
                presetmod.from_located(located, target())
        except ProblemsError as exc:
            problems.extend(exc.problems)
    return problems
