from collections.abc import Collection

from fastapi import APIRouter, HTTPException, status
from fastapi.concurrency import run_in_threadpool

from answering.types import passage_dict
from api.deps import ServiceDep
from api.schemas import Filters, PassageOut, SearchIn, SearchOut
from indexing.retrieval import SearchFilters

router = APIRouter(tags=["search"])


def to_filters(
    filters: Filters | None,
    known_docs: Collection[str],
    languages: Collection[str] | None = None,
) -> SearchFilters | None:
    """The filters of a request checked against the index: its documents, its languages
    (any container: the service's own mapping and set, nothing built per request)."""
    if filters is None:
        return None
    if languages is not None and filters.language is not None and filters.language not in languages:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT,
            f"filters.language: {filters.language!r} is not a language of the indexed "
            f"documents; use one of {sorted(languages)}",
        )
    doc_ids = [filters.doc_id] if isinstance(filters.doc_id, str) else filters.doc_id
    unknown = sorted({d for d in doc_ids or [] if d not in known_docs})
    if unknown:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT, f"filters.doc_id: unknown document {unknown}"
        )
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT, "filters: date_from is after date_to"
        )
    return SearchFilters(
        doc_ids=tuple(doc_ids) if doc_ids else None,
        language=filters.language,
        date_from=filters.date_from,
        date_to=filters.date_to,
    )


@router.post("/search", response_model=SearchOut)
async def search(body: SearchIn, service: ServiceDep) -> SearchOut:
    filters = to_filters(body.filters, service.documents, service.languages)
    hits = await run_in_threadpool(service.search, body.query, body.k, filters)
    return SearchOut(passages=[PassageOut(**passage_dict(h)) for h in hits])
