"""Hostile and mistaken requests to the scribe server: each refused with its status, nothing stored.

The server runs for real on 127.0.0.1 (an ephemeral port); the requests are what a stranger on
the venue Wi-Fi, a cross-site page or a confused phone would send.
"""

from __future__ import annotations

import json

import pytest

from facilitator.scribes.limits import Limits, Rate
from facilitator.scribes.sessions import COOKIE_NAME, make_cookie
from tests.capture_fixtures import build_world
from tests.scribe_support import GENEROUS, WRITE, raw_request, running_site


@pytest.fixture
def world(store):
    return build_world(store)


@pytest.fixture
def running(world):
    with running_site(world) as value:
        yield value


def _line(running, text: str = "en pointe", client_id: str = "client-0001") -> dict:
    return {"client_id": client_id, "item_id": running.world.group_item_id, "column": 0, "text": text,
            "sub": False}


def _refused(response, status: int, code: str | None = None) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["message"]  # a sentence the page shows
    if code is not None:
        assert body["error"] == code
    assert response.headers["content-type"].startswith("application/json")


def test_no_session_reads_and_writes_nothing(running):
    phone = running.phone()
    _refused(phone.get("/api/page"), 401, "no_session")
    _refused(phone.post("/api/lines", json=_line(running), headers=WRITE), 401)
    assert running.stored() == []


def test_a_wrong_code_does_not_join(running):
    phone = running.phone()
    _refused(phone.post("/api/join", json={"code": "0" * 28}, headers=WRITE), 401, "bad_code")
    _refused(phone.post("/api/join", json={"code": "not a code"}, headers=WRITE), 401, "bad_code")
    assert COOKIE_NAME not in phone.cookies
    _refused(phone.get("/api/page"), 401)


def test_the_code_becomes_a_session_cookie_scripts_and_other_sites_never_get(running):
    phone = running.phone()
    joined = phone.post("/api/join", json={"code": running.site.cards()[0].code}, headers=WRITE)
    assert joined.status_code == 200
    attributes = [part.strip().lower() for part in joined.headers["set-cookie"].split(";")]
    assert attributes[0].startswith(COOKIE_NAME.lower() + "=")
    assert "httponly" in attributes and "samesite=strict" in attributes and "path=/" in attributes
    assert running.site.cards()[0].code.replace("-", "") not in joined.headers["set-cookie"]


def test_a_forged_or_tampered_cookie_is_refused(running):
    phone = running.phone(0)
    real = phone.cookies[COOKIE_NAME]
    access_id, nonce, mac = real.split(".")
    for forged in (f"{access_id}.{nonce}.{'A' * 43}", f"{int(access_id) + 1}.{nonce}.{mac}",
                   make_cookie(int(access_id), b"guessed key"), "garbage"):
        stranger = running.phone()
        stranger.cookies.set(COOKIE_NAME, forged)
        _refused(stranger.get("/api/page"), 401)
        _refused(stranger.post("/api/lines", json=_line(running), headers=WRITE), 401)
    assert running.stored() == []


def test_a_token_sees_only_its_own_clusters_lines_and_nothing_else(running, world):
    capture = running.site._scribes._capture  # the same services the keyboard uses
    capture.add_contribution(world.talk_item_id, world.cluster_ids[1], "Nords hemmelighed")
    capture.add_contribution(world.talk_item_id, None, "plenum-linje")
    capture.add_contribution(world.talk_item_id, world.cluster_ids[0], "Syds egen")
    syd = running.phone(0)
    text = syd.get("/api/page").text
    assert "Syds egen" in text
    for secret in ("Nords hemmelighed", "plenum-linje", "Ole", "Bente", "Mariagerfjord", "Klynge Nord"):
        assert secret not in text


def test_another_clusters_token_cannot_change_its_lines(running, world):
    nord = running.phone(1)
    made = nord.post("/api/lines", json=_line(running, "Nords linje"), headers=WRITE).json()["line"]
    syd = running.phone(0)
    _refused(syd.put(f"/api/lines/{made['id']}", json={"text": "overtaget"}, headers=WRITE), 403, "not_yours")
    _refused(syd.request("DELETE", f"/api/lines/{made['id']}", json={}, headers=WRITE), 403)
    typed, _ = running.site._scribes._capture.add_contribution(world.group_item_id, world.cluster_ids[0],
                                                               "typed on the laptop")
    _refused(syd.put(f"/api/lines/{typed.id}", json={"text": "changed"}, headers=WRITE), 403)
    assert [row.text for row in running.stored()] == ["Nords linje", "typed on the laptop"]
    assert all(row.deleted_at is None for row in running.stored())


