"""Web pages -> story text: the saved pages in tests/fixtures/pages imitate real layouts (a news
site with navigation and a cookie banner, a live blog, an AMP page, a page whose text is only in
JSON-LD, a wire story, a magazine with inline credits, a legacy Windows-1252 page); each test says
exactly what body text comes out and that no boilerplate becomes a claim."""

from __future__ import annotations

import socket
import time

import pytest
from webpages import article_page

from provenance.extract import extract_claimset
from provenance.extract.page import is_boilerplate
from provenance.extract.reader import decode_page, read_article, read_web_page

from conftest import FIXTURES, SEEDS

PAGES = FIXTURES / "pages"

BODIES = {
    "news-site.html": [
        "Port strike ends after pay deal",
        "HARBOURTOWN, March 14 (Courier) - Dock workers voted on Friday to end a two-week strike after the port "
        "authority offered a 6 percent pay rise, union leaders said.",
        "\"This is a fair deal and our members have accepted it,\" said Ellen Okafor, the union's general secretary.",
        "The port authority said in a statement that ships would begin unloading on Saturday. A spokesman for the "
        "authority, who asked not to be named, said the backlog could take a month to clear.",
        "Shipping analysts estimate the strike cost exporters about 40 million euros.",
    ],
    "live-blog.html": [
        "Ferries cancelled until Friday",
        "All ferry crossings to the islands are cancelled until Friday morning, the operator Tidelink said on its "
        "website.",
        "The coastguard said it had rescued two people from a car swept off the harbour road at Penmor.",
        "\"Please do not drive through floodwater,\" a coastguard spokeswoman told reporters.",
        "The national weather service has issued a red warning for wind along the south coast, its highest level.",
    ],
    "amp.html": [
        "Le conseil municipal adopte le budget 2026",
        "Le conseil municipal a adopté mardi soir le budget 2026 par 21 voix contre 8, après trois heures de débat.",
        "« Nous n'augmenterons pas les impôts locaux », a déclaré la maire, Sophie Garnier, devant les élus.",
        "L'opposition a dénoncé une baisse des subventions aux associations sportives.",
    ],
    "json-ld.html": [
        "A regional water company was fined 3.2 million dollars on Tuesday for releasing untreated sewage into the "
        "Alder River on 41 occasions, the state environment agency said.",
        "The agency said the company had failed to report most of the spills within the 24 hours the law requires.",
        "\"We accept the penalty and we are investing in new storage tanks,\" a company spokeswoman said.",
    ],
    "wire.html": [
        "SANTIAGO, April 22 (Meridian) - Copper prices rose for a third day on Tuesday as a strike at one of the "
        "world's largest mines entered its second week, traders said.",
        "Benchmark copper on the metals exchange gained 1.4 percent to 9,870 dollars a tonne by midday.",
        "The company that runs the mine said talks with the workers' union would resume on Thursday.",
    ],
    "magazine.html": [
        "Inside the fight over the reef's future",
        "Tourism operators and scientists disagree on what the latest survey means.",
        "The marine park authority said on Friday that coral cover on the northern reef had fallen by a third "
        "since 2022.",
        "\"The survey shows a reef under severe stress,\" said Dr Helen Moyo, who led the survey team.",
        "A tourism industry group said the figures did not reflect conditions at the most visited sites.",
    ],
    "legacy-cp1252.html": [
        "El ayuntamiento aprueba la peatonalización del centro",
        "El pleno del ayuntamiento aprobó el martes la peatonalización de las calles del casco antiguo, según "
        "informó la concejalía de Urbanismo.",
        "“Es una decisión histórica para la ciudad”, declaró el alcalde, Andrés Peña, al término de la sesión.",
        "Los comerciantes de la zona pidieron un periodo de adaptación de seis meses.",
    ],
}

METADATA = {
    "news-site.html": {"title": "Port strike ends after pay deal", "outlet": "The Harbour Courier",
                       "author": "Maria Lindqvist", "published": "2025-03-14", "modified": "2025-03-15",
                       "url": "https://courier.example/business/2025/03/14/port-strike-ends", "language": "en"},
    "live-blog.html": {"title": "Storm Idris makes landfall: live updates", "outlet": "Coastline Daily",
                       "published": "2025-10-02", "modified": "2025-10-02",
                       "url": "https://coastline.example/live/storm-idris-landfall", "language": "en"},
    "amp.html": {"title": "Le conseil municipal adopte le budget 2026", "outlet": "La Gazette du Val",
                 "author": "Claire Dumont", "published": "2025-12-09", "modified": "2025-12-10",
                 "url": "https://gazette-val.example/politique/budget-2026-adopte.html", "language": "fr"},
    "json-ld.html": {"title": "Water utility fined over sewage spills", "outlet": "Riverside Record",
                     "author": "Tom Achebe", "published": "2025-06-03", "modified": "2025-06-03",
                     "url": "https://riverside-record.example/environment/water-utility-fined", "language": "en"},
    "wire.html": {"title": "Copper climbs as mine strike drags on", "outlet": "Meridian Wire", "author": "Ana Ferreira",
                  "published": "2025-04-22", "language": "en",
                  "url": "https://meridianwire.example/markets/copper-climbs-mine-strike-2025-04-22/"},
    "magazine.html": {"title": "Inside the fight over the reef's future", "outlet": "Southern Monthly",
                      "author": "Priya Natarajan", "published": "2025-08-30", "language": "en",
                      "url": "https://southernmonthly.example/long-read/reef-future"},
    "legacy-cp1252.html": {"title": "El ayuntamiento aprueba la peatonalización del centro",
                           "outlet": "Diario del Puerto", "published": "2025-05-06", "language": "es"},
}

