"""The web chat page end to end in headless Chromium (Debian's), driven by Playwright."""

import shutil
from pathlib import Path

import pytest

from api.app import create_app
from tests.api.live import live_server

pytestmark = [pytest.mark.browser, pytest.mark.real]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "reports" / "screenshots"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="module")
def page_url(real_service):  # type: ignore[no-untyped-def]
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is not installed: `make test` installs Debian's chromium")
    with live_server(create_app(real_service.settings, service=real_service)) as url:
        yield url


def _browser(playwright, mobile: bool = False):  # type: ignore[no-untyped-def]
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
    size = {"width": 390, "height": 844} if mobile else {"width": 1280, "height": 800}
    context = browser.new_context(viewport=size)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    return browser, context.new_page()


def test_ask_read_click_citation_see_paragraph(page_url: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser, page = _browser(p)
        page.goto(page_url)
        page.fill("#question", "What does the moratorium cover?")
        page.click("#send")
        answer = page.locator(".turn.assistant .answer").last
        expect(answer).to_contain_text("transmissions électroniques", timeout=20_000)
        expect(page.locator(".turn.assistant .sources li")).to_have_count(1)
        page.locator(".turn.assistant .answer .marker").first.click()
        cited = page.locator("#doc-paragraphs li.cited")
        expect(cited).to_be_in_viewport()
        expect(cited.locator("mark")).to_contain_text("transmissions électroniques")
        assert cited.get_attribute("value") == "11"
        expect(page.locator("#doc-title")).to_contain_text("Décision ministérielle")
        page.screenshot(path=str(SCREENSHOTS / "chat-desktop.png"))

        # a follow-up builds on the conversation
        page.fill("#question", "until when?")
        page.click("#send")
        expect(page.locator(".turn.assistant .answer").last).to_contain_text(
            "prochaine session", timeout=20_000
        )

        # copy the answer with its sources
        page.locator(".turn.assistant .copy").last.click()
        copied = page.evaluate("navigator.clipboard.readText()")
        assert "Sources:" in copied and "paragraph 11" in copied

        # the conversation survives a reload
        page.reload()
        expect(page.locator(".turn.user")).to_have_count(2)
        browser.close()


def test_phone_layout_and_not_found(page_url: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser, page = _browser(p, mobile=True)
        page.goto(page_url)
        page.fill("#question", "Quelle est la position de la Chine ?")
        page.click("#send")
        expect(page.locator(".turn.not-found .answer")).to_contain_text(
            "ne contiennent pas", timeout=20_000
        )
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390  # no horizontal scrolling on a phone
        page.screenshot(path=str(SCREENSHOTS / "chat-phone.png"), full_page=True)
        browser.close()
