"""``python -m eventwire``: the same command line as ``eventwire``."""

from eventwire.cli import app

app(prog_name="eventwire")
