from fastapi import APIRouter, HTTPException, status

from api.deps import ServiceDep
from api.schemas import DocumentDetailOut, DocumentOut, DocumentsOut, ParagraphOut
from indexing.documents import Document

router = APIRouter(tags=["documents"])


def _summary(document: Document) -> dict[str, object]:
    return {**document.meta.to_dict(), "paragraphs_count": len(document.paragraphs)}


@router.get("/documents", response_model=DocumentsOut)
def list_documents(service: ServiceDep) -> DocumentsOut:
    return DocumentsOut(
        documents=[DocumentOut.model_validate(_summary(d)) for d in service.documents.values()]
    )


@router.get("/documents/{doc_id}", response_model=DocumentDetailOut)
def get_document(doc_id: str, service: ServiceDep) -> DocumentDetailOut:
    document = service.documents.get(doc_id)
    if document is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no document with id {doc_id!r}")
    return DocumentDetailOut.model_validate(
        {
            **_summary(document),
            "paragraphs": [
                ParagraphOut(number=p.number, kind=p.kind, text=p.text) for p in document.paragraphs
            ],
        }
    )
