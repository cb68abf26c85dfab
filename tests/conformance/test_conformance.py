"""The conformance contract: compiled client Python behaves like CPython, or does not compile.

Every program of ``programs/<area>/`` runs under CPython (its output is the expectation,
produced afresh here) and, compiled by pytk, under node. A program passes the contract when
both print the same (``pass``) or when the compiler refuses it with a diagnostic
(``compile_error``): a loud refusal is allowed, a silent difference is not. ``mismatch`` (other
output) and ``crash`` (node fails where CPython does not) fail the test, with the difference.

The programs pytk still gets wrong are listed in ``known_failures.txt`` (the compiler's to-do
list). The list is a ratchet: a listed program must still fail (when it starts to conform, the
test says so, and the line is removed), and every other program must conform.

Programs run a few at a time in parallel (see ``harness.run_corpus``), in the order pytest
selected them, so ``-k`` and single-test runs stay fast.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conformance import harness

PROGRAMS = harness.discover()
KNOWN_FAILURES = harness.read_known_failures()
BATCH = 8


class Outcomes:
    """pytk outcomes of the selected programs, computed a batch at a time on first request."""

    def __init__(self, selected: list[Path]):
        self.selected = selected
        self.done: dict[Path, harness.Outcome] = {}

    def __getitem__(self, path: Path) -> harness.Outcome:
        if path not in self.done:
            start = self.selected.index(path) if path in self.selected else 0
            batch = [p for p in [path, *self.selected[start:]] if p not in self.done]
            batch = list(dict.fromkeys(batch))[:BATCH]
            for program, outcome in zip(batch, harness.run_corpus(batch, ("pytk",))):
                self.done[program] = outcome
        return self.done[path]


@pytest.fixture(scope="session")
def outcomes(request) -> Outcomes:
    selected = []
    for item in request.session.items:
        callspec = getattr(item, "callspec", None)
        if callspec is not None and getattr(item, "originalname", "") == "test_program_conforms":
            selected.append(callspec.params["program"])
    return Outcomes(selected)


@pytest.mark.parametrize("program", PROGRAMS, ids=[harness.program_id(p) for p in PROGRAMS])
def test_program_conforms(program: Path, outcomes: Outcomes):
    outcome = outcomes[program]
    conforms = outcome.status in (harness.PASS, harness.COMPILE_ERROR)
    known = harness.program_id(program) in KNOWN_FAILURES
    if known and conforms:
        pytest.fail(f"{harness.program_id(program)} conforms now ({outcome.status}): remove it from "
                    "tests/conformance/known_failures.txt", pytrace=False)
    if not known and not conforms:
        pytest.fail(f"{outcome.status}: {outcome.reason}\n\n{outcome.detail}", pytrace=False)


def test_known_failures_name_real_programs():
    assert set(KNOWN_FAILURES) <= {harness.program_id(p) for p in PROGRAMS}


def test_corpus_is_well_formed():
    """Enough programs, each with a one-line docstring, none shadowing a module or collected by pytest."""
    assert len(PROGRAMS) >= 300
    problems = []
    for path in PROGRAMS:
        lines = path.read_text(encoding="utf-8").splitlines()
        first = lines[0] if lines else ""
        if not (first.startswith('"""') and first.endswith('"""') and len(first) > 6):
            problems.append(f"{harness.program_id(path)}: first line is not a one-line docstring")
        if path.stem in sys.stdlib_module_names:
            problems.append(f"{harness.program_id(path)}: shadows the stdlib module {path.stem!r}")
        if path.stem.startswith("test") or path.stem.endswith("_test") or path.stem == "conftest":
            problems.append(f"{harness.program_id(path)}: name looks like a test module")
        if not 5 <= len(lines) <= 60:
            problems.append(f"{harness.program_id(path)}: {len(lines)} lines")
    assert not problems, "\n".join(problems)
