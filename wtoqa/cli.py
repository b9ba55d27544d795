"""The `wtoqa` command: index, serve, search, ask, eval, mcp.

Errors raised below are turned into one clear line on stderr and exit code 2;
`--json` output is the contract's JSON on stdout.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wtoqa.settings import MAX_K, Settings, get_settings

if TYPE_CHECKING:
    from answering.service import QAService
    from indexing.store import BuildReport

logger = logging.getLogger("wtoqa")


class CLIError(Exception):
    """A problem to report to the user in one line."""


def _settings(args: argparse.Namespace) -> Settings:
    try:
        settings = get_settings()
    except Exception as exc:  # pydantic's ValidationError names the variable
        raise CLIError(f"invalid configuration: {exc}") from exc
    updates: dict[str, Any] = {}
    if getattr(args, "index_dir", None):
        updates["index_dir"] = Path(args.index_dir)
    if getattr(args, "corpus", None):
        updates["corpus_dir"] = Path(args.corpus)
    return settings.model_copy(update=updates) if updates else settings


def _service(settings: Settings) -> QAService:
    from answering.service import QAService

    return QAService.from_settings(settings)


def _build(settings: Settings, force: bool) -> BuildReport:
    from answering.service import build

    return build(settings, settings.corpus_dir, settings.index_dir, progress=True, force=force)


def cmd_index(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if args.check:
        return _check_index(settings.index_dir)
    print(f"indexing {settings.corpus_dir} -> {settings.index_dir}", file=sys.stderr)
    report = _build(settings, force=args.force)
    for problem in report.skipped:
        print(f"skipped: {problem}", file=sys.stderr)
    if report.skipped:
        print(f"{len(report.skipped)} file(s) skipped, named above", file=sys.stderr)
    if report.status == "up-to-date":
        print(
            f"index is up to date: {report.documents} documents, {report.passages} passages "
            f"({report.path})"
        )
    else:
        print(
            f"built index: {report.documents} documents, {report.passages} passages, "
            f"{report.embedded} embedded, {report.reused} reused, in {report.seconds:.1f} s "
            f"({report.path})"
        )
    return 0


def _check_index(index_dir: Path) -> int:
    """`wtoqa index --check`: 0 when the current index is sound, 1 with what is wrong."""
    from indexing.store import check_index, load_manifest

    problems = check_index(index_dir)
    if problems:
        print(f"the index at {index_dir} is not sound:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    manifest = load_manifest(index_dir)
    print(
        f"index is sound: {len(manifest['documents'])} documents, {manifest['passages']} "
        f"passages, {len(manifest['files'])} files checked ({index_dir})"
    )
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from api.app import create_app
    from api.security import uvicorn_log_config

    settings = _settings(args)
    updates: dict[str, Any] = {}
    if args.host:
        updates["host"] = args.host
    if args.port:
        updates["port"] = args.port
    if args.workers:
        updates["workers"] = args.workers
    settings = settings.model_copy(update=updates) if updates else settings
    if settings.workers > 1 and settings.admin_key_set:
        raise CLIError(
            "document writes (WTOQA_ADMIN_KEYS) need one server process: their jobs live in "
            "the process that took them; unset WTOQA_WORKERS or the admin keys"
        )
    if settings.workers > 1 and settings.store == "milvus" and "://" not in settings.milvus_uri:
        raise CLIError(
            f"Milvus Lite ({settings.milvus_uri}) serves one process at a time; with "
            "WTOQA_WORKERS > 1 point WTOQA_MILVUS_URI at a Milvus server (http://host:19530)"
        )
    service = _service(settings)  # fail here, with a clear message, not inside the server
    print(
        f"serving on http://{settings.host}:{settings.port}"
        + (f" with {settings.workers} processes" if settings.workers > 1 else ""),
        file=sys.stderr,
    )
    if settings.workers > 1:
        # Each process builds its own app from the environment: the options given here
        # travel there as the variables they stand for.
        del service
        os.environ["WTOQA_INDEX_DIR"] = str(settings.index_dir)
        os.environ["WTOQA_CORPUS_DIR"] = str(settings.corpus_dir)
        uvicorn.run(
            "api.app:create_app",
            factory=True,
            workers=settings.workers,
            host=settings.host,
            port=settings.port,
            log_level="info",
            log_config=uvicorn_log_config(),
        )
        return 0
    uvicorn.run(
        create_app(settings, service=service),
        host=settings.host,
        port=settings.port,
        log_level="info",
        log_config=uvicorn_log_config(),  # API keys in a query string never reach the log
    )
    return 0


def cmd_mcp(args: argparse.Namespace) -> int:
    from api.mcp_server import build_mcp_server

    settings = _settings(args)
    # stdout is the protocol's channel: whatever loading the model prints goes to stderr.
    with contextlib.redirect_stdout(sys.stderr):
        service = _service(settings)
    print(
        f"wtoqa MCP server on stdio: {len(service.documents)} documents ({settings.index_dir})",
        file=sys.stderr,
    )
    build_mcp_server(lambda: service).run("stdio")
    return 0


def _print_passages(passages: list[dict[str, Any]]) -> None:
    for rank, p in enumerate(passages, start=1):
        print(f"{rank}. [{p['doc_id']} §{p['paragraph']}] score {p['score']:.4f}")
        print(f"   {p['text']}")


def cmd_search(args: argparse.Namespace) -> int:
    from answering.types import passage_dict

    settings = _settings(args)
    _check_k(args.k)
    hits = _service(settings).search(args.query, k=args.k)
    passages = [passage_dict(h) for h in hits]
    if args.json:
        print(json.dumps({"passages": passages}, ensure_ascii=False, indent=2))
    else:
        _print_passages(passages)
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from answering.question import question_problem
    from answering.types import answer_dict

    settings = _settings(args)
    _check_k(args.k)
    question = args.question.strip()
    problem = question_problem(question)
    if problem:
        raise CLIError(problem)
    answer = _service(settings).ask(question, k=args.k)
    if args.json:
        print(json.dumps(answer_dict(answer), ensure_ascii=False, indent=2))
        return 0
    print(answer.answer)
    if answer.citations:
        print("\nSources:")
        for c in answer.citations:
            print(f"{c.marker} {c.title} — paragraph {c.paragraph} ({c.doc_id})")
            print(f"    « {c.quote} »")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from evals.cli import run_eval_command

    _check_k(args.k)
    return run_eval_command(args, _settings(args))


def _check_k(k: int) -> None:
    if not 1 <= k <= MAX_K:
        raise CLIError(f"--k must be between 1 and {MAX_K}, got {k}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wtoqa", description="Cited answers from WTO e-commerce documents."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--index-dir", help="index directory (WTOQA_INDEX_DIR)")

    p = sub.add_parser("index", help="build or update the index of a corpus folder")
    p.add_argument("--corpus", help="corpus folder (WTOQA_CORPUS_DIR)")
    common(p)
    p.add_argument("--force", action="store_true", help="rebuild even if up to date")
    p.add_argument(
        "--check",
        action="store_true",
        help="verify the current index (manifest, checksums, counts) instead of building; "
        "exit code 1 if anything is wrong",
    )
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("serve", help="serve the API and the web chat page")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.add_argument(
        "--workers",
        type=int,
        help="server processes (WTOQA_WORKERS); each loads the index and the model",
    )
    common(p)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("mcp", help="serve the MCP tools and resources on stdio (for agents)")
    common(p)
    p.set_defaults(func=cmd_mcp)

    p = sub.add_parser("search", help="ranked passages for a query")
    p.add_argument("query")
    p.add_argument("--k", type=int, default=5)
    p.add_argument("--json", action="store_true")
    common(p)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("ask", help="one cited answer")
    p.add_argument("question")
    p.add_argument("--k", type=int, default=5)
    p.add_argument("--json", action="store_true")
    common(p)
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("eval", help="evaluate on a gold set or a SQuAD-format file")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--gold", help="gold Q&A file (JSONL)")
    source.add_argument("--squad", help="SQuAD-format JSON file, e.g. PIAF")
    source.add_argument(
        "--compare",
        nargs=2,
        metavar=("A.json", "B.json"),
        help="compare two runs written with --json",
    )
    p.add_argument(
        "--corpus",
        dest="corpus_dirs",
        action="append",
        metavar="DIR",
        help="evaluate over these corpus folders instead of the index (repeatable; --gold)",
    )
    p.add_argument("--sample", type=int, help="questions to sample (--squad)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--k", type=int, default=5)
    p.add_argument("--json", dest="json_out", metavar="OUT", help="write the metrics as JSON")
    p.add_argument("--html", metavar="OUT", help="write the HTML report")
    p.add_argument(
        "--baselines", action="store_true", help="also run lexical-only and dense-only retrieval"
    )
    p.add_argument(
        "--retrieval-only", action="store_true", help="score retrieval only (no answers)"
    )
    common(p)
    p.set_defaults(func=cmd_eval)
    return parser


def quiet_libraries(verbose: bool = False) -> None:
    """Libraries log at DEBUG or draw load bars of their own; keep the terminal for ours."""
    for noisy in ("bm25s", "sentence_transformers", "transformers", "httpx", "faiss"):
        logging.getLogger(noisy).setLevel(logging.INFO if verbose else logging.WARNING)
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
    except ImportError:  # pragma: no cover
        pass


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    from answering.service import QAService  # noqa: F401  (import errors surface here)
    from indexing.corpus import CorpusError
    from indexing.embedders.base import EmbeddingError
    from indexing.store import IndexStoreError

    quiet_libraries(args.verbose)
    try:
        return int(args.func(args))
    except (CLIError, IndexStoreError, CorpusError, EmbeddingError, ValueError) as exc:
        print(f"wtoqa {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; the previous index, if any, is unchanged", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
