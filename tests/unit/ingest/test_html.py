"""HTML pages -> blocks: paragraphs and headings kept apart, captions marked and placed,
photo credits and bylines kept out of document.text."""

from __future__ import annotations

import pytest

from chronist.errors import NoArticleError
from chronist.ingest import to_document
from chronist.ingest.html import parse_html

PARAGRAPHS = (
    "Die Bundesregierung hat am Mittwoch den Haushalt für das kommende Jahr beschlossen, wie "
    "ein Sprecher des Finanzministeriums in Berlin mitteilte.",
    "Der Entwurf sieht Ausgaben von 480 Milliarden Euro vor. Die Opposition kritisierte die "
    "Pläne scharf und kündigte Widerstand im Bundestag an.",
    "Die Beratungen im Parlament sollen nach der Sommerpause beginnen. Eine Einigung wird "
    "nach Angaben aus Koalitionskreisen bis zum Herbst erwartet.",
    "Der Bundesrechnungshof hatte zuvor vor steigenden Zinslasten gewarnt und eine "
    "strengere Ausgabendisziplin der Ministerien gefordert.",
)


def article(*middle: str, head: str = "", title: str = "Regierung beschließt Haushalt") -> str:
    """A page with a headline, two paragraphs, `middle` markup, then two more paragraphs."""
    first, second, third, fourth = (f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<html><head><title>{title}</title>{head}</head><body>"
        "<nav><a href='/'>Startseite</a> <a href='/politik'>Politik</a></nav>"
        f"<article><h1>{title}</h1>{first}{second}{''.join(middle)}{third}{fourth}</article>"
        "<footer>Impressum | Datenschutz</footer></body></html>"
    )


def kinds(html: str) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in parse_html(html).blocks]


def test_html_paragraphs_and_headings_are_separate_blocks() -> None:
    blocks = kinds(article("<h2>Kritik der Opposition</h2>"))
    assert blocks[0] == ("title", "Regierung beschließt Haushalt")
    assert ("heading", "Kritik der Opposition") in blocks
    assert [text for kind, text in blocks if kind == "body"] == list(PARAGRAPHS)


def test_html_document_text_keeps_paragraph_breaks() -> None:
    doc = to_document(parse_html(article("<h2>Kritik der Opposition</h2>")), language="de")
    assert doc.text.count("\n\n") == len(doc.paragraphs) - 1
    for paragraph in doc.paragraphs:
        assert "\n" not in doc.text[paragraph.start : paragraph.end]
    assert [p.kind for p in doc.paragraphs].count("heading") == 1


CAPTION = "Der Kanzler vor dem Kanzleramt in Berlin"


@pytest.mark.parametrize(
    "figure",
    [
        # credit glued to the caption text
        f"<figure><img src='a.jpg'><figcaption>{CAPTION}Michael Kappeler/dpa</figcaption></figure>",
        # credit in its own element
        f"<figure><img src='a.jpg'><figcaption><span class='caption'>{CAPTION}</span> "
        "<span class='credit'>Foto: Jane Roe</span></figcaption></figure>",
        f"<figure><img src='a.jpg'><figcaption>{CAPTION} <small>(Foto: REUTERS)</small>"
        "</figcaption></figure>",
        f"<figure><img src='a.jpg'><figcaption>{CAPTION}<span itemprop='copyrightHolder'>"
        "Max Muster</span></figcaption></figure>",
        # a caption class next to an image, no <figure>
        f"<div class='image'><img src='a.jpg'><div class='image__caption'>{CAPTION} "
        "Bild: picture alliance / dpa</div></div>",
    ],
)
def test_html_caption_is_marked_and_credit_cut(figure: str) -> None:
    blocks = kinds(article(figure))
    assert ("caption", CAPTION) in blocks
    text = "\n\n".join(text for _, text in blocks)
    for credit in ("Kappeler", "dpa", "Jane Roe", "REUTERS", "Max Muster", "Foto", "Bild:"):
        assert credit not in text


def test_html_caption_stands_where_the_image_is() -> None:
    figure = f"<figure><img src='a.jpg'><figcaption>{CAPTION}</figcaption></figure>"
    blocks = kinds(article(figure))
    position = blocks.index(("caption", CAPTION))
    assert blocks[position - 1] == ("body", PARAGRAPHS[1])
    assert blocks[position + 1] == ("body", PARAGRAPHS[2])


