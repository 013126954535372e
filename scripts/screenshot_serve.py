"""Take docs/serve.png, the README's picture of `zhgloss serve`, with headless Chromium.

Starts `zhgloss serve` on the bundled glossary on a free port, types "lei" into the search box
as a translator would, waits for the card, and saves the page. Needs the serve and test extras,
Debian's chromium and chromium-driver, and a CJK font (apt-get install fonts-wqy-zenhei).
Run: python scripts/screenshot_serve.py [OUTPUT.png]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the same server and browser set-up as the browser tests

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402
from serving import chromium_driver, running_server  # noqa: E402


def main() -> None:
    """Save the screenshot to the path given, or docs/serve.png."""
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "serve.png"
    with running_server("--db", str(ROOT / "glossary.json")) as server:
        driver = chromium_driver()
        try:
            driver.set_window_size(1280, 860)
            driver.get(server.url)
            driver.find_element(By.ID, "search-box").send_keys("lei")
            WebDriverWait(driver, 15).until(lambda d: d.find_element(By.ID, "search-card").get_attribute("data-id"))
            driver.save_screenshot(str(target))
        finally:
            driver.quit()
    print(target)


if __name__ == "__main__":
    main()
