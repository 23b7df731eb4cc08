"""The pages and form handlers of the review desk.

Reading goes through `provenance.query` (listings, one claim), `provenance.store` (documents and
versions) and `provenance.diff` (versions and their claim diff); writing through
`provenance.review`, in one `Database.write` transaction per form, as the CLI's commands do. The
database calls run in a worker thread, so a slow query never holds up the event loop.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from provenance import diff, query, review
from provenance.bounds import MAX_INTEGER, is_whole, parse_whole
from provenance.errors import InputError
from provenance.models import RELATIONS, STATUSES, Claim, Outlet
from provenance.store import find_version
from provenance.web import pages
from provenance.web.security import CSRF_COOKIE, SESSION_COOKIE

SAVED = {"review": "Decision saved.", "clear": "Decision cleared: the rules decide again.",
         "link": "Link saved.", "unlink": "Link removed."}


def desk(request: Request) -> Any:
    return request.app.state.desk


def render(request: Request, template: str, context: dict[str, Any], status_code: int = 200) -> Response:
    return desk(request).render(request, template, context, status_code)


async def queue_page(request: Request) -> Response:
    q = pages.QueueQuery.parse(request.query_params)
    f = q.claim_filter()

    def read() -> tuple[list[dict[str, Any]], dict[str, int]]:
        with desk(request).database.reading() as session:
            if f.doc:
                find_version(session, f.doc)
            rows = list(query.iter_claims(session, f))
            return rows, desk(request).status_counts(session, f.doc)

    rows, counts = await run_in_threadpool(read)
    more = len(rows) > pages.PAGE_SIZE
    rows = rows[:pages.PAGE_SIZE]
    tabs = [(s, counts.get(s, 0)) for s in pages.QUEUE_ORDER] + [("all", sum(counts.values()))]
    return render(request, "queue.html", {
        "q": q, "rows": rows, "tabs": tabs, "who": pages.who,
        "next": q.link(after=pages.cursor(rows[-1])) if more and rows else None,
        "first": q.link(after=None) if q.after else None})


def _claim_id(request: Request) -> int:
    """The claim of the address; an id no database holds is no claim (not a server error)."""
    claim_id = request.path_params["claim_id"]
    if claim_id > MAX_INTEGER:
        raise HTTPException(404)
    return claim_id


def _version_number(value: str | None, name: str = "version") -> int | None:
    if value in (None, ""):
        return None
    assert value is not None
    if not is_whole(value) or not value.strip("0"):
        raise InputError(f"{name} {value[:40]!r} is not a version number: give 1, 2, ...")
    return parse_whole(value, name, minimum=1)


async def article_page(request: Request) -> Response:
    slug = request.path_params["slug"]
    number = _version_number(request.query_params.get("version"))

    def read() -> dict[str, Any]:
        with desk(request).database.reading() as session:
            doc, version = find_version(session, slug, number)
            claims = list(query.iter_claims(session, query.ClaimFilter(doc=slug, version=version.number)))
            publisher = session.get(Outlet, doc.outlet_id) if doc.outlet_id else None
            return {"doc": doc, "version": version, "claims": claims, "publisher": publisher.name if publisher else None,
                    "versions": diff.version_rows(session, slug)}

    data = await run_in_threadpool(read)
    data["segments"] = pages.segments(data["version"].text, data["claims"])
    data["sources"] = pages.sources(data["claims"])
    data["statuses"] = STATUSES
    data["who"] = pages.who
    return render(request, "article.html", data)


async def diff_page(request: Request) -> Response:
    slug = request.path_params["slug"]
    a = _version_number(request.query_params.get("a"), "a")
    b = _version_number(request.query_params.get("b"), "b")

    def read() -> tuple[Any, list[dict[str, Any]], dict[str, dict[int, int]]]:
        database = desk(request).database
        result = diff.diff_versions(database, slug, a, b)
        with database.reading() as session:
            versions = diff.version_rows(session, slug)
            # the diff names claims by their place in the claim set; the pages by their database ids
            ids = {side: {row["seq"]: row["id"] for row in query.iter_claims(
                session, query.ClaimFilter(doc=slug, version=number))}
                for side, number in (("a", result.a.version), ("b", result.b.version))}
        return result, versions, ids

    result, versions, ids = await run_in_threadpool(read)
    changed = [p for p in result.pairs if p.kinds != ["unchanged"]]
    return render(request, "diff.html", {"slug": slug, "result": result, "pairs": changed, "versions": versions,
                                         "ids": ids, "summary": diff.summary_line(result),
                                         "lines": diff.change_lines})


def _claim_data(request: Request, claim_id: int) -> dict[str, Any]:
    with desk(request).database.reading() as session:
        detail = query.claim_detail(session, claim_id)
        claim = session.get(Claim, claim_id)
        assert claim is not None
        linked = {link["claim"]: query.claim_row(session, link["claim"]) for link in detail["links"]}
    sentence = detail.get("sentence")
    parts = None
    if sentence and claim.sentence_start is not None and claim.sentence_start <= claim.char_start:
        at = claim.char_start - claim.sentence_start
        if sentence[at:at + len(detail["text"])] == detail["text"]:
            parts = (sentence[:at], detail["text"], sentence[at + len(detail["text"]):])
    return {"c": detail, "sentence_parts": parts, "linked": linked}


async def claim_page(request: Request) -> Response:
    claim_id = _claim_id(request)
    data = await run_in_threadpool(_claim_data, request, claim_id)
    chosen = (request.query_params.get("status") or "").lower()
    data.update(statuses=STATUSES, relations=RELATIONS, who=pages.who,
                chosen=chosen if chosen in STATUSES else data["c"]["status"],
                saved=SAVED.get(request.query_params.get("saved") or ""))
    return render(request, "claim.html", data)


async def checked_form(request: Request) -> FormData:
    """The posted form, once its CSRF token and origin are checked (403 otherwise)."""
    form = await request.form()
    origin = request.headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.url.netloc:
        raise HTTPException(403, "this form was sent from another site: reload the page and send it again")
    if not desk(request).bearer(request):
        token = form.get("csrf")
        if not isinstance(token, str) or not desk(request).guard.csrf_ok(request.cookies.get(CSRF_COOKIE), token):
            raise HTTPException(403, "the form's security token is missing or stale: reload the page and send it again")
    return form


def field(form: FormData, name: str) -> str:
    value = form.get(name, "")
    if not isinstance(value, str):
        raise InputError(f"{name} must be text, not a file")
    return value


def claim_id_field(form: FormData, name: str = "other") -> int:
    value = field(form, name).strip().lstrip("#")
    if not is_whole(value):
        raise InputError(f"the other claim's id {value[:40]!r} is not a number: give the id shown on its page")
    return parse_whole(value, "the other claim's id")


def _done(request: Request, claim_id: int, what: str) -> RedirectResponse:
    desk(request).wrote()
    return RedirectResponse(f"/claims/{claim_id}?saved={what}#history", status_code=303)


async def review_claim(request: Request) -> Response:
    claim_id = _claim_id(request)
    form = await checked_form(request)
    by = desk(request).reviewer(request)
    status, reason = field(form, "status"), field(form, "reason")
    evidence, note = field(form, "evidence"), field(form, "note")

    def work(session: Any) -> tuple[dict[str, Any], bool]:
        done = review.review_claim(session, claim_id, status=status, reason=reason, by=by, evidence=evidence,
                                   note=note)
        return done, query.in_latest_version(session, claim_id)

    done, shown = await run_in_threadpool(desk(request).database.write, work)
    desk(request).reviewed(done["old"], done["new"], shown=shown)
    return RedirectResponse(f"/claims/{claim_id}?saved=review#history", status_code=303)


async def clear_review(request: Request) -> Response:
    claim_id = _claim_id(request)
    await checked_form(request)
    by = desk(request).reviewer(request)
    await run_in_threadpool(desk(request).database.write,
                            lambda session: review.release_claim(session, claim_id, by=by))
    return _done(request, claim_id, "clear")


async def link_claim(request: Request) -> Response:
    claim_id = _claim_id(request)
    form = await checked_form(request)
    by = desk(request).reviewer(request)
    other, relation, reason = claim_id_field(form), field(form, "relation"), field(form, "reason")
    await run_in_threadpool(desk(request).database.write, lambda session: review.link_claims(
        session, claim_id, other, relation=relation, reason=reason, by=by))
    return _done(request, claim_id, "link")


async def unlink_claim(request: Request) -> Response:
    claim_id = _claim_id(request)
    form = await checked_form(request)
    by = desk(request).reviewer(request)
    other, relation = claim_id_field(form), field(form, "relation") or None
    await run_in_threadpool(desk(request).database.write, lambda session: review.unlink_claims(
        session, claim_id, other, relation=relation, by=by))
    return _done(request, claim_id, "unlink")


async def sign_in_page(request: Request) -> Response:
    return render(request, "login.html", {"failed": False})


async def sign_in(request: Request) -> Response:
    form = await checked_form(request)
    session = desk(request).guard.sign_in(field(form, "token").strip())
    if session is None:
        return render(request, "login.html", {"failed": True}, status_code=401)
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(SESSION_COOKIE, session, httponly=True, samesite="lax", secure=request.url.scheme == "https")
    return response


async def sign_out(request: Request) -> Response:
    await checked_form(request)
    desk(request).guard.sign_out(request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse("/login" if desk(request).guard.needs_sign_in else "/", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


def routes(static_dir: str) -> list[Any]:
    return [
        Route("/", queue_page, methods=["GET"]),
        Route("/docs/{slug}", article_page, methods=["GET"]),
        Route("/docs/{slug}/diff", diff_page, methods=["GET"]),
        Route("/claims/{claim_id:int}", claim_page, methods=["GET"]),
        Route("/claims/{claim_id:int}/review", review_claim, methods=["POST"]),
        Route("/claims/{claim_id:int}/clear", clear_review, methods=["POST"]),
        Route("/claims/{claim_id:int}/link", link_claim, methods=["POST"]),
        Route("/claims/{claim_id:int}/unlink", unlink_claim, methods=["POST"]),
        Route("/login", sign_in_page, methods=["GET"]),
        Route("/login", sign_in, methods=["POST"]),
        Route("/logout", sign_out, methods=["POST"]),
        Mount("/static", app=StaticFiles(directory=static_dir), name="static"),
    ]
