"""A running server follows its index: a build that `wtoqa index` finishes is swapped in.

A daemon thread looks every few seconds at where the index folder's `current` link
points (one readlink, so a shared disk is fine). When it points to another build, that
build is loaded into a new QAService with the model already in memory, and the one
reference the requests read is replaced: a request in flight keeps the service it
started with, the next one gets the new build. A build that fails to load (damaged,
another model, pruned meanwhile) is logged once and the old one keeps serving.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from answering.service import QAService
from indexing.store import current_build, load_index

logger = logging.getLogger(__name__)


class IndexWatcher:
    """Polls `index_dir/current` and hands each newly loaded service to `publish`."""

    def __init__(
        self,
        index_dir: Path,
        served: Callable[[], QAService | None],
        publish: Callable[[QAService], None],
        poll_seconds: float,
    ) -> None:
        self.index_dir = index_dir
        self.served = served
        self.publish = publish
        self.poll_seconds = poll_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._failed: Path | None = None  # the build that did not load, not retried
        # The poll and a document job (api/corpus_writes.py) may check at the same time.
        self._checking = threading.Lock()

    def start(self) -> None:
        if self.poll_seconds <= 0 or self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="wtoqa-index-watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)  # a load under way is abandoned with its thread
            self._thread = None

    def _run(self) -> None:
        while not self._stop.wait(self.poll_seconds):
            try:
                self.check()
            except Exception:  # the watcher must outlive any surprise; the old index serves
                logger.exception("checking %s for a new index build failed", self.index_dir)

    def check(self) -> bool:
        """Swap in the build `current` points to if it is new; True when one was swapped."""
        with self._checking:
            return self._check()

    def _check(self) -> bool:
        service = self.served()
        build = current_build(self.index_dir)
        if service is None or build is None or build == self._failed:
            return False
        if build == service.index.path:
            return False
        try:
            index = load_index(self.index_dir, expected_model=service.settings.embedding_model)
        except Exception as exc:
            self._failed = build
            logger.error(
                "the new index build %s cannot be loaded, still serving %s: %s",
                build.name,
                service.index.build_id,
                exc,
            )
            return False
        if index.path == service.index.path:
            return False
        # The model in memory is reused: only the index changed.
        fresh = QAService(service.settings, index, service.embedder)
        self.publish(fresh)
        self._failed = None
        logger.info(
            "now serving index build %s (%d documents, %d passages), was %s",
            index.build_id,
            len(index.documents),
            len(index.passages),
            service.index.build_id,
        )
        return True
