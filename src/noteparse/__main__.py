"""``python -m noteparse`` runs the command line."""

from .cli import main

main()
