"""Security headers on every response, CORS only when configured, docs behind the key,
API keys kept out of the access log."""

import logging
import re
import threading
import time

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient
from pydantic import ValidationError

from api.app import STATIC_DIR, create_app
from api.security import RedactSecrets, uvicorn_log_config
from tests.api.live import free_port
from tests.conftest import make_settings

SECURITY_HEADERS = {
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}


def client_for(fake_service, **settings: object) -> TestClient:  # type: ignore[no-untyped-def]
    app = create_app(fake_service.settings.model_copy(update=settings), service=fake_service)
    return TestClient(app)


@pytest.fixture(scope="module")
def client(fake_service):  # type: ignore[no-untyped-def]
    with client_for(fake_service) as c:
        yield c


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    responses = [
        client.get("/"),
        client.get("/static/app.js"),
        client.get("/health"),
        client.post("/search", json={"query": "douane", "k": 2}),
        client.get("/documents/nothing"),  # 404
        client.post("/search", json={"query": ""}),  # 422
        client.post("/search", content=b"x" * 300_000),  # 413 from the body limit
        client.get("/docs"),
    ]
    assert [r.status_code for r in responses] == [200, 200, 200, 200, 404, 422, 413, 200]
    for response in responses:
        for name, value in SECURITY_HEADERS.items():
            assert response.headers[name] == value, (response.url, name)
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


def test_page_csp_allows_only_what_the_page_loads(client: TestClient) -> None:
    csp = client.get("/").headers["content-security-policy"]
    assert "script-src 'self';" in csp and "style-src 'self';" in csp
    assert "connect-src 'self'" in csp and "unsafe-inline" not in csp
    # the page works under that policy: its scripts and styles are files of its own origin
    html = (STATIC_DIR / "index.html").read_text(encoding="utf-8")
    assert re.findall(r"<script\b[^>]*>", html) == ['<script src="/static/app.js">']
    assert "<style" not in html and " style=" not in html
    assert not re.search(r"\son[a-z]+=", html)  # no inline event handlers
    app_js = (STATIC_DIR / "app.js").read_text(encoding="utf-8")
    assert "eval(" not in app_js and "innerHTML" not in app_js


def test_docs_pages_may_load_their_bundles(client: TestClient) -> None:
    csp = client.get("/docs").headers["content-security-policy"]
    assert "https://cdn.jsdelivr.net" in csp and "frame-ancestors 'none'" in csp
    assert "cdn.jsdelivr.net" not in client.get("/").headers["content-security-policy"]


def test_cors_is_off_by_default(client: TestClient) -> None:
    origin = {"Origin": "https://elsewhere.example"}
    assert "access-control-allow-origin" not in client.get("/health", headers=origin).headers
    preflight = client.options(
        "/search", headers={**origin, "Access-Control-Request-Method": "POST"}
    )
    assert "access-control-allow-origin" not in preflight.headers


def test_cors_for_configured_origins_only(fake_service) -> None:  # type: ignore[no-untyped-def]
    with client_for(
        fake_service, cors_origins="https://portal.example, http://localhost:3000"
    ) as c:
        allowed = {"Origin": "https://portal.example"}
        response = c.get("/health", headers=allowed)
        assert response.headers["access-control-allow-origin"] == "https://portal.example"
        preflight = c.options(
            "/ask",
            headers={
                **allowed,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "x-api-key, content-type",
            },
        )
        assert preflight.status_code == 200
        assert preflight.headers["x-frame-options"] == "DENY"
        other = c.get("/health", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers


def test_bad_cors_origin_names_the_variable(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="WTOQA_CORS_ORIGINS"):
        make_settings(tmp_path, cors_origins="https://ok.example,portal.example/path")


def test_docs_and_schema_need_the_key_when_keys_are_set(fake_service) -> None:  # type: ignore[no-untyped-def]
    with client_for(fake_service, api_keys="k1,k2") as c:
        for path in ("/docs", "/redoc", "/openapi.json"):
            assert c.get(path).status_code == 401, path
            assert c.get(path, headers={"X-API-Key": "k1"}).status_code == 200, path
        assert c.get("/openapi.json", headers={"Authorization": "Bearer k2"}).json()["paths"]
        # a browser opening the page sends the key in the query; the page passes it on
        page = c.get("/docs", params={"api_key": "k2"})
        assert page.status_code == 200 and "/openapi.json?api_key=k2" in page.text
        assert c.get("/openapi.json", params={"api_key": "k2"}).status_code == 200
        assert c.get("/docs", params={"api_key": "<script>"}).status_code == 401
        assert c.get("/health").status_code == 200
    with client_for(fake_service, api_keys="k1", docs_need_key=False) as c:
        assert c.get("/docs").status_code == 200 and c.get("/openapi.json").status_code == 200
        page = c.get("/docs", params={"api_key": "'</script><script>alert(1)//"})
        assert "alert(1)" not in page.text  # never echoed into the page


def test_redaction_filter_hides_keys_in_access_lines() -> None:
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5000", "GET", "/docs?api_key=s3cret&x=1&key=other", "1.1", 200),
        None,
    )
    assert RedactSecrets().filter(record)
    line = record.getMessage()
    assert "s3cret" not in line and "other" not in line
    assert "/docs?api_key=[redacted]&x=1&key=[redacted]" in line


def test_served_access_log_never_shows_a_key(fake_service, capfd) -> None:  # type: ignore[no-untyped-def]
    """As `wtoqa serve` runs it: uvicorn with its access log and our log configuration."""
    app = create_app(fake_service.settings.model_copy(update={"api_keys": "s3cret"}), fake_service)
    port = free_port()
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="info", log_config=uvicorn_log_config()
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                httpx.get(f"{base}/health", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert httpx.get(f"{base}/openapi.json?api_key=s3cret", timeout=5).status_code == 200
        assert httpx.get(f"{base}/documents?key=s3cret", timeout=5).status_code == 401
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    out, err = capfd.readouterr()
    logged = out + err
    assert "GET /openapi.json?api_key=[redacted]" in logged
    assert "GET /documents?key=[redacted]" in logged
    assert "s3cret" not in logged
