"""The offline web dashboard: static assets only (see VENDORED.md for third-party files)."""
