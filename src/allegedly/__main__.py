"""`python -m allegedly` runs the CLI."""

from allegedly.present.cli import main

main()
