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
    """401 unless a configured key (or an admin key) comes as `Authorization: Bearer` or
    `X-API-Key`."""
    if not settings.api_key_set:
        return
    if _known(header_key or (bearer.credentials if bearer else None), settings.all_keys):
        return
    raise HTTPException(
        status.HTTP_401_UNAUTHORIZED,
        "a valid API key is required (Authorization: Bearer <key> or X-API-Key)",
        headers={"WWW-Authenticate": "Bearer"},
    )


def _known(given: str | None, keys: frozenset[str]) -> bool:
    # compare_digest with every key: the time taken does not tell which one nearly matched
    return bool(given) and any(secrets.compare_digest(given or "", key) for key in keys)


def require_admin_key(
    settings: Annotated[Settings, Depends(get_settings_dep)],
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    header_key: Annotated[str | None, Depends(_header)],
) -> None:
    """403 unless WTOQA_ADMIN_KEYS is set and one of its keys comes with the request."""
    if not settings.admin_key_set:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            "changing documents through the API is turned off (set WTOQA_ADMIN_KEYS)",
        )
    if not _known(header_key or (bearer.credentials if bearer else None), settings.admin_key_set):
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            "an admin key is required (Authorization: Bearer <key> or X-API-Key)",
        )


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
ServiceDep = Annotated[QAService, Depends(get_service)]
APIKeyDep = Depends(require_api_key)
AdminKeyDep = Depends(require_admin_key)
