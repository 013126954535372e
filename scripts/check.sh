#!/usr/bin/env bash
# Everything a change must pass before it lands: formatting, lint, types, the whole test suite.
# Needs the dev extra: pip install -e ".[dev]"
set -euo pipefail
cd "$(dirname "$0")/.."
ruff format --check src tests benchmarks
ruff check src tests benchmarks
mypy src tests
python -m pytest -n 2 "$@"
