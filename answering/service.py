"""The one pipeline behind the API, the CLI and the evaluation runner.

index on disk -> HybridRetriever -> answer composition (extractive, or an LLM
whose output is checked). The edges only translate requests and errors.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from answering.compose import Clause, Composer, announces_list, idf_from_counts
from answering.question import (
    Catalogue,
    Question,
    analyse,
    content_words_of,
    countries,
    folded_name,
    folded_words,
    members_named,
)
from answering.support import assess, holds_asked
from answering.types import Answer, Message
from indexing.analyzers import LANGUAGES, analyzer
from indexing.documents import QUOTABLE_KINDS, Document, Hit, Passage
from indexing.embedders import Embedder, embedder_for
from indexing.lexicon import Lexicon, content_words
from indexing.query import EMPTY_GLOSSARY, Glossary, Query
from indexing.retrieval import HybridRetriever, SearchFilters
from indexing.store import BuildReport, LoadedIndex, build_index, load_index
from wtoqa.settings import Settings

if TYPE_CHECKING:
    from indexing.milvus_store import MilvusStore

logger = logging.getLogger(__name__)


class VectorCache:
    """The last `size` texts' vectors; the texts not cached are embedded in one call."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, texts: list[str], embed: Callable[[list[str]], np.ndarray]) -> list[np.ndarray]:
        with self._lock:
            found = {t: self._vectors[t] for t in texts if t in self._vectors}
        missing = [t for t in dict.fromkeys(texts) if t not in found]
        if missing:
            embedded = embed(missing)
            with self._lock:
                for text, vector in zip(missing, embedded, strict=True):
                    found[text] = self._vectors[text] = np.asarray(vector)
                while len(self._vectors) > self.size:
                    self._vectors.popitem(last=False)
        return [found[t] for t in texts]


@dataclass
class Timings:
    """Milliseconds spent per stage of one request."""

    stages: dict[str, float] = field(default_factory=dict)

    def add(self, stage: str, started: float) -> float:
        now = time.perf_counter()
        self.stages[stage] = self.stages.get(stage, 0.0) + (now - started) * 1000
        return now


NOT_FOUND = {
    "fr": "Les documents indexés ne contiennent pas de réponse à cette question.",
    "en": "The indexed documents do not answer this question.",
    "es": "Los documentos indexados no contienen respuesta a esta pregunta.",
}
#: The passages an answer may quote.
ANSWERABLE = SearchFilters(kinds=QUOTABLE_KINDS)
#: Query texts (questions, their variants, their words) whose vectors are kept: a
#: question asked again embeds nothing.
QUERY_VECTOR_CACHE = 4096
#: Clause texts whose vectors are kept (the same passages answer many questions).
CLAUSE_VECTOR_CACHE = 8192
#: A question's name is in the corpus when a lexicon form is this close to it
#: (multilingual-e5-small, measured on the dev corpora: a name and its form in another
#: language or spelling 0.96-0.98; a place name and an unrelated place 0.90; a word and
#: an unrelated word of similar letters 0.88).
NAME_SIMILARITY = 0.94
#: A quote that announces a list is followed by at most this many of its items.
LIST_ITEMS = 8
#: A list announced by the ranking's first LIST_LEAD passage(s) brings its items.
LIST_LEAD = 1
#: A comparison's ranking takes at most this many passages of one document before the
#: best of the others: it compares documents.
COMPARE_PER_DOCUMENT = 2
#: The first passages of a ranking, where every member a question names must have a
#: document that mentions it (see QAService.cover_members).
COVERED_DEPTH = 5
#: A member the question names is named among the first passages (QAService.members_lead).
MEMBER_LEAD = 3
#: A document's opening (title block, cover note, up to its first numbered paragraph):
#: whom it is about.
OPENING_PARAGRAPHS = 8
#: Retrieval goes this deep whatever k is, so evaluation sees the ranking (MRR to rank 10).
RANKING_DEPTH = 10


