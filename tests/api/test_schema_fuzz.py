"""The OpenAPI schema tells the truth: a bounded, seeded schemathesis run against the app
(fake embedder) finds no server error and no response the schema does not declare."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api.app import create_app

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]
#: Examples per operation and mode: eight operations, valid and invalid requests, about
#: four hundred cases in all, in seconds.
EXAMPLES = 25
MODES = (schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE)


def test_every_response_is_declared(fake_service) -> None:  # type: ignore[no-untyped-def]
    app = create_app(fake_service.settings, service=fake_service)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.label for op in operations} >= {"POST /search", "POST /ask", "GET /health"}
    calls = 0
    for operation, mode in ((op, mode) for op in operations for mode in MODES):

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(
            max_examples=EXAMPLES,
            derandomize=True,  # the same cases every run
            database=None,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
        def conforms(case: schemathesis.Case) -> None:
            nonlocal calls
            calls += 1
            case.call_and_validate(checks=CHECKS)

        try:
            conforms()
        except Unsatisfiable:
            # no invalid request exists for an operation without parameters (GET /health)
            assert mode is schemathesis.GenerationMode.NEGATIVE
    assert calls >= len(operations) * EXAMPLES
