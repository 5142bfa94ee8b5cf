"""Which page comes next, without Qt: steps the answers hide are skipped, and a change made
from Check your answers comes back there."""

from __future__ import annotations

from app.core.navigation import CHECK, RESULT, START, back_to_check, next_page, pages, route

STEPS = ["purpose", "security", "details"]


def test_continue_skips_hidden_steps_and_ends_at_the_result():
    shown = ["purpose", "details"]
    assert next_page(START, STEPS, shown) == "purpose"
    assert next_page("purpose", STEPS, shown) == "details"
    assert next_page("details", STEPS, shown) == CHECK
    assert next_page(CHECK, STEPS, shown) == RESULT
    assert next_page(RESULT, STEPS, shown) is None
    assert pages(shown) == [START, "purpose", "details", CHECK, RESULT]


def test_a_change_from_check_your_answers_returns_there():
    assert next_page("purpose", STEPS, STEPS, returning=True) == CHECK
    assert next_page(START, STEPS, STEPS, returning=True) == "purpose"
    assert back_to_check("security") and not back_to_check(CHECK)


def test_route_walks_to_a_page_or_stops_at_check_if_it_is_hidden():
    assert route("security", STEPS, STEPS) == [START, "purpose", "security"]
    assert route(RESULT, STEPS, ["details"]) == [START, "details", CHECK, RESULT]
    assert route("security", STEPS, ["purpose"])[-2:] == [CHECK, RESULT]
