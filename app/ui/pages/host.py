"""What a page may ask of the wizard that holds it: a small protocol, so pages never reach
into the wizard or into one another. The session (app.core) holds everything entered."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from app.core.engine import Plan
    from app.core.flow import Flow
    from app.core.questionnaire import Questionnaire
    from app.core.session_state import Session


class Host(Protocol):
    CHECK_ID: int  # the check page's id, to ask next_id what follows it
    q: Questionnaire | None  # the questions, once read
    session: Session | None
    quiet_navigation: bool  # walking pages for the person: no error messages on the way
    setup_version: int  # counts changes of preset or organisation, for cached PDFs

    def flow(self) -> Flow: ...

    def visible_question_ids(self) -> set[str]: ...

    def mode(self) -> str: ...

    def entered(self) -> None:
        """Something the person entered changed (autosave, side panel, title)."""

    def on_mode_changed(self) -> None: ...

    def change(self, step_id: str, question_id: str | None = None) -> None:
        """Go back to a step from Check your answers; Continue returns there."""

    def next_id(self, page_id: int) -> int: ...

    def continue_from_start(self) -> bool: ...

    def plan(self, build: Any = None) -> Plan: ...
