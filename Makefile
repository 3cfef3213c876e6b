# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test lint typecheck layers pytest translations clean figures

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	rm -f $(VENV)/.installed-*
	touch $@

# The compiled translations: English among them, for its plural forms ("1 exercise", "3 exercises").
# Only finished messages: a guess lupdate copied from a same-text message is never shown.
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent -nounfinished $< -qm $@

run: $(STAMP) $(QM)
	$(PY) -m companion

test: $(STAMP) lint typecheck layers pytest

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

typecheck: $(STAMP)
	$(PY) -m mypy

layers: $(STAMP)
	$(VENV)/bin/lint-imports

pytest: $(STAMP) $(QM)
	$(PY) -m pytest

# The GUI and integration tests again with "now" at other hours of the day: a test that passes
# at noon and hangs at 2 pm is a defect. UTC+14 and UTC-10 (with summer time) are a day apart.
ZONES := Pacific/Kiritimati America/Adak
.PHONY: test-zones
test-zones: $(STAMP) $(QM)
	for zone in $(ZONES); do \
		echo "== TZ=$$zone"; TZ=$$zone $(PY) -m pytest -q tests/gui tests/integration || exit 1; \
	done

# Translations: sources (.ts) are committed; the compiled .qm files are built from them.
# tools/update_translations.py runs lupdate and keeps the counted phrases' forms; CI fails when
# it would change a committed .ts (its --check, in tests/gui/test_translations.py).
translations: $(STAMP)
	$(PY) tools/update_translations.py
	for ts in resources/translations/*.ts; do $(VENV)/bin/pyside6-lrelease -nounfinished $$ts -qm $${ts%.ts}.qm; done

clean:
	rm -rf build dist .mypy_cache .ruff_cache

# Every exercise's key frames, one row each, in build/figures/contact-sheet.png (and an SVG per
# keyframe): look at it after changing a figure, before refreshing the reviewed set.
figures: $(STAMP)
	$(PY) tools/render_figures.py build/figures

# Benchmarks (issue 9): figures against bare PySide6 baselines measured in the same run, printed
# as a table and kept in build/bench/latest.md; nothing in them passes or fails on timing. Not
# part of `make test` (the files are bench_*.py). A quick run: BENCH_IDLE_SECONDS=10 make bench
.PHONY: bench
bench: $(STAMP)
	$(PY) -m pytest tests/benchmarks -q -s -o python_files='bench_*.py' \
		-o xvfb_width=1920 -o xvfb_height=1080 -o xvfb_colordepth=24

# ---------------------------------------------------------------------------------------------
# Bundles (PyInstaller, build.spec): `make bundle [BRANDING=path/to/profile.toml]` builds
# dist/sciatica-companion[-<profile>]/; `make bundle-check` builds the plain, the example-branded
# and a bare PySide6 + matplotlib baseline bundle, smoke-tests them and prints their sizes.
BRANDING ?=
BUNDLE_STAMP := $(VENV)/.bundle-installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
PYINSTALLER := $(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist

.PHONY: bundle bundle-baseline bundle-check tarball

$(BUNDLE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e ".[test,bundle]"
	rm -f $(VENV)/.bundle-installed-*
	touch $@

bundle: $(BUNDLE_STAMP)
	for ts in resources/translations/*.ts; do $(VENV)/bin/pyside6-lrelease -silent -nounfinished $$ts -qm $${ts%.ts}.qm; done
	COMPANION_BRANDING="$(BRANDING)" $(PYINSTALLER) \
		--workpath build/pyinstaller$(if $(BRANDING),-$(basename $(notdir $(BRANDING)))) build.spec

bundle-baseline: $(BUNDLE_STAMP)
	$(PYINSTALLER) --workpath build/baseline tools/baseline.spec

bundle-check: $(BUNDLE_STAMP)
	$(PY) tools/bundle_check.py --profile branding/example-clinic.toml

tarball: bundle
	packaging/linux/make_tarball.sh dist/sciatica-companion$(if $(BRANDING),-$(basename $(notdir $(BRANDING))))
