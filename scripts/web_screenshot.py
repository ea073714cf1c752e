"""Take the README's screenshot of a story page from a running ``storyline serve`` with Debian's chromium.

Usage::

    .venv/bin/storyline --db demo.db serve --port 8000 &
    .venv/bin/python scripts/web_screenshot.py http://127.0.0.1:8000/story/5#entry-2 docs/story-page.png
"""

from __future__ import annotations

import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def main(url: str, out: str, width: int = 1200, height: int = 1300) -> None:
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", f"--window-size={width},{height}",
                f"--user-data-dir={tempfile.mkdtemp(prefix='storyline-shot-')}"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
    try:
        driver.get(url)
        driver.execute_script("document.activeElement.blur(); window.scrollTo(0, 0)")
        driver.save_screenshot(out)
    finally:
        driver.quit()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
