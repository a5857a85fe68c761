"""`python -m allegedly.present` runs the CLI (used where the console script is not on PATH)."""

from allegedly.present.cli import main

main()
