"""Extractive answers on the seed corpus (fake embedder): citations and abstention."""

from answering.types import Message, answer_dict


def _check_citations(answer) -> None:  # type: ignore[no-untyped-def]
    body = answer_dict(answer)
    texts = {p["passage_id"]: p["text"] for p in body["passages"]}
    for citation in body["citations"]:
        assert citation["marker"] in body["answer"]
        assert citation["quote"] in texts[citation["passage_id"]]
    markers = {c["marker"] for c in body["citations"]}
    import re

    assert set(re.findall(r"\[\d+\]", body["answer"])) == markers


def test_french_answer_quotes_and_cites_the_paragraph(fake_service) -> None:  # type: ignore[no-untyped-def]
    answer = fake_service.ask(
        "Jusqu'à quand les Membres n'imposeront-ils pas de droits de douane ?"
    )
    assert answer.status == "answered"
    _check_citations(answer)
    first = answer.citations[0]
    assert first.doc_id == "mc9-bali-2013-ecommerce-decision" and first.paragraph == 11
    assert "jusqu'à notre prochaine session" in first.quote
    # the lead names the document by its real title (read from its text) and date
    assert answer.answer.startswith(
        "Le document « Programme de travail sur le commerce électronique — "
        "Décision ministérielle du 7 décembre 2013 » (7 décembre 2013), au paragraphe 11"
    )
    assert "(en " not in answer.answer.split("«")[1]  # a French quote in a French answer
    assert "« " in answer.answer


def test_when_question_lists_the_dates(fake_service) -> None:  # type: ignore[no-untyped-def]
    answer = fake_service.ask("Quand le Conseil général procède-t-il aux examens périodiques ?")
    assert "Dates indiquées" in answer.answer and "juillet 2015" in answer.answer


def test_english_question_leads_in_english_and_quotes_french(fake_service) -> None:  # type: ignore[no-untyped-def]
    answer = fake_service.ask("What does the moratorium on customs duties cover?")
    assert answer.status == "answered" and answer.language == "en"
    assert answer.answer.startswith('The document "Programme de travail')
    assert "(7 December 2013), paragraph 11, states (in French)" in answer.answer
    assert "transmissions électroniques" in answer.citations[0].quote
    _check_citations(answer)


def test_comparison_cites_both_documents(fake_service) -> None:  # type: ignore[no-untyped-def]
    answer = fake_service.ask(
        "En quoi la décision de 2013 et le projet de l'Inde diffèrent-ils sur les examens "
        "périodiques ?"
    )
    assert {c.doc_id for c in answer.citations} == {
        "mc9-bali-2013-ecommerce-decision",
        "india-2024-draft-decision-ecommerce",
    }
    _check_citations(answer)


def test_document_named_in_question_limits_the_search(fake_service) -> None:  # type: ignore[no-untyped-def]
    answer = fake_service.ask("Quelle est la proposition de l'Inde ?")
    assert {c.doc_id for c in answer.citations} == {"india-2024-draft-decision-ecommerce"}


def test_unanswerable_questions_abstain_in_their_language(fake_service) -> None:  # type: ignore[no-untyped-def]
    fr = fake_service.ask("Quelle est la position de la Chine sur le moratoire ?")
    assert fr.status == "not_found" and fr.citations == []
    assert fr.answer.startswith("Les documents indexés ne contiennent pas")
    assert fr.abstention_reason == "not in the corpus: Chine"
    en = fake_service.ask("What did MC12 decide about the moratorium in 2022?")
    assert en.status == "not_found" and en.citations == []
    assert en.answer.startswith("The indexed documents do not answer")
    amount = fake_service.ask("Combien de recettes douanières le moratoire fait-il perdre ?")
    assert amount.status == "not_found"


def test_follow_up_inherits_the_subject(fake_service) -> None:  # type: ignore[no-untyped-def]
    history = [Message("user", "Que couvre le moratoire sur les droits de douane ?")]
    answer = fake_service.ask("Et jusqu'à quand ?", history=history)
    assert answer.status == "answered"
    assert answer.rewritten_question and "moratoire" in answer.rewritten_question
    assert "prochaine session" in answer.citations[0].quote


