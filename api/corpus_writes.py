"""Documents added, replaced and removed through the API: the checks a file passes before
it is accepted, and the job that changes the corpus folder, builds and swaps the index.

An upload is read with the very code a build uses (`indexing.corpus.load_document`), so
what the API accepts the build indexes, and what it refuses is refused with the build's
own reason. A job that fails puts the corpus folder back as it was; the index that served
before keeps serving.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from answering.service import QAService, build
from api.jobs import Job, JobFailed
from indexing.corpus import METADATA_FILE, CorpusScan, IngestLimits, load_document
from indexing.documents import Document
from indexing.loaders import SUPPORTED_SUFFIXES, LoaderError
from indexing.store import current_build
from wtoqa.settings import Settings

logger = logging.getLogger(__name__)


class UploadRejected(Exception):
    """The upload cannot be accepted: an HTTP status and the sentence that says why."""

    def __init__(self, status_code: int, reason: str) -> None:
        super().__init__(reason)
        self.status_code = status_code
        self.reason = reason


@dataclass(frozen=True)
class Upload:
    """A file that passed every check, ready to be written as `rel` in the corpus."""

    rel: str
    content: bytes
    doc_id: str
    metadata: dict[str, Any] | None


def safe_name(filename: str | None) -> str:
    """The file's own name, without any folder part; 422 for a name that is no file name."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    if not name or name in {".", ".."} or ".." in name or name.startswith("."):
        raise UploadRejected(422, f"file name {filename!r} is not a usable file name")
    if any(ord(c) < 32 for c in name) or len(name.encode()) > 200:
        raise UploadRejected(422, f"file name {filename!r} is not a usable file name")
    if name == METADATA_FILE:
        raise UploadRejected(422, f"{METADATA_FILE} is the corpus's metadata, not a document")
    return name


def check_type(name: str) -> None:
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UploadRejected(
            415,
            f"unsupported file type {suffix or '(none)'} "
            f"(supported: {' '.join(SUPPORTED_SUFFIXES)})",
        )


def check_size(content: bytes, limits: IngestLimits) -> None:
    if len(content) > limits.max_file_bytes:
        raise UploadRejected(
            413,
            f"the file is larger than {limits.max_file_bytes / (1024 * 1024):.1f} MB "
            "per file (WTOQA_MAX_FILE_MB)",
        )


def parse_metadata(text: str | None) -> dict[str, Any] | None:
    """The optional metadata form field: a JSON object of a document's metadata."""
    if text is None or not text.strip():
        return None
    try:
        value = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise UploadRejected(422, f"metadata is not valid JSON: {exc}") from exc
    if not isinstance(value, dict):
        raise UploadRejected(422, "metadata must be a JSON object (title, date, symbol...)")
    if "doc_id" in value:
        raise UploadRejected(422, "metadata cannot set doc_id: it comes from the file name")
    return value


def read_upload(rel: str, content: bytes, metadata: dict[str, Any] | None) -> Document:
    """The document a build would make of these bytes; 422 with the build's reason if none."""
    with tempfile.TemporaryDirectory(prefix="wtoqa-upload-") as tmp:
        path = Path(tmp) / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        scan = CorpusScan(
            Path(tmp),
            {rel: hashlib.sha256(content).hexdigest()},
            {rel: metadata} if metadata else {},
        )
        try:
            return load_document(scan, rel)
        except LoaderError as exc:
            raise UploadRejected(422, f"{Path(rel).name}: {exc.reason}") from exc
        except Exception as exc:  # a loader's bug on one odd file is the file's problem here
            raise UploadRejected(
                422, f"{Path(rel).name}: cannot be read ({type(exc).__name__}: {exc})"
            ) from exc


def check_upload(
    settings: Settings,
    service: QAService,
    filename: str | None,
    content: bytes,
    metadata_text: str | None,
    replacing: Document | None = None,
) -> Upload:
    """Every check a new or replacing file must pass, in the order a user would fix them."""
    name = safe_name(filename)
    check_type(name)
    check_size(content, settings.ingest_limits)
    metadata = parse_metadata(metadata_text)
    if replacing is None:
        rel = name
        if (settings.corpus_dir / rel).exists():
            raise UploadRejected(409, f"a file named {rel!r} is already in the corpus")
    else:
        # The replacement keeps the old file's place and stem, so its doc_id stays.
        old = Path(replacing.meta.source_file)
        rel = str(old.with_suffix(Path(name).suffix.lower()))
    document = read_upload(rel, content, metadata)
    if replacing is None and document.doc_id in service.documents:
        raise UploadRejected(409, f"a document with id {document.doc_id!r} already exists")
    for other in service.documents.values():
        if other.sha256 == document.sha256:
            raise UploadRejected(
                409, f"the same content is already indexed as document {other.doc_id!r}"
            )
    doc_id = replacing.doc_id if replacing is not None else document.doc_id
    return Upload(rel=rel, content=content, doc_id=doc_id, metadata=metadata)


