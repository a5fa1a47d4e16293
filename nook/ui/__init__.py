"""Qt widgets only. Widgets get what they need through their constructors."""
