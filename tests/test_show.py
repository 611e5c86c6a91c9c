"""`lawie show`: the page's structure, and what a headless browser makes of it."""
import shutil
import struct
import subprocess

import pytest
from bs4 import BeautifulSoup
from typer.testing import CliRunner

import lawie
from lawie.cli import app

from conftest import REPORTS

REPORT = REPORTS / "jinshui-2020.txt"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    path = tmp_path_factory.mktemp("show") / "page.html"
    result = CliRunner().invoke(app, ["show", str(REPORT), "-o", str(path)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def record(nlp):
    return lawie.extract(REPORT, nlp)[0]


def test_page_marks_entities_outlines_sections_and_shows_metadata(page, record):
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
    marks = soup.select("div.text mark.entity")
    assert len(marks) == len(record["entities"])
    assert [m.find("span").get_text(strip=True) for m in marks] == [e["label"] for e in record["entities"]]
    assert marks[0].get_text(" ", strip=True).startswith(record["entities"][0]["text"])

    links = soup.select("nav.outline a[href]")
    assert len(links) == len(record["sections"])
    targets = {a["id"] for a in soup.select("div.text a[id]")}
    assert {link["href"][1:] for link in links} == targets
    top = soup.select("nav.outline > ul > li")
    assert len(top) == sum(section["parent"] is None for section in record["sections"])
    assert any("突出整体部署" in link.get_text() for link in links)

    assert soup.select_one("dd.meta-document_number").get_text() == "金政文〔2021〕7号"
    assert soup.select_one("dd.meta-year").get_text() == "2020"
    assert soup.select_one("article.report h2").get_text() == record["meta"]["title"]
    assert not soup.select("link, script, img, iframe"), "the page must load nothing from elsewhere"


def test_headless_browser_renders_the_page(page, tmp_path):
    browser = next(filter(None, map(shutil.which, BROWSERS)), None)
    if browser is None:
        pytest.skip("no chromium/chrome binary on PATH (apt-get install chromium)")
    shot = tmp_path / "page.png"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--screenshot={shot}", "--window-size=1200,1600", page.as_uri()],
                   check=True, capture_output=True, timeout=120)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1200, 1600)
    assert len(data) > 30_000, "a blank or nearly blank page compresses to a few kilobytes"