# Words of the pages' boilerplate: navigation, banners, captions, credits, bylines, share bars,
# related links, footers. None may reach the stored text, let alone a claim.
BOILERPLATE = ["cookie", "partners", "Share", "Photo", "Cranes stood idle", "Related", "Most read", "Copyright",
               "©", "rights reserved", "Business Correspondent", "Subscribe", "Advertisement", "Publicité",
               "Reporting by", "Our Standards", "delayed a minimum", "Read more", "free articles", "Key events",
               "Traditional Owners", "JavaScript", "14:45", "Portada", "Kai Reynolds", "Jan Berg"]


@pytest.mark.parametrize("name", sorted(BODIES))
def test_body_text_is_exactly_the_story(name):
    meta, text = read_article((PAGES / name).read_bytes(), filename=name)
    assert text == "\n\n".join(BODIES[name]) + "\n"
    assert meta == METADATA[name]


@pytest.mark.parametrize("name", sorted(BODIES))
def test_no_boilerplate_in_text_or_claims(name):
    meta, text = read_article((PAGES / name).read_bytes(), filename=name)
    data = extract_claimset(text, slug="page", title=meta.get("title"), outlet=meta.get("outlet"),
                            language=meta.get("language") or "en", published=meta.get("published"))
    assert data["claims"], "the story's own statements are still claims"
    for word in BOILERPLATE:
        assert word not in text, word
    for claim in data["claims"]:
        assert not claim["text"].isupper()
        assert not claim["text"].startswith(("HARBOURTOWN", "SANTIAGO")), "a dateline is no claim"
        assert text[claim["start"]:claim["end"]] == claim["text"]


@pytest.mark.parametrize("text_file", [SEEDS / "azerbaijan-mediation.txt", *sorted((FIXTURES / "articles").glob("*.txt"))],
                         ids=lambda p: p.stem)
def test_an_article_laid_out_as_a_news_page_gives_the_same_claims(text_file):
    """The saved text and the same story inside a site's template (navigation, cookie banner,
    caption, credit, related links, copyright) give the same claims."""
    meta, text = read_article(text_file.read_bytes(), filename=text_file.name)
    page_meta, page_text = read_article(article_page(text_file).encode(), filename="story.html")
    assert page_meta["title"] == meta["title"] and page_meta["outlet"] == meta["outlet"]

    def claims(body):
        data = extract_claimset(body, slug="s", title=meta.get("title"), outlet=meta.get("outlet"),
                                published=meta.get("published"))
        speakers = {s["id"]: s["name"] for s in data["speakers"]}
        return [(c["text"], speakers.get(c["speaker"]), c["cue"], c["form"], c["stated_on"], c["kind"])
                for c in data["claims"]]

    expected = claims(text)
    if text_file.stem == "wire-dateline":  # its '(Reporting by ...; Editing by ...)' line is a credit
        assert "Reporting by" in text and "Reporting by" not in page_text
    assert claims(page_text) == expected


