"""Walk the wizard as a screen reader sees it, through AT-SPI: `make check-a11y`.

    /usr/bin/python3 tools/a11y_walk.py --python .venv/bin/python [--keep OUT.json]
        [--logs DIR]   (A11Y_DEBUG=1 prints each focus event and its place on stderr)

Run under Xvfb and a session bus (tools/check-a11y.sh sets both up). It starts the app with
Qt's AT-SPI bridge always on, presses keys with xdotool as a keyboard user would (Continue,
Back, the result tabs, Help > Sources, Save PDF, typing past a character limit), and after
each key walks the accessibility tree with pyatspi and listens for focus and announcement
events. It prints one table of figures; measures whose goal is already met are kept: if one
of them falls short, the exit status is 1 so CI notices.

pyatspi is a Debian package (python3-pyatspi) for the system Python, so this file imports
nothing from the app; tools/a11y_expect.py (run with the app's Python) says what to expect.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "line-manager-session.json"
SETTLE = 1.5  # seconds to collect the events one key press causes
APP_NAME = "profile-planner"

# Roles a person can act on; a missing name on any of them leaves a screen reader silent.
INTERACTIVE = {"push button", "check box", "radio button", "link", "menu bar", "menu item",
               "menu", "combo box", "page tab", "spin button", "slider", "toggle button",
               "table cell", "list item", "tree item", "entry", "password text"}
# Goals the app meets now: a shortfall on any of these fails the run (see KEPT below).
KEPT_FILE = Path(__file__).with_name("a11y_kept.json")


@dataclass
class Node:
    role: str
    name: str
    states: set[str]
    parents: list[tuple[str, str]]  # (role, name) from the window down
    relations: set[str]
    obj: Any = None


@dataclass
class Transition:
    label: str
    events: list[tuple[str, str, bool]] = field(default_factory=list)  # role, name, showing
    said: list[str] = field(default_factory=list)  # announcements while it happened
    step: str = ""  # the title of the step page it goes to, if any


@dataclass
class Measures:
    states: dict[str, list[Node]] = field(default_factory=dict)
    transitions: list[Transition] = field(default_factory=list)
    announcements: list[str] = field(default_factory=list)
    triggered: list[str] = field(default_factory=list)  # kinds of status message caused
    notes: list[str] = field(default_factory=list)


def atspi() -> Any:
    import pyatspi  # type: ignore[import-not-found,unused-ignore]

    return pyatspi


def states_of(obj: Any) -> set[str]:
    pyatspi = atspi()
    st = obj.getState()
    return {pyatspi.stateToString(s) for s in st.getStates()}


def relations_of(obj: Any) -> set[str]:
    pyatspi = atspi()
    try:
        return {pyatspi.relationToString(r.getRelationType()) for r in obj.getRelationSet()}
    except Exception:  # a relation set the bridge cannot give
        return set()


def walk(obj: Any, parents: list[tuple[str, str]] | None = None) -> Iterator[Node]:
    """Every showing object under obj (hidden pages stay in Qt's tree, not showing)."""
    parents = parents or []
    try:
        states = states_of(obj)
        role, name = obj.getRoleName(), obj.name or ""
    except Exception:  # the object went away while we walked
        return
    if "showing" not in states and parents:
        return
    yield Node(role, name, states, parents, relations_of(obj), obj)
    for i in range(obj.childCount):
        child = obj.getChildAtIndex(i)
        if child is not None:
            yield from walk(child, [*parents, (role, name)])


class Session:
    """One run of the app under the bridge, driven by keys."""

    def __init__(self, python: str, args: list[str], home: Path) -> None:
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM",)}
        env.update(QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
                   QT_QPA_PLATFORM="xcb", HOME=str(home), XDG_CONFIG_HOME=str(home / "c"),
                   XDG_STATE_HOME=str(home / "s"), XDG_DATA_HOME=str(home / "d"),
                   XDG_CACHE_HOME=str(home / "k"))
        self.log = (home / "app.log").open("w")
        self.proc = subprocess.Popen([python, "-m", "app", *args], cwd=ROOT, env=env,
                                     stdout=self.log, stderr=subprocess.STDOUT)
        self.app: Any = None
        self.window_id = ""

    def find_app(self, timeout: float = 60) -> Any:
        pyatspi = atspi()
        desktop = pyatspi.Registry.getDesktop(0)
        give_up = time.monotonic() + timeout
        while time.monotonic() < give_up:
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                if app is not None and app.name == APP_NAME and app.childCount:
                    self.app = app
                    return app
            yield_events(0.3)
        self.log.flush()
        raise SystemExit("check-a11y: the app never appeared on the AT-SPI bus; its output:\n"
                         + Path(self.log.name).read_text("utf-8", errors="replace")[-3000:])

    def focus_window(self, name: str = "Profile Planner") -> None:
        """Give X's input focus to the app's window with this name (there is no window
        manager under Xvfb to do it)."""
        found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid",
                                str(self.proc.pid), "--name", name], capture_output=True,
                               text=True, timeout=30).stdout.split()
        if found:
            self.window_id = found[-1]
            subprocess.run(["xdotool", "windowfocus", "--sync", self.window_id],
                           capture_output=True, timeout=10)
            yield_events(0.5)  # the focus events this causes belong to no key press

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()
        if LOGS is not None:  # the app's output and its own log (an error it caught)
            home = Path(self.log.name).parent
            for found in [Path(self.log.name), *(home / "s").rglob("*.log")]:
                (LOGS / f"{home.name}-{found.name}").write_bytes(found.read_bytes())


