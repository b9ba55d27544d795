"""Index changes run as jobs, one at a time, in a single background thread.

A request that changes the corpus answers at once with a job; the job's status
(queued, running, done, failed with its reason) and progress are read with
`GET /jobs/{job_id}`. One worker means two changes never build at the same time.
"""

from __future__ import annotations

import logging
import queue
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

logger = logging.getLogger(__name__)

#: Finished jobs kept for `GET /jobs/{id}`; the oldest are forgotten first.
KEEP_JOBS = 1000


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class JobFailed(Exception):
    """A job cannot finish; the message is the reason its status shows."""


@dataclass
class Job:
    job_id: str
    kind: str  # "add", "replace" or "delete"
    doc_id: str
    status: str = "queued"
    stage: str = "queued"
    progress: float = 0.0
    reason: str | None = None
    build_id: str | None = None
    created: str = field(default_factory=_now)
    finished: str | None = None

    def advance(self, stage: str, progress: float) -> None:
        self.stage = stage
        self.progress = progress

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class JobQueue:
    """Runs submitted work in one daemon thread, in the order it came."""

    def __init__(self) -> None:
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._queue: queue.Queue[tuple[Job, Callable[[Job], None]] | None] = queue.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def submit(self, kind: str, doc_id: str, work: Callable[[Job], None]) -> Job:
        job = Job(job_id=uuid.uuid4().hex, kind=kind, doc_id=doc_id)
        with self._lock:
            self._jobs[job.job_id] = job
            while len(self._jobs) > KEEP_JOBS:
                self._jobs.popitem(last=False)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="wtoqa-jobs", daemon=True)
                self._thread.start()
        self._queue.put((job, work))
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def stop(self) -> None:
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(None)
            thread.join(timeout=30)  # a build under way is left to its daemon thread

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            job, work = item
            job.status = "running"
            try:
                work(job)
            except Exception as exc:
                if not isinstance(exc, JobFailed):
                    logger.exception("job %s (%s %s) failed", job.job_id, job.kind, job.doc_id)
                job.status, job.reason = "failed", str(exc) or type(exc).__name__
            else:
                job.status = "done"
                job.advance("done", 1.0)
            job.finished = _now()
