"""``python -m eventwire.cli``: the same command line as ``eventwire``."""

from eventwire.cli import app

app(prog_name="eventwire")
