"""Domain: rules and queries per area, no Qt."""
