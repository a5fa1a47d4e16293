"""The suite's pytest-xdist scheduler: the files of a group run on one worker, one after
the other; every other test is a unit of its own, handed to whichever worker is free.

xdist's own xdist_group marks group nothing on this pytest (pytest-xdist issue 1386: xdist
renames the tests to carry their group, which pytest 9.2 no longer lets it do), so the
groups are named by file (tests/conftest.py's ONE_WORKER) and this scheduler reads them.

A worker that dies (a crash in Qt, "node down: Not properly terminated") is replaced by
xdist; xdist's LoadScopeScheduling, which this builds on, then hung the run: it handed the
dead worker's whole history back out, every unit it had finished too, and a unit with no
test left to run is sent as an empty batch that never reports back. And it ran the test
that killed the worker again, on the next worker. Here the test the worker died in is
failed once (xdist reports it) and only what was left to run is handed out again.
"""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from xdist.remote import Producer
from xdist.scheduler import LoadScopeScheduling
from xdist.workermanage import WorkerController


class FileGroups(LoadScopeScheduling):
    """`groups` maps a test file's name (no folder) to the name of its group."""

    def __init__(self, config: pytest.Config, log: Producer | None, groups: Mapping[str, str]) -> None:
        super().__init__(config, log)
        self.groups = dict(groups)

    def _split_scope(self, nodeid: str) -> str:
        return self.groups.get(nodeid.split("::")[0].rsplit("/", 1)[-1], nodeid)

    def remove_node(self, node: WorkerController) -> str | None:
        """The node is gone: at the end of the run, or dead. A dead node's test under way
        is the crashed one (returned, for xdist to report as failed); the tests it had
        not started go back to the queue, at its front, for the other workers."""
        workload = self.assigned_work.pop(node)
        left = [(scope, nodeid) for scope, unit in workload.items() for nodeid, done in unit.items() if not done]
        if not left:
            return None
        # A worker runs what it is sent in the order sent: the first test not done is the
        # one it was running.
        scope, crashitem = left[0]
        workload[scope][crashitem] = True
        for scope, unit in reversed(workload.items()):
            if not all(unit.values()):
                self.workqueue[scope] = unit
                self.workqueue.move_to_end(scope, last=False)
        for other in self.assigned_work:
            self._reschedule(other)
        return crashitem