def test_a_revoked_token_stops_at_once(running, world):
    phone = running.phone(0)
    assert phone.get("/api/page").status_code == 200
    old_code = running.site.cards()[0].code
    running.site.reissue(world.cluster_ids[0])
    _refused(phone.get("/api/page"), 401)
    _refused(phone.post("/api/lines", json=_line(running), headers=WRITE), 401)
    _refused(running.phone().post("/api/join", json={"code": old_code}, headers=WRITE), 401, "bad_code")
    assert running.stored() == []
    assert running.phone(0).get("/api/page").status_code == 200  # the new code works


def test_oversized_bodies_are_refused_unread(running):
    phone = running.phone(0)
    big = _line(running, "x" * 17_000)
    _refused(phone.post("/api/lines", json=big, headers=WRITE), 413, "too_large")

    def chunks():  # no Content-Length: the cap holds while reading
        for _ in range(40):
            yield b" " * 1024

    response = phone.post("/api/lines", content=chunks(), headers={**WRITE, "Content-Type": "application/json"})
    _refused(response, 413)
    assert running.stored() == []


def test_form_posts_are_refused(running):
    phone = running.phone(0)
    form = {"client_id": "client-0001", "item_id": str(running.world.group_item_id), "text": "form"}
    _refused(phone.post("/api/lines", data=form), 403, "header")  # what a cross-site form sends
    _refused(phone.post("/api/lines", data=form, headers=WRITE), 415, "json_only")
    _refused(phone.post("/api/lines", content=json.dumps(_line(running)),
                        headers={**WRITE, "Content-Type": "text/plain"}), 415)
    assert running.stored() == []


def test_cross_origin_requests_are_refused(running):
    phone = running.phone(0)
    evil = {**WRITE, "Origin": "http://evil.example"}
    _refused(phone.post("/api/lines", json=_line(running), headers=evil), 403, "origin")
    _refused(phone.post("/api/lines", json=_line(running), headers={**WRITE, "Sec-Fetch-Site": "cross-site"}),
             403, "cross_site")
    preflight = phone.options("/api/lines", headers={"Origin": "http://evil.example",
                                                     "Access-Control-Request-Method": "POST",
                                                     "Access-Control-Request-Headers": "x-scribe"})
    assert preflight.status_code == 405
    assert not any(name.lower().startswith("access-control-") for name in preflight.headers)
    assert running.stored() == []
    same = {**WRITE, "Origin": running.base}
    assert phone.post("/api/lines", json=_line(running), headers=same).status_code == 201


def test_a_foreign_host_name_is_refused(running):
    """DNS rebinding: a page on another name pointed at the laptop gets nothing."""
    status, headers, body = raw_request(running.site.address, "GET", "/", {"Host": "evil.example"})
    assert status == 403 and b"<html" not in body
    assert headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("path", [
    "/../../../../etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd", "/%2e%2e/%2e%2e/etc/passwd",
    "/scribe.js/../../../etc/passwd", "//etc/passwd", "/resources/scribes/index.html",
    "/facilitator/storage/models.py", "/api/", "/api/lines/../../etc/passwd", "/.git/config",
    "/scribe.js%00.html", "/static/", "/scribes/",
])
def test_no_path_reaches_the_file_system_or_lists_a_folder(running, path):
    status, headers, body = raw_request(running.site.address, "GET", path)
    assert status in (400, 404), (status, body[:200])
    assert b"root:" not in body and b"class " not in body and b"Index of" not in body
    if status == 404:
        assert json.loads(body)["error"] == "not_found"


