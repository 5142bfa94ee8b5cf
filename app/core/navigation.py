"""Which page comes next, as plain functions of the pages a person is shown.

Pages are named by string: "start", a step id, "check" (Check your answers) and "result".
"""

from __future__ import annotations

from collections.abc import Sequence

START = "start"
CHECK = "check"
RESULT = "result"


def pages(shown_steps: Sequence[str]) -> list[str]:
    """Every page in order, for the steps the answers so far call for."""
    return [START, *shown_steps, CHECK, RESULT]


def next_page(current: str, all_steps: Sequence[str], shown_steps: Sequence[str],
              returning: bool = False) -> str | None:
    """The page after current; None after the result. `returning` is set while a person
    changes an answer from Check your answers: Continue takes them straight back there."""
    if current == RESULT:
        return None
    if current == CHECK:
        return RESULT
    if returning and current != START:
        return CHECK
    shown = set(shown_steps)
    after = 0 if current == START else list(all_steps).index(current) + 1
    return next((s for s in list(all_steps)[after:] if s in shown), CHECK)


def route(target: str, all_steps: Sequence[str], shown_steps: Sequence[str]) -> list[str]:
    """The pages walked from the start to reach target (target last); a step that is not
    shown cannot be reached, so the route then ends at Check your answers."""
    path = [START]
    while path[-1] != target:
        step = next_page(path[-1], all_steps, shown_steps)
        if step is None:
            break
        path.append(step)
    return path


def back_to_check(target: str) -> bool:
    """Whether going to target from Check your answers should bring the person back there."""
    return target not in (START, CHECK, RESULT)
