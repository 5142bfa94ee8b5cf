"""Development tools (screenshots for the README): run from a checkout, never shipped."""
