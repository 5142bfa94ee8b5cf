"""`profile-planner batch`: the PDF (and HTML, bios) for many answers files in one command.

The questionnaire, organisation pack and preset are read and checked once; each answers file
is then checked and planned on its own, in worker processes that start from the parent's
loaded code (fork), so a plan costs its own work only. A file that cannot be used is refused
with its reason and the others go on. Outputs are named after the inputs, in one folder.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .core.i18n import N_, _, ngettext

HELP = N_("write the PDF (and HTML, bios) for many answers files into a folder")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="ANSWERS",
                   help=_("answers files (.json), or folders of them"))
    p.add_argument("-o", "--output-dir", required=True, metavar="FOLDER",
                   help=_("where to write NAME.pdf for each NAME.json (made if need be)"))
    p.add_argument("--html", action="store_true", help=_("also write NAME.html"))
    p.add_argument("--bio", action="store_true", help=_("also write the bios as NAME.txt"))
    p.add_argument("-j", "--jobs", type=_jobs, default=None, metavar="N",
                   help=_("plans made at once (default: the number of processor cores)"))
    p.add_argument("--org", metavar="FILE", default=argparse.SUPPRESS,
                   help=_("use this organisation pack for every plan"))
    p.add_argument("--preset", metavar="FILE", default=argparse.SUPPRESS,
                   help=_("apply a security officer's preset to every plan"))


def _jobs(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(
            _("must be a whole number of 1 or more, not {text}").format(text=repr(text)))
    return n


def cores() -> int:
    """Processor cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


@dataclass(frozen=True)
class Job:
    source: Path
    outputs: tuple[tuple[str, Path], ...]  # (kind, path): pdf, html, bio


def answers_files(inputs: list[str]) -> tuple[list[Path], list[tuple[str, str]]]:
    """The answers files named or found in the folders named, and inputs that are neither."""
    files: list[Path] = []
    refused: list[tuple[str, str]] = []
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            found = sorted(path.glob("*.json"))
            if not found:
                refused.append((name, _("no answers files (*.json) in this folder")))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            refused.append((name, _("no such file or folder") if not path.exists()
                            else _("not a regular file")))
    return files, refused


def plan_jobs(files: list[Path], folder: Path, html: bool, bio: bool
              ) -> tuple[list[Job], list[tuple[str, str]]]:
    """One job per file, its outputs named after it; a second file of the same name is
    refused rather than written over the first's outputs."""
    jobs: list[Job] = []
    refused: list[tuple[str, str]] = []
    taken: dict[str, Path] = {}
    for source in files:
        stem = source.stem
        if stem in taken:
            if taken[stem].resolve() != source.resolve():
                refused.append((str(source), _(
                    "its outputs would have the same names as those of {other}: rename one "
                    "of them").format(other=taken[stem])))
            continue  # the same file named twice is made once
        taken[stem] = source
        kinds = [("pdf", ".pdf")] + [("html", ".html")] * html + [("bio", ".txt")] * bio
        jobs.append(Job(source, tuple((kind, folder / f"{stem}{ext}") for kind, ext in kinds)))
    return jobs, refused


# In each worker: the setup, loaded and checked once in the parent before the fork.
_setup: Any = None


def make(job: Job) -> str | None:
    """Check, plan and write one file; None when made, else the reason it was refused."""
    from .core.answers import AnswersError, check_against, load_answers
    from .report.generate import OutputError, write_outputs

    try:
        answers = load_answers(job.source)
        check_against(answers, _setup.questionnaire)
        out = dict(job.outputs)
        write_outputs(_setup.plan(answers), pdf=out["pdf"], html=out.get("html"),
                      bio=out.get("bio"))
    except (AnswersError, OutputError) as exc:
        return str(exc)
    except Exception as exc:  # one bad file never stops the others
        # The type only: a message can quote answers.
        return _("unexpected error ({kind}); please report this").format(
            kind=type(exc).__name__)
    finally:
        # Each plan's objects are garbage once written; the long-lived ones were frozen
        # before the fork, so this scans only this plan's. What survives is kept for the
        # plans to come (paragraphs they share, see report/flowables.py): frozen too, so
        # the next plan's collection does not scan it again.
        gc.collect()
        gc.freeze()
    return None


