"""Language helpers the extractors share: syntax, reporting cues, quotation marks, reported content, speakers, dates."""
