# Profile Planner: the two commands a person needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv run test test-fast lint check-system check-a11y demo bench screenshots package package-check clean i18n

venv: $(STAMP)

# Reinstall only when the project's dependencies change, so repeat runs are quick.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

run: venv
	$(BIN)/python -m app

# Style, types, and the architecture contracts in pyproject.toml ([tool.importlinter]).
lint: venv
	$(BIN)/ruff check app tests tools benchmarks
	$(BIN)/mypy app tools
	$(BIN)/lint-imports --no-cache

# Every test but those needing programs outside Python (see check-system).
test: venv lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not system" $(PYTEST_ARGS)

# The same without lint and the tests marked slow, to iterate quickly.
test-fast: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow and not system" $(PYTEST_ARGS)

# The checks that need programs outside Python (strace, Xvfb): installs them with apt-get
# when run as root, or says exactly what is missing.
check-system: venv
	bash tools/system-tools.sh
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m system $(PYTEST_ARGS)
	bash tools/check-a11y.sh

# The wizard as a screen reader sees it: a real AT-SPI client under Xvfb, driven by keys.
# Prints the figures; fails if a goal already met (tools/a11y_kept.json) is lost.
check-a11y: venv
	bash tools/check-a11y.sh $(A11Y_ARGS)

# One batch run: each example's PDF, HTML and bios into out/ (ORG=FILE or PRESET=FILE to
# apply an organisation pack or a preset to every one).
demo: venv
	$(BIN)/python -m app batch examples --html --bio -o out $(if $(ORG),--org $(ORG)) \
		$(if $(PRESET),--preset $(PRESET))

clean:
	rm -rf out dist build .mypy_cache .ruff_cache

# Translations: extract each part's .pot from the code, update every .po, compile the .mo
# (see "For translators" in README.md). LANG_NEW=xx starts a new language first.
i18n: venv
	$(if $(LANG_NEW),$(BIN)/python -m tools.i18n init $(LANG_NEW))
	$(BIN)/python -m tools.i18n

# Headless screenshots of every wizard page and the result, for the README.
screenshots: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.role_screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.bio_screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.focus_screenshots docs/screenshots/focus

# One table of ratios against bare baselines measured in the same run.
bench: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

package: venv
	bash packaging/build.sh

package-check: venv
	bash packaging/check.sh
