# Profile Planner: the two commands a person needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv run test lint demo bench screenshots package package-check clean

venv: $(STAMP)

# Reinstall only when the project's dependencies change, so repeat runs are quick.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

run: venv
	$(BIN)/python -m app

lint: venv
	$(BIN)/ruff check app tests
	$(BIN)/mypy app/core

test: venv lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

demo: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m app.demo examples out

clean:
	rm -rf out dist build .mypy_cache .ruff_cache

# Headless screenshots of every wizard page and the result, for the README.
screenshots: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m app.ui.screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m app.ui.bio_screenshots docs/screenshots

# One table of ratios against bare baselines measured in the same run.
bench: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

package: venv
	bash packaging/build.sh

package-check: venv
	bash packaging/check.sh