DEBUG = bool(os.environ.get("A11Y_DEBUG"))  # each focus event and where it is, on stderr
LOGS: Path | None = None  # --logs: keep each run's app output here
EVENTS: list[tuple[str, Any, int, str]] = []  # type, source, detail1, any_data (text)
ANNOUNCED: list[str] = []  # every announcement, however late it arrives


def on_event(event: Any) -> None:
    data = event.any_data
    text = data if isinstance(data, str) else ""
    EVENTS.append((event.type, event.source, event.detail1, text))
    if DEBUG and "focused" in event.type and event.detail1:
        try:
            chain: list[str] = []
            obj = event.source
            while obj is not None and len(chain) < 8:
                chain.append(f"{obj.getRoleName()}:{obj.name!r}")
                obj = obj.parent
            print("focus:", " < ".join(chain), file=sys.stderr)
        except Exception:  # gone
            pass
    if "announcement" in event.type:
        ANNOUNCED.append(text)


def listen() -> None:
    pyatspi = atspi()
    pyatspi.Registry.registerEventListener(
        on_event, "object:state-changed:focused", "focus:", "object:announcement",
        "object:state-changed:checked")


def yield_events(seconds: float) -> None:
    """Let the bus deliver events for a while (pyatspi's queue is read in GLib's loop)."""
    from gi.repository import GLib  # type: ignore[import-not-found,unused-ignore]

    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


def let_settle(least: float, quiet: float = 0.8, most: float = 10) -> None:
    """Let events arrive for at least `least` seconds, then until none has come for `quiet`
    seconds (or `most` have passed): on a busy machine the app answers a key late, and an
    event that arrives after the window would be counted against the next key instead."""
    start = last = time.monotonic()
    seen = len(EVENTS) + len(ANNOUNCED)
    while True:
        yield_events(0.1)
        now = time.monotonic()
        if len(EVENTS) + len(ANNOUNCED) != seen:
            seen, last = len(EVENTS) + len(ANNOUNCED), now
        if (now - start >= least and now - last >= quiet) or now - start >= most:
            return


def wait_announced(words: str, timeout: float = 10) -> None:
    """Let events arrive until an announcement with these words does, or timeout passes."""
    give_up = time.monotonic() + timeout
    while time.monotonic() < give_up and not any(words in a for a in ANNOUNCED):
        yield_events(0.3)


def key(*keys: str) -> None:
    subprocess.run(["xdotool", "key", "--delay", "120", *keys], check=True, timeout=30)


def type_text(text: str) -> None:
    subprocess.run(["xdotool", "type", "--delay", "15", text], check=True, timeout=60)


def describe(obj: Any) -> tuple[str, str, bool]:
    try:
        return obj.getRoleName(), obj.name or "", "showing" in states_of(obj)
    except Exception:
        return "gone", "", False


