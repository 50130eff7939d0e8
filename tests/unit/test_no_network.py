"""The guard of tests/conftest.py that fails any test whose code opens an internet socket (the
PostgreSQL test server on loopback excepted)."""

from __future__ import annotations

import socket

import pytest

from tests import postgres


def test_no_network_guard_is_active():
    with pytest.raises(AssertionError):
        conn = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        conn.settimeout(1)
        conn.connect(("192.0.2.1", 443))  # TEST-NET-1: never routed anyway
    with pytest.raises(AssertionError):
        socket.getaddrinfo("example.org", 443)
    with pytest.raises(AssertionError):
        socket.create_connection(("93.184.216.34", 80), timeout=1)


@pytest.mark.postgres
def test_the_postgresql_test_server_on_loopback_is_allowed():
    address = postgres.server_address()
    assert address is not None
    with socket.create_connection(address, timeout=5):
        pass
    with pytest.raises(AssertionError):  # another port on loopback is not the test server
        socket.create_connection((address[0], address[1] + 1), timeout=1)
