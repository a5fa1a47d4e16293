"""Show time: a piece full screen, page by page, read aloud."""
