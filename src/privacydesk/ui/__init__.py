"""The Qt desktop window."""
