import io

import pytest

ARTICLE_HTML = """<!doctype html>
<html><head><title>Harbour workers end strike in Valparaiso</title>
<meta name="author" content="Lucia Ferrer">
<meta property="article:published_time" content="2025-02-11T08:00:00Z">
<link rel="canonical" href="https://news.example.org/valparaiso-strike"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article><h1>Harbour workers end strike in Valparaiso</h1>
<p>Dockworkers in the Chilean port of Valparaiso returned to work on Tuesday after a nine-day strike
that left dozens of container ships waiting offshore.</p>
<p>The union said it had won a pay rise of six percent and a promise of new safety inspections at the
terminals, which handle a large share of the country's fruit exports.</p>
<p>"We did not want to stop the port, but we had no other way to be heard," union leader Pablo Rojas
told reporters outside the main gate.</p>
<p>Port officials said the backlog of ships would take about a week to clear.</p></article>
<footer>Subscribe to our newsletter. Copyright 2025 Example News.</footer></body></html>
"""


@pytest.fixture
def article_html() -> str:
    return ARTICLE_HTML


@pytest.fixture
def warc_bytes() -> bytes:
    """A small WARC written here: one HTML response, one request, one image response."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for uri, content_type, body in [
        ("https://news.example.org/valparaiso-strike", "text/html; charset=utf-8", ARTICLE_HTML.encode()),
        ("https://news.example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
    ]:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
    request = StatusAndHeaders("GET /valparaiso-strike HTTP/1.1", [("Host", "news.example.org")], is_http_request=True)
    writer.write_record(writer.create_warc_record("https://news.example.org/valparaiso-strike", "request", http_headers=request))
    return buffer.getvalue()