def test_closeness_in_meaning_picks_the_clause_of_another_language() -> None:
    """A clause in another language shares no word with the question; the encoder's
    similarity (here a stand-in that knows which clause answers) is what can choose it."""
    import numpy as np

    from answering.compose import Composer
    from answering.question import Catalogue, analyse
    from indexing.documents import Hit, Passage
    from indexing.query import EMPTY_GLOSSARY

    def passage(n: int, text: str, language: str) -> Passage:
        return Passage(f"d#p{n}", "d", "T", n, text, language)

    wordy = passage(1, "The duties were discussed at length, and no view was reached.", "en")
    answer = passage(2, "Les Membres ont décidé de proroger le moratoire jusqu'en 2026.", "fr")
    hits = [Hit(wordy, 0.5), Hit(answer, 0.4)]
    question = analyse(
        "What did the Council report say on the duties?",
        [],
        catalogue=Catalogue([]),
        glossary=EMPTY_GLOSSARY,
    )
    composer = Composer(lambda term: 1.0, EMPTY_GLOSSARY)

    by_terms = composer.score_clauses(question, hits)
    assert by_terms[0].hit_index == 0

    def meaning(texts: list[str]) -> np.ndarray:
        return np.array([0.95 if "moratoire" in t else 0.76 for t in texts], dtype=np.float32)

    by_meaning = composer.score_clauses(question, hits, meaning)
    assert by_meaning[0].hit_index == 1
    assert by_meaning[0].meaning > 0 and by_meaning[0].score > by_meaning[0].meaning


def test_a_quote_that_announces_a_list_is_followed_by_its_items() -> None:
    from answering.compose import Clause, Composer, announces_list, widen
    from answering.question import Catalogue, analyse
    from answering.service import with_items
    from indexing.documents import Hit, Passage
    from indexing.query import EMPTY_GLOSSARY

    intro = Passage("d#p4", "d", "T", 4, "The Group sees these priorities:", "en")
    items = [
        Passage("d#p5", "d", "T", 5, "affordable broadband;", "en", label="(a)"),
        Passage("d#p6", "d", "T", 6, "digital skills.", "en", label="(b)"),
    ]
    clause = Clause(0, 0, len(intro.text), intro.text, 1.0)
    assert announces_list(intro, clause)
    assert not announces_list(intro, Clause(0, 0, 9, intro.text[:9], 1.0))
    # a whole-paragraph quote, as widen() makes it, loses the colon but still announces
    start, end = widen(intro.text, 0, 9)
    assert not intro.text[start:end].endswith(":")
    assert announces_list(intro, Clause(0, start, end, intro.text[start:end], 1.0))
    question = analyse(
        "What are the Group's priorities?", [], catalogue=Catalogue([]), glossary=EMPTY_GLOSSARY
    )
    text, citations = Composer(lambda term: 1.0, EMPTY_GLOSSARY).write(
        question, [Hit(intro, 1.0)], [clause], {}, {0: items}
    )
    assert [c.passage_id for c in citations] == ["d#p4", "d#p5", "d#p6"]
    assert '- "affordable broadband;" [2]' in text and '- "digital skills." [3]' in text
    # the items it cites are passages of the answer, after the retrieved ones
    answer_hits = with_items([Hit(intro, 0.7), Hit(items[1], 0.5)], [clause], {0: items})
    assert [h.passage.passage_id for h in answer_hits] == ["d#p4", "d#p6", "d#p5"]


def test_translated_words_do_not_make_a_question_answerable(fake_service) -> None:  # type: ignore[no-untyped-def]
    """The lexicon's translations are corpus words by construction: a question whose own
    words the corpus lacks stays without content even when some were 'translated'."""
    from dataclasses import replace

    from answering.support import content_problem

    question = fake_service.analyse("How do I bake an apple pie?")
    assert content_problem(question, fake_service.index.lexical)
    corpus_word = "commerc"  # a French corpus token
    assert fake_service.index.lexical.has_term(corpus_word)
    query = replace(
        question.query,
        tokens=(*question.query.tokens, corpus_word),
        translated_tokens=(corpus_word,),
    )
    assert content_problem(replace(question, query=query), fake_service.index.lexical)


def test_a_name_spelled_otherwise_in_the_corpus_is_not_missing(fake_service) -> None:  # type: ignore[no-untyped-def]
    from answering.support import assess

    question = fake_service.analyse("What did the Africans say about the moratorium?")
    hits = fake_service.rank(question)[:5]
    clauses = fake_service.composer.score_clauses(question, hits)
    args = (question, hits, clauses, fake_service.index.lexical, fake_service.glossary, 0.0)
    assert assess(*args).reason == "not in the corpus: Africans"
    asked: list[str] = []
    assert assess(*args, lambda name: asked.append(name) or True).reason is None
    assert asked == ["Africans"]


def test_words_that_identify_the_document_do_not_choose_its_clause() -> None:
    """A cover note repeats the document's place and date; a question naming the
    document by them asks about its content, not its cover note."""
    from answering.compose import Composer
    from answering.question import Catalogue, analyse
    from indexing.documents import Hit, Passage
    from indexing.query import EMPTY_GLOSSARY

    header = "Joint Statement — Ruritown, 5 May 2020"
    cover = Passage(
        "s#p3", "s", "T", 3,
        "The following statement, issued at Ruritown on 5 May 2020, is circulated at the "
        "request of the delegations listed below.", "en", header=header,
    )  # fmt: skip
    content = Passage(
        "s#p5", "s", "T", 5, "We confirm our intention to negotiate rules on digital trade.",
        "en", header=header,
    )  # fmt: skip
    question = analyse(
        "What do members confirm in the Ruritown statement of May 2020?",
        [],
        catalogue=Catalogue([]),
        glossary=EMPTY_GLOSSARY,
    )
    clauses = Composer(lambda term: 1.0, EMPTY_GLOSSARY).score_clauses(
        question, [Hit(cover, 1.0), Hit(content, 0.9)]
    )
    assert clauses[0].hit_index == 1


