"""Operational endpoints: /health and /healthz for probes, /metrics for Prometheus."""

from __future__ import annotations

import ipaddress
from datetime import UTC, datetime

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from mailbot.metrics import build_registry, health, metrics_payload
from mailbot.review.pages import Page, endpoint

__all__ = ["routes"]


async def healthz(request: Request) -> Response:
    """200 with details when healthy, 503 otherwise; no session needed (load balancers)."""
    state = request.app.state
    ok, details = await run_in_threadpool(health, state.sessions, state.settings, datetime.now(UTC))
    return JSONResponse({"ok": ok, **details}, status_code=200 if ok else 503)


def _metrics_response(request: Request) -> Response:
    state = request.app.state
    if not hasattr(state, "metrics_registry"):
        state.metrics_registry = build_registry(state.sessions)
    body, content_type = metrics_payload(state.sessions, registry=state.metrics_registry)
    return Response(body, media_type=content_type)


def _metrics_for_staff(page: Page) -> Response:
    return _metrics_response(page.request)


_metrics_with_session = endpoint(_metrics_for_staff)


def _from_loopback(request: Request) -> bool:
    host = request.client.host if request.client else ""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


async def metrics(request: Request) -> Response:
    """Counts only, no personal data; still, outside loopback a staff session is required."""
    if _from_loopback(request):
        return await run_in_threadpool(_metrics_response, request)
    response: Response = await _metrics_with_session(request)
    return response


routes = [
    Route("/health", healthz, methods=["GET"]),
    Route("/healthz", healthz, methods=["GET"]),
    Route("/metrics", metrics, methods=["GET"]),
]
