"""Reads an application's accessibility tree over AT-SPI, the interface Orca reads.

Run by the system's Python (it needs the D-Bus binding, ``python3-dbus``) inside the
same D-Bus session as the app. Waits for the app's shelf, prints its tree, presses a
button by name through AT-SPI's Action interface (as a switch or screen-reader user
would), waits for the screen that opens and prints that tree too. Each tree is one line
of JSON: ``{"screen": ..., "nodes": [{"name", "role", "focusable", "checked", ...}]}``.

    atspi_reader.py APP_NAME WAIT_FOR PRESS WAIT_FOR_NEXT
"""

from __future__ import annotations

import json
import sys
import time

import dbus

ACCESSIBLE = "org.a11y.atspi.Accessible"
ACTION = "org.a11y.atspi.Action"
PROPERTIES = "org.freedesktop.DBus.Properties"
STATES = {"focusable": 11, "focused": 12, "checked": 4, "showing": 25, "visible": 30}
TIMEOUT_S = 90


def a11y_bus() -> dbus.bus.BusConnection:
    session = dbus.SessionBus()
    address = session.get_object("org.a11y.Bus", "/org/a11y/bus").GetAddress(dbus_interface="org.a11y.Bus")
    return dbus.bus.BusConnection(str(address))


def name_of(obj) -> str:
    return str(obj.Get(ACCESSIBLE, "Name", dbus_interface=PROPERTIES))


def nodes(bus, name: str, path: str, depth: int = 0) -> list[dict]:
    obj = bus.get_object(name, path)
    low, high = obj.GetState(dbus_interface=ACCESSIBLE)
    bits = int(low) | (int(high) << 32)
    found = [
        {
            "name": name_of(obj),
            "role": str(obj.GetRoleName(dbus_interface=ACCESSIBLE)),
            "bus": name,
            "path": path,
            **{state: bool(bits & (1 << bit)) for state, bit in STATES.items()},
        }
    ]
    if depth < 40:
        for child_bus, child_path in obj.GetChildren(dbus_interface=ACCESSIBLE):
            found.extend(nodes(bus, str(child_bus), str(child_path), depth + 1))
    return found


def app_tree(bus, app_name: str) -> list[dict]:
    root = bus.get_object("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
    for name, path in root.GetChildren(dbus_interface=ACCESSIBLE):
        if name_of(bus.get_object(str(name), str(path))) == app_name:
            return nodes(bus, str(name), str(path))
    return []


def wait_for(bus, app_name: str, shown_name: str) -> list[dict]:
    """The app's tree once a node named `shown_name` is showing (polled; the app starts)."""
    deadline = time.monotonic() + TIMEOUT_S
    while True:
        try:
            tree = app_tree(bus, app_name)
        except dbus.exceptions.DBusException:
            tree = []  # the app is still setting up its tree
        if any(n["name"] == shown_name and n["showing"] for n in tree):
            return tree
        if time.monotonic() > deadline:
            raise SystemExit(f"{shown_name!r} never showed in {app_name!r}")
        time.sleep(0.2)


def main(app_name: str, first: str, press: str, second: str) -> int:
    bus = None
    deadline = time.monotonic() + TIMEOUT_S
    while bus is None:
        try:
            bus = a11y_bus()
        except dbus.exceptions.DBusException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    tree = wait_for(bus, app_name, first)
    print(json.dumps({"screen": first, "nodes": tree}), flush=True)
    button = next(n for n in tree if n["name"] == press and n["showing"] and n["role"] == "push button")
    bus.get_object(button["bus"], button["path"]).DoAction(0, dbus_interface=ACTION)
    print(json.dumps({"screen": second, "nodes": wait_for(bus, app_name, second)}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