class Driver:
    def __init__(self, python: str, example: Path, out: Measures, home: Path,
                 titles: list[str]) -> None:
        self.python, self.example, self.m, self.home = python, example, out, home
        self.titles = titles  # the steps' titles, in order

    def snapshot(self, session: Session, label: str) -> list[Node]:
        nodes: list[Node] = []
        for i in range(session.app.childCount):
            window = session.app.getChildAtIndex(i)
            if window is not None:
                nodes.extend(walk(window))
        self.m.states[label] = nodes
        return nodes

    def press(self, label: str, *keys: str, settle: float = SETTLE,
              step: str = "") -> Transition:
        """Press keys; the focus events they cause form one transition."""
        let_settle(0, quiet=0.5)  # what came before this key is not its doing
        EVENTS.clear()
        heard = len(ANNOUNCED)
        key(*keys)
        let_settle(settle)
        t = Transition(label, said=ANNOUNCED[heard:], step=step)
        # Qt sends both "focus:" and "state-changed:focused" for one move; count it once.
        for kind, source, detail, _ in EVENTS:
            if kind == "object:state-changed:focused" and detail == 1:
                t.events.append(describe(source))
        self.collect_announcements()
        self.m.transitions.append(t)
        return t

    def collect_announcements(self) -> None:
        self.m.announcements = list(ANNOUNCED)

    def wait_for(self, session: Session, test: Callable[[list[Node]], bool],
                 timeout: float = 30) -> list[Node]:
        give_up = time.monotonic() + timeout
        while True:
            nodes = [n for i in range(session.app.childCount)
                     if (w := session.app.getChildAtIndex(i)) is not None for n in walk(w)]
            if test(nodes) or time.monotonic() > give_up:
                return nodes
            yield_events(0.3)

    # The two runs ------------------------------------------------------------------------
    def fresh_run(self) -> None:
        """Start page, the first step, and the first step with nothing answered."""
        home = self.home / "fresh"
        home.mkdir()
        session = Session(self.python, [], home)
        try:
            session.find_app()
            self.wait_for(session, lambda ns: any(n.role == "radio button" and
                                                 n.name == "On my own" for n in ns))
            yield_events(2)  # the questions are read just after the first paint
            session.focus_window()
            self.snapshot(session, "start page")
            self.press("start -> step 1 (Continue)", "alt+c", step=self.titles[0])
            self.snapshot(session, "step 1, new plan")
            self.press("step 1 -> step 1 with errors (Continue, nothing answered)", "alt+c")
            self.snapshot(session, "step 1, error summary")
        finally:
            session.stop()

    def example_run(self, expect: dict[str, Any]) -> None:
        """An answers file opened: check your answers, the result tabs, Sources, Save PDF, and
        every step page walked Back to the start, typing past a limit on the way."""
        home = self.home / "example"
        home.mkdir()
        session = Session(self.python, ["--open", str(self.example)], home)
        try:
            session.find_app()
            self.wait_for(session, lambda ns: any(n.role == "push button" and
                                                 n.name.startswith("Change") for n in ns))
            session.focus_window()
            yield_events(1)
            self.snapshot(session, "check your answers")
            self.press("check your answers -> result (Continue)", "alt+c", settle=4)
            self.wait_for(session, lambda ns: any(n.role == "page tab" for n in ns))
            self.snapshot(session, "result: tab 1")
            self.checklist_space()
            for n in range(2, 5):
                self.press(f"result tab {n - 1} -> tab {n} (Ctrl+Tab)", "ctrl+Tab")
                self.snapshot(session, f"result: tab {n}")
            self.press("result tab 4 -> tab 1 (Ctrl+Tab)", "ctrl+Tab")
            self.save_pdf(session)
            session.focus_window()  # the file dialog took X's input focus with it
            key("alt+h")
            yield_events(1)
            self.press("Help > Sources (Alt+H, S)", "s", settle=2.5)
            self.wait_for(session, lambda ns: any(n.name.startswith("Sources") and
                                                 n.role == "dialog" for n in ns))
            self.snapshot(session, "Help > Sources")
            # No window manager moves X's input focus here: the app must (as it does).
            self.press("close Sources (Escape)", "Escape")
            titles = expect["step_titles"]
            self.press("result -> check your answers (Back)", "alt+b")
            for n in range(len(titles), 0, -1):
                t = self.press(f"-> step {n} (Back)", "alt+b", step=titles[n - 1])
                nodes = self.snapshot(session, f"step {n}")
                if any(node.name == expect["limited_question"] for node in nodes):
                    self.over_limit(session, t, expect)
            self.press("step 1 -> start page (Back)", "alt+b")
            self.press("start -> step 1 (Continue, answered)", "alt+c", step=titles[0])
        finally:
            session.stop()

    def checklist_space(self) -> None:
        """Space on the focused checklist row: the box's checked state must change."""
        EVENTS.clear()
        key("Down", "space")
        give_up = time.monotonic() + 10  # a busy machine delivers late: wait for the box
        while time.monotonic() < give_up:
            yield_events(0.3)
            changed = [e for e in EVENTS if e[0] == "object:state-changed:checked"]
            if "check box" in {describe(e[1])[0] for e in changed}:
                break
        yield_events(0.3)
        changed = [e for e in EVENTS if e[0] == "object:state-changed:checked"]
        roles = {describe(e[1])[0] for e in changed}
        self.m.notes.append(f"Space on a checklist row: {len(changed)} checked-state event(s) "
                            f"from {sorted(roles) or 'nothing'}")
        self.m.states.setdefault("_space_checked", [])
        if "check box" in roles:
            self.m.states["_space_checked"].append(Node("check box", "", set(), [], set()))
        self.collect_announcements()

    def save_pdf(self, session: Session) -> None:
        target = self.home / "plan.pdf"
        self.press("Save PDF (Alt+P) -> file dialog", "alt+p", settle=3)
        key("ctrl+a")
        type_text(str(target))
        EVENTS.clear()
        key("Return")
        wait_announced("Saved your")
        self.collect_announcements()
        self.m.triggered.append("saved PDF")
        if not target.exists():
            self.m.notes.append("Save PDF by keys: no file was written (the dialog differs?)")
        self.snapshot(session, "result after Save PDF")
        # The HTML twin offered beside the PDF: a dialog may follow; leave it as a person would.
        dialogs = [n for n in self.m.states["result after Save PDF"]
                   if n.role in ("dialog", "alert") and n.name]
        if dialogs:
            self.m.notes.append("after Save PDF: " + "; ".join(d.name for d in dialogs))
            key("Escape")
            yield_events(1)

    def over_limit(self, session: Session, _t: Transition, expect: dict[str, Any]) -> None:
        """Type past the limit of the first text question that has one."""
        nodes = self.m.states[next(reversed(self.m.states))]
        box = next((n for n in nodes if n.role in ("text", "entry") and
                    n.name.startswith(expect["limited_question"])), None)
        if box is None:
            self.m.notes.append("no text box named by the limited question was found")
            return
        box.obj.queryComponent().grabFocus()
        yield_events(0.5)
        EVENTS.clear()
        key("ctrl+a")
        type_text("x" * (int(expect["limited_max"]) + 2))
        wait_announced("too many")
        self.collect_announcements()
        self.m.triggered.append("over the character limit")
        EVENTS.clear()
        key("BackSpace", "BackSpace", "BackSpace")
        wait_announced("remaining")
        self.collect_announcements()
        self.m.triggered.append("back within the limit")


