"""One real SparkSession (local[2]) for all Spark tests, and a small corpus in every input format.

The tests skip with a one-line reason where pyspark or Java is absent.
"""

from __future__ import annotations

import gzip
import io
import json
import shutil

import pytest

STORIES = [
    ("https://wire.example.net/port-strike", "Dockworkers end strike at Valparaiso port", "2025-02-11",
     "Dockworkers in the Chilean port of Valparaiso returned to work on Tuesday after a nine-day strike. "
     '"We had no other way to be heard," union leader Pablo Rojas told reporters outside the main gate. '
     "Port officials said the backlog of container ships would take about a week to clear."),
    ("https://wire.example.net/border-talks", "Kenya and Uganda hold border talks", "March 3, 2025",
     "Kenyan and Ugandan officials met in Kampala on Monday to discuss a dispute over fishing rights on Lake "
     "Victoria. Foreign Minister Grace Achieng said the talks had been constructive. Police in Busia arrested "
     "four fishermen last week, local media reported."),
    ("https://wire.example.net/flood-aid", "Floods displace thousands in Bangladesh", "not a date",
     "Floods in northern Bangladesh forced thousands of families from their homes, the government said on "
     'Sunday. "Our teams are working day and night," Disaster Minister Farid Hossain said in Dhaka. The World '
     "Food Programme promised emergency aid to the worst-hit districts."),
]
TEXT_STORY = (
    "Farmers in northern France blocked roads near Lille on Wednesday to protest against cheap imports. "
    "Agriculture Minister Claire Dubois said the government would meet union leaders in Paris next week. "
    '"We cannot sell below the cost of production," said farmer Louis Martin.\n'
)
HTML_STORY = """<!doctype html><html><head><title>Rail workers strike in Berlin</title>
<meta property="article:published_time" content="2025-01-20T07:00:00Z">
<link rel="canonical" href="https://wire.example.net/berlin-rail"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav><article><h1>Rail workers strike in Berlin</h1>
<p>Rail workers in Berlin walked out on Monday in a dispute over pay, halting most regional trains across Germany.</p>
<p>The GDL union said the strike would last two days. Transport Minister Jonas Keller urged both sides to return to talks.</p>
<p>"Passengers are paying the price," Keller told reporters in Berlin.</p></article>
<footer>Copyright 2025 Example Wire.</footer></body></html>
"""
WARC_STORY = HTML_STORY.replace("Berlin", "Munich").replace("berlin-rail", "munich-rail")
PARQUET_STORY = (
    "https://wire.example.net/lagos-fuel", "Fuel queues return to Lagos",
    "Long queues formed at petrol stations in Lagos on Friday as a fuel shortage spread across Nigeria. "
    "The state oil company said supplies would return to normal within days. Drivers said they had waited "
    "for hours.",
)
NOT_ENGLISH = ("Die Regierung in Berlin hat am Montag neue Regeln für den Bahnverkehr beschlossen, "
               "und die Gewerkschaft hat den Streik für die ganze Woche angekündigt. ") * 3


@pytest.fixture(scope="session")
def spark(tmp_path_factory):
    """One local[2] SparkSession for every Spark test (its start-up is paid once)."""
    pytest.importorskip("pyspark", reason="pyspark is not installed: pip install 'newsgraph[spark]'")
    if shutil.which("java") is None:
        pytest.skip("Java is not installed: make spark-deps (apt-get install -y openjdk-17-jre-headless)")
    from newsgraph.spark.job import session

    spark = session("local[2]", app="newsgraph tests", progress=False, conf={"spark.ui.enabled": "false"})
    yield spark
    spark.stop()


def _warc(html: str) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    uri = "https://wire.example.net/munich-rail"
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(html.encode()), http_headers=headers))
    writer.write_record(writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
    return buffer.getvalue()


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    """A folder `ingest` reads (JSONL, text, HTML, WARC, with bad records) and a Parquet folder beside it."""
    root = tmp_path_factory.mktemp("corpus")
    folder = root / "news"
    (folder / "wire").mkdir(parents=True)
    lines = [json.dumps({"url": u, "title": t, "published": p, "text": x}) for u, t, p, x in STORIES]
    lines += [
        "{this is not json",
        json.dumps({"title": "A record without text"}),
        json.dumps({"url": STORIES[0][0], "text": "The same URL again: a duplicate of the first story."}),
    ]
    (folder / "wire" / "stories.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "france-farmers.txt").write_text(TEXT_STORY, encoding="utf-8")
    (folder / "berlin-rail.html.gz").write_bytes(gzip.compress(HTML_STORY.encode()))
    (folder / "crawl.warc.gz").write_bytes(_warc(WARC_STORY))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "german.txt").write_text(NOT_ENGLISH, encoding="utf-8")
    import pyarrow as pa
    import pyarrow.parquet as pq

    tables = root / "tables"
    tables.mkdir()
    url, title, text = PARQUET_STORY
    pq.write_table(pa.table({"url": [url, None], "title": [title, "Empty"], "text": [text, "  "]}), tables / "news.parquet")
    return root
