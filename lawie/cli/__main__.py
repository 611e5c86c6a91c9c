"""`python -m lawie.cli` runs the command line (used by the benchmark)."""
from . import main

main()
