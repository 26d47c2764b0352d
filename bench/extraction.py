"""Main-text extraction on the 181 pages of ../shared/corpora/html-articles against ground truth.

Prints shingle precision, recall and F1 for newsgraph's HTML reader and, beside it, for
trafilatura's plain `extract()` with default settings.

    .venv/bin/python bench/extraction.py
"""

from __future__ import annotations

import gzip
import json
import time
import warnings
from pathlib import Path

import trafilatura

from newsgraph.errors import InputError
from evaluation.extraction import score_extraction
from newsgraph.ingest.html import read_html

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "html-articles"


def main() -> None:
    truth = json.loads((CORPUS / "ground-truth.json").read_text(encoding="utf-8"))
    ours, plain = [], []
    started = time.perf_counter()
    for page_id, gold in sorted(truth.items()):
        html = gzip.decompress((CORPUS / "html" / f"{page_id}.html.gz").read_bytes())
        try:
            text = read_html(html, page_id).text
        except InputError:
            text = ""
        ours.append((text, gold["articleBody"]))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            plain.append((trafilatura.extract(html) or "", gold["articleBody"]))
    seconds = time.perf_counter() - started
    print(f"{len(truth)} pages in {seconds:.1f} s (both extractors)")
    for name, pairs in (("newsgraph HTML reader", ours), ("trafilatura.extract()", plain)):
        s = score_extraction(pairs)
        print(f"{name:<24} precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}")


if __name__ == "__main__":
    main()
