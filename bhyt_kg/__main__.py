"""python -m bhyt_kg: the same as the bhyt-kg command."""

from .cli import cli

if __name__ == "__main__":
    cli(prog_name="bhyt-kg")
