"""Extractors: one module each, all shaped `extract_x(doc, *, options) -> Iterator[Record]`."""
