"""API routers, one module per kind of record."""
