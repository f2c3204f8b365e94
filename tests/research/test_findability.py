import json
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from tests.factories import (
    ResearchSummaryPageFactory,
    StandardPageFactory,
    UserFactory,
    publish_signed_off,
)

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def xml_of(response) -> ET.Element:
    assert response.status_code == 200
    return ET.fromstring(b"".join(response) if response.streaming else response.content)


def head_of(client, url) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").head


def json_ld(client, url) -> dict:
    scripts = head_of(client, url).find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


@pytest.fixture
def summaries(tree):
    older = ResearchSummaryPageFactory(parent=tree.category, title="Older study")
    walking = ResearchSummaryPageFactory(parent=tree.subcategory, title="Walking again")
    draft = ResearchSummaryPageFactory(parent=tree.category, title="Not yet", live=False)
    return {"walking": walking, "older": older, "draft": draft}


def test_the_rss_feed_lists_live_summaries_newest_first(client, summaries):
    channel = xml_of(client.get("/feed/")).find("channel")
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles == ["Walking again", "Older study"]
    item = channel.find("item")
    assert item.findtext("link") == "http://localhost/research/sci/walking/walking-again/"
    assert "walked a bit faster" in item.findtext("description")


def test_the_atom_feed_parses_too(client, summaries):
    feed = xml_of(client.get("/feed/atom.xml"))
    assert feed.tag == f"{ATOM}feed"
    assert [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")] == [
        "Walking again",
        "Older study",
    ]


def test_each_category_has_its_own_feeds(client, tree, summaries):
    channel = xml_of(client.get("/feed/sci/walking/")).find("channel")
    assert [item.findtext("title") for item in channel.findall("item")] == ["Walking again"]
    assert "Walking" in channel.findtext("title")
    whole = xml_of(client.get("/feed/sci/")).find("channel")
    assert len(whole.findall("item")) == 2
    atom = xml_of(client.get("/feed/sci/walking/atom.xml"))
    assert len(atom.findall(f"{ATOM}entry")) == 1
    assert client.get("/feed/no-such-category/").status_code == 404

    links = head_of(client, tree.subcategory.url).find_all("link", rel="alternate")
    assert {link["href"] for link in links} >= {"/feed/sci/walking/", "/feed/sci/walking/atom.xml"}


def test_the_sitemap_lists_live_pages_only(client, tree, summaries):
    StandardPageFactory(parent=tree.home, title="About", slug="about")
    index = xml_of(client.get("/sitemap.xml"))
    parts = [part.findtext(f"{SITEMAP}loc") for part in index.findall(f"{SITEMAP}sitemap")]
    assert parts == ["http://localhost/sitemap-1.xml"]
    urlset = xml_of(client.get("/sitemap-1.xml"))
    locations = {url.findtext(f"{SITEMAP}loc") for url in urlset.findall(f"{SITEMAP}url")}
    assert "http://localhost/research/sci/walking/walking-again/" in locations
    assert "http://localhost/about/" in locations
    assert not any("not-yet" in location for location in locations)


def test_robots_txt_allows_all_but_the_admin_and_names_the_sitemap(client, tree):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines and "Disallow: /admin/" in lines and "Allow: /" in lines
    assert "Sitemap: http://localhost/sitemap.xml" in lines


def test_pages_have_a_canonical_url_description_and_open_graph(client, summaries):
    head = head_of(client, summaries["walking"].url + "?utm_source=newsletter")
    canonical = "http://localhost/research/sci/walking/walking-again/"
    assert head.find("link", rel="canonical")["href"] == canonical
    description = head.find("meta", attrs={"name": "description"})["content"]
    assert description == "People trained to walk. Most of them walked a bit faster."
    og = {tag["property"]: tag["content"] for tag in head.find_all("meta", property=True)}
    assert og["og:url"] == canonical
    assert og["og:title"] == "Walking again"
    assert og["og:type"] == "article"
    assert og["og:description"] == description
    assert "article:published_time" in og


