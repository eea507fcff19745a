# Two commands for a newcomer: `make demo` and `make test`. Each sets up what it needs.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test eval bench libreoffice clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	@mkdir -p build/demo
	$(BIN)/matcher fill examples/demo/acme_checksheet.xlsx -o build/demo/ --force

# The fidelity tests open filled workbooks in LibreOffice headless (Excel is not available on Linux).
libreoffice:
	@command -v soffice >/dev/null 2>&1 || { \
	  echo "Installing LibreOffice (headless Calc) from Debian's packages for the fidelity tests..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	    libreoffice-calc-nogui >/dev/null; }

test: $(STAMP) libreoffice
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/matcher eval examples/

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_writer.py
	$(BIN)/python benchmarks/bench_batch.py

clean:
	rm -rf $(VENV) build .pytest_cache
