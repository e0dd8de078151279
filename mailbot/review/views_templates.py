"""Routes for admins to override reply templates: list, edit with a trial render, save, reset."""

from __future__ import annotations

from urllib.parse import quote

from starlette.responses import Response
from starlette.routing import Route

from mailbot import audit
from mailbot.db.models import utcnow
from mailbot.errors import ActionError
from mailbot.review.pages import Page, endpoint
from mailbot.review.template_edits import (
    TemplateRef,
    Trial,
    editable_languages,
    editable_names,
    overridden,
    read_override,
    remove_override,
    resolve,
    shipped_text,
    try_template,
    write_override,
)

__all__ = ["routes"]


def _folder(page: Page) -> dict[str, object]:
    return {
        "folder": page.settings.effective_templates_dir,
        "folder_is_default": page.settings.templates_dir is None,
    }


def _ref(page: Page) -> TemplateRef:
    params = page.request.path_params
    return resolve(page.settings, str(params["lang"]), str(params["name"]))


def _url(ref: TemplateRef) -> str:
    return f"/templates/{quote(ref.language)}/{quote(ref.name)}"


def _trial(page: Page, ref: TemplateRef, text: str) -> Trial:
    return try_template(page.settings, ref, text, today=utcnow().date())


def template_list(page: Page) -> Response:
    return page.render(
        "templates.html",
        {
            "languages": editable_languages(page.settings),
            "names": editable_names(),
            "overridden": overridden(page.settings),
            **_folder(page),
        },
    )


def _edit_page(
    page: Page, ref: TemplateRef, text: str, trial: Trial, *, status: int = 200
) -> Response:
    return page.render(
        "templates_edit.html",
        {
            "ref": ref,
            "url": _url(ref),
            "shipped": shipped_text(ref),
            "override": read_override(page.settings, ref),
            "text": text,
            "trial": trial,
            **_folder(page),
        },
        status,
    )


def template_edit(page: Page) -> Response:
    ref = _ref(page)
    override = read_override(page.settings, ref)
    text = override if override is not None else (shipped_text(ref) or "")
    return _edit_page(page, ref, text, _trial(page, ref, text))


def _audit(
    page: Page, action: str, ref: TemplateRef, before: str | None, after: str | None
) -> None:
    audit.record(
        page.db,
        actor=page.actor,
        action=action,
        subject_type="template",
        subject_id=None,
        before={"path": ref.path, "text": before},
        after={"path": ref.path, "text": after},
        note=ref.path,
    )
    # The audit row must be storable before the file changes: a failure here leaves both as they were.
    page.db.flush()


def _reset(page: Page, ref: TemplateRef) -> Response:
    before = read_override(page.settings, ref)
    if before is None:
        page.flash(f"{ref.path} already uses the shipped text.")
        return page.redirect(_url(ref))
    _audit(page, "template_reset", ref, before, None)
    try:
        remove_override(page.settings, ref)
    except OSError as exc:
        raise ActionError(f"Could not remove the override of {ref.path}: {exc}") from exc
    page.flash(f"{ref.path}: override removed, the shipped text applies again.")
    return page.redirect(_url(ref))


def template_save(page: Page) -> Response:
    ref = _ref(page)
    action = page.field("action", "save")
    if action == "reset":
        return _reset(page, ref)
    # Browsers send CR LF in form fields (HTML §4.10.21.8); templates keep the repository's LF.
    text = page.field("text").replace("\r\n", "\n")
    trial = _trial(page, ref, text)
    if trial.error is not None:
        page.flash("Not saved: the template has an error (see below).", "error")
        return _edit_page(page, ref, text, trial, status=422)
    if action == "preview":
        return _edit_page(page, ref, text, trial)
    before = read_override(page.settings, ref)
    if before == text:
        page.flash(f"{ref.path}: no change.")
        return page.redirect(_url(ref))
    _audit(page, "template_save", ref, before, text)
    try:
        write_override(page.settings, ref, text)
    except OSError as exc:
        raise ActionError(f"Could not write the override of {ref.path}: {exc}") from exc
    page.flash(f"{ref.path} saved: replies use it from now on.")
    return page.redirect(_url(ref))


routes = [
    Route("/templates", endpoint(template_list, role="admin"), methods=["GET"]),
    Route("/templates/{lang}/{name}", endpoint(template_edit, role="admin"), methods=["GET"]),
    Route("/templates/{lang}/{name}", endpoint(template_save, role="admin"), methods=["POST"]),
]