def test_a_cover_note_answers_questions_about_the_text_only() -> None:
    from answering.compose import Composer, is_cover_note
    from answering.question import Catalogue, analyse
    from indexing.documents import Hit, Passage
    from indexing.query import EMPTY_GLOSSARY

    cover = Passage(
        "c#p4", "c", "T", 4,
        "The following communication, dated 3 March 2021, is being circulated at the "
        "request of the delegation of Ruritania on customs duties.", "en",
    )  # fmt: skip
    body = Passage(
        "c#p8", "c", "T", 8, "Customs duties fund public services in small economies.", "en",
        label="2.",
    )  # fmt: skip
    assert is_cover_note(cover) and not is_cover_note(body)
    composer = Composer(lambda term: 1.0, EMPTY_GLOSSARY)

    def best(text: str) -> int:
        question = analyse(text, [], catalogue=Catalogue([]), glossary=EMPTY_GLOSSARY)
        return composer.score_clauses(question, [Hit(cover, 1.0), Hit(body, 0.9)])[0].hit_index

    assert best("What does the text say about customs duties?") == 1
    assert best("Who circulated the communication on customs duties?") == 0


def test_a_question_from_a_place_does_not_ask_for_that_place() -> None:
    from answering.compose import asks_place
    from answering.question import Catalogue, analyse
    from indexing.query import EMPTY_GLOSSARY

    def question(text: str):  # type: ignore[no-untyped-def]
        return analyse(text, [], catalogue=Catalogue([]), glossary=EMPTY_GLOSSARY)

    assert asks_place(question("Where was the statement issued?"), "Port Rurik")
    assert not asks_place(question("Where will ministers meet after Port Rurik?"), "Port Rurik")
    assert not asks_place(question("What did the statement say?"), "Port Rurik")


def test_who_tabled_it_is_said_in_the_lead() -> None:
    from answering.compose import lead_line
    from indexing.documents import DocumentMeta, Passage

    meta = DocumentMeta(
        "d",
        "Helping small firms trade online",
        "en",
        "d.pdf",
        symbol="WT/GC/W/9",
        extra={"member": "Ruritania and Borduria"},
    )
    passage = Passage("d#p3", "d", "Helping", 3, "The proponents propose a work plan.", "en")
    who = lead_line(
        meta, passage, "The proponents propose a work plan.", "[1]", "en", frozenset({"who"})
    )
    assert "submitted by Ruritania and Borduria, paragraph 3" in who
    what = lead_line(meta, passage, "The proponents propose a work plan.", "[1]", "en", frozenset())
    assert "Ruritania" not in what


def test_a_how_many_question_is_answered_by_the_number_that_counts_it() -> None:
    """ "How many States" is answered by "48 States", not by a date, a percentage or
    another count; "how much revenue" names nothing to count, so no figure is taken for it
    from elsewhere."""
    from answering.compose import counts_the_asked
    from answering.question import Catalogue, analyse
    from indexing.query import EMPTY_GLOSSARY

    def question(text: str):  # type: ignore[no-untyped-def]
        return analyse(text, [], catalogue=Catalogue([]), glossary=EMPTY_GLOSSARY)

    states = question("How many States had ratified the Agreement by then?")
    assert counts_the_asked(states, "By that date, 48 States had deposited their instrument.")
    assert not counts_the_asked(states, "It was signed in Kigali on 21 March 2018 by 44 leaders.")
    assert not counts_the_asked(states, "Ratifications rose by 10 % among States in a year.")
    assert counts_the_asked(question("Combien d'États l'avaient ratifié ?"), "48 États l'avaient")
    assert not counts_the_asked(question("How much revenue is lost?"), "Losses of 3 billion.")
    assert counts_the_asked(question("What does the text say?"), "Nothing counted.")


def _passage(doc: str, n: int, text: str):  # type: ignore[no-untyped-def]
    from indexing.documents import Passage

    return Passage(f"{doc}#p{n}", doc, "T", n, text, "en")


def _clause(hits, n: int, score: float):  # type: ignore[no-untyped-def]
    """A clause that is the whole text of the n-th hit."""
    from answering.compose import Clause

    text = hits[n].passage.text
    return Clause(n, 0, len(text), text, score)


