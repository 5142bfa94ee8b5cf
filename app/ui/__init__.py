"""The Qt wizard. Importing this package first protects the interpreter from PySide6 6.12.0's
lost references (see refcounts.py), so every entry point and test has it before any Qt call."""

from . import refcounts

refcounts.install()
