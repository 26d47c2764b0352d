"""Quotes: direct, indirect and mixed statements, each with its cue and its speaker entity.

A cue is a word from `data/reporting_verbs.txt` (a verb, or a noun such as 'claim') in one of the
frames the file gives it (control verbs such as 'refused to' state nothing, though the `attributions`
scope reports what the source means to do; finding verbs only a
'that' clause, or a bare one from a poll or study (and, in `attributions`, what it finds: 'the audit found 40
missing laptops'); a cue in a question reports nothing), `according
to`, a belief adjective after a linking verb ('residents are afraid that ...'), a colon after a name
opening a paragraph (a surname in capitals in a transcript), or a dash after a quote. Its content is the clause, infinitive or object it
reports, or the rest of the sentence when the cue is parenthetical (`..., the fighter said.`). Quoted text with no cue of its own joins the cue in its sentence, the
statement it continues, or the one just before; long quotes with none keep `speaker=None`, as do words on a sign; a quotation in title case away from any cue is a title, not a quote. Only
the outermost of nested attributions is kept (PolNeAR's convention). Speakers are resolved
through the Doc's `References` (`doc._.ng_references`), or left unlinked; an unresolved pronoun (or
'the statement') continues the previous speaker. Quotation marks pair within a paragraph only.

Modules, one concern each: `marks` (quotation marks in text), `cues` (cue words on tokens),
`content` (what a cue reports), `speakers` (who says it), `attribution` (statements from verb,
noun, `according to`, colon and dash cues), `direct` (quoted spans joining their statement),
`extractor` (the `Quote` records), `words` (the word lists, from `data/`).
"""

from .extractor import extract_quotes
from .marks import QuotedSpans, quote_kind, quoted_spans

__all__ = ["QuotedSpans", "extract_quotes", "quote_kind", "quoted_spans"]
