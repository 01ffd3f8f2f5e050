# nnlab: the two everyday commands are `make notebooks` and `make test`.
SHELL := /bin/bash
PYTHON := .venv/bin/python
NOTEBOOKS ?=
# Notebook preset and seed (see README, "For lecturers"): SIZE=quick|lecture, SEED=<integer> or empty
# for each notebook's own seed. CODE=no leaves the code cells out of the handouts.
SIZE ?= quick
SEED ?=
CODE ?= yes
PRESET := --size $(SIZE)$(if $(SEED), --seed $(SEED))
# Notebooks executed at the same time, each in its own kernel (results do not depend on it).
JOBS ?= 2
BENCH_CP := lib/target/classes:lib/target/test-classes:lib/target/kernel-classpath/*

BENCH_VENV := .venv-bench/.installed
PEERS_ARGS ?=

.PHONY: help setup notebooks test test-java test-notebooks test-browser lab bench bench-peers clean

help:
	@echo "make notebooks  set up if needed, then execute every notebook into build/notebooks/ (HTML too)"
	@echo "make test       set up if needed, then every test: Java unit tests, notebooks, site, handouts, browser tests"
	@echo "make site       the course site in build/site/ (runs the notebooks that are out of date first)"
	@echo "make handouts   one PDF per lecture in build/handouts/ (CODE=no: without code, in build/handouts/no-code/)"
	@echo "                SIZE=lecture and SEED=3 choose the preset and seed for notebooks, site and handouts"
	@echo "make test-seeds every notebook at the quick size for seeds 1-5, claims held per seed (not in make test)"
	@echo "make test-lecture  every notebook once at the lecture size (not in make test)"
	@echo "make lab        open JupyterLab on notebooks/"
	@echo "make bench      matrix-multiply and training-speed benchmark"
	@echo "make bench-peers  nnlab beside PyTorch and scikit-learn (own venv .venv-bench, several GB)"
	@echo "make clean      remove build outputs (keeps .venv)"

setup:
	@environment/setup.sh

notebooks: setup
	$(PYTHON) environment/run_notebooks.py --jobs $(JOBS) $(PRESET) $(NOTEBOOKS)

.PHONY: site handouts test-seeds test-lecture

site: setup
	$(PYTHON) environment/run_notebooks.py --stale --jobs $(JOBS) $(PRESET)
	$(PYTHON) environment/build_site.py $(PRESET)

handouts: site
	@environment/setup.sh --browser
	$(PYTHON) environment/build_handouts.py --code $(CODE)

test:
	@environment/setup.sh --browser
	@$(MAKE) --no-print-directory test-java test-notebooks test-browser

test-java:
	./mvnw -B -ntp verify

test-notebooks:
	$(PYTHON) environment/run_notebooks.py --jobs $(JOBS)
	$(PYTHON) -m pytest -q environment/tests/test_notebook_outputs.py environment/tests/test_site_builder.py \
		environment/tests/test_runner.py environment/tests/test_notebook_sources.py

# The site and handouts of the quick preset, from the executed notebooks (run only if out of date);
# then the browser tests, the PDF tests and the interactive-controls tests (JupyterLab + Chromium).
test-browser:
	@$(MAKE) --no-print-directory site handouts SIZE=quick SEED= CODE=yes
	$(PYTHON) -m pytest -q environment/tests/test_browser.py environment/tests/test_handouts.py environment/tests/test_interactive.py

test-seeds: setup
	$(PYTHON) environment/check_seeds.py --jobs $(JOBS) $(NOTEBOOKS) --seeds 1 2 3 4 5

test-lecture: setup
	$(PYTHON) environment/run_notebooks.py --jobs $(JOBS) --size lecture $(NOTEBOOKS)

lab: setup
	.venv/bin/jupyter lab notebooks

bench: setup
	./mvnw -q -B -DskipTests test-compile
	java --add-modules jdk.incubator.vector -Xmx4g -cp "$(BENCH_CP)" org.nnlab.bench.Benchmark
	@echo "Reference: the same epoch with EJML's products (6,000 samples):"
	java -Dnnlab.gemm=ejml -Xmx4g -cp "$(BENCH_CP)" org.nnlab.bench.Benchmark --epoch-only --samples 6000

# PyTorch, scikit-learn and numpy in their own venv, never in the notebooks' .venv.
$(BENCH_VENV): environment/requirements-bench.txt
	python3 -m venv .venv-bench
	.venv-bench/bin/python -m pip install -q --disable-pip-version-check -r environment/requirements-bench.txt
	touch $@

bench-peers: setup $(BENCH_VENV)
	./mvnw -q -B -ntp -DskipTests test-compile
	.venv-bench/bin/python environment/bench/peers.py $(PEERS_ARGS)

clean:
	rm -rf build
	./mvnw -q -B clean
