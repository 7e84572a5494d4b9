"""Views of the members app, one module per workflow step."""
