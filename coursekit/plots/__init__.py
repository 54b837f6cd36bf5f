"""matplotlib figures for the course. Import the submodule you need (they import matplotlib)."""
