"""A screen skips refreshing for its own edit (the change's initiator is itself) and still
refreshes for everyone else's."""

from __future__ import annotations

from nook.core.changes import Change, What
from nook.core.library import Library
from nook.ui.grownup.writers_page import WritersPage
from nook.ui.operations import Operations


def test_the_writers_page_redraws_once_for_its_own_reorder(qtbot, nook_app, library: Library) -> None:
    for name, avatar in (("Maya", "fox"), ("Ben", "cat"), ("Ana", "owl"), ("Leo", "robot")):
        library.add_writer(name, avatar)
    ops = Operations(library)
    page = WritersPage(library, ops)
    qtbot.addWidget(page)
    page.show()
    refreshes: list[int] = []
    refresh = page.refresh
    page.refresh = lambda: (refreshes.append(1), refresh())[1]  # type: ignore[method-assign]
    seen: list[Change] = []
    ops.changed.connect(seen.append)

    page.list.setCurrentRow(0)
    page.move_writer(1)  # Maya after Ben: every writer's position is stored, in one transaction
    assert [w.name for w in library.writers()] == ["Ben", "Maya", "Ana", "Leo"]
    assert len(seen) == 4 and {(c.what, c.initiator) for c in seen} == {(What.WRITER, page)}
    assert len(refreshes) == 1  # once, not once for each of the four announcements
    assert [page.list.item(row).text() for row in range(4)][:2] == ["Ben", "Maya"]

    ops.store(object(), library.update_writer, seen[0].writer_id, name="Zoë")  # someone else's edit
    assert len(refreshes) == 2
    ops.detach()
