"""Programs outside Python that tests/system needs."""

from __future__ import annotations

import shutil

import pytest


def require(program: str, package: str) -> str:
    path = shutil.which(program)
    if path is None:
        pytest.fail(f"{program} is not installed: apt-get install {package} "
                    "(make check-system installs it when run as root)", pytrace=False)
    return path
