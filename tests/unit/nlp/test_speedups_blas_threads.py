"""Importing chronist leaves numpy's OpenBLAS one thread (no idle thread pool that makes the
process multi-threaded), unless the caller chose a number of threads."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

PROBE = (
    "import chronist, os, numpy\n"
    "print(os.environ['OPENBLAS_NUM_THREADS'])\n"
    "print(open('/proc/self/status').read().split('Threads:')[1].split()[0])\n"
)


def _probe(extra: dict[str, str]) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"} | extra
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.split()


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs Linux /proc")
@pytest.mark.parametrize(("given", "expected"), [(None, "1"), ("3", "3"), ("1", "1")])
def test_speedups_blas_threads_default(given: str | None, expected: str) -> None:
    setting, threads = _probe({} if given is None else {"OPENBLAS_NUM_THREADS": given})
    assert setting == expected
    if given is None:
        assert threads == "1"  # numpy loaded, and still no thread besides the main one
