"""The guard of tests/conftest.py that fails any test whose code opens an internet socket."""

from __future__ import annotations

import socket

import pytest


def test_no_network_guard_is_active():
    with pytest.raises(AssertionError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
