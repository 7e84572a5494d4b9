"""evaluate_matching and bench_matching print the last lines the issue asks for."""

from __future__ import annotations

import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from projects.matching_lab.baselines import BASELINES, GRAPH_BASELINES
from tests.matching.keep_export import write_export

NUMBER = r"\d+\.\d{3}"


def run(*args: str) -> list[str]:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue().strip().splitlines()


def test_evaluate_matching_ends_with_the_engine_summary_line(tmp_path: Path) -> None:
    lines = run("evaluate_matching", str(write_export(tmp_path / "projects.jsonl.gz")))
    name = tmp_path.name
    assert re.fullmatch(
        rf"{name} engine recall@10={NUMBER} mrr={NUMBER} ndcg@10={NUMBER} queries=2", lines[-3]
    )
    assert re.fullmatch(rf"{name} wall_s=\d+\.\d cpu_s=\d+\.\d", lines[-2])
    assert re.fullmatch(r"total wall_s=\d+\.\d cpu_s=\d+\.\d", lines[-1])
    # Baselines are computed in the same run and shown with the engine.
    first_best = next(i for i, line in enumerate(lines) if line.startswith("best baseline: "))
    methods = [line.split()[0] for line in lines[3:first_best]]
    assert methods == ["engine", *BASELINES, *GRAPH_BASELINES]
    assert lines[first_best].startswith("best baseline: recall@10 ")
    # Then the same table for the later queries alone (the test part of the temporal split).
    later = lines[first_best + 1]
    assert later.startswith(f"{name} later part (test): queries starting on or after 2018/01/01")
    assert re.fullmatch(
        rf"{name} later part engine recall@10={NUMBER} mrr={NUMBER} ndcg@10={NUMBER} queries=1",
        lines[-4],
    )
    assert {"popularity", "tfidf", "tfidf_copartners"} <= set(BASELINES)


def test_evaluate_matching_runs_two_data_sets_in_one_run(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = write_export(tmp_path / "a" / "projects.jsonl.gz")
    second = write_export(tmp_path / "b" / "projects.jsonl.gz")
    lines = run("evaluate_matching", str(first), str(second), "--first", "1")
    summaries = [line.split()[0] for line in lines if re.match(r"\w+ engine recall@10=", line)]
    assert summaries == ["a", "b"]
    assert any(line.startswith("a evaluation: ") for line in lines)
    assert lines[-1].startswith("total wall_s=")


def test_evaluate_matching_can_show_where_the_gold_partners_were_ranked(tmp_path: Path) -> None:
    export = write_export(tmp_path / "projects.jsonl.gz")
    lines = run("evaluate_matching", str(export), "--breakdown", "--text", "national")
    assert any(line.startswith("worked with the lead before") for line in lines)
    assert lines[-3].startswith(f"{tmp_path.name} engine recall@10=")


def test_evaluate_matching_refuses_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="no such file"):
        run("evaluate_matching", str(tmp_path / "missing.jsonl.gz"))


def test_bench_matching_ends_with_latency_build_time_and_memory() -> None:
    lines = run("bench_matching", "--orgs", "300", "--ideas", "5")
    assert re.fullmatch(r"p50_ms=\d+\.\d\d p95_ms=\d+\.\d\d build_s=\d+\.\d\d peak_mb=\d+", lines[-1])
    assert lines[-2].startswith("orgs=300 ideas=5 ")
