"""The error the suite's network guard (tests/conftest.py) raises."""


class NetworkUsed(AssertionError):
    pass
