"""What a cue verb reports: its content as character spans, from the dependency parse.

The content is the clause, infinitive or object the verb governs, the rest of the sentence when
the cue is parenthetical ('..., the fighter said.'), or what follows a colon ('said: ...', on through
the sentences of its paragraph, or the next paragraph when the colon ends its own).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from ...lang.cues import CLAUSE_ANY, CLAUSE_THAT, CueFrames, cue_lexicon
from ...lang.syntax import (
    CLAUSE_SUBJECT_DEPS,
    PREP_OBJECT_DEPS,
    SUBJECT_DEPS,
    VERB_POS,
    has_child,
    is_finite_clause,
    is_infinitive,
)
from ...lang.paragraphs import paragraph_of
from .cues import cue_lemma, is_reporting_verb, is_statement_medium, opened_by_as, verb_cue_frames
from .marks import QuotedSpans, trim_all
from .words import quote_words

__all__ = [
    "content_roots",
    "modifiers_end",
    "passive_roots",
    "reported_content",
    "says_something",
    "splits_clause",
    "states",
    "subtree_span",
]


def content_roots(verb: Token, frames: CueFrames, *, attributions: bool = False) -> list[Token]:
    """The children of a cue verb that hold its content; with `attributions`, as PolNeAR marks them,
    a verb of knowing or finding ('that' in its frames) also reports a finite clause with no 'that'
    ('knew the dam would not hold') and evidence shows what a poll does ('the video shows an officer
    ...'): news statements leave out what tests or footage showed."""
    if _inverted_condition(verb):
        return []  # "..., should the government refuse to lift the tax"
    roots = []
    for child in verb.children:
        infinitive = child.dep_ == "xcomp" and frames.infinitive and has_child(child, "aux", "to")
        clause = child.dep_ == "ccomp" or _is_that_clause_as_adverbial(verb, child) or _is_fronted_fragment(verb, child)
        obj = child.dep_ == "dobj" and _object_fits(verb, child, frames, attributions)
        if (clause and _clause_fits(verb, child, frames, attributions)) or infinitive or obj:
            roots.append(child)
        elif child.dep_ == "prep" and child.lower_ in frames.preps:
            roots.extend(g for g in child.children if g.dep_ in PREP_OBJECT_DEPS)
        elif child.dep_ == "xcomp" and frames.obj and child.tag_ == "VBG":
            roots.append(child)  # 'denied doing anything wrong': a gerund object
        elif child.dep_ == "prep":
            roots.extend(_clause_on_medium(child) or _clause_on_adjunct(child))
        if child.dep_ == "dobj" and frames.clause == CLAUSE_ANY:
            roots.extend(_clause_on_addressee(child))
    if roots:
        roots.extend(
            c for c in verb.children
            if c.dep_ == "conj"
            and c.i > roots[-1].i
            and (_continues_content(c) or _joins_infinitive(c))
        )
    return roots


def passive_roots(verb: Token, frames: CueFrames, roots: list[Token]) -> list[Token]:
    """'The plan was endorsed by the board', 'Turnout is expected to rise', 'He was dubbed the winner':
    PolNeAR takes the subject of a passive cue whose object is what it reports (or that reports an
    infinitive) as content, with what completes it after the verb; its agent is the source, or there is
    none. 'It' before a reported clause ('it was announced that ...') stands for the clause: no roots."""
    if verb.lemma_ == "quote" or not (frames.obj or any(is_infinitive(r) for r in roots)):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or (subject.lower_ == "it" and any(r.dep_ == "ccomp" for r in roots)):
        return []
    completing = [
        c for c in verb.children
        if c.i > verb.i and (_completes_object(c) or (c.dep_ == "prep" and c.lower_ in frames.preps))
    ]
    return [subject, *completing]


def _is_that_clause_as_adverbial(verb: Token, clause: Token) -> bool:
    """'tweeted in the early hours that A': the parse may hang a reported clause after the cue as an
    adverbial one; a clause opened by a bare 'that' ('so that', 'now that' are adverbial) with a subject
    of its own is the cue's content all the same."""
    opener = clause.left_edge
    if clause.dep_ != "advcl" or opener.i <= verb.i or opener.lower_ != "that" or opener.head.i != clause.i:
        return False
    if opener.dep_ not in {"mark", "advmod"} or opener.nbor(-1).lower_ in quote_words().adverbial_that:
        return False
    return any(c.dep_ in CLAUSE_SUBJECT_DEPS and c.i != opener.i for c in clause.children)


def _is_fronted_fragment(verb: Token, child: Token) -> bool:
    """'Flood defences weak on the coast, engineers say': a verbless statement before the cue, set
    off by a comma, that the parse leaves unlabelled is the cue's content all the same."""
    after = child.right_edge.i + 1
    return child.dep_ == "dep" and child.i < verb.i and after < verb.i and child.doc[after].text == ","


def _object_fits(verb: Token, obj: Token, frames: CueFrames, evidence: bool) -> bool:
    """Whether the cue may report this object: any object of a verb whose object is the message
    ('denied the report') but a bare one that reports nothing ('said nothing'); the target of a judgement
    only with what is said of it ('praised X for Y', 'denounced X as Y'), as 'criticized the
    president' says nothing of its own; what a poll or a study finds ('the audit found 40 missing
    laptops', 'polls show a tight race'), though its verb takes no object from a person."""
    if obj.lower_ in quote_words().empty_objects and not list(obj.children):
        return False
    if not frames.obj:
        return frames.clause == CLAUSE_THAT and _reports_findings(verb, evidence)
    if not frames.target:
        return True
    judged = quote_words().judgement_prepositions  # the parse may hang 'as Y' on the object
    return any(c.i > obj.i and _completes_object(c) for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ in judged for c in obj.children
    )


def _clause_on_medium(prep: Token) -> list[Token]:
    """'told reporters at a news conference that ...': the parse hangs the reported clause on the
    medium the cue was made in; it is the cue's content all the same."""
    return [
        clause
        for medium in prep.children
        if medium.dep_ == "pobj" and is_statement_medium(medium)
        for clause in medium.children
        if clause.dep_ in {"relcl", "acl", "ccomp"} and has_child(clause, "mark", "that")
    ]


def _clause_on_adjunct(prep: Token) -> list[Token]:
    """'claimed at the time that they were treated well', 'told aides on a regular basis that ...': the
    parse may read the reported clause as a relative or adjectival clause of a phrase between the cue and
    it; a clause opened by a 'that' that is no argument of it (a relative 'that' is its subject or
    object), with a subject of its own, is the cue's content."""
    return [
        clause
        for noun in prep.children
        if noun.dep_ == "pobj"
        for clause in noun.children
        if clause.dep_ in {"relcl", "acl"}
        and clause.left_edge.i == noun.i + 1
        and clause.left_edge.lower_ == "that"
        and clause.left_edge.dep_ in {"mark", "advmod"}
        and any(c.dep_ in SUBJECT_DEPS and c.i != clause.left_edge.i for c in clause.children)
    ]


def _clause_on_addressee(addressee: Token) -> list[Token]:
    """'tells the paper that he fought ...': the parse may read the reported clause as a relative
    clause of the one told; a clause opened by 'that' right after that noun, with a subject of its
    own, is the cue's content all the same."""
    return [
        clause
        for clause in addressee.children
        if clause.dep_ == "relcl"
        and clause.left_edge.i == addressee.i + 1
        and clause.left_edge.lower_ == "that"
        and any(c.dep_ in SUBJECT_DEPS and c.i != clause.left_edge.i for c in clause.children)
    ]


def _clause_fits(verb: Token, clause: Token, frames: CueFrames, attributions: bool) -> bool:
    """Whether the cue may report this clause: any clause, one opened by 'that', reported by a poll
    or (with `attributions`) finite ('found that ...', 'the poll found most ...', 'knew the dam would
    not hold', not 'found it hard'), or one before the cue only ('..., he continued'), as its frames say."""
    if _inverted_condition(clause):
        return False
    if frames.clause == CLAUSE_ANY or clause.i < verb.i:
        return True
    return frames.clause == CLAUSE_THAT and (
        has_child(clause, "mark", "that")
        or (attributions and is_finite_clause(clause))
        or _reports_findings(verb, attributions)
    )


def _inverted_condition(clause: Token) -> bool:
    """', should the ministry fail to act', ', had they known': a clause opened after a comma by an
    auxiliary before its subject is a condition on another clause, not what was said, and its verb
    reports nothing."""
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in quote_words().condition_openers
        and c.i < subject.i and c.i > 0 and c.nbor(-1).text == ","
        for c in clause.children
    )