class QAService:
    """Loads the index and model once; answers searches and questions.

    question -> analyse (once) -> retrieval -> support -> composition -> checked answer."""

    def __init__(
        self,
        settings: Settings,
        index: LoadedIndex,
        embedder: Embedder | None,
        store: MilvusStore | None = None,
    ) -> None:
        self.settings = settings
        self.index = index
        #: each document's metadata and text, and its opening, as folded words and as the
        #: members they name (see `mentions`, `is_about`); the members only when asked
        self._document_words = lru_cache(maxsize=256)(
            lambda doc_id: frozenset(folded_words(self._text_of_document(doc_id)))
        )
        self._document_members = lru_cache(maxsize=256)(
            lambda doc_id: frozenset(members_named(self._text_of_document(doc_id)))
        )
        self._opening_words = lru_cache(maxsize=256)(
            lambda doc_id: frozenset(folded_words(self._text_of_opening(doc_id)))
        )
        self._opening_members = lru_cache(maxsize=256)(
            lambda doc_id: frozenset(members_named(self._text_of_opening(doc_id)))
        )
        self.embedder = embedder
        if settings.search_threads:
            import faiss
            from threadpoolctl import threadpool_limits

            faiss.omp_set_num_threads(settings.search_threads)
            # NumPy's BLAS too (a filtered ranking's exact scoring): on 2 cores busy with
            # other work, two BLAS threads took 8 ms for what one does in 3
            threadpool_limits(settings.search_threads, user_api="blas")
        if store is None and settings.store == "milvus":
            store = milvus_store(settings)  # a build swapped in by a running server
        self.store = store
        self.retriever = HybridRetriever(
            index,
            embedder,
            fusion=settings.fusion if embedder is not None else "lexical",
            rrf_k=settings.rrf_k,
            dense_weight=settings.dense_weight,
            rankings=store.rankings(index) if store is not None else None,
        )
        self.metas = {doc_id: doc.meta for doc_id, doc in index.documents.items()}
        self.catalogue = Catalogue(self.metas.values())
        #: the documents' languages, once per index (a request's filters are checked
        #: against them: 20,000 documents took 8 ms a request)
        self.languages = self.catalogue.languages
        self.glossary = (
            Glossary.load(settings.glossary) if settings.glossary is not None else EMPTY_GLOSSARY
        )
        lexical = index.lexical
        places = {d: m.place for d, m in self.metas.items() if m.place}
        self.composer = Composer(
            idf_from_counts(lexical.document_frequency, max(1, lexical.size)),
            self.glossary,
            places=places,
        )
        #: the documents' meeting places (folded), towns a quote may name besides GeoNames'
        self._places = frozenset(folded_name(place) for place in places.values())
        languages = [p.language for p in index.passages]
        self._language_share = {
            lang: languages.count(lang) / max(1, len(languages)) for lang in set(languages)
        }
        # One embedding per distinct query text: a second search for the same question
        # (the operative paragraphs of a "what does X propose") must not embed it again.
        self._query_vectors = VectorCache(QUERY_VECTOR_CACHE)
        self._clause_vectors = VectorCache(CLAUSE_VECTOR_CACHE)
        self._llm_lock = threading.Lock()
        self._llm: object | None = None

    @classmethod
    def from_settings(cls, settings: Settings, index_dir: Path | None = None) -> QAService:
        index_dir = index_dir or settings.index_dir
        index = load_index(index_dir, expected_model=settings.embedding_model)
        # Milvus is reached before the model loads: an unreachable URI fails at once.
        store = milvus_store(settings) if settings.store == "milvus" else None
        rows = store.count() if store is not None else len(index.passages)
        if store is not None and rows != len(index.passages):
            logger.warning(
                "the Milvus collection %s at %s holds %d passages, the index %d; "
                "`wtoqa index` brings it up to date",
                store.collection,
                store.uri,
                rows,
                len(index.passages),
            )
        embedder = None if settings.fusion == "lexical" else embedder_for(settings)
        return cls(settings, index, embedder, store)

    def variant(self, **updates: object) -> QAService:
        """The same index and model with other settings (baselines: fusion, glossary)."""
        settings = self.settings.model_copy(update=updates)
        return QAService(settings, self.index, self.embedder, self.store)

    # -- understanding -------------------------------------------------------------

    def analyse(self, question: str, history: list[Message] | None = None) -> Question:
        """The question understood once: language, follow-up, named documents, expansion."""
        rewrite = None
        if history and self.llm() is not None:
            from answering.llm import rewrite_question

            llm = self.llm()

            def rewrite(text: str, turns: list[Message]) -> str | None:
                return rewrite_question(llm, text, turns)

        return analyse(
            question,
            history or [],
            catalogue=self.catalogue,
            glossary=self.glossary,
            rewrite=rewrite,
            translate=self.translate_words,
        )

    def _lexicon(self) -> Lexicon | None:
        """The index's lexicon when it is on and an encoder can place words in its space."""
        if self.embedder is None or not self.settings.cross_lexicon:
            return None
        return self.index.lexicon

    def translate_words(self, text: str, language: str) -> dict[str, list[str]]:
        """Per other language of the index, the corpus words nearest to the text's content
        words in the encoder's space (indexing.lexicon); nothing without a lexicon."""
        lexicon = self._lexicon()
        if lexicon is None:
            return {}
        found = list(dict.fromkeys(content_words(text, language)))
        if not found or not any(lang != language for lang in lexicon.languages):
            return {}
        # the corpus' own words have their vectors in the lexicon; the rest are embedded,
        # apart from the question (short texts batched with a long one would be padded).
        # Those cost about 15 ms a question the first time; the corpus' words alone found
        # less on the held-out dev corpus (hit@5 0.773 against 0.795).
        vectors = lexicon.known_vectors(found, language)
        missing = [w for w in found if w not in vectors]
        if missing:
            vectors.update(zip(missing, self._embed_queries(missing), strict=True))
        return lexicon.translations(found, np.stack([vectors[w] for w in found]), language)

    # -- retrieval -----------------------------------------------------------------

    def search(
        self,
        query: str,
        k: int = 5,
        filters: SearchFilters | None = None,
        timings: Timings | None = None,
    ) -> list[Hit]:
        """Ranked passages for a query (documents it names are preferred)."""
        return self.retrieve(self.analyse(query).query, k, filters, timings)

    def retrieve(
        self,
        query: Query,
        k: int = 5,
        filters: SearchFilters | None = None,
        timings: Timings | None = None,
    ) -> list[Hit]:
        timings = timings or Timings()
        started = time.perf_counter()
        vector, variants = None, None
        if self.retriever.fusion != "lexical":
            texts = self.retriever.variants_for(query)
            vectors = self._embed_queries([query.dense_text, *texts.values()])
            vector = vectors[0]
            variants = dict(zip(texts, vectors[1:], strict=True))
        started = timings.add("embed", started)
        hits = self.retriever.search(
            query, k=k, filters=filters, query_vector=vector, variant_vectors=variants
        )
        timings.add("search", started)
        return hits

    def _embed_queries(self, texts: list[str]) -> list[np.ndarray]:
        """Query vectors, the ones not cached embedded in one batch (one encoder call for
        the question and its term-translated variants)."""
        assert self.embedder is not None
        return self._query_vectors.get(texts, self.embedder.embed_queries)

    def meaning(self, question: Question) -> Callable[[list[str]], np.ndarray] | None:
        """How close clauses are to the question in meaning: the encoder's cosine of each
        clause with the question (or its term-translated variant, the closer of them).
        Across languages a clause that answers shares few words with the question."""
        if self.embedder is None:
            return None
        embedder = self.embedder
        texts = [question.query.dense_text, *self.retriever.variants_for(question.query).values()]
        asked = np.stack(self._embed_queries(texts))

        def similarity(clauses: list[str]) -> np.ndarray:
            vectors = np.stack(self._clause_vectors.get(clauses, embedder.embed_passages))
            return np.asarray((vectors @ asked.T).max(axis=1), dtype=np.float32)

        return similarity

    def rank(
        self, question: Question, depth: int = RANKING_DEPTH, timings: Timings | None = None
    ) -> list[Hit]:
        """The ranking an answer is chosen from: passages that can be quoted (headings,
        title blocks and table rows name documents, they answer nothing). What a text
        proposes or decides is in its operative part: for such a question its best
        operative paragraphs lead; where a meeting was held is said by the heading that
        gives its place, which then leads."""
        # one place per paragraph: the parts of a long paragraph split into passages would
        # otherwise take several of the answer's sources (a footnote is a place of its own)
        found = self.retrieve(question.query, depth * 2, ANSWERABLE, timings)
        paragraphs: set[tuple[str, int, str]] = set()
        ranking: list[Hit] = []
        for hit in found:
            note = hit.passage.passage_id if hit.passage.kind == "note" else ""
            key = (hit.passage.doc_id, hit.passage.paragraph, note)
            if key not in paragraphs:
                paragraphs.add(key)
                ranking.append(hit)
        ranking = ranking[:depth]
        first: list[Hit] = []
        named = question.query.named_documents
        # the documents the question names most clearly, if it names any
        doc_ids = tuple(d for d, w in named.items() if w == max(named.values())) if named else None
        if "propose" in question.kinds:
            operative = SearchFilters(doc_ids=doc_ids, kinds=("operative",))
            first = self.retrieve(question.query, 2, operative, timings)
        if "where" in question.kinds:
            heading = SearchFilters(doc_ids=doc_ids, kinds=("heading",))
            headings = self.retrieve(question.query, 5, heading, timings)
            first = [h for h in headings if self.composer.may_quote(question, h.passage)][:1]
        if first:
            seen = {h.passage.passage_id for h in first}
            ranking = first + [h for h in ranking if h.passage.passage_id not in seen]
        ranking = self.cover_members(question, ranking, timings)
        ranking = self.members_lead(question, ranking)
        if question.compares:
            ranking = spread(ranking, COMPARE_PER_DOCUMENT)  # the best of each document
        return self.lists_follow(ranking)[:depth]

    def cover_members(
        self, question: Question, ranking: list[Hit], timings: Timings | None = None
    ) -> list[Hit]:
        """Every member the question names has a document that mentions it among the
        first passages: "What did Ruritania say in the Council, and Borduria in its
        review?" needs the Council's minutes and Borduria's review, though one of them
        ranks all its paragraphs first. For a member no document of the first passages
        mentions, the best passage of the documents that do comes second."""
        if len(question.members) < 2:
            return ranking
        for member in question.members:
            first_docs = {h.passage.doc_id for h in ranking[:COVERED_DEPTH]}
            if any(self.mentions(doc, member) for doc in first_docs):
                continue
            naming = self.documents_naming(member)
            if not naming:
                continue
            within = SearchFilters(doc_ids=tuple(naming), kinds=QUOTABLE_KINDS)
            found = self.retrieve(question.query, 1, within, timings)
            if found:
                seen = found[0].passage.passage_id
                rest = [h for h in ranking if h.passage.passage_id != seen]
                ranking = [*rest[:1], found[0], *rest[1:]]
        return ranking

    def members_lead(self, question: Question, ranking: list[Hit]) -> list[Hit]:
        """What a member said is in the paragraph that names it: "And Borduria?" after
        "What did Ruritania say in the Council?", whose inherited words match every
        paragraph of the minutes better than one name does. For each member the question
        names (not as the author of a document it names), when none of the first
        MEMBER_LEAD passages names it, the best passage of the ranking that does comes
        second."""
        if question.compares or not question.members:
            return ranking
        named = question.query.named_documents
        for member in question.members:
            if any(self.is_about(doc, member) for doc in named):
                continue
            if any(names_in(h.passage, member) for h in ranking[:MEMBER_LEAD]):
                continue
            naming = next((h for h in ranking if names_in(h.passage, member)), None)
            if naming is not None:
                rest = [h for h in ranking if h is not naming]
                ranking = [*rest[:1], naming, *rest[1:]]
        return ranking

    def members_apart(self, question: Question, hits: list[Hit]) -> bool:
        """Does the question name members that only different documents mention, each
        mentioned by one of the hits ("what did Ruritania say in the Council, and
        Borduria in its review")?"""
        if len(question.members) < 2 or question.compares:
            return False
        docs = {h.passage.doc_id for h in hits}
        return not any(all(self.mentions(d, m) for m in question.members) for d in docs) and all(
            any(self.mentions(d, m) for d in docs) for m in question.members
        )

    def documents_naming(self, member: frozenset[str]) -> list[str]:
        """The documents whose text mentions the member (by any of its names)."""
        lexical = self.index.lexical
        rows: set[int] = set()
        for name in member:
            for language in LANGUAGES:
                for token in analyzer(language)(name):
                    rows.update(lexical.rows_with(token).tolist())
        docs = dict.fromkeys(self.index.passages[row].doc_id for row in sorted(rows))
        return [doc for doc in docs if self.mentions(doc, member)]

    def lists_follow(self, ranking: list[Hit]) -> list[Hit]:
        """A paragraph that announces a list ("... the following:") and leads the ranking
        (LIST_LEAD) is followed by its items: they are its answer, and alone they often
        share few words with the question."""
        by_id = {hit.passage.passage_id: hit for hit in ranking}
        out: list[Hit] = []
        seen: set[str] = set()
        for n, hit in enumerate(ranking):
            if hit.passage.passage_id in seen:
                continue
            out.append(hit)
            seen.add(hit.passage.passage_id)
            if n < LIST_LEAD and hit.passage.text.rstrip().endswith(":"):
                # the items retrieval found first, in its order; then the others, in the
                # document's (the fifth item may be the answer)
                items = [i for i in self.list_items(hit.passage) if i.passage_id not in seen]
                place = {h.passage.passage_id: m for m, h in enumerate(ranking)}
                items.sort(key=lambda i: place.get(i.passage_id, len(ranking)))
                for item in items:
                    out.append(by_id.get(item.passage_id) or listed_hit(hit, item))
                    seen.add(item.passage_id)
        return out

    # -- answers -------------------------------------------------------------------

    def ask(
        self,
        question: str,
        k: int = 5,
        history: list[Message] | None = None,
        timings: Timings | None = None,
    ) -> Answer:
        timings = timings or Timings()
        started = time.perf_counter()
        understood = self.analyse(question, history)
        timings.add("analyse", started)
        ranking = self.rank(understood, max(k, RANKING_DEPTH), timings)
        hits = ranking[:k]
        if self.members_apart(understood, hits):
            understood = replace(understood, names_apart=True)  # one quote per document
        started = time.perf_counter()
        clauses = self.composer.score_clauses(understood, hits, self.meaning(understood))
        # the members and organisations the question names: quote a document that
        # mentions them if one was retrieved, else support.assess abstains (a comparison's
        # names may each belong to one of its documents); and one that spells its
        # acronyms, if one was retrieved (support does not require them)
        names = (*understood.proper_names, *(frozenset({a}) for a in understood.acronyms))
        members = understood.members
        if names and not understood.compares:
            naming = {
                hit.passage.doc_id
                for hit in hits
                if all(self.mentions(hit.passage.doc_id, name) for name in names)
            }
            if naming:
                clauses = [c for c in clauses if hits[c.hit_index].passage.doc_id in naming]
            # a member the document is not about (its title, issuer and opening do not
            # name it) is the quote's to name: "And China?" after a question on minutes
            naming_hits = {
                n
                for n, hit in enumerate(hits)
                if all(
                    self.is_about(hit.passage.doc_id, member) or names_in(hit.passage, member)
                    for member in members
                )
            }
            passage_naming = [c for c in clauses if c.hit_index in naming_hits]
            if passage_naming:
                clauses = passage_naming

        @cache  # select asks again of the clauses it has weighed
        def holds(clause: Clause) -> bool:
            passage = hits[clause.hit_index].passage
            # its paragraph, its table's head row (the columns' years), its document's date
            # and the date of the event it reports
            meta = self.metas.get(passage.doc_id)
            act = meta.date_of_act if meta is not None else None
            context = f"{passage.text} {passage.context} {passage.date or ''} {act or ''}"
            return holds_asked(understood, said(clause), self._places, context)

        def said(clause: Clause) -> str:
            """What a quote says: a row's cells read with its table's caption and columns
            ("20.4" is a share under "Table 1: ... (per cent)", a year under "Year")."""
            passage = hits[clause.hit_index].passage
            return f"{passage.context} | {clause.text}" if passage.kind == "row" else clause.text

        def names_member(member: frozenset[str]) -> Callable[[Clause], bool]:
            def covers(clause: Clause) -> bool:
                passage = hits[clause.hit_index].passage
                return names_in(passage, member) or self.is_about(passage.doc_id, member)

            return covers

        # a comparison of members ("Ruritania's law or Borduria's?"): a quote for each
        covers = [names_member(m) for m in members] if len(members) > 1 else []
        chosen = self.composer.select(understood, hits, clauses, holds, covers)
        items = {
            n: self.list_items(hits[c.hit_index].passage)
            for n, c in enumerate(chosen)
            if announces_list(hits[c.hit_index].passage, c)
        }
        quoted = [(hits[c.hit_index].passage.doc_id, said(c)) for c in chosen]
        quoted += [(item.doc_id, item.text) for listed in items.values() for item in listed]
        support = assess(
            understood,
            ranking,
            clauses,
            self.index.lexical,
            self.glossary,
            self._language_share.get(understood.language, 0.0),
            self.spelled_otherwise,
            quoted,
            self.mentions,
            headers=[
                f"{meta.title} {meta.body or ''} {meta.date or ''} {meta.date_of_act or ''}"
                for meta in (self.metas.get(doc) for doc in dict.fromkeys(d for d, _ in quoted))
                if meta is not None
            ],
            places=self._places,
            context=[
                f"{hits[c.hit_index].passage.text} {hits[c.hit_index].passage.context}"
                for c in chosen
            ],
        )
        language = understood.language
        if not support.answerable(self.settings.abstain_threshold):
            timings.add("compose", started)
            return Answer(
                "not_found",
                NOT_FOUND.get(language, NOT_FOUND["en"]),
                [],
                hits,
                language,
                support=support.score,
                abstention_reason=support.reason or "support under the threshold",
                rewritten_question=understood.rewritten,
                timings_ms=timings.stages,
                ranking=ranking,
            )
        text, citations = self.composer.write(understood, hits, chosen, self.metas, items)
        answer = Answer(
            "answered",
            text,
            citations,
            with_items(hits, chosen, items),
            language,
            support=support.score,
            rewritten_question=understood.rewritten,
            timings_ms=timings.stages,
            ranking=ranking,
        )
        timings.add("compose", started)
        llm = self.llm()
        if llm is not None:
            from answering.llm import generate_checked

            started = time.perf_counter()
            answer = generate_checked(llm, understood, hits, answer)
            timings.add("generate", started)
        answer.timings_ms = timings.stages
        return answer

    def mentions(self, doc_id: str, names: frozenset[str]) -> bool:
        """Does the document (its metadata or text) mention one of these folded names: all
        the content words of one of them, each perhaps in the plural?"""
        if names in _member_names():  # by its own name, not inside another's
            return names in self._document_members(doc_id)
        return _names_one(names, self._document_words(doc_id))

    def is_about(self, doc_id: str, names: frozenset[str]) -> bool:
        """Is the document about one of these folded names: does its title, issuer or
        place, or its opening (a cover note naming its sponsors) hold it?"""
        if names in _member_names():
            return names in self._opening_members(doc_id)
        return _names_one(names, self._opening_words(doc_id))

    def _text_of_opening(self, doc_id: str) -> str:
        document = self.index.documents.get(doc_id)
        if document is None:
            return ""
        meta = document.meta
        parts = [meta.title, meta.body or "", meta.place or "", meta.extra.get("member") or ""]
        for paragraph in document.paragraphs[:OPENING_PARAGRAPHS]:
            if paragraph.label:
                break  # numbered paragraphs: the body has begun
            parts.append(paragraph.text)
        return " \n ".join(parts)

    def _text_of_document(self, doc_id: str) -> str:
        document = self.index.documents.get(doc_id)
        if document is None:
            return ""
        meta = document.meta
        parts = [meta.title, meta.body or "", meta.symbol or "", meta.place or ""]
        for paragraph in document.paragraphs:
            parts.append(paragraph.text)
            parts.extend(paragraph.notes)
        return " \n ".join(parts)

    def spelled_otherwise(self, name: str) -> bool:
        """Does a word of the corpus stand for the name in another spelling or language: a
        lexicon form at NAME_SIMILARITY or closer?"""
        lexicon = self._lexicon()
        if lexicon is None:
            return False
        word = re.sub(r"['’]s$", "", name).casefold()
        return lexicon.closest(self._embed_queries([word])[0]) >= NAME_SIMILARITY

    def list_items(self, passage: Passage) -> list[Passage]:
        """The numbered or bulleted paragraphs that follow a passage in its document (the
        list it announces), up to LIST_ITEMS."""
        row = self.index.by_id.get(passage.passage_id)
        items: list[Passage] = []
        if row is None:
            return items
        own = _label_form(passage.label)
        for following in self.index.passages[row + 1 : row + 1 + LIST_ITEMS]:
            if following.doc_id != passage.doc_id or not following.label:
                break
            if own is not None and _label_form(following.label) == own:
                break  # "3." after "2. ... the following:" and its "(a)"-"(d)": the list ended
            if following.quotable:
                items.append(following)
        return items

    def llm(self) -> object | None:
        """The configured chat model, built on first use; None when generation is off."""
        if self.settings.llm_provider == "none":
            return None
        with self._llm_lock:
            if self._llm is None:
                from answering.llm import make_chat_model

                self._llm = make_chat_model(self.settings)
            return self._llm

    # -- documents -----------------------------------------------------------------

    @property
    def documents(self) -> dict[str, Document]:
        return self.index.documents


