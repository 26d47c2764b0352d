"""Parse rendered reader markup into the marks covering each character, checking that marks nest."""

from html.parser import HTMLParser


class Coverage(HTMLParser):
    """Which marks (kind, ref) and whether boilerplate cover each character of the rendered text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.chars: list[tuple[str, frozenset]] = []
        self.tags: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "mark":
            self.stack.append(("mark", f"{attrs['data-kind']}:{attrs['data-ref']}"))
            self.tags.append(attrs)
        elif tag == "span":
            self.stack.append(("span", "boilerplate"))
        else:
            raise AssertionError(f"unexpected element <{tag}> in rendered text")

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, "marks must nest properly"
        self.stack.pop()

    def handle_data(self, data):
        covering = frozenset(name for _, name in self.stack)
        self.chars.extend((c, covering) for c in data)


def coverage(markup: str) -> Coverage:
    parser = Coverage()
    parser.feed(str(markup))
    parser.close()
    assert not parser.stack
    return parser


