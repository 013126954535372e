"""Interchange formats: one module per format, file objects in and out."""
