# Two commands for a newcomer: `make demo` and `make test`. Each sets up its own virtual environment.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test eval bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	@mkdir -p build/demo
	$(BIN)/matcher fill examples/demo/acme_checksheet.xlsx -o build/demo/ --force

test: $(STAMP)
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/matcher eval examples/

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_writer.py

clean:
	rm -rf $(VENV) build .pytest_cache