# Measures --------------------------------------------------------------------------------
@dataclass
class Row:
    key: str
    measure: str
    now: str
    met: bool
    detail: str = ""


def pages(m: Measures) -> dict[str, list[Node]]:
    return {k: v for k, v in m.states.items() if not k.startswith("_")}


def measure(m: Measures, expect: dict[str, Any]) -> list[Row]:
    rows: list[Row] = []
    states = pages(m)

    # Checklist tick boxes.
    result = states.get("result: tab 1", [])
    boxes = [n for n in result if n.role == "check box" and
             any(p[1].lower() == "checklist" for p in n.parents)]
    with_state = [n for n in boxes if "checkable" in n.states]
    ticked = sum("checked" in n.states for n in boxes)
    cells = [n for n in result if n.role in ("table cell", "tree item", "list item") and
             "checkable" in n.states]
    total = int(expect["checklist_items"])
    spoke = bool(m.states.get("_space_checked"))
    met = len(with_state) == total and ticked == expect["checklist_ticked"] and spoke
    rows.append(Row("checklist", "checklist tick boxes exposed as check boxes with their state",
                    f"{len(with_state)} of {total}", met,
                    f"{ticked} shown ticked (file has {expect['checklist_ticked']}); "
                    f"{len(cells)} checkable cells; Space changes a check box's state: "
                    f"{'yes' if spoke else 'no'}"))

    # Options named by their own label, in a group named by the question.
    good = bad = relation = 0
    for label, nodes in states.items():
        if not label.startswith("step"):
            continue
        for n in nodes:
            if n.role not in ("radio button", "check box"):
                continue
            group = next((p for p in reversed(n.parents) if p[0] in ("panel", "grouping")
                          and p[1]), None)
            relation += "labelled by" in n.relations
            if n.name and group is not None and n.name != group[1]:
                good += 1
            else:
                bad += 1
    rows.append(Row("options", "option check boxes and radios named by their own label, in a "
                    "group named by the question", f"{good} of {good + bad}",
                    bad == 0 and good > 0, f"{relation} also carry a labelled-by relation"))

    # Links.
    errors = states.get("step 1, error summary", [])
    summary_labels = [n for n in errors if n.role == "label" and
                      any(p[1] == "There is a problem" for p in n.parents)]
    summary_links = [n for n in errors if n.role == "link"]
    sources = states.get("Help > Sources", [])
    source_links = [n for n in sources if n.role == "link"]
    all_links = [n for nodes in states.values() for n in nodes if n.role == "link"]
    focusable = sum("focusable" in n.states for n in all_links)
    want_sources = int(expect["sources_with_link"])
    met = (len(summary_links) > 0 and len(source_links) >= want_sources
           and focusable == len(all_links))
    rows.append(Row("links", "links exposed as links (error summary, Help > Sources)",
                    f"error summary {len(summary_links)}, Sources {len(source_links)} of "
                    f"{want_sources}", met,
                    f"{focusable} of {len(all_links)} links focusable over all states; "
                    f"{len(summary_labels)} plain labels in the error summary"))

    # Unnamed interactive objects.
    interactive = [(label, n) for label, nodes in states.items() for n in nodes
                   if n.role in INTERACTIVE or (n.role == "text" and "editable" in n.states)]
    unnamed = [(label, n) for label, n in interactive if not n.name.strip()]
    kinds = sorted({f"{n.role} on {label}" for label, n in unnamed})
    rows.append(Row("unnamed", "unnamed interactive objects",
                    f"{len(unnamed)} of {len(interactive)}", not unnamed,
                    "; ".join(kinds[:6]) + (" ..." if len(kinds) > 6 else "")))

    # Focus on page change.
    page_changes = [t for t in m.transitions if "->" in t.label or "Sources" in t.label]
    landed = []
    for t in page_changes:
        last = t.events[-1] if t.events else None
        ok = (last is not None and bool(last[1]) and last[2] and
              last[0] not in ("panel", "filler", "frame", "dialog"))
        # A named, showing object; nothing unnamed or off-screen focused on the way there.
        # A menu item is hidden once its menu closes: choosing from a menu is on the way.
        stray = [e for e in t.events if not e[1] or (not e[2] and e[0] != "menu item")]
        landed.append((t, ok and not stray, last, stray))
    good_changes = sum(ok for _, ok, _, _ in landed)

    def said(event: tuple[str, str, bool]) -> str:
        return f"{event[0]} {event[1]!r}" + ("" if event[2] else " (hidden)")

    detail = "; ".join(
        f"{t.label}: {said(last) if last else 'no focus event'}"
        + (f" (first {said(stray[0])}; {len(stray)} unnamed or hidden on the way)"
           if stray else "")
        for t, ok, last, stray in landed if not ok)
    rows.append(Row("focus", "focus event on a named object of the new page, after a page "
                    "change", f"{good_changes} of {len(page_changes)}",
                    good_changes == len(page_changes) and bool(page_changes), detail))

    # Required and invalid states (what the question and the error summary say in words).
    questions = [n for label, nodes in states.items() if label.startswith("step")
                 for n in nodes if (n.role == "panel" and n.name and any(
                     c.parents and c.parents[-1] == (n.role, n.name) and
                     c.role in ("radio button", "check box") for c in nodes))
                 or (n.role == "text" and "editable" in n.states)]
    required = sum("required" in n.states for n in questions)
    invalid = [n for n in errors if "invalid entry" in n.states or "invalid" in n.states]
    rows.append(Row("invalid", "fields in error marked invalid (error summary state)",
                    f"{len(invalid)} of {len(summary_links)}",
                    bool(summary_links) and len(invalid) >= len(summary_links),
                    f"required state on {required} of {len(questions)} question groups "
                    "and text boxes (some are optional; a figure only)"))

    # The step's name spoken on arriving at a step page: announced, or in what takes focus.
    to_steps = [t for t in m.transitions if t.step]
    spoken = [t for t in to_steps if any(t.step in words for words in
                                         [*t.said, *(e[1] for e in t.events)])]
    rows.append(Row("step-name", "step name spoken on arriving at a step page",
                    f"{len(spoken)} of {len(to_steps)}",
                    bool(to_steps) and len(spoken) == len(to_steps),
                    "; ".join(f"{t.label}: {t.step!r} not heard" for t in to_steps
                              if t not in spoken)))

    # Headings.
    heads = [(label, n) for label, nodes in states.items() for n in nodes
             if n.role == "heading"]
    step_states = [label for label in states if label.startswith("step")]
    with_heading = sum(any(n.role == "heading" for n in states[label]) for label in step_states)
    rows.append(Row("headings", "step pages with a heading", f"{with_heading} of "
                    f"{len(step_states)}", with_heading == len(step_states) and
                    bool(step_states), f"{len(heads)} headings over all states"))

    # Status messages.
    words = {"saved PDF": "Saved your", "over the character limit": "too many",
             "back within the limit": "remaining"}
    heard = [k for k in m.triggered if any(words[k] in a for a in m.announcements)]
    rows.append(Row("announce", "status messages announced (object:announcement)",
                    f"{len(heard)} of {len(m.triggered)} kinds", len(heard) == len(m.triggered)
                    and bool(m.triggered),
                    f"heard: {m.announcements}" if m.announcements else
                    "no announcement event reached the client"))
    return rows


