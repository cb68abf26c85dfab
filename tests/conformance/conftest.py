"""The conformance programs are data for the harness, not tests: never collect them."""
collect_ignore_glob = ["programs/*"]