def test_the_search_description_wins_over_the_simple_explanation(client, tree):
    summary = ResearchSummaryPageFactory(
        parent=tree.category, search_description="A short description for search engines."
    )
    head = head_of(client, summary.url)
    content = head.find("meta", attrs={"name": "description"})["content"]
    assert content == "A short description for search engines."


def test_every_summary_carries_schema_org_json_ld(client, tree):
    reviewer = UserFactory(first_name="Ada", last_name="Okafor")
    summary = ResearchSummaryPageFactory(
        parent=tree.category,
        title='Stem cells: "hope" </script> and hype',
        paper_title="Stem cell therapies for spinal cord injury in humans",
        journal="Brain and Spine",
        publication_year=2025,
        doi="10.1016/j.bas.2025.104207",
        signed_off_by=reviewer,
    )
    summary.topics.add("Regenerative Medicine")
    publish_signed_off(summary, reviewer)  # topics are reviewed too
    summary.refresh_from_db()

    data = json_ld(client, summary.url)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "MedicalWebPage"
    assert data["headline"] == 'Stem cells: "hope" </script> and hype'
    assert data["url"] == "http://localhost/research/sci/" + summary.slug + "/"
    assert data["about"] == {"@type": "MedicalCondition", "name": "Spinal cord injury"}
    citation = data["citation"]
    assert citation["@type"] == "ScholarlyArticle"
    assert citation["name"] == "Stem cell therapies for spinal cord injury in humans"
    assert citation["sameAs"] == "https://doi.org/10.1016/j.bas.2025.104207"
    assert citation["isPartOf"] == {"@type": "Periodical", "name": "Brain and Spine"}
    assert citation["datePublished"] == "2025"
    assert data["reviewedBy"] == {"@type": "Person", "name": "Ada Okafor"}
    assert data["lastReviewed"] == summary.reviewed_at.date().isoformat()
    assert data["datePublished"] and data["dateModified"]
    assert data["keywords"] == "Regenerative Medicine"


def test_json_ld_cannot_break_out_of_its_script_element(client, tree):
    summary = ResearchSummaryPageFactory(parent=tree.category, title="</script><b>x</b>")
    html = client.get(summary.url).content.decode()
    script = html.split('<script type="application/ld+json">')[1].split("</script>")[0]
    assert "<" not in script and json.loads(script)["headline"] == "</script><b>x</b>"


def test_an_unreviewed_summary_claims_no_reviewer(client, tree):
    summary = ResearchSummaryPageFactory(parent=tree.category)
    data = json_ld(client, summary.url)
    assert "reviewedBy" not in data and "lastReviewed" not in data


def test_cite_this_summary_gives_a_plain_citation_and_the_paper(client, tree):
    summary = ResearchSummaryPageFactory(
        parent=tree.category,
        title="Stem cells after injury",
        paper_title="Stem cell therapies for spinal cord injury in humans.",
        journal="Brain and Spine",
        publication_year=2025,
        doi="10.1016/j.bas.2025.104207",
    )
    soup = BeautifulSoup(client.get(summary.url).content, "html.parser")
    block = soup.find(id="cite-heading").find_parent("section")
    text = block.select_one(".cite__text").get_text()
    assert text.startswith("Spinal Cord Research Help (")
    assert "Stem cells after injury: a plain-language summary." in text
    assert f"Published {summary.first_published_at:%-d %B %Y}." in text
    assert "http://localhost/research/sci/stem-cells-after-injury/" in text
    assert (
        "Summary of: Stem cell therapies for spinal cord injury in humans. Brain and Spine, 2025."
        in text
    )
    assert text.endswith("https://doi.org/10.1016/j.bas.2025.104207")
    paper = block.find("a")
    assert paper["href"] == "https://doi.org/10.1016/j.bas.2025.104207"
