"""Questions that compare documents: named apart, spread in the ranking."""

from __future__ import annotations

from answering.question import Catalogue, analyse
from indexing.documents import DocumentMeta, Hit, Passage
from indexing.query import EMPTY_GLOSSARY

METAS = [
    DocumentMeta("launch", "Statement on trade talks", "en", "a.txt", date="2003-12-13"),
    DocumentMeta("notes-2005a", "Minutes of a meeting", "en", "b.txt", date="2005-12-10"),
    DocumentMeta("notes-2005b", "Report of a council", "fr", "c.txt", date="2005-07-01"),
    DocumentMeta("other", "Note on data", "en", "d.txt", date="2008-05-02"),
    DocumentMeta("zenda", "Ministerial decision", "en", "e.txt", date="2010-03-02", place="Zenda"),
]


def test_documents_named_by_different_clues_are_compared() -> None:
    catalogue = Catalogue(METAS)
    apart = analyse(
        "What was agreed in 2003 and then in 2005?",
        [],
        catalogue=catalogue,
        glossary=EMPTY_GLOSSARY,
    )
    assert apart.names_apart and apart.compares
    # one clue that two documents share names them alike, but compares nothing
    shared = analyse("What was agreed in 2005?", [], catalogue=catalogue, glossary=EMPTY_GLOSSARY)
    assert set(shared.named) == {"notes-2005a", "notes-2005b"}
    assert not shared.names_apart and not shared.compares
    worded = analyse(
        "How did the talks change over time?", [], catalogue=catalogue, glossary=EMPTY_GLOSSARY
    )
    assert worded.compares and not worded.names_apart


def test_pieces_joined_by_and_that_name_their_own_documents_are_compared() -> None:
    catalogue = Catalogue(METAS)

    def understood(text: str) -> bool:
        return analyse(text, [], catalogue=catalogue, glossary=EMPTY_GLOSSARY).names_apart

    # a place (0.8) and a year (0.6) are not alike, but each piece names its own document
    assert understood("Until when did it last in the 2003 statement and for the Zenda one?")
    # one piece naming a document by two clues compares nothing
    assert not understood("What did ministers decide at Zenda in 2010?")
    # nor do two pieces naming the same document
    assert not understood("What was decided at Zenda and what was said in 2010?")


def test_a_source_phrase_said_twice_compares() -> None:
    from answering.question import question_kinds

    assert "compare" in question_kinds("¿Hasta cuándo según la nota de 2031 y según la de Zenda?")
    assert "compare" in question_kinds("Qu'ont dit les délégations en 2031 et en 2032 ?")
    assert "compare" not in question_kinds("What did the delegations say in 2031 and 2032?")


def test_spread_puts_the_best_of_each_document_ahead() -> None:
    from answering.service import spread

    def hit(doc: str, n: int) -> Hit:
        return Hit(Passage(f"{doc}#p{n}", doc, "T", n, "text", "en"), 1.0 / n)

    ranking = [hit("a", 1), hit("a", 2), hit("a", 3), hit("a", 4), hit("b", 5), hit("a", 6)]
    order = [h.passage.passage_id for h in spread(ranking, 2)]
    assert order == ["a#p1", "a#p2", "b#p5", "a#p3", "a#p4", "a#p6"]


def test_a_member_is_named_by_its_whole_name_not_a_word_other_names_share() -> None:
    """ "Nouvelle-Zélande" shares "nouvelle" with Papouasie-Nouvelle-Guinée, and "Papua New
    Guinea" holds "Guinea": each names its own member's documents only, in any language."""
    catalogue = Catalogue(
        [
            DocumentMeta(
                "png", "Note", "en", "p.txt", extra={"member": "Fiji and Papua New Guinea"}
            ),
            DocumentMeta("nz", "Note", "en", "n.txt", extra={"member": "New Zealand"}),
            DocumentMeta("gn", "Note", "fr", "g.txt", extra={"member": "Guinée"}),
            DocumentMeta("other", "Note", "en", "o.txt"),
        ]
    )

    def named(text: str) -> set[str]:
        return set(catalogue.named_in(text)[0])

    assert named("Et la Nouvelle-Zélande ?") == {"nz"}
    assert named("¿Qué propuso Papúa Nueva Guinea?") == {"png"}
    assert named("What did Guinea say?") == {"gn"}
    assert named("Qu'a dit la Papouasie-Nouvelle-Guinée ?") == {"png"}