def test_rate_limits_answer_429_with_retry_after(world):
    # Refills of one line per 100 s: a slow, loaded machine refills nothing between the five posts.
    tight = Limits(requests_per_address=GENEROUS.requests_per_address, writes_per_address=Rate(1000, 1000),
                   writes_per_access=Rate(0.01, 3), joins_per_address=Rate(0.01, 2))
    with running_site(world, tight) as running:
        phone = running.phone(0)
        statuses = [phone.post("/api/lines", json=_line(running, f"l{i}", f"client-{i:04d}"), headers=WRITE)
                    for i in range(5)]
        assert [r.status_code for r in statuses] == [201, 201, 201, 429, 429]
        assert int(statuses[3].headers["retry-after"]) >= 1
        _refused(statuses[3], 429, "too_many")
        assert len(running.stored()) == 3
        stranger = running.phone()
        codes = [stranger.post("/api/join", json={"code": "0" * 28}, headers=WRITE).status_code for _ in range(4)]
        assert codes[-1] == 429


def test_one_address_is_limited_across_its_tokens_and_in_every_request(world):
    """A device with several tables' codes cannot multiply its rate; other devices keep writing."""
    tight = Limits(requests_per_address=Rate(0.01, 12), writes_per_address=Rate(0.01, 3),
                   writes_per_access=Rate(1000, 1000), joins_per_address=Rate(1000, 1000))
    with running_site(world, tight) as running:
        syd, nord = running.phone(0), running.phone(1)  # both from 127.0.0.1: two requests spent
        statuses = [phone.post("/api/lines", json=_line(running, f"l{i}", f"client-{i:04d}"), headers=WRITE)
                    .status_code for i, phone in enumerate((syd, nord, syd, nord))]
        assert statuses == [201, 201, 201, 429]
        other = running.phone(2, local_address="127.0.0.2")  # another phone on the venue network
        assert other.post("/api/lines", json=_line(running, "fra Midt", "client-0100"),
                          headers=WRITE).status_code == 201
        assert len(running.stored()) == 4
        reads = [syd.get("/api/page") for _ in range(8)]  # 6 requests so far; 12 allowed at once
        assert [r.status_code for r in reads] == [200] * 6 + [429] * 2
        _refused(reads[-1], 429, "too_many")
        assert int(reads[-1].headers["retry-after"]) >= 1


def test_every_response_carries_the_security_headers(running):
    phone = running.phone(0)
    for response in (phone.get("/"), phone.get("/scribe.js"), phone.get("/api/page"), phone.get("/nothing"),
                     running.phone().get("/api/page")):
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["x-content-type-options"] == "nosniff"
        assert "server" not in response.headers


def test_the_page_has_no_inline_script_and_fetches_nothing_outside(running):
    html = running.phone().get("/").text
    assert "<script>" not in html and "onclick" not in html and "http" not in html.replace("http-equiv", "")
    script = running.phone().get("/scribe.js").text
    assert "http://" not in script and "https://" not in script and "innerHTML" not in script


def test_a_failure_inside_is_a_plain_500_without_a_trace(running, monkeypatch):
    def broken(*_args):
        raise RuntimeError("secret detail from inside")

    monkeypatch.setattr(running.site._scribes, "page", broken)
    response = running.phone(0).get("/api/page")
    _refused(response, 500, "internal")
    assert "secret" not in response.text and "Traceback" not in response.text


def test_bad_fields_are_refused_and_store_nothing(running):
    phone = running.phone(0)
    for body in ({**_line(running), "item_id": "2"}, {**_line(running), "client_id": "x"},
                 {**_line(running), "text": 5}, {**_line(running), "column": 7},
                 {**_line(running), "item_id": 999_999}):
        assert phone.post("/api/lines", json=body, headers=WRITE).status_code in (400, 403)
    _refused(phone.post("/api/lines", content=b"[1, 2]", headers={**WRITE, "Content-Type": "application/json"}),
             400)
    _refused(phone.post("/api/lines", content=b"\xff\xfe", headers={**WRITE, "Content-Type": "application/json"}),
             400)
    assert running.stored() == []


def test_a_removed_cluster_ends_its_phones_with_401(running, world):
    from facilitator.storage.models import Cluster

    phone = running.phone(2)
    assert phone.get("/api/page").status_code == 200
    with world.store.transaction() as session:
        session.delete(session.get(Cluster, world.cluster_ids[2]))
    _refused(phone.get("/api/page"), 401)
    _refused(phone.post("/api/lines", json=_line(running), headers=WRITE), 401)
