"""Hostile and broken input: property tests, a fuzzer, bombs, spoofing and injection, end to end."""
