"""The grown-up corner: settings and tools for parents and teachers, behind one gate."""
