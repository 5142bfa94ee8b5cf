"""Generated questionnaires of any size, with answers that make most items apply.

The same idea as tests/core/test_reachability.py's generator, with the text lengths, sources,
sections and priorities of the shipped questionnaire, so a 10,000-item PDF is a fair picture
of a 10,000-item checklist.
"""

from __future__ import annotations

import random
from typing import Any

WORDS = ("account privacy setting profile post share check review public staff code guidance "
         "security officer manager photo location family name role policy contact message "
         "report block mute password device login recovery visible search update").split()
TYPES = ("single", "multi", "yesno", "text")


def _words(rnd: random.Random, n: int) -> str:
    text = " ".join(rnd.choice(WORDS) for _ in range(n))
    return text[0].upper() + text[1:] + "."


def questionnaire(n_items: int, seed: int = 1, n_steps: int = 8,
                  n_sections: int = 10) -> tuple[dict[str, Any], dict[str, Any]]:
    """(questionnaire data, answers data): every item has a condition, and about four in
    five hold for the answers given."""
    rnd = random.Random(seed)
    questions: list[dict[str, Any]] = []
    chosen: dict[str, Any] = {}
    steps = []
    for s in range(n_steps):
        members = []
        for j in range(3):
            k = s * 3 + j
            kind = TYPES[k % 4]
            qu: dict[str, Any] = {"id": f"q{k}", "type": kind, "label": _words(rnd, 8)}
            if kind in ("single", "multi"):
                qu["options"] = [{"id": f"o{i}", "label": _words(rnd, 3)} for i in range(4)]
            chosen[qu["id"]] = {"single": "o1", "multi": ["o0", "o2"], "yesno": True,
                                "text": "yes please"}[kind]
            questions.append(qu)
            members.append(qu)
        steps.append({"id": f"s{s}", "title": _words(rnd, 3), "questions": members})
    steps[-1]["questions"] += [
        {"id": "name", "type": "text", "label": "Your name", "bio_field": "name"},
        {"id": "platforms", "type": "multi", "label": "Platforms",
         "options": [{"id": "x", "label": "X"}, {"id": "y", "label": "Y"}]}]
    chosen.update(name="Llŷr Evans", platforms=["x", "y"])

    def leaf(holds: bool) -> dict[str, Any]:
        qu = rnd.choice(questions)
        value = chosen[qu["id"]]
        if qu["type"] == "multi":
            value = value[0]
        if not holds:
            value = {"single": "o3", "multi": "o3", "yesno": False, "text": "no"}[qu["type"]]
        return {"equals": {"question": qu["id"], "value": value}}

    # Every source is cited and every section used, as the checks require.
    n_sections = max(1, min(n_sections, n_items))
    sources = [{"id": f"src{i}", "title": _words(rnd, 5), "url": f"https://example.org/g/{i}"}
               for i in range(max(1, min(20, n_items)))]
    items = []
    for i in range(n_items):
        holds = rnd.random() < 0.8
        # An item that does not apply has one condition, so it can never contradict itself.
        parts = [leaf(True) for _ in range(rnd.randint(1, 3))] if holds else [leaf(False)]
        item: dict[str, Any] = {
            "id": f"item{i}", "section": f"sec{i if i < n_sections else rnd.randrange(n_sections)}",
            "title": _words(rnd, rnd.randint(4, 9)), "detail": _words(rnd, rnd.randint(20, 40)),
            "priority": rnd.choice(["must", "should", "consider"]),
            "sources": [{"source": s["id"], "section": str(rnd.randint(1, 9))}
                        for s in ([sources[i]] if i < len(sources)
                                  else rnd.sample(sources, min(len(sources), rnd.randint(1, 2))))],
            "when": {"all": parts} if len(parts) > 1 else parts[0]}
        if rnd.random() < 0.5:
            item["how"] = _words(rnd, rnd.randint(10, 25))
        items.append(item)
    data = {
        "schema_version": 1, "id": "generated", "version": "1",
        "title": f"A generated questionnaire of {n_items} items", "sources": sources,
        "steps": steps,
        "tiers": [{"id": "standard", "label": "Standard", "summary": _words(rnd, 8)},
                  {"id": "high", "label": "High", "summary": _words(rnd, 8)}],
        "tier_rules": [{"tier": "high", "when": leaf(True)}],
        "sections": [{"id": f"sec{i}", "title": _words(rnd, 3)} for i in range(n_sections)],
        "items": items,
        "bio": {"platform_question": "platforms",
                "parts": [{"id": "name", "text": "{name}.", "label": "your name"},
                          {"id": "hello", "text": "Views my own.", "label": "a disclaimer"}],
                "profiles": [{"id": "all", "parts": ["name", "hello"]}],
                "platforms": [{"id": "x", "name": "X", "bio_limit": 160},
                              {"id": "y", "name": "Y", "bio_limit": 160}]},
    }
    answers = {"schema_version": 1, "questionnaire": {"id": "generated", "version": "1"},
               "answers": chosen}
    return data, answers


def random_answers(q: Any, rnd: random.Random) -> dict[str, Any]:
    """Answers data for any questionnaire: each question answered, or not, at random."""
    given: dict[str, Any] = {}
    for _, qu in q.questions():
        if rnd.random() < 0.15:
            continue
        if qu.type == "single":
            given[qu.id] = rnd.choice(qu.options).id
        elif qu.type == "multi":
            given[qu.id] = [o.id for o in qu.options if rnd.random() < 0.4]
        elif qu.type == "yesno":
            given[qu.id] = rnd.random() < 0.5
        else:
            # Within the question's limit, as answers must be wherever they come from.
            given[qu.id] = _words(rnd, rnd.randint(1, 6))[:-1][: qu.max_length]
    return {"schema_version": 1, "questionnaire": {"id": q.id, "version": q.version},
            "mode": rnd.choice(["alone", "alone", "line_manager"]), "answers": given}
