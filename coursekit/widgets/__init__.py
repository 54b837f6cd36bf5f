"""ipywidgets views over engine state. Import the submodule you need (they import ipywidgets)."""
