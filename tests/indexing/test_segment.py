from pathlib import Path

from indexing.loaders import load_text
from indexing.segment import segment, split_long

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "documents"


def test_pdf_broken_paragraph_is_rejoined() -> None:
    paragraphs = segment(load_text(CORPUS / "india-2024-draft-decision-ecommerce.txt"))
    texts = [p.text for p in paragraphs]
    joined = [
        t for t in texts if "Programme de travail sur le commerce électronique, sur la base" in t
    ]
    assert len(joined) == 1, texts
    assert "respect de sa dimension développement. Nous donnons pour instruction" in joined[0]
    assert "au Conseil général de procéder à des examens périodiques" in joined[0]
    # no fragment survives on its own
    assert not any(
        t.startswith(("électronique, sur la base", "respect de", "procéder à")) for t in texts
    )
    assert any("en tenant compte des besoins" in t for t in texts)


def test_separators_urls_and_blank_blocks_are_not_paragraphs() -> None:
    paragraphs = segment(load_text(CORPUS / "india-2024-draft-decision-ecommerce.txt"))
    for p in paragraphs:
        assert not set(p.text) <= set("_- ")
        assert not p.text.startswith("http")
    assert [p.number for p in paragraphs] == list(range(1, len(paragraphs) + 1))


def test_decision_structure_headings_preamble_operative() -> None:
    paragraphs = segment(load_text(CORPUS / "mc9-bali-2013-ecommerce-decision.md"))
    kinds = {p.text[:30]: p.kind for p in paragraphs}
    assert kinds["Conférence ministérielle Neuvi"] == "heading"
    assert kinds['Rappelant le "Programme de tra'] == "preamble"
    operative = [p for p in paragraphs if p.kind == "operative"]
    assert [p.text.split()[0] for p in operative] == ["De", "De", "De", "De", "Que"]
    # the enacting formula opens the operative part; it is no answer to anything
    assert kinds["Décide:"] == "heading"
    # markdown emphasis is gone, the words stay
    assert all("*" not in p.text and "#" not in p.text for p in paragraphs)


def test_markdown_separator_and_page_numbers_dropped() -> None:
    text = "# Title\n\nFirst paragraph ends here.\n\n---\n\n12\n\nSecond one.\n\nhttps://example.org/x\n"
    assert [p.text for p in segment(text)] == ["Title", "First paragraph ends here.", "Second one."]


def test_lowercase_start_after_finished_sentence_is_not_merged() -> None:
    text = "Une phrase complète.\n\nsuite qui commence en minuscule."
    assert len(segment(text)) == 2


def test_hyphenated_break_is_joined_without_space() -> None:
    text = "Le dévelop-\n\npement durable compte."
    assert [p.text for p in segment(text)] == ["Le développement durable compte."]


def test_long_paragraph_split_at_sentence_ends_only() -> None:
    sentence = "Ceci est une phrase assez longue pour compter. "
    parts = split_long(sentence * 40, max_chars=300)
    assert len(parts) > 1
    assert all(p.endswith(".") and len(p) <= 300 for p in parts)
    assert " ".join(parts) == (sentence * 40).strip()


def test_lead_in_formulas_open_their_part_but_are_not_quotable() -> None:
    text = (
        "The General Council,\n\nRecalling the work programme adopted in 1998,\n\n"
        "Decides as follows:\n\n1. To continue the work under the programme.\n"
    )
    paragraphs = segment(text)
    assert [(p.kind, p.label) for p in paragraphs] == [
        ("heading", None),
        ("preamble", None),
        ("heading", None),
        ("operative", "1."),
    ]
    assert not any(p.kind == "operative" and p.text.endswith(":") for p in paragraphs)


def test_a_date_alone_is_the_letterhead_not_an_answer() -> None:
    text = (
        "13 December 2017\n\nThe Members agreed on 13 December 2017 to go on.\n\n"
        "11 de octubre de 2016\n"
    )
    assert [p.kind for p in segment(text)] == ["heading", "body", "heading"]


def test_letterhead_lines_left_among_the_body_are_not_answers() -> None:
    """A job number or "Original:" line that a loader leaves as a paragraph of its own is
    letterhead furniture: never quotable, whatever the format put it among."""
    text = (
        "The Members continue to discuss the matter.\n\n(18-4321)\n\nOriginal: French\n\n"
        "The Council met twice (see 18-4321 and WT/L/1).\n"
    )
    assert [p.kind for p in segment(text)] == ["body", "heading", "heading", "body"]


def test_markdown_escaped_rule_is_not_a_paragraph() -> None:
    text = "First paragraph.\n\n\\_\\_\\_\\_\\_\\_\\_\\_\n\nSecond paragraph.\n"
    assert [p.text for p in segment(text)] == ["First paragraph.", "Second paragraph."]
