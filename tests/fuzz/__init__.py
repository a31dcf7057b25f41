"""Helpers for the property-based tests that post hostile input to every form
(tests/test_fuzz_forms.py): strategies for the input, and the harness that sends it and checks
what changed."""
