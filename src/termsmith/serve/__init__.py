"""``termsmith serve``: the local browser UI (Starlette, Jinja2, vendored htmx)."""
