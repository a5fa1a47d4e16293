"""The undo stack on its own: any run of changes, undos and redos stays consistent."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nook.ui.editor.undo import UNDO_LIMIT, Step, UndoStack


class Model:
    """A list of numbers changed through the stack, with a plain history to compare."""

    def __init__(self) -> None:
        self.value: list[int] = []
        self.stack = UndoStack()

    def change(self, number: int) -> None:
        before = list(self.value)
        self.value.append(number)
        after = list(self.value)
        self.stack.push(Step(undo=lambda: self.set(before), redo=lambda: self.set(after)), merge=False)

    def set(self, value: list[int]) -> None:
        self.value = list(value)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.integers(0, 9), st.just("undo"), st.just("redo")), max_size=80))
def test_undo_redo_match_a_plain_history(actions):
    model = Model()
    history: list[list[int]] = [[]]
    position = 0
    for action in actions:
        if action == "undo":
            if model.stack.undo():
                position -= 1
        elif action == "redo":
            if model.stack.redo():
                position += 1
        else:
            model.change(action)
            history = history[: position + 1] + [list(model.value)]
            position += 1
        assert model.value == history[position]


def test_the_stack_keeps_its_limit_of_steps():
    model = Model()
    for n in range(UNDO_LIMIT + 30):
        model.change(n)
    undone = 0
    while model.stack.undo():
        undone += 1
    assert undone == UNDO_LIMIT >= 50
    assert model.value == list(range(30))


def test_typing_steps_merge_until_sealed():
    stack = UndoStack()
    text = {"now": ""}
    for letter in "cat":
        before = text["now"]
        text["now"] += letter
        holder = {"after": text["now"]}
        step = Step(
            undo=lambda b=before: text.update(now=b),
            redo=lambda h=holder: text.update(now=h["after"]),
            merge_key="words",
            payload=holder,
        )
        step.absorb = lambda newer, h=holder: h.update(after=newer.payload["after"])
        stack.push(step)
    assert len(stack) == 1
    stack.undo()
    assert text["now"] == ""
    stack.redo()
    assert text["now"] == "cat"