def kept() -> set[str]:
    try:
        return set(json.loads(KEPT_FILE.read_text("utf-8")))
    except (OSError, ValueError):
        return set()


def report(rows: list[Row], m: Measures) -> int:
    keep = kept()
    print(f"AT-SPI walk: {len(pages(m))} page states, {len(m.transitions)} key presses")
    print("| measure | now | goal met | kept |")
    print("|---|---|---|---|")
    for r in rows:
        print(f"| {r.measure} | {r.now} | {'yes' if r.met else 'no'} | "
              f"{'kept' if r.key in keep else 'figure'} |")
    print()
    for r in rows:
        if r.detail:
            print(f"- {r.key}: {r.detail}")
    for note in m.notes:
        print(f"- note: {note}")
    lost = [r for r in rows if r.key in keep and not r.met]
    for r in lost:
        print(f"check-a11y: REGRESSION: {r.measure}: {r.now}", file=sys.stderr)
    newly = [r.key for r in rows if r.met and r.key not in keep]
    if newly:
        print(f"check-a11y: now met, add to {KEPT_FILE.name} to keep: {newly}")
    return 1 if lost else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="a11y_walk.py")
    parser.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"))
    parser.add_argument("--example", type=Path, default=EXAMPLE)
    parser.add_argument("--keep", type=Path, help="write every state's objects here (JSON)")
    parser.add_argument("--logs", type=Path, help="keep the app's output and log here")
    args = parser.parse_args(argv)
    if args.logs:
        global LOGS
        LOGS = args.logs
        LOGS.mkdir(parents=True, exist_ok=True)
    expect = json.loads(subprocess.run(
        [args.python, "-m", "tools.a11y_expect", str(args.example)], cwd=ROOT, check=True,
        capture_output=True, text=True).stdout)
    listen()
    m = Measures()
    with tempfile.TemporaryDirectory(prefix="a11y-") as tmp:
        driver = Driver(args.python, args.example, m, Path(tmp), expect["step_titles"])
        driver.fresh_run()
        driver.example_run(expect)
    m.announcements = list(ANNOUNCED)
    if args.keep:
        args.keep.write_text(json.dumps(
            {label: [[n.role, n.name, sorted(n.states)] for n in nodes]
             for label, nodes in m.states.items()}
            | {"_transitions": [[t.label, t.events] for t in m.transitions],
               "_announcements": m.announcements}, indent=1), "utf-8")
    return report(measure(m, expect), m)


if __name__ == "__main__":
    sys.exit(main())
