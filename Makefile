# Two commands do all the set-up: `make report` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SEEDS  ?= seeds
OUT    ?= reports

.PHONY: report test unit nbtest lab notebooks extract bench clean help

help:
	@echo "make report  - set up .venv if needed, analyse SEEDS=$(SEEDS) into OUT=$(OUT)/"
	@echo "make test    - set up .venv if needed, run unit tests and notebook tests (nbval)"
	@echo "make lab     - open JupyterLab on notebooks/ with the project's environment"
	@echo "make notebooks - re-execute and normalise the stored notebooks"
	@echo "make bench   - run the speed benchmarks in benchmarks/"

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (cn-news-analysis)" >/dev/null
	touch $(STAMP)

report: $(STAMP)
	$(BIN)/python -m analysis report $(SEEDS) --out $(OUT)

extract: $(STAMP)
	$(BIN)/python -m analysis extract $(SEEDS) --out $(OUT)/extractions.json

test: unit nbtest

unit: $(STAMP)
	$(BIN)/python -m pytest -q tests

nbtest: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider --nbval --nbval-current-env \
		--nbval-sanitize-with tests/nbval_sanitize.cfg notebooks

lab: $(STAMP)
	cd notebooks && ../$(BIN)/jupyter lab $(if $(filter 0,$(shell id -u)),--allow-root)

notebooks: $(STAMP)
	$(BIN)/python -m analysis notebooks notebooks

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_report.py
	$(BIN)/python benchmarks/bench_keywords.py
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_scale.py 300

clean:
	rm -rf $(VENV) $(OUT)
