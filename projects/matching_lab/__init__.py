"""The matching engine's lab: offline evaluation, tuning, benchmarks and baselines.

Nothing here runs in the portal: the management commands ``evaluate_matching`` and
``bench_matching`` and ``python -m projects.matching_lab.tuning`` use it. The engine
(``projects.matching``) never imports the lab.
"""