def build(
    settings: Settings,
    corpus_dir: Path,
    index_dir: Path,
    *,
    progress: bool = False,
    force: bool = False,
) -> BuildReport:
    """Build or update the index with the configured model (loaded only if needed); with
    WTOQA_STORE=milvus, then bring the Milvus collection in line with the build (even an
    up-to-date one: the collection may be new, or behind after a failed sync)."""
    report = build_index(
        corpus_dir,
        index_dir,
        settings.embedding_model,
        lambda: embedder_for(settings),
        faiss_index=settings.faiss_index,
        faiss_params=settings.faiss_params,
        max_passage_chars=settings.max_passage_chars,
        progress=progress,
        force=force,
        limits=settings.ingest_limits,
        keep_builds=settings.keep_builds,
        # int8 vectors embedded one text per call (the batch no longer moves them)
        precision="int8-single" if settings.embedding_backend == "onnx-int8" else "fp32",
        lexicon=settings.cross_lexicon,
    )
    if settings.store == "milvus":
        from indexing.milvus_store import MilvusStore, connect

        store = MilvusStore(
            connect(settings.milvus_uri, settings.milvus_token),
            settings.milvus_uri,
            settings.milvus_collection,
        )
        store.sync(load_index(index_dir, verify=False), settings.faiss_index)
    return report


