"""Take a screenshot of a report page in headless Chromium (Debian's /usr/bin/chromium).

python scripts/screenshot.py graphs/voa_stories.html docs/voa-report.png [--width 1400 --height 900]
python scripts/screenshot.py graphs/seed.html docs/seed-report.png --graph-only

The page is opened offline (every request but file: is refused); the picture is taken once the
page has drawn and a frame has been presented. ``--graph-only`` keeps the drawing alone (no
header, panel or evidence text); ``--hash`` opens a saved view (the part after "#").
"""

from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("page", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--graph-only", action="store_true", help="only the drawing, without any text panel")
    parser.add_argument("--hash", default="", help="a saved view to open (the part of the link after #)")
    args = parser.parse_args()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": args.width, "height": args.height})
        page.route(
            "**/*",
            lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort(),
        )
        page.goto(args.page.resolve().as_uri() + ("#" + args.hash.lstrip("#") if args.hash else ""))
        page.wait_for_function("window.actorgraph !== undefined", timeout=180_000)
        page.evaluate("window.actorgraph.ready")
        page.evaluate("() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)))")
        if args.graph_only:
            page.evaluate(
                "document.querySelectorAll('.ag-overlay').forEach((e) => (e.style.visibility = 'hidden'))"
            )
            page.locator("#ag-graph").screenshot(path=str(args.png))
        else:
            page.screenshot(path=str(args.png))
        browser.close()


if __name__ == "__main__":
    main()