def _reports_findings(verb: Token, evidence: bool) -> bool:
    """'Polls show a tight race', 'the survey showed most were ...': the subject of the cue is a poll,
    a study or a count, which reports what it found with no 'that'; 'tests showed ...' is evidence,
    'investigators found the wreck' an act. With `evidence`, footage or records show what they
    show as a poll does ('video of the arrest shows an officer ...'), as PolNeAR marks it."""
    words = quote_words()
    return any(
        c.dep_ in SUBJECT_DEPS
        and (c.lemma_.lower() in words.finding_sources or evidence and c.lemma_.lower() in words.evidence_sources)
        for c in verb.children
    )


def reported_content(doc: Doc, text: str, verb: Token, roots: list[Token]) -> list[tuple[int, int]]:
    """The spans a cue verb reports, given its `content_roots`: trimmed, none empty."""
    content: list[tuple[int, int]] = []
    colon = _colon_after(verb)
    if colon is not None and (following := _paragraph_after(text, colon.idx + 1)) is not None:
        return trim_all(text, [following])  # 'The mayor added:' ending a paragraph: the next one is what she added
    if _is_parenthetical(verb, roots):
        content = _in_paragraph(text, verb.idx, _around(doc, verb, roots))
    elif roots:
        content = _in_paragraph(text, verb.idx, [_root_span(doc, verb, root) for root in roots])
    elif (colon := _colon_after(verb)) is not None:
        content = _after_colon(doc, colon)
    if content and _colon_after(verb) is not None:
        content = _in_paragraph(text, content[-1][0], _continued_after_colon(doc, content))
    return trim_all(text, content)


