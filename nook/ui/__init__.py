"""Qt widgets only: one folder per screen, plus the kit they are built from. Widgets get
what they need through their constructors."""