def test_html_repeated_caption_is_kept_once() -> None:
    figure = f"<figure><img src='a.jpg'><figcaption>{CAPTION}</figcaption></figure>"
    assert kinds(article(figure, figure)).count(("caption", CAPTION)) == 1


def test_html_caption_outside_the_article_is_left_out() -> None:
    html = article().replace(
        "<footer>", "<aside>" + "<p>Werbung</p>" * 5 + "<div style='height:9em'>"
        + "x " * 2000 + "</div><figure><img src='b.jpg'><figcaption>Ein ganz anderes Thema "
        "im Teaser</figcaption></figure></aside><footer>"
    )
    assert all(kind != "caption" for kind, _ in kinds(html))


@pytest.mark.parametrize(
    "credit_line",
    [
        "<p>Foto: picture alliance / dpa</p>",
        "<p>Michael Muster/dpa</p>",
        "<p>© Reuters</p>",
        "<p class='photo-credit'>Max Muster</p>",
    ],
)
def test_html_credit_lines_leave_running_text(credit_line: str) -> None:
    text = "\n".join(text for _, text in kinds(article(credit_line)))
    for word in ("Foto", "dpa", "Reuters", "Muster"):
        assert word not in text


def test_html_bracketed_credit_in_running_text_is_cut() -> None:
    paragraph = ("<p>Der Minister (Foto: Jane Roe/AFP) trat am Abend überraschend von seinem "
                 "Amt zurück, wie die Staatskanzlei bestätigte.</p>")
    blocks = kinds(article(paragraph))
    assert ("body", "Der Minister trat am Abend überraschend von seinem Amt zurück, wie die "
            "Staatskanzlei bestätigte.") in blocks


def test_html_byline_of_the_author_is_dropped() -> None:
    head = '<meta name="author" content="Lena Hoffmann">'
    blocks = kinds(article("<p>Von Lena Hoffmann, Redakteurin</p>", head=head))
    assert all("Lena Hoffmann" not in text for _, text in blocks)


def test_html_unmarked_caption_with_credit_becomes_caption() -> None:
    paragraph = "<p>Pendler am Bahnsteig im Regionalverkehr. Bild: Max Muster</p>"
    blocks = kinds(article(paragraph))
    assert ("caption", "Pendler am Bahnsteig im Regionalverkehr.") in blocks


def test_html_boilerplate_lines_are_dropped() -> None:
    blocks = kinds(article("<p>Stand: 22.04.2024, 06:00 Uhr</p>", "<p>Link zum Video-Inhalt</p>"))
    assert all("Stand:" not in text and "Inhalt" not in text for _, text in blocks)


TEASER = ("Nach langem Streit einigt sich die Koalition auf den Etat. Die Opposition spricht "
          "von einem Haushalt der verpassten Chancen.")


@pytest.mark.parametrize(
    ("description", "visible", "kept"),
    [
        (TEASER, True, True),
        # a truncated description: the visible teaser's full text is used
        (TEASER[:70] + " …", True, True),
        # an SEO description the reader never sees is not article text
        (TEASER, False, False),
    ],
)
def test_html_teaser_under_the_headline_is_kept(description: str, visible: bool,
                                                kept: bool) -> None:
    head = f'<meta property="og:description" content="{description}">'
    teaser = f"<header><p class='teaser'>{TEASER}</p></header>" if visible else ""
    html = article(head=head).replace("<article>", f"{teaser}<article>")
    blocks = kinds(html)
    assert (("body", TEASER) in blocks) is kept
    if kept:
        assert blocks.index(("body", TEASER)) == 1  # right after the title


def test_html_paragraph_that_starts_like_a_caption_stays_body() -> None:
    figure = f"<figure><img src='a.jpg'><figcaption>{CAPTION}</figcaption></figure>"
    paragraph = f"<p>{CAPTION} traf der Kanzler am Abend die Ministerpräsidenten.</p>"
    blocks = kinds(article(figure, paragraph))
    assert ("body", f"{CAPTION} traf der Kanzler am Abend die Ministerpräsidenten.") in blocks
    assert ("caption", CAPTION) in blocks


