"""Adding, replacing and removing documents: each answers 202 with a job (see api.jobs)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile, status

from api.corpus_writes import CorpusChange, Upload, UploadRejected, check_upload, run_change
from api.deps import ServiceDep, SettingsDep
from api.jobs import Job, JobQueue
from api.schemas import JobOut
from indexing.documents import Document
from wtoqa.settings import Settings

router = APIRouter(tags=["documents"])

FileField = Annotated[UploadFile, File(description="the document file (.txt .md .pdf .docx .html)")]
MetadataField = Annotated[
    str | None,
    Form(description="optional JSON object of metadata (title, date, symbol...) for the file"),
]


def _read(settings: Settings, file: UploadFile) -> bytes:
    # One byte past the limit is enough to know the file is too large.
    return file.file.read(settings.ingest_limits.max_file_bytes + 1)


def _accepted(
    request: Request,
    settings: Settings,
    file: UploadFile,
    metadata: str | None,
    replacing: Document | None,
) -> Upload:
    service = request.app.state.service
    try:
        return check_upload(
            settings, service, file.filename, _read(settings, file), metadata, replacing
        )
    except UploadRejected as exc:
        raise HTTPException(exc.status_code, exc.reason) from exc


def _submit(
    request: Request, kind: str, doc_id: str, change: Callable[[CorpusChange], str | None]
) -> JobOut:
    app = request.app
    settings: Settings = app.state.settings
    jobs: JobQueue = app.state.jobs

    def work(job: Job) -> None:
        run_change(
            job,
            settings,
            change,
            swap=app.state.index_watcher.check,
            served=lambda: app.state.service,
        )

    return JobOut.model_validate(jobs.submit(kind, doc_id, work).to_dict())


def _known(service: ServiceDep, doc_id: str) -> Document:
    document = service.documents.get(doc_id)
    if document is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no document with id {doc_id!r}")
    return document


@router.post("/documents", response_model=JobOut, status_code=status.HTTP_202_ACCEPTED)
def add_document(
    request: Request,
    settings: SettingsDep,
    service: ServiceDep,
    file: FileField,
    metadata: MetadataField = None,
) -> JobOut:
    """Add one document; the job is done when the index that holds it serves."""
    upload = _accepted(request, settings, file, metadata, None)

    def change(corpus: CorpusChange) -> str:
        if (corpus.corpus_dir / upload.rel).exists():
            raise FileExistsError(f"a file named {upload.rel!r} is already in the corpus")
        corpus.write(upload.rel, upload.content)
        if upload.metadata is not None:
            corpus.set_metadata(upload.rel, upload.metadata)
        return upload.rel

    return _submit(request, "add", upload.doc_id, change)


@router.put("/documents/{doc_id}", response_model=JobOut, status_code=status.HTTP_202_ACCEPTED)
def replace_document(
    doc_id: str,
    request: Request,
    settings: SettingsDep,
    service: ServiceDep,
    file: FileField,
    metadata: MetadataField = None,
) -> JobOut:
    """Replace a document's file (and with `metadata`, its metadata); its id stays."""
    old = _known(service, doc_id)
    upload = _accepted(request, settings, file, metadata, old)
    old_rel = old.meta.source_file

    def change(corpus: CorpusChange) -> str:
        corpus.write(upload.rel, upload.content)
        if upload.rel != old_rel:  # another type: the old file goes, its metadata moves
            corpus.remove(old_rel)
            kept = corpus.metadata_entry(old_rel)
            corpus.set_metadata(old_rel, None)
            if kept is not None and upload.metadata is None:
                corpus.set_metadata(upload.rel, kept)
        if upload.metadata is not None:
            corpus.set_metadata(upload.rel, upload.metadata)
        return upload.rel

    return _submit(request, "replace", doc_id, change)


@router.delete("/documents/{doc_id}", response_model=JobOut, status_code=status.HTTP_202_ACCEPTED)
def delete_document(doc_id: str, request: Request, service: ServiceDep) -> JobOut:
    """Remove a document's file (and its metadata entry) from the corpus and the index."""
    rel = _known(service, doc_id).meta.source_file

    def change(corpus: CorpusChange) -> None:
        corpus.remove(rel)
        corpus.set_metadata(rel, None)

    return _submit(request, "delete", doc_id, change)


@router.get("/jobs/{job_id}", response_model=JobOut)
def get_job(job_id: str, request: Request) -> JobOut:
    """A change's status: queued, running, done, or failed with its reason."""
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no job with id {job_id!r}")
    return JobOut.model_validate(job.to_dict())
