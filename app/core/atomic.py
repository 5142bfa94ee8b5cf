"""Write files so they appear complete or not at all, private to the user (see safe_write)."""

from __future__ import annotations

from .safe_write import write_bytes, write_text

__all__ = ["write_bytes", "write_text"]