def test_extraction_never_touches_the_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("page extraction tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    for name in BODIES:
        read_article((PAGES / name).read_bytes(), filename=name)


@pytest.mark.parametrize("data, declared, expected", [
    ("Peña dijo".encode(), "utf-8", "Peña dijo"),
    ("Peña dijo".encode(), "iso-8859-1", "Peña dijo"),    # labelled Latin-1, really UTF-8
    ("Peña dijo".encode("cp1252"), "utf-8", "Peña dijo"),        # labelled UTF-8, really Windows-1252
    (b'<meta charset="windows-1252"><p>Pe\xf1a</p>', None, '<meta charset="windows-1252"><p>Peña</p>'),
    ("Peña".encode("utf-16"), None, "Peña"),
    (b"\xef\xbb\xbfPe\xc3\xb1a", None, "Peña"),
    ("Peña".encode("cp1252"), "no-such-charset", "Peña"),
])
def test_charset_from_headers_or_page(data, declared, expected):
    assert decode_page(data, declared=declared) == expected


def test_a_page_without_a_story_says_so():
    from provenance.errors import InputError

    with pytest.raises(InputError, match="no article text"):
        read_web_page(b"<html><head><title>T</title></head><body><script>var a = 1;</script></body></html>",
                      source="http://x.test/")
    with pytest.raises(InputError, match="empty"):
        read_web_page(b"  ", source="http://x.test/")


@pytest.mark.parametrize("block, dropped", [
    ("By Maria Lindqvist, Business Correspondent", True),
    ("Photo: Jan Berg/Harbour Press", True),
    ("Photo : Luc Martin / Gazette du Val", True),
    ("(Reporting by Ana Ferreira; Editing by Paul Kim)", True),
    ("© 2025 Meridian Wire. All rights reserved.", True),
    ("Advertisement", True),
    ("Read more: How the reef survey is done", True),
    # captions that open or close with a photo credit, contributor lines
    ("(Photo: Jane Roe/AP) Rescue workers carry a survivor from a boat at the marina on Monday.", True),
    ("The minister speaks to reporters in Brennmouth on Monday. (AP Photo/Pablo Martinez Monsivais)", True),
    ("(AP Photo | Pablo Martinez Monsivais)", True),
    ("Staff writer Kevin Oduya contributed to this report.", True),
    ("Amina Yusuf and Peter Graff contributed reporting from Ottawa.", True),
    ("With files from The Canadian Press", True),
    # a page's labels and promos, a broadcaster's caption labels, closing credits, embedded posts
    ("RELATED COVERAGE", True),
    ("Listen to this article", True),
    ("Acquire Licensing Rights, opens new tab", True),
    ("Image caption,", True),
    ("Image source, Coastline Pictures", True),
    ("Image caption, Mayor Ines Varga said the dam had been neglected for years.", False),
    ("Pickers load crates at an orchard near Dunmarsh. Photograph: Ola Rinne/Quillon Press", True),
    ("Pickers load crates at an orchard near Dunmarsh. Ola Rinne/Quillon Press", True),
    ("FILE PHOTO: A ferry leaves the port of Solby, May 2, 2025. QUILLON/Ola Rinne/File Photo", True),
    ("Fares rose by a tenth, the operator said. Prices in the north rose faster.", False),
    ("Getty.", True),
    ("Ola Rinne via Getty Images.", True),
    ("Ola Rinne/Getty Images", True),
    ("TWITTER.", True),
    ("Twitter: @olarinne", True),
    ("Twitter said it would suspend the accounts.", False),
    ("— Ines Varga (@InesVarga) May 4, 2025", True),
    ("A post shared by Ines Varga (@ines.varga)", True),
    ("View this post on Instagram", True),
    # an author's note, the newsroom's notes and sign-offs
    ("Ola Rinne is a senior reporter for the Quillon Press covering farming.", True),
    ("The writer is a business correspondent at the Quillon Press.", True),
    ("Ines Varga is a former reporter who now runs the mayor's office, aides said.", False),
    ("Ola Rinne is the mayor of Dunmarsh.", False),
    ("Contact the author at orinne@fenwick.example.", True),
    ("To contact the reporter on this story: Ola Rinne in Solby", True),
    ("Get in touch with our newsdesk", True),
    ("Follow Ola Rinne on Twitter @olarinne.", True),
    ("Follow the river south for two miles, the guide said.", False),
    ("This article has been updated to include comment from the ferry operator.", True),
    ("This article was updated to reflect that the mayor resigned on Friday.", False),
    ("Update, June 2nd, 9:05PM CT: Added a statement by the ministry.", True),
    ("Update, May 4: The ministry now says the bridge will reopen.", False),
    ("--With assistance from Ola Rinne", True),
    ("-- Staff and wire reports", True),
    ("Mit Material von dpa und AFP", True),
    ("A version of this article appears in print on May 5, 2025, Section B, Page 2 of the Quillon edition with the "
     "headline: Ferry Fares Rise Again Across the North.", True),
    ("The company said workers contributed to the fund.", False),
    ('"The video: it shows the attack," the police said.', False),
    ("By Tuesday, the river had risen two metres, officials said.", False),
    ("Photographers were kept away from the site, the police said.", False),
    ("The company said it would defend its copyright in court, a spokesman said, adding that the case "
     "could take years to reach a verdict and cost millions of dollars in fees for both sides.", False),
])
def test_boilerplate_blocks(block, dropped):
    assert is_boilerplate(block) is dropped


@pytest.mark.parametrize("block", [
    "Contact the desk at " + "a@." * 4_000 + ' "',  # an address's '@' and '.' tried every way
    "Reach us on +" + "1" * 12_000 + ' "',  # a telephone number's digits given back one by one
])
def test_a_long_contact_line_is_read_in_linear_time(block):
    began = time.perf_counter()
    assert is_boilerplate(block) is False
    assert time.perf_counter() - began < 2.0
