"""Pytest plugin: headless Chromium (Debian's /usr/bin/chromium) driven by Playwright.

Fixtures
- `chromium_path`: the browser binary; skips (fails in CI) when the `chromium` package is absent.
- `browser_page`: `make() -> Page`, each page in its own fresh profile (`--user-data-dir`),
  closed after the test. Playwright's own browser downloads are never used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, Playwright, sync_playwright

from tests.servers import require_binary

__all__ = ["browser_page", "chromium_path", "playwright_driver"]

# Quiet, offline, deterministic: no background traffic leaves loopback during a test.
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",  # the CI runs as root, where Chromium's sandbox refuses to start
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    return require_binary("chromium", "chromium")


@pytest.fixture
def playwright_driver() -> Iterator[Playwright]:
    # Per test: the sync API owns an event loop, which must not outlive the test that used it.
    with sync_playwright() as driver:
        yield driver


@pytest.fixture
def browser_page(
    chromium_path: str, playwright_driver: Playwright, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Callable[..., Page]]:
    """`make(width=1280, height=900) -> Page` in a new profile; every profile closes afterwards."""
    contexts: list[BrowserContext] = []

    def make(*, width: int = 1280, height: int = 900) -> Page:
        # A persistent context is how Playwright takes --user-data-dir (launch() refuses it).
        profile: Path = tmp_path_factory.mktemp("chromium-profile")
        context = playwright_driver.chromium.launch_persistent_context(
            str(profile),
            executable_path=chromium_path,
            headless=True,
            args=list(CHROMIUM_ARGS),
            viewport={"width": width, "height": height},
            locale="en-GB",
            timezone_id="UTC",
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.pages[0] if context.pages else context.new_page()

    yield make
    for context in contexts:
        context.close()
