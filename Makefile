# Two commands on a fresh machine with only python3:  make demo  |  make test
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed
BINDIR ?= $(HOME)/.local/bin
DEVSTAMP = $(VENV)/.installed-dev

.PHONY: demo test test-fast install dev lint typecheck reports bench bench-quick train clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python setup.cfg pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(DEVSTAMP): $(BIN)/python setup.cfg pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(STAMP)

# the console script on the PATH, as pipx would put it: a link in ~/.local/bin to the venv's script
install: $(STAMP)
	mkdir -p $(BINDIR)
	ln -sf $(abspath $(BIN))/provenance $(BINDIR)/provenance
	@case ":$$PATH:" in \
	  *":$(BINDIR):"*) echo "provenance is installed: $(BINDIR)/provenance";; \
	  *) echo "provenance is installed in $(BINDIR), which is not on your PATH: add"; \
	     echo "  export PATH=\"$(BINDIR):\$$PATH\""; \
	     echo "to your shell's profile (or run $(abspath $(BIN))/provenance)";; \
	esac
dev: $(DEVSTAMP)

demo: $(STAMP)
	$(BIN)/provenance demo

test: $(DEVSTAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# the quick loop while editing: SQLite only, no slow tests, one worker a core (pytest-xdist)
test-fast: $(DEVSTAMP)
	$(BIN)/python -m pytest -m "not slow and not postgres" -n auto -q $(PYTEST_ARGS)

lint: $(DEVSTAMP)
	$(BIN)/ruff check provenance tests benchmarks reports
	$(BIN)/mypy

reports: $(STAMP)
	$(BIN)/python reports/generate.py

bench: $(DEVSTAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/run.py

bench-quick: $(DEVSTAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/run.py --quick

# make train TRAIN=path/train.jsonl [DEV=path/dev.jsonl] [REFRESH=1]: rebuild the model in provenance/data/ (the
# same data gives the same files) and, with DEV, print the dev figures of rules only, model only and both; the
# word classes it reads are frozen in provenance/data/model_word_classes.json, rebuilt from the lexicon by REFRESH=1
train: $(STAMP)
	@test -n "$(TRAIN)" || { echo "give TRAIN=path/to/train.jsonl (PolNeAR format)"; exit 2; }
	$(BIN)/python -m pip install --quiet -e '.[train]'
	nice $(BIN)/python -m provenance.train --train "$(TRAIN)" $(if $(DEV),--dev "$(DEV)" --ablation) $(if $(REFRESH),--refresh-classes)

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .hypothesis test-output
