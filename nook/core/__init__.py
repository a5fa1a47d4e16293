"""The library and everything a test can check without a screen. Imports no Qt."""
