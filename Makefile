# nnlab: the two everyday commands are `make notebooks` and `make test`.
SHELL := /bin/bash
PYTHON := .venv/bin/python
NOTEBOOKS ?=
BENCH_CP := lib/target/classes:lib/target/test-classes:lib/target/kernel-classpath/*

.PHONY: help setup notebooks test test-java test-notebooks test-browser lab bench clean

help:
	@echo "make notebooks  set up if needed, then execute every notebook into build/notebooks/ (HTML too)"
	@echo "make test       set up if needed, then every test: Java unit tests, notebooks, browser tests"
	@echo "make lab        open JupyterLab on notebooks/"
	@echo "make bench      matrix-multiply and training-speed benchmark"
	@echo "make clean      remove build outputs (keeps .venv)"

setup:
	@environment/setup.sh

notebooks: setup
	$(PYTHON) environment/run_notebooks.py $(NOTEBOOKS)

test:
	@environment/setup.sh --browser
	@$(MAKE) --no-print-directory test-java test-notebooks test-browser

test-java:
	./mvnw -B -ntp verify

test-notebooks:
	$(PYTHON) environment/run_notebooks.py
	$(PYTHON) -m pytest -q environment/tests/test_notebook_outputs.py

test-browser:
	$(PYTHON) -m pytest -q environment/tests/test_browser.py

lab: setup
	.venv/bin/jupyter lab notebooks

bench: setup
	./mvnw -q -B -DskipTests test-compile
	java --add-modules jdk.incubator.vector -Xmx4g -cp "$(BENCH_CP)" org.nnlab.bench.Benchmark
	@echo "Reference: the same epoch with EJML's products (6,000 samples):"
	java -Dnnlab.gemm=ejml -Xmx4g -cp "$(BENCH_CP)" org.nnlab.bench.Benchmark --epoch-only --samples 6000

clean:
	rm -rf build
	./mvnw -q -B clean