@lru_cache(maxsize=8)
def _milvus_store(uri: str, collection: str, token: str | None) -> MilvusStore:
    from indexing.milvus_store import MilvusStore

    return MilvusStore.open(uri, collection, token)


def milvus_store(settings: Settings) -> MilvusStore:
    """The Milvus collection the settings name, connected once per process (a failure is
    not remembered: the next call tries again)."""
    return _milvus_store(settings.milvus_uri, settings.milvus_collection, settings.milvus_token)


def with_items(hits: list[Hit], chosen: list[Clause], items: dict[int, list[Passage]]) -> list[Hit]:
    """The answer's passages: the hits, then the list items its quotes cite that retrieval
    did not return (each scored as the paragraph that announces it), so that every
    citation points to a passage of the answer."""
    have = {hit.passage.passage_id for hit in hits}
    extra: list[Hit] = []
    for n, listed in items.items():
        intro = hits[chosen[n].hit_index]
        for item in listed:
            if item.passage_id not in have:
                have.add(item.passage_id)
                extra.append(listed_hit(intro, item))
    return [*hits, *extra]


def _label_form(label: str | None) -> str | None:
    """A label's form, its numbers and letters aside: "2." and "3." are alike, "(a)" not."""
    if label is None:
        return None
    return re.sub(r"[a-z]+", "a", re.sub(r"\d+", "1", label.casefold()))


