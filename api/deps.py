"""FastAPI dependencies as named aliases, so tests can swap them."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from answering.service import QAService
from wtoqa.settings import Settings


def get_settings_dep(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_service(request: Request) -> QAService:
    service: QAService | None = getattr(request.app.state, "service", None)
    if service is None:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "the index is not loaded yet")
    return service


_bearer = HTTPBearer(auto_error=False)
_header = APIKeyHeader(name="X-API-Key", auto_error=False)


def require_api_key(
    settings: Annotated[Settings, Depends(get_settings_dep)],
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    header_key: Annotated[str | None, Depends(_header)],
) -> None:
    """401 unless a configured key comes as `Authorization: Bearer` or `X-API-Key`."""
    keys = settings.api_key_set
    if not keys:
        return
    given = header_key or (bearer.credentials if bearer else None)
    if given and any(secrets.compare_digest(given, key) for key in keys):
        return
    raise HTTPException(
        status.HTTP_401_UNAUTHORIZED,
        "a valid API key is required (Authorization: Bearer <key> or X-API-Key)",
        headers={"WWW-Authenticate": "Bearer"},
    )


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
ServiceDep = Annotated[QAService, Depends(get_service)]
APIKeyDep = Depends(require_api_key)
