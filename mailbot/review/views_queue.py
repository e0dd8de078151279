"""Routes for the queue (filters, search, bulk approve), the dashboard and the exports."""

from __future__ import annotations

from datetime import date

from markupsafe import Markup
from starlette.responses import Response
from starlette.routing import Route

from mailbot.db.models import NominationStatus, utcnow
from mailbot.errors import MailbotError
from mailbot.review.charts import bar_chart, day_chart
from mailbot.review.pages import Page, endpoint
from mailbot.services import QueueFilter, approve, export_rows, list_nominations, to_csv, to_xlsx
from mailbot.services.dashboard import dashboard_figures
from mailbot.services.queue import SORTS, task_force_names

__all__ = ["routes"]

LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")
_FILTER_KEYS = ("status", "task_force", "office", "language", "late", "warnings", "duplicates", "q")


def _flag(value: str | None) -> bool:
    return value in {"1", "on", "true", "yes"}


def queue(page: Page) -> Response:
    args = page.request.query_params
    params = {key: args.get(key, "") for key in (*_FILTER_KEYS, "sort")}
    status = params["status"] if params["status"] in set(NominationStatus) else ""
    sort = params["sort"] if params["sort"].lstrip("-") in SORTS else "created"
    late = args.get("late")
    flt = QueueFilter(
        status=status or None,
        task_force=params["task_force"] or None,
        office=params["office"].strip() or None,
        language=params["language"] or None,
        late=True if _flag(late) else (False if late == "0" else None),
        warnings=_flag(args.get("warnings")),
        duplicates=_flag(args.get("duplicates")),
        q=params["q"][:200],
        sort=sort,
    )
    try:
        number = max(1, int(args.get("page", "1")))
    except ValueError:
        number = 1
    result = list_nominations(page.db, flt, page=number)
    params.update({"status": status, "sort": sort})
    context = {
        "result": result,
        "params": params,
        "statuses": [s.value for s in NominationStatus],
        "task_forces": task_force_names(page.db),
        "languages": LANGUAGES,
    }
    return page.render("queue.html", context)


def bulk_approve(page: Page) -> Response:
    ids = sorted({int(v) for v in page.fields("ids") if v.isdigit()})
    if not ids:
        page.flash("Select at least one nomination to approve.", "error")
        return page.back("/queue")
    done, failed = [], []
    for nomination_id in ids:
        # A savepoint per nomination: one that cannot be approved does not undo the others.
        try:
            with page.db.begin_nested():
                approve(page.db, nomination_id, actor=page.actor, settings=page.settings)
            done.append(nomination_id)
        except MailbotError as exc:
            failed.append(f"#{nomination_id}: {exc}")
    if done:
        page.flash(f"Approved {len(done)} nomination(s); Wiki-access notices are queued.")
    for message in failed:
        page.flash(message, "error")
    return page.back("/queue")


def dashboard(page: Page) -> Response:
    figures = dashboard_figures(page.db, now=utcnow())
    charts = {
        "status": Markup(bar_chart(figures.per_status, title="Nominations per status")),  # noqa: S704 - escaped by charts.py
        "task_force": Markup(bar_chart(figures.per_task_force, title="Seats asked per task force")),  # noqa: S704
        "day": Markup(day_chart(figures.per_day, title="Nominations received per day")),  # noqa: S704
    }
    return page.render("dashboard.html", {"charts": charts, "figures": figures})


def export_page(page: Page) -> Response:
    return page.render("export.html", {"task_forces": task_force_names(page.db)})


def _export(page: Page, kind: str) -> Response:
    task_force = page.request.query_params.get("task_force") or None
    rows = export_rows(page.db, task_force=task_force)
    stem = f"cws-approved-{date.today().isoformat()}"
    if kind == "csv":
        body, media = to_csv(rows), "text/csv; charset=utf-8"
    else:
        body = to_xlsx(rows)
        media = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    headers = {"Content-Disposition": f'attachment; filename="{stem}.{kind}"'}
    return Response(body, media_type=media, headers=headers)


def export_csv(page: Page) -> Response:
    return _export(page, "csv")


def export_xlsx(page: Page) -> Response:
    return _export(page, "xlsx")


def home(page: Page) -> Response:
    return page.redirect("/queue?status=pending_review")


routes = [
    Route("/", endpoint(home), methods=["GET"]),
    Route("/queue", endpoint(queue), methods=["GET"]),
    Route("/queue/approve", endpoint(bulk_approve), methods=["POST"]),
    Route("/dashboard", endpoint(dashboard), methods=["GET"]),
    Route("/export", endpoint(export_page), methods=["GET"]),
    Route("/export.csv", endpoint(export_csv), methods=["GET"]),
    Route("/export.xlsx", endpoint(export_xlsx), methods=["GET"]),
]
