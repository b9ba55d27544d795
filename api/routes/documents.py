from fastapi import APIRouter, HTTPException, status

from api.deps import ServiceDep
from api.schemas import DocumentDetailOut, DocumentOut, DocumentsOut
from indexing.documents import Document, Paragraph

router = APIRouter(tags=["documents"])


def document_summary(document: Document) -> dict[str, object]:
    """A document's metadata and paragraph count, as `GET /documents` lists it."""
    return {**document.meta.to_dict(), "paragraphs_count": len(document.paragraphs)}


def document_detail(
    document: Document, paragraphs: tuple[Paragraph, ...] | None = None
) -> dict[str, object]:
    """A document with its numbered paragraphs (all, or those given), as `GET /documents/{id}`."""
    shown = document.paragraphs if paragraphs is None else paragraphs
    return {
        **document_summary(document),
        "paragraphs": [p.to_dict() for p in shown],
    }


@router.get("/documents", response_model=DocumentsOut)
def list_documents(service: ServiceDep) -> DocumentsOut:
    return DocumentsOut(
        documents=[
            DocumentOut.model_validate(document_summary(d)) for d in service.documents.values()
        ]
    )


@router.get("/documents/{doc_id}", response_model=DocumentDetailOut)
def get_document(doc_id: str, service: ServiceDep) -> DocumentDetailOut:
    document = service.documents.get(doc_id)
    if document is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no document with id {doc_id!r}")
    return DocumentDetailOut.model_validate(document_detail(document))