def test_html_caption_kept_by_trafilatura_with_credit_is_one_caption() -> None:
    # a caption <div> trafilatura keeps as a paragraph, its credit glued on
    figure = (f"<div class='bild'><img src='a.jpg'><div class='bild-caption'>{CAPTION}"
              "Michael Kappeler/dpa</div></div>")
    blocks = kinds(article(figure))
    assert blocks.count(("caption", CAPTION)) == 1
    assert all("Kappeler" not in text for _, text in blocks)


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
        # a short header teaser and a caption are no article
        "<html><head><meta property='og:description' content='" + TEASER[:60] + "'></head>"
        f"<body><header><p>{TEASER[:60]}</p></header><figure><img src='a.jpg'><figcaption>"
        f"{CAPTION} {CAPTION}</figcaption></figure></body></html>",
    ],
)
def test_html_page_without_article_is_an_error(html: str) -> None:
    with pytest.raises(NoArticleError):
        parse_html(html)


def test_html_repeated_headline_is_dropped() -> None:
    html = article("<h2>Regierung beschließt Haushalt</h2>")
    blocks = kinds(html)
    assert blocks.count(("title", "Regierung beschließt Haushalt")) == 1
    assert ("heading", "Regierung beschließt Haushalt") not in blocks


def test_html_hidden_separator_keeps_kicker_and_title_apart() -> None:
    kicker = ("<h2><span>Streit um den Etat</span>"
              "<span aria-hidden='true'> <!-- -->–<!-- --> </span>"
              "<span>Opposition droht mit Klage</span><span aria-hidden='true'>Teilen</span></h2>")
    blocks = kinds(article(kicker))
    assert ("heading", "Streit um den Etat – Opposition droht mit Klage") in blocks


def test_html_video_caption_drops_player_data_and_bracketed_source() -> None:
    video = (f"<figure><img src='v.jpg'><figcaption>{CAPTION} 05.09.2024 | 2:03 min"
             "</figcaption></figure>")
    source = "<figure><img src='s.jpg'><figcaption>(The Daily Example)</figcaption></figure>"
    blocks = kinds(article(video, source))
    assert ("caption", CAPTION) in blocks
    assert all("Daily Example" not in text for _, text in blocks)


def test_html_link_teaser_for_another_article_is_dropped() -> None:
    teaser = "<p><a href='/politik/iran'>Iran-Krieg: Neue Sanktionen gegen Teheran geplant</a></p>"
    linked = ("<p>Der Entwurf sieht nach <a href='/x'>Angaben</a> des Ministeriums weitere "
              "Hilfen für Familien vor, die ab dem kommenden Jahr gelten sollen.</p>")
    blocks = kinds(article(teaser, linked))
    assert all("Iran-Krieg" not in text for _, text in blocks)
    assert any(text.startswith("Der Entwurf sieht nach Angaben") for _, text in blocks)


def test_html_teaser_already_in_the_text_is_not_repeated() -> None:
    # the description has a dateline the first paragraph lacks
    description = "Berlin. " + PARAGRAPHS[0]
    head = f'<meta property="og:description" content="{description}">'
    header = f"<header><p>{description}</p></header>"
    html = article(head=head).replace("<article>", f"{header}<article>")
    texts = [text for _, text in kinds(html)]
    assert texts.count(PARAGRAPHS[0]) == 1
    assert description not in texts


def test_html_paragraph_above_a_picture_credit_line_is_a_caption() -> None:
    caption = "<p>Anwohner vor dem gesperrten Bahnhof am Morgen</p><p>Image: Max Muster</p>"
    blocks = kinds(article(caption))
    assert ("caption", "Anwohner vor dem gesperrten Bahnhof am Morgen") in blocks
    assert all("Muster" not in text for _, text in blocks)
    assert [text for kind, text in blocks if kind == "body"] == list(PARAGRAPHS)


def test_captions_of_a_second_document_glued_after_the_page_are_ignored() -> None:
    # Broken dumps sometimes concatenate two pages; the parser keeps the first as the
    # tree, and a caption of the second lies outside it.
    page = article('<figure><img src="a.jpg"><figcaption>Der Finanzminister im Bundestag.'
                   "</figcaption></figure>")
    glued = page + ('<html><body><figure><img src="b.jpg"><figcaption>Ein anderes Bild.'
                    "</figcaption></figure></body></html>")
    parsed = parse_html(glued)
    assert [b.text for b in parsed.blocks if b.kind == "caption"] == [
        "Der Finanzminister im Bundestag."
    ]
    assert any(PARAGRAPHS[0] in b.text for b in parsed.blocks)
