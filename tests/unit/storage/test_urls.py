"""Server addresses: told from file names, shown and remembered without their password."""

from __future__ import annotations

from facilitator.storage.urls import is_server_url, with_password, without_password


def test_a_server_url_is_told_from_a_file_name() -> None:
    assert is_server_url("postgresql://facilitator@192.168.8.10:5432/temadag")
    assert is_server_url("postgres://x@h/db")
    assert not is_server_url("/home/lene/temadag.sqlite")
    assert not is_server_url("postgresql.sqlite")


def test_a_password_is_never_shown_and_is_carried_encoded_only_to_connect() -> None:
    url = "postgresql://facilitator@192.168.8.10:5432/temadag"
    secret = with_password(url, "p@ss:w/rd")
    assert secret == "postgresql://facilitator:p%40ss%3Aw%2Frd@192.168.8.10:5432/temadag"
    assert without_password(secret) == url
    assert without_password(url) == url