def listed_hit(intro: Hit, item: Passage) -> Hit:
    """A list item that retrieval did not return, as a hit: scored as the paragraph that
    announces it, with no rank of its own."""
    return replace(
        intro, passage=item, lexical_rank=None, dense_rank=None, dense_score=None,
        lexical_score=None,
    )  # fmt: skip


def spread(ranking: list[Hit], per_document: int) -> list[Hit]:
    """The ranking with at most `per_document` passages of each document ahead of the
    rest, which follow in their order."""
    counts: dict[str, int] = {}
    ahead: list[Hit] = []
    behind: list[Hit] = []
    for hit in ranking:
        doc = hit.passage.doc_id
        counts[doc] = counts.get(doc, 0) + 1
        (ahead if counts[doc] <= per_document else behind).append(hit)
    return ahead + behind


def _names_one(names: frozenset[str], words: frozenset[str]) -> bool:
    """Do the words hold one of these folded names: all its content words, each perhaps
    in the plural?"""
    return any(
        all({word, f"{word}s", f"{word}es"} & words for word in content_words_of(name))
        for name in names
    )


def names_in(passage: Passage, names: frozenset[str]) -> bool:
    """Does the passage name one of these folded names, in its text or its context (a
    footnote is read with the opening of the paragraph that calls it)? A member is named
    by its own name, not inside another's ("Ruritania" is not named by "Zenda,
    Ruritania", a member of its own)."""
    text = f"{passage.text} {passage.context}"
    if names in _member_names():
        return names in members_named(text)
    return _names_one(names, frozenset(folded_words(text)))


@cache
def _member_names() -> frozenset[frozenset[str]]:
    """Every member's set of names (folded), as members_named gives them."""
    return frozenset(countries())