def test_the_detail_asked_for_may_come_from_another_paragraph_of_the_quoted_document() -> None:
    """The paragraph that matches best names no delegation; the cover note of the same
    text does ("facilitated by the delegation of ..."), and joins the quotes. A delegation
    named in another document does not."""
    from answering.compose import Clause, Composer
    from answering.question import Catalogue, analyse
    from answering.support import holds_asked
    from indexing.documents import Hit
    from indexing.query import EMPTY_GLOSSARY

    best = _passage("a", 4, "The small group met five times between April and October.")
    cover = _passage("a", 3, "This clean text was facilitated by the delegation of Singapore.")
    other = _passage("b", 9, "Members had before them a communication from Indonesia.")
    hits = [Hit(best, 1.0), Hit(cover, 0.9), Hit(other, 0.8)]
    question = analyse(
        "Which delegation facilitated the small group?",
        [],
        catalogue=Catalogue([]),
        glossary=EMPTY_GLOSSARY,
    )
    composer = Composer(lambda term: 1.0, EMPTY_GLOSSARY)

    def clause(n: int, score: float) -> Clause:
        return _clause(hits, n, score)

    def holds(c: Clause) -> bool:
        return holds_asked(question, c.text)

    chosen = composer.select(
        question, hits, [clause(0, 1.0), clause(2, 0.8), clause(1, 0.6)], holds
    )
    assert [c.hit_index for c in chosen] == [0, 1]
    # below TYPED_SHARE of the best, or only in another document: nothing joins
    chosen = composer.select(
        question, hits, [clause(0, 1.0), clause(2, 0.8), clause(1, 0.3)], holds
    )
    assert [c.hit_index for c in chosen] == [0]


def test_the_next_paragraph_of_the_quoted_document_joins_sooner_than_another() -> None:
    """A point made over two paragraphs of one text: the next paragraph is quoted from 0.75
    of the best clause's score; a paragraph further on, or of another document, only from
    0.85."""
    from answering.compose import Clause, Composer
    from answering.question import Catalogue, analyse
    from indexing.documents import Hit
    from indexing.query import EMPTY_GLOSSARY

    hits = [
        Hit(_passage("a", 4, "The Council discussed the review of the moratorium."), 1.0),
        Hit(_passage("a", 5, "It agreed to resume the review at its next meeting."), 0.9),
        Hit(_passage("b", 7, "The review was also raised at the Goods Council."), 0.9),
        Hit(_passage("a", 9, "The Council will review its agenda next year."), 0.9),
    ]
    question = analyse(
        "What did the Council decide on the review?",
        [],
        catalogue=Catalogue([]),
        glossary=EMPTY_GLOSSARY,
    )
    composer = Composer(lambda term: 1.0, EMPTY_GLOSSARY)

    def clause(n: int, score: float) -> Clause:
        return _clause(hits, n, score)

    chosen = composer.select(question, hits, [clause(0, 1.0), clause(1, 0.8)], lambda c: True)
    assert [c.hit_index for c in chosen] == [0, 1]
    chosen = composer.select(question, hits, [clause(0, 1.0), clause(2, 0.8)], lambda c: True)
    assert [c.hit_index for c in chosen] == [0]
    chosen = composer.select(question, hits, [clause(0, 1.0), clause(3, 0.8)], lambda c: True)
    assert [c.hit_index for c in chosen] == [0]
    chosen = composer.select(question, hits, [clause(0, 1.0), clause(1, 0.7)], lambda c: True)
    assert [c.hit_index for c in chosen] == [0]


def test_a_comparison_of_members_quotes_each_member() -> None:
    """ "Which came first, Ruritania's law or Borduria's?": Borduria's clause scores below
    the share a comparison's other documents need, but no quote covers Borduria without
    it, so it joins the quotes; without that need it does not."""
    from answering.compose import Composer
    from answering.question import Catalogue, analyse
    from indexing.documents import Hit
    from indexing.query import EMPTY_GLOSSARY

    hits = [
        Hit(_passage("a", 1, "Ruritania adopted its electronic signatures law in 2031."), 1.0),
        Hit(_passage("b", 2, "Borduria's law dates from 2034."), 0.5),
    ]
    question = analyse(
        "Which came first, Ruritania's law or Borduria's? Compare them.",
        [],
        catalogue=Catalogue([]),
        glossary=EMPTY_GLOSSARY,
    )
    assert question.compares
    composer = Composer(lambda term: 1.0, EMPTY_GLOSSARY)
    clauses = [_clause(hits, 0, 1.0), _clause(hits, 1, 0.3)]
    alone = composer.select(question, hits, clauses, lambda c: True)
    assert [c.hit_index for c in alone] == [0]
    both = composer.select(
        question, hits, clauses, lambda c: True, [lambda c: "Borduria" in c.text]
    )
    assert sorted(c.hit_index for c in both) == [0, 1]
