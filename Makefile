PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV ?= ../shared/corpus/dev
STORE ?= ./coopkg-store
DUMP ?=

.PHONY: demo test lint eval bench bench-quick clean virtuoso-up virtuoso-down serve pictures

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	rm -rf $(STORE)
	$(BIN)/coopkg --store $(STORE) init
	$(BIN)/coopkg --store $(STORE) load seeds/
	$(BIN)/coopkg --store $(STORE) query agreements-linking --format records \
	    -p type_a=Incubator -p place_a=Xinjiang -p type_b=Foundation -p place_b=Kazakhstan

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks examples scripts

eval: $(STAMP)
	@if [ -d "$(DEV)" ]; then $(BIN)/coopkg evaluate "$(DEV)" $(if $(DUMP),--dump-facts $(DUMP)); \
	else echo "no dev corpus at $(DEV); skipping"; fi

clean:
	rm -rf $(VENV) $(STORE) dist build

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

# docs/timeline.svg and docs/network.svg (shown in README.md) from a demo store of seeds/ and
# tests/articles/, drawn by coopkg.plots; commit them when they change.
pictures: $(STAMP)
	$(BIN)/python scripts/pictures.py --out docs

bench-quick: $(STAMP)
	$(BIN)/python benchmarks/bench.py --quick

virtuoso-up:
	bash tests/virtuoso/up.sh

virtuoso-down:
	bash tests/virtuoso/down.sh
