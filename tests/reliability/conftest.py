"""The wizard fixtures (private folders, recorded dialogs, a window) for reliability tests."""

from tests.helpers.wizard_fixtures import dialogs, make_window, private_dirs  # noqa: F401
