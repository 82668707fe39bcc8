"""Access tokens: enough randomness, typeable, forgiving of how a person types them."""

from __future__ import annotations

from facilitator.domain.access_tokens import ALPHABET, LENGTH, grouped, new_token, normalise, token_hash


def test_tokens_carry_at_least_128_random_bits_and_differ():
    tokens = {new_token() for _ in range(200)}
    assert len(tokens) == 200
    assert LENGTH * (len(ALPHABET).bit_length() - 1) >= 128
    assert all(len(t) == LENGTH and set(t) <= set(ALPHABET) for t in tokens)


def test_a_typed_code_is_read_as_meant():
    token = new_token()
    typed = grouped(token).lower().replace("0", "o").replace("1", "l")
    assert normalise(typed) == token
    assert normalise(" " + grouped(token) + " ") == token


def test_what_cannot_be_a_token_is_refused():
    assert normalise("") is None
    assert normalise("ABC") is None
    assert normalise("U" * LENGTH) is None  # U is not in the alphabet
    assert normalise("A" * 10_000) is None
    assert normalise("../../etc/passwd") is None


def test_the_hash_is_sha256_hex():
    assert len(token_hash(new_token())) == 64