def _paragraph_after(text: str, at: int) -> tuple[int, int] | None:
    """The next paragraph when only white space stands between `at` and the end of its own, else None."""
    line_end = text.find("\n", at)
    if line_end == -1 or text[at:line_end].strip():
        return None
    rest = text[line_end:]
    start = line_end + len(rest) - len(rest.lstrip())
    return paragraph_of(text, start) if start < len(text) else None


def _in_paragraph(text: str, at: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans cut to the paragraph holding `at`: a parse run on past a paragraph break (a time
    stamp, a rule line) does not carry the content into the next paragraph."""
    start, end = paragraph_of(text, at)
    return [(max(s, start), min(e, end)) for s, e in spans if s < end and e > start]


def subtree_span(root: Token) -> tuple[int, int]:
    """A content root's words, without a leading 'that' or a trailing conjunction."""
    tokens = sorted(root.subtree, key=lambda t: t.i)  # a non-projective parse yields them out of order
    if (
        len(tokens) > 1
        and tokens[0].lower_ == "that"
        and tokens[0].head.i == root.i
        and (tokens[0].dep_ == "mark" or root.dep_ == "relcl")
    ):
        tokens = tokens[1:]
    while len(tokens) > 1 and (tokens[-1].dep_ == "cc" or tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    first, last = tokens[0], tokens[-1]
    return first.idx, last.idx + len(last)


def _continues_content(conj: Token) -> bool:
    """'said A, and (that) B': a clause conjoined to the cue verb that is not a statement of its own
    ('and that B', or a clause with its own subject and no reporting verb reporting something)
    continues the content."""
    if has_child(conj, "mark", "that"):
        return True
    has_subject = any(g.dep_ in CLAUSE_SUBJECT_DEPS for g in conj.children)
    frames = cue_lexicon().get(cue_lemma(conj))
    # 'and he sees first hand their love': a cue word reporting nothing here is no statement of its own
    return has_subject and (frames is None or not content_roots(conj, frames))


def _joins_infinitive(conj: Token) -> bool:
    """'wants to cut jobs, close depots and sell ...', 'backs rules to end X, cap Y and remove Z': a
    bare verb with no subject that the parse conjoins to a cue verb of another form after an
    infinitive of that verb (its content, or what completes its object) is one more thing the
    infinitive says; a subjectless present tag is a bare verb misread ('declined to blame X or even
    call it ...')."""
    return (
        conj.dep_ == "conj"
        and conj.tag_ in {"VB", "VBP"}
        and conj.head.tag_ != conj.tag_
        and not any(c.dep_ in CLAUSE_SUBJECT_DEPS or c.dep_ == "aux" for c in conj.children)
        and any(is_infinitive(c) and c.i < conj.i for c in conj.head.children)
    )


def _root_span(doc: Doc, verb: Token, root: Token) -> tuple[int, int]:
    """A content child's subtree; a clause after the verb that lost its subject to the verb
    in the parse ('said about half of X reflected Y') takes back the words in between."""
    start, end = subtree_span(root)
    if (
        root.dep_ == "ccomp"
        and root.i > verb.i
        and not any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in root.children)
    ):
        gap = [t for t in doc[verb.i + 1 : root.left_edge.i] if not t.is_punct and not t.is_space]
        if gap and all(_in_subtree_of_child(t, verb) for t in gap) and gap[0].dep_ != "dobj":
            start = gap[0].idx
    if root.i > verb.i:
        end = max(end, _trailing_end(doc, verb, root))
    if root.dep_ in {"dobj", "pobj"}:
        end = max(
            [end] + [subtree_span(c)[1] for c in verb.children if c.i > root.i and _completes_object(c)]
        )
        end = max(end, modifiers_end(doc, verb, root))
    return start, end


def modifiers_end(doc: Doc, verb: Token, root: Token) -> int:
    """'grumbled about the sound on the day after the vote': the phrases of time, place and
    circumstance that the parse hangs on the cue verb right after a reported object belong to it,
    up to a comma, a clause or the medium the statement was made in ('... in a statement')."""
    last = root.head if root.dep_ == "pobj" else root
    end = -1
    for child in (c for c in verb.children if c.i > last.i):
        gap = doc[last.right_edge.i + 1 : child.left_edge.i]
        if any(not t.is_space for t in gap) or child.dep_ not in {"prep", "npadvmod"}:
            break
        if any(g.dep_ == "pobj" and is_statement_medium(g) for g in child.children):
            break
        end, last = subtree_span(child)[1], child
    return end


def _trailing_end(doc: Doc, verb: Token, root: Token) -> int:
    """'told X that A, the first time they spoke': words after a comma or dash that the parse hung on the
    cue verb, up to the sentence end, still belong to the content; a cue among them ends it."""
    sentence_end = verb.sent.end
    last = sentence_end - 1
    while last > root.right_edge.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    trailing = doc[root.right_edge.i + 1 : last + 1]
    if not trailing or trailing[0].text not in {",", "—", "–", "-"}:
        return -1
    for token in trailing:
        own_clause = token.dep_ not in {"relcl", "acl", "amod"}  # 'the time the two men spoke' is no cue
        if token.lower_ == "according" or (own_clause and is_reporting_verb(token)):
            return -1
        if not any(a.i == verb.i for a in token.ancestors) or any(a.i == root.i for a in token.ancestors):
            return -1
    return trailing[-1].idx + len(trailing[-1])


def states(root: Token, frames: CueFrames, quotes: QuotedSpans) -> bool:
    """Whether a content root says something: a clause, a gerund ('denied taking the money'), an
    object with quoted words in it ('described it as "a disgrace"'), with the cue's own preposition
    ('accused the minister of fraud') or with a clause in what completes it ('cited the vote as
    proof that it works') or what someone is charged with ('was accused of fraud'). A bare object,
    or a preposition's, names a thing ('denied the allegations', 'announced a strike', 'called for
    calm', 'warned of floods') and an infinitive is what someone is urged or vows to do ('urged
    residents to leave'): neither is a statement."""
    if is_infinitive(root) or _joins_infinitive(root):
        return False
    if root.dep_ in PREP_OBJECT_DEPS and root.tag_ != "VBG" and not _charged(root):
        return says_something(root, quotes)
    if root.dep_ != "dobj" or root.tag_ == "VBG" or _misread_clause(root):
        return True
    if any(c.dep_ == "prep" and c.lower_ in frames.preps for c in root.children):
        return True
    completing = [c for c in root.head.children if c.i > root.i and _completes_object(c)]
    return any(quotes.at(t.idx) is not None for part in [root, *completing] for t in part.subtree) or any(
        t.pos_ in VERB_POS for part in completing if not is_infinitive(part) for t in part.subtree
    )


def _misread_clause(obj: Token) -> bool:
    """'says its plant-based burgers now outsell beef': an object whose parse hangs a subject on a
    noun, or has an apposition no comma sets off, is a reported clause whose verb the parse took
    for an adjective ('said a prayer for those who died' is no clause: 'who' is a verb's subject)."""
    subject = any(t.dep_ in SUBJECT_DEPS and t.head.pos_ not in VERB_POS for t in obj.subtree)
    return subject or any(
        c.dep_ == "appos" and c.pos_ in {"NOUN", "PROPN"} and not c.doc[c.left_edge.i - 1].is_punct
        for c in obj.rights
    )  # 'wrote the letter himself': a reflexive is no clause


def says_something(phrase: Token, quotes: QuotedSpans) -> bool:
    """Whether a phrase holds quoted words or a verb: something said of a thing, not the bare thing."""
    return any(quotes.at(t.idx) is not None or t.pos_ in VERB_POS for t in phrase.subtree)


def _charged(pobj: Token) -> bool:
    """'accused the minister of fraud', 'was accused of rape': a preposition's object that says what
    the cue's object (or passive subject) did or is, not a topic ('warned of floods')."""
    cue = pobj.head.head
    return pobj.head.dep_ == "prep" and any(c.dep_ in {"dobj", "nsubjpass"} for c in cue.children)


def _completes_object(child: Token) -> bool:
    """What follows a reported object and belongs to it: 'called him a liar', 'urged them to act',
    'criticized him for saying', 'defended Clinton against allegations'."""
    if child.dep_ in {"oprd", "xcomp", "ccomp"}:
        return True
    if child.dep_ == "advcl":
        return is_infinitive(child)
    return child.dep_ == "prep" and child.lower_ in quote_words().object_prepositions


def _in_subtree_of_child(token: Token, verb: Token) -> bool:
    while token.head.i != token.i:
        if token.head.i == verb.i:
            return token.dep_ in {"prep", "npadvmod", "nsubj", "dep", "advmod"}
        token = token.head
    return False


def _after_colon(doc: Doc, colon: Token) -> list[tuple[int, int]]:
    """'X said: ...': the rest of the sentence, or the next sentence when the colon ends one."""
    sentence = colon.sent
    following = [t for t in doc[colon.i + 1 : sentence.end] if not t.is_space]
    if not following and sentence.end < len(doc):
        following = [t for t in doc[sentence.end].sent if not t.is_space]
    if not following:
        return []
    return [(following[0].idx, following[-1].idx + len(following[-1]))]


def _continued_after_colon(doc: Doc, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'X added: A. B. C.': what a colon opens runs on through the sentences after it in its
    paragraph, up to one with a cue of its own."""
    last = doc.char_span(content[-1][0], content[-1][1], alignment_mode="expand")
    if last is None:
        return content
    sentence, end = last[-1].sent, content[-1][1]
    if end < sentence[-1].idx:
        return content  # the content stops inside its sentence
    while sentence.end < len(doc) and "\n" not in doc[sentence.end - 1].text_with_ws:
        sentence = doc[sentence.end].sent
        if "\n" in sentence.text.strip() or any(t.lower_ == "according" or is_reporting_verb(t) for t in sentence):
            break
        end = max(end, sentence.end_char)
    return content[:-1] + [(content[-1][0], end)]


def _is_parenthetical(verb: Token, roots: list[Token]) -> bool:
    """'..., the fighter said.' / 'Trump, he said, is wrong': the cue interrupts or closes its content."""
    if verb.dep_ not in {"parataxis", "conj", "advcl", "ccomp", "ROOT"}:
        return False
    if not _may_be_aside(verb):
        return False
    if any(r.i > verb.i for r in roots):
        return False
    phrase = _cue_phrase(verb, roots)
    left, right = phrase[0], phrase[-1]
    sentence = verb.sent
    before = left.i - 1
    after = right.i + 1
    if before < sentence.start or (before == sentence.start and sentence[0].text in _OPENING_BRACKETS):
        return _opens_as_aside(verb, right)
    opens = left.nbor(-1).text in {",", "”", '"', "''", "—", "–"} or left.nbor(-1).is_quote
    closes = after >= sentence.end or right.nbor(1).is_punct
    if not (opens and closes):
        return False
    return verb.dep_ != "ROOT" or any(r.i < verb.i for r in roots)


_OPENING_BRACKETS = frozenset({"(", "["})
_CLOSING_BRACKETS = frozenset({")", "]"})


def _opens_as_aside(verb: Token, last: Token) -> bool:
    """'As experts have pointed out, A': an 'as' clause opening the sentence (or a bracket), set off
    by a comma, says the rest of it; a verb of talking about a topic ('As the minister spoke, ...') tells when,
    unless it also reports a message ('As the ministry had warned, ...')."""
    frames = verb_cue_frames(verb)
    return (
        verb.dep_ == "advcl"
        and opened_by_as(verb)
        and frames is not None
        and ("about" not in frames.preps or frames.obj)  # 'as the minister spoke' tells when
        and last.i + 1 < verb.sent.end - 1
        and last.nbor(1).text in {",", "—", "–"}
    )


def _may_be_aside(verb: Token) -> bool:
    """An aside names its source ('..., the fighter said'); a participle ('..., citing X'), a clause
    of its own ('..., while the US maintains tariffs', '... when he responded') or a verb with a
    complement of its own ('..., as the league decided to move it') is no aside ('as she said' is one)."""
    if not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    for child in verb.children:
        if child.dep_ == "xcomp" or (child.dep_ == "mark" and child.lower_ != "as"):
            return False
        if child.dep_ == "advmod" and child.tag_ == "WRB" and child.i < verb.i:
            return False
    return True


def _cue_phrase(verb: Token, roots: list[Token]) -> list[Token]:
    """The verb with its subject and modifiers: its subtree without the content, nor a clause set
    off before it by a comma ('If A fails, he argues, B': the condition is part of what he argues)."""
    fronted = [c for c in verb.children if c.dep_ in _FRONTED_CLAUSE_DEPS and c.i < verb.i and _set_off(c, verb)]
    excluded = {t.i for r in roots + fronted for t in r.subtree}
    phrase = sorted((t for t in verb.subtree if t.i not in excluded), key=lambda t: t.i)
    while len(phrase) > 1 and phrase[0].is_punct:
        phrase.pop(0)
    while len(phrase) > 1 and phrase[-1].is_punct:
        phrase.pop()
    return phrase


_FRONTED_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "csubj"})


def _set_off(clause: Token, verb: Token) -> bool:
    """A punctuation mark stands between the clause and the rest of the cue phrase before the verb."""
    return any(t.is_punct for t in verb.doc[clause.right_edge.i + 1 : verb.i])


def _around(doc: Doc, verb: Token, roots: list[Token]) -> list[tuple[int, int]]:
    """The sentence around a parenthetical cue, without the cue phrase: one or two fragments, or
    the whole sentence when the cue interrupts one clause ('The bridge, he said, will open'); a
    sentence in brackets is reported without them."""
    fronted = [c for c in verb.children if c.dep_ == "ccomp"] + [r for r in roots if r.dep_ == "dep"]
    phrase = _cue_phrase(verb, fronted)
    first, end = verb.sent.start, verb.sent.end
    if doc[first].text in _OPENING_BRACKETS:
        first += 1
        if doc[end - 1].text in _CLOSING_BRACKETS:
            end -= 1
    left, right = phrase[0].i, phrase[-1].i
    last = doc[end - 1]
    if left > first and right + 1 < end and splits_clause(doc[first:left], doc[right + 1 : end]):
        return [(doc[first].idx, last.idx + len(last))]
    fragments = []
    if left > first:
        fragments.append((doc[first].idx, doc[left - 1].idx + len(doc[left - 1])))
    if right + 1 < end:
        fragments.append((doc[right + 1].idx, last.idx + len(last)))
    return fragments


def splits_clause(before: Iterable[Token], after: Iterable[Token]) -> bool:
    """Whether an aside cuts one clause in two: a word before it is the subject or an auxiliary of
    a verb after it ('The bridge, he said, will open'; 'The convoy had, according to X, crossed').
    A whole clause before it ('While A, he said, B') is a statement of its own."""
    after = list(after)
    after_ids = {t.i for t in after}
    words = [t for t in before if not t.is_punct and not t.is_space]
    if words and (words[-1].tag_ == "MD" or (words[-1].pos_ in VERB_POS and words[-1].lemma_ in _AUXILIARIES)):
        # the parse may take a stranded 'had' for the main verb; '"We are done," he said.' ends there
        return any(not t.is_punct and not t.is_space for t in after)
    return any(t.dep_ in _SPLIT_CLAUSE_DEPS and t.head.i in after_ids for t in before)


_SPLIT_CLAUSE_DEPS = CLAUSE_SUBJECT_DEPS | {"csubj", "aux", "auxpass"}
_AUXILIARIES = frozenset({"be", "have", "do"})


def _colon_after(verb: Token) -> Token | None:
    """The colon right after a cue verb (past a particle or adverb): 'said: ...', 'added today: ...'."""
    doc = verb.doc
    i = verb.i + 1
    while (
        i < len(doc) and i < verb.i + 4 and (doc[i].dep_ in {"prt", "advmod", "npadvmod"} or doc[i].is_space)
    ):
        i += 1
    if i < len(doc) and doc[i].text == ":":
        return doc[i]
    return None