def _warm(setup: Any) -> None:
    """Import and load in the parent what every worker needs, so each starts with it."""
    global _setup
    _setup = setup
    setup.questionnaire  # noqa: B018 - computed once, here, for every worker
    from .report import flowables, fonts, styles
    from .report.generate import write_outputs  # noqa: F401

    flowables.share_paragraphs()
    fonts.register()
    fonts.covered()
    styles.styles()
    gc.collect()
    gc.freeze()  # shared pages stay shared: the collector never writes to these objects


def _pool_context() -> Any:
    import multiprocessing

    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return None  # elsewhere each worker loads the setup itself (see _init)


def _init(setup: Any, lang: str = "en") -> None:
    global _setup
    from .core.i18n import set_language

    set_language(lang)  # a spawned worker starts in English
    if _setup is None:
        _warm(setup)


def _progress(total: int) -> Any:
    """A progress bar on a terminal; nothing when the output is a file or a pipe."""
    stream = sys.stderr
    if stream is None or not stream.isatty():
        return None
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked
    return tqdm(total=total, file=stream, unit="plan", leave=False, dynamic_ncols=True)


def run_jobs(setup: Any, jobs: list[Job], workers: int) -> list[str | None]:
    """The outcome of each job, in order: None when made, else why it was refused."""
    _warm(setup)
    results: list[str | None] = [None] * len(jobs)
    bar = _progress(len(jobs))
    try:
        if workers <= 1 or len(jobs) <= 1:
            for i, job in enumerate(jobs):
                results[i] = make(job)
                if bar is not None:
                    bar.update()
            return results
        from concurrent.futures import ProcessPoolExecutor, as_completed
        from concurrent.futures.process import BrokenProcessPool

        from .core.i18n import current_language

        with ProcessPoolExecutor(min(workers, len(jobs)), mp_context=_pool_context(),
                                 initializer=_init, initargs=(setup, current_language())
                                 ) as pool:
            futures = {pool.submit(make, job): i for i, job in enumerate(jobs)}
            for future in as_completed(futures):
                try:
                    results[futures[future]] = future.result()
                except BrokenProcessPool:  # a worker died (killed, out of memory): say so
                    results[futures[future]] = _("its worker process stopped unexpectedly")
                if bar is not None:
                    bar.update()
        return results
    finally:
        if bar is not None:
            bar.refresh()  # the last count is drawn even when it came within tqdm's interval
            bar.close()
        gc.unfreeze()


def cmd_batch(args: argparse.Namespace) -> int:
    from .cli import apply_lang, load_setup_or_exit

    apply_lang(args)
    started = time.perf_counter()
    folder = Path(args.output_dir)
    files, refused = answers_files(args.inputs)
    jobs, clashes = plan_jobs(files, folder, args.html, args.bio)
    refused += clashes
    setup = load_setup_or_exit(args)  # problems with the setup stop everything: exit 1
    if setup.organisation is not None:
        from .report.logo import logo_problem

        problem = logo_problem(setup.organisation)
        if problem:
            print(f"profile-planner: {problem}", file=sys.stderr)
    if jobs:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            print("profile-planner: " + _("cannot make the folder {folder}: {why}").format(
                folder=folder, why=(exc.strerror or str(exc)).lower()), file=sys.stderr)
            return 1
    workers = args.jobs or cores()
    outcomes = run_jobs(setup, jobs, workers)
    refused += [(str(job.source), why) for job, why in zip(jobs, outcomes, strict=True) if why]
    made = sum(1 for why in outcomes if why is None)
    seconds = time.perf_counter() - started
    total = made + len(refused)
    print(ngettext("Made {made} of {total} plan in {folder} in {seconds} s ({workers} at once).",
                   "Made {made} of {total} plans in {folder} in {seconds} s ({workers} at once).",
                   total).format(made=made, total=total, folder=folder,
                                 seconds=f"{seconds:.1f}",
                                 workers=min(workers, max(len(jobs), 1))))
    if refused:
        print(_("Refused {n}:").format(n=len(refused)))
        for name, why in refused:
            print(f"  {name}: {why}")
    return 1 if refused else 0
