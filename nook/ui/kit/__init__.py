"""The small shared kit every screen is built from: picture buttons, icons, talking buttons."""
