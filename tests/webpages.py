"""Test helpers for web input: a news-site page built around an article's text, and a local HTTP
server (a thread running http.server on 127.0.0.1) whose routes the tests set and change.

Nothing here reaches outside the machine.
"""

from __future__ import annotations

import html
import re

from provenance.extract.reader import read_article


def article_page(text_file, *, canonical: str | None = None) -> str:
    """The article of a .txt file (header and body) laid out as a news site's page: cookie banner,
    navigation, byline, share bar, a photo with caption and credit, related links, newsletter box
    and copyright footer around the body's paragraphs."""
    meta, body = read_article(text_file.read_bytes(), filename=text_file.name)
    title = html.escape(meta.get("title") or "Untitled")
    outlet = html.escape(meta.get("outlet") or "The Daily Example")
    blocks = [b for b in re.split(r"\n+", body.strip()) if b.strip()]
    paragraphs = []
    for i, block in enumerate(blocks):
        tag = "h2" if i and not block.rstrip().endswith((".", "”", '"', "?", "!", ":")) else "p"
        if i == 0 and block.strip() == meta.get("title"):
            continue
        paragraphs.append(f"<{tag}>{html.escape(block)}</{tag}>")
        if i == 2:
            paragraphs.append('<figure><img src="/p.jpg" alt=""><figcaption>Officials met behind closed doors on '
                              'Monday, the ministry said. Photo: Staff photographer/Example Images</figcaption></figure>')
    link = f'<link rel="canonical" href="{html.escape(canonical)}">' if canonical else ""
    published = meta.get("published")
    date = f'<meta property="article:published_time" content="{published}T08:00:00Z">' if published else ""
    return f"""<!DOCTYPE html>
<html lang="{meta.get('language') or 'en'}"><head><meta charset="utf-8"><title>{title} | {outlet}</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{outlet}">{date}{link}
</head><body>
<div class="cookie-banner">We use cookies to give you the best experience. The company said it values your privacy.
<button>Accept</button></div>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/opinion">Opinion</a></nav></header>
<main><article><h1>{title}</h1>
<div class="byline">By Staff Reporter</div>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
{''.join(paragraphs)}
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/r1">Ministers said talks would continue next week</a></li>
<li><a href="/r2">Analysts said the deal could collapse</a></li></ul></aside>
<div class="newsletter">Sign up for our newsletter. Editors said you will love it. <input type="email"></div>
</main>
<footer><p>Copyright © 2025 {outlet}. All rights reserved.</p><p><a href="/privacy">Privacy policy</a></p></footer>
</body></html>
"""
