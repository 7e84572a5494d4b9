"""Indicators of the strategy's evaluation areas, one module per area (A–E).

Importing this package registers every indicator (see registry.py).
"""

from . import a_relevance, b_information, c_engagement, d_membership, e_risks  # noqa: F401  (registers them)
from .registry import AREAS, REGISTRY, ChartSpec, Indicator, Result, compute, compute_all, indicator
from .tables import Column, Kind, Table

__all__ = [
    "AREAS",
    "REGISTRY",
    "ChartSpec",
    "Column",
    "Indicator",
    "Kind",
    "Result",
    "Table",
    "compute",
    "compute_all",
    "indicator",
]
