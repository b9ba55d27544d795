from fastapi import APIRouter

from api.deps import ServiceDep
from api.schemas import HealthOut

router = APIRouter(tags=["health"])


@router.get("/health", response_model=HealthOut)
def health(service: ServiceDep) -> HealthOut:
    return HealthOut(
        status="ok",
        documents=len(service.documents),
        passages=len(service.index.passages),
        embedding_model=service.index.model_id,
        build_id=service.index.build_id,
        build_created=service.index.created,
    )
