"""python -m zhgloss."""

from zhgloss.cli import main

main()