class CorpusChange:
    """The files a job changes, saved first so that a failure can put them back."""

    def __init__(self, corpus_dir: Path) -> None:
        self.corpus_dir = corpus_dir
        self._saved: dict[Path, bytes | None] = {}

    def _save(self, path: Path) -> None:
        if path not in self._saved:
            self._saved[path] = path.read_bytes() if path.is_file() else None

    def write(self, rel: str, content: bytes) -> None:
        path = self.corpus_dir / rel
        self._save(path)
        _atomic_write(path, content)

    def remove(self, rel: str) -> None:
        path = self.corpus_dir / rel
        self._save(path)
        path.unlink(missing_ok=True)

    def metadata_entry(self, rel: str) -> dict[str, Any] | None:
        """The entry for `rel` in the root metadata.json, if there is one."""
        path = self.corpus_dir / METADATA_FILE
        if not path.is_file():
            return None
        entry = json.loads(path.read_text(encoding="utf-8")).get("documents", {}).get(rel)
        return entry if isinstance(entry, dict) else None

    def set_metadata(self, rel: str, entry: dict[str, Any] | None) -> None:
        """Write (or with None drop) the entry for `rel` in the root metadata.json."""
        path = self.corpus_dir / METADATA_FILE
        if path.is_file():
            data = json.loads(path.read_text(encoding="utf-8"))
        elif entry is None:
            return
        else:
            data = {}
        documents = data.setdefault("documents", {})
        if entry is None:
            if rel not in documents:
                return
            del documents[rel]
        else:
            documents[rel] = entry
        self._save(path)
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        _atomic_write(path, text.encode("utf-8"))

    def roll_back(self) -> None:
        for path, content in self._saved.items():
            try:
                if content is None:
                    path.unlink(missing_ok=True)
                else:
                    _atomic_write(path, content)
            except OSError:
                logger.exception("could not put %s back as it was", path)
        self._saved.clear()


def _atomic_write(path: Path, content: bytes) -> None:
    """Readers (a build, a person) see the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=".wtoqa-", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def run_change(
    job: Job,
    settings: Settings,
    change: Callable[[CorpusChange], str | None],
    swap: Callable[[], object],
    served: Callable[[], QAService | None],
) -> None:
    """Change the corpus, build the index (only changed files are embedded), and swap the
    new build in; `change` returns the file that must be indexed (None for a removal).
    Done only once the new build serves; on failure the corpus is put back."""
    corpus = CorpusChange(settings.corpus_dir)
    before = current_build(settings.index_dir)
    try:
        job.advance("changing the corpus", 0.1)
        expected = change(corpus)
        job.advance("indexing", 0.3)
        report = build(settings, settings.corpus_dir, settings.index_dir)
        skipped = [s for s in report.skipped if expected and s.startswith(f"{expected}: ")]
        if skipped:
            raise JobFailed(f"the build skipped the file: {skipped[0]}")
        job.advance("swapping the new index in", 0.9)
        swap()
        now = current_build(settings.index_dir)
        service = served()
        if service is None or now is None or service.index.path != now:
            raise JobFailed("the new index build could not be loaded; the previous one serves")
        job.build_id = service.index.build_id
    except Exception as exc:
        corpus.roll_back()
        if current_build(settings.index_dir) != before:
            _rebuild_after_rollback(settings)
        if isinstance(exc, JobFailed):
            raise
        raise JobFailed(f"the index could not be built: {exc}") from exc


def _rebuild_after_rollback(settings: Settings) -> None:
    # A build of the changed corpus became `current` but does not serve: build the restored
    # corpus, so the watcher does not swap in a build whose change was refused.
    try:
        build(settings, settings.corpus_dir, settings.index_dir)
    except Exception:
        logger.exception("rebuilding %s after a failed change failed", settings.index_dir)
