"""The chat in a real browser: Playwright drives Debian's chromium against ``assistant ui``.

The app runs in a subprocess (``python -m assistant.cli ui``) on 127.0.0.1 over
the bundled corpus and one PDF with a public URL (Stoke-on-Trent's 2019
report from ../shared/ofsted when it is there, else a small generated PDF),
indexed into a temporary folder. The tests share one desktop page
(1440x1000) and one phone page (390x844) and run in order: the page opening
at its title, an answer with its sources, the original PDF page with the
quote boxed, the link to the publication and the PDF download, copied
sources, an older answer's sources, a refused question kept in the box, a
council filter, uploads (dated from their text, counted on every open page),
a hostile upload shown as text, a table and its CSV, the phone layout, the
API via gradio_client, and last the time from a process start to its first
answer. axe-core (bundled by the axe-playwright-python package, injected by
Playwright) checks the main page, an answer and the document view for
serious or critical accessibility violations.

With ``ASSISTANT_SCREENSHOTS=1`` (``make screenshots``) they save
docs/screenshots/chat-answer.png, sources.png, document.png, page.png,
judgements.png and phone.png; otherwise the screenshots go to a temporary
folder and the tree is left as it was.

Install the browser with ``apt-get install -y chromium``; without
/usr/bin/chromium the tests are skipped.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SHOTS = ROOT / "docs" / "screenshots"  # written only with ASSISTANT_SCREENSHOTS=1
STOKE_QUESTION = "What did Ofsted say about Stoke's supervision?"
FOLLOW_UP = "What did the January 2022 monitoring visit find at Stoke-on-Trent's front door?"
STOKE_PDF = "reports/80564_stoke-on-trent/children's services inspection - 18 march 2019.pdf"
PDF_URL = "https://reports.ofsted.gov.uk/provider/44/80564"
DESKTOP = {"width": 1440, "height": 1000}
PHONE = {"width": 390, "height": 844}
# The issue asks for 10 s; the limit asserted leaves room for a loaded CI machine.
STARTUP_LIMIT = float(os.environ.get("ASSISTANT_UI_STARTUP_LIMIT", "45"))

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)",
    ),
]

playwright_sync = pytest.importorskip("playwright.sync_api")
gradio_client = pytest.importorskip("gradio_client")


# -- the app in a subprocess ---------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """``assistant ui`` on a free port of 127.0.0.1, its output in a log file."""

    def __init__(self, index_dir: Path, log: Path, extra: Path) -> None:
        self.index_dir, self.log, self.extra = index_dir, log, extra
        self.proc: subprocess.Popen[bytes] | None = None
        self.url = ""

    def start(self) -> float:
        """Start the process; return its start time (``time.monotonic``)."""
        port = _free_port()
        self.url = f"http://127.0.0.1:{port}/"
        # no login, and the extractive answerer even where a developer set up a model
        env = {
            k: v
            for k, v in os.environ.items()
            if k != "ASSISTANT_AUTH" and not k.startswith("ASSISTANT_LLM_")
        }
        env["GRADIO_ANALYTICS_ENABLED"] = "False"
        cmd = [
            sys.executable,
            "-m",
            "assistant.cli",
            "ui",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--index-dir",
            str(self.index_dir),
            "--corpus",
            "corpus",
            str(self.extra),
        ]
        started = time.monotonic()
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        return started

    def wait_until_up(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                pytest.fail(
                    f"assistant ui exited with {self.proc.returncode}:\n{self.log.read_text()[-4000:]}"
                )
            try:
                with urllib.request.urlopen(self.url, timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.1)
        pytest.fail(f"assistant ui did not start in {timeout:.0f} s:\n{self.log.read_text()[-4000:]}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None


def _pdf_folder(folder: Path) -> Path:
    """A folder with one PDF whose sidecar gives its public URL: the real 2019 Stoke report if here."""
    from tests.test_bad_files import text_pdf

    folder.mkdir()
    real = ROOT.parent / "shared" / "ofsted" / STOKE_PDF
    pdf = folder / Path(STOKE_PDF).name
    if real.exists():
        shutil.copyfile(real, pdf)
    else:
        pdf.write_bytes(
            text_pdf(
                [
                    "Inspection of Stoke-on-Trent local authority children's services",
                    "Inspection dates: 4 to 15 February 2019",
                    "Management oversight, direction and challenge, and the holding of regular",
                    "case supervision are not good enough in Stoke-on-Trent.",
                ]
            )
        )
    side = pdf.with_name(pdf.name + ".meta.json")
    side.write_text(json.dumps({"url": PDF_URL}), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    work = tmp_path_factory.mktemp("ui-browser")
    srv = Server(work / "index", work / "server.log", _pdf_folder(work / "pdfs"))
    srv.start()
    try:
        srv.wait_until_up(timeout=600)  # the first start builds the index
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="module")
def browser(server: Server) -> Iterator[Any]:
    with playwright_sync.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


def open_page(browser: Any, server: Server, viewport: dict[str, int], **options: Any) -> Any:
    """A new page of the app at ``viewport``, loaded (not networkidle: Gradio keeps a stream open)."""
    pg = browser.new_context(viewport=viewport, accept_downloads=True, **options).new_page()
    pg.set_default_timeout(60_000)
    pg.goto(server.url, wait_until="domcontentloaded")
    pg.wait_for_selector("#question textarea")
    pg.wait_for_timeout(500)  # the page's script (app.js) runs once Gradio has rendered
    return pg


@pytest.fixture(scope="module")
def page(browser: Any, server: Server) -> Any:
    return open_page(browser, server, DESKTOP)


@pytest.fixture(scope="module")
def phone(browser: Any, server: Server) -> Any:
    return open_page(browser, server, PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go: docs/screenshots on request (``make screenshots``), else a temporary folder."""
    if os.environ.get("ASSISTANT_SCREENSHOTS") == "1":
        SHOTS.mkdir(parents=True, exist_ok=True)
        return SHOTS
    return tmp_path_factory.mktemp("screenshots")


# -- helpers -------------------------------------------------------------------


SHOWN = "#sources section.answer-sources:not([hidden])"  # the sources of the answer shown


def ask(page: Any, question: str) -> None:
    """Type and send ``question``; return when its answer and sources are complete."""
    page.fill("#question textarea", question)
    page.click("#ask")
    page.wait_for_function(
        """(q) => {
          const head = document.querySelector('#sources section.answer-sources:not([hidden]) .sources-for q');
          if (!head || head.textContent !== q) return false;
          const rows = document.querySelectorAll('#chat .bot-row');
          const last = rows[rows.length - 1];
          if (!last || last.querySelector('.pending')) return false;
          const shown = '#sources section.answer-sources:not([hidden]) article.source:not(.related)';
          return last.querySelectorAll('a.cite').length >= document.querySelectorAll(shown).length;
        }""",
        arg=question,
    )
    page.wait_for_timeout(400)  # the last streamed step


def clear_chat(page: Any) -> None:
    """Clear the conversation and wait until the page shows it cleared."""
    page.click("#clear")
    page.wait_for_function("() => document.querySelectorAll('#chat .bot-row').length === 0")


def last_answer(page: Any) -> Any:
    return page.locator("#chat .bot-row").last


def source_councils(page: Any) -> list[str]:
    return page.eval_on_selector_all(
        f"{SHOWN} article.source dl.meta",
        """(dls) => dls.map((dl) => {
          const dt = Array.from(dl.querySelectorAll('dt')).find((d) => d.textContent === 'Council');
          return dt ? dt.nextElementSibling.textContent : null;
        })""",
    )


def choose_council(page: Any, name: str) -> None:
    page.click("#council input")
    page.keyboard.press("Control+A")
    page.keyboard.type(name[:6], delay=20)
    page.locator("[role=option]", has_text=name).first.click()
    assert page.input_value("#council input") == name


def axe_violations(page: Any) -> list[str]:
    """axe-core's serious and critical violations on the page as it is now ("id: target")."""
    axe = pytest.importorskip("axe_playwright_python")
    page.add_script_tag(path=str(Path(axe.__file__).parent / "axe.min.js"))
    found = page.evaluate(
        """async () => {
          const r = await axe.run(document, {resultTypes: ['violations']});
          return r.violations.filter((v) => ['serious', 'critical'].includes(v.impact))
            .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
        }"""
    )
    return list(found)


def in_viewport(page: Any, selector: str) -> bool:
    return bool(
        page.eval_on_selector(
            selector,
            "(e) => { const r = e.getBoundingClientRect(); "
            "return r.top >= 0 && r.top < window.innerHeight; }",
        )
    )


def upload(page: Any, path: Path) -> str:
    """Upload and index one file; the upload status text."""
    section = page.locator("#add-documents")
    if not page.locator("#index-files").is_visible():
        section.get_by_text("Add documents").first.click()
    page.set_input_files("#upload input[type=file]", str(path))
    # The file is sent to the server before its name shows; slow on a loaded machine.
    page.wait_for_function(
        "(name) => (document.querySelector('#upload') || {}).innerText?.includes(name)",
        arg=path.name,
        timeout=180_000,
    )
    page.click("#index-files")
    page.wait_for_function(
        "(name) => (document.querySelector('#upload-status') || {}).textContent?.includes(name)",
        arg=path.name,
        timeout=180_000,
    )
    return str(page.inner_text("#upload-status"))


# -- the tests, in order --------------------------------------------------------


def test_the_page_opens_at_its_title(page: Any, phone: Any, shots: Path) -> None:
    for pg in (page, phone):
        assert pg.evaluate("() => window.scrollY") == 0
        assert in_viewport(pg, "#title h1")
    # The question box takes the focus on a wide screen only (a phone's keyboard would scroll the page).
    assert page.evaluate("() => document.activeElement === document.querySelector('#question textarea')")
    assert not phone.evaluate("() => document.activeElement === document.querySelector('#question textarea')")
    # The modes and the date the filter uses are explained where they are chosen.
    filters = page.inner_text("#filters")
    assert "bm25 matches your words" in filters and "dense matches meaning" in filters
    assert "published, not when the inspection took place" in filters
    assert axe_violations(page) == []


def test_answer_with_markers_and_sources(page: Any, shots: Path) -> None:
    ask(page, STOKE_QUESTION)
    answer = last_answer(page)
    markers = answer.locator("a.cite").all_inner_texts()
    assert markers and all(m.startswith("[") and m.endswith("]") for m in markers)
    assert "“" in answer.inner_text()  # quotes from the documents
    cards = page.locator(f"{SHOWN} article.source")
    numbers = sorted({int(m.strip("[]")) for m in markers})
    assert cards.count() == len(numbers)
    for n in numbers:
        card = page.locator(f"#source-1-{n}")
        assert card.locator("mark").inner_text().strip()
        text = card.inner_text()
        for label in ("Publisher", "Type", "Council", "Date", "Page"):
            assert label in text
    assert set(source_councils(page)) == {"Stoke-on-Trent"}
    # Screen readers read each message as text, not HTML.
    labels = page.eval_on_selector_all(
        "#chat [aria-label]", "(es) => es.map((e) => e.getAttribute('aria-label'))"
    )
    assert labels and not any("<" in label for label in labels)
    assert axe_violations(page) == []
    page.screenshot(path=str(shots / "chat-answer.png"))

    # a marker leads to its source card
    answer.locator("a.cite").last.click()
    last_n = numbers[-1]
    page.wait_for_function(f"() => document.querySelector('#source-1-{last_n}').classList.contains('flash')")
    assert page.locator(f"#source-1-{last_n}").is_visible()
    page.locator("#side").screenshot(path=str(shots / "sources.png"))

    # and opens the whole document at the quote, highlighted and scrolled to
    page.locator(f"#source-1-{last_n} button.open-doc").click()
    mark = page.locator("#viewer mark.quote")
    mark.wait_for()
    quote = page.locator(f"#source-1-{last_n} mark").inner_text()
    assert mark.inner_text() == quote
    page.wait_for_function(
        """() => { const m = document.querySelector('#viewer mark.quote');
                   const box = document.querySelector('#viewer .doc-text');
                   const a = m.getBoundingClientRect(), b = box.getBoundingClientRect();
                   return a.top >= b.top && a.bottom <= b.bottom; }"""
    )
    page.screenshot(path=str(shots / "document.png"))


def test_the_original_page_with_the_quote_boxed(page: Any, server: Server, shots: Path) -> None:
    page.locator("#side-tabs button[role=tab]", has_text="Sources").click()
    card = page.locator(f"{SHOWN} article.source", has=page.locator("a.source-link")).first
    assert card.locator("a.source-link").get_attribute("href") == PDF_URL
    card.locator("button.open-doc").click()
    frame = page.locator("#viewer .page-view .page-frame").first
    frame.wait_for()
    page.wait_for_function(
        "() => { const i = document.querySelector('#viewer .page-view img'); "
        "return i && i.complete && i.naturalWidth > 0; }"
    )
    # The quote's boxes lie on the page image, and the page is scrolled to them.
    boxes = frame.locator(".hl")
    assert boxes.count() >= 1
    img = frame.locator("img").bounding_box()
    for i in range(boxes.count()):
        b = boxes.nth(i).bounding_box()
        assert img["x"] <= b["x"] and b["x"] + b["width"] <= img["x"] + img["width"] + 1
        assert img["y"] <= b["y"] and b["y"] + b["height"] <= img["y"] + img["height"] + 1
    page.wait_for_function(
        """() => { const h = document.querySelector('#viewer #page-quote');
                   const box = document.querySelector('#viewer .page-view');
                   const a = h.getBoundingClientRect(), b = box.getBoundingClientRect();
                   return a.top >= b.top && a.bottom <= b.bottom; }"""
    )
    # The page is a PNG served by the app; the PDF downloads as the indexed file.
    png = page.request.get(server.url + frame.locator("img").get_attribute("src"))
    assert png.ok and png.headers["content-type"].startswith("image/png") and png.body()[:4] == b"\x89PNG"
    with page.expect_download() as download:
        page.click("#viewer a.pdf-download")
    saved = Path(download.value.path())
    assert saved.read_bytes()[:5] == b"%PDF-" and download.value.suggested_filename.endswith(".pdf")
    assert page.locator("#viewer a.source-link").get_attribute("href") == PDF_URL
    assert axe_violations(page) == []
    page.locator("#side").screenshot(path=str(shots / "page.png"))


def test_copied_sources_link_the_publication_and_show_no_server_path(page: Any) -> None:
    if not page.locator("#copy-text textarea").is_visible():
        page.locator("#copy").get_by_text("Copy the answer").first.click()
    plain = page.input_value("#copy-text textarea")
    assert "Sources:" in plain and "[1]" in plain
    assert "<a" not in plain and "**" not in plain
    assert PDF_URL in plain
    assert str(ROOT) not in plain and "/tmp/" not in plain and "/work/" not in plain


def test_an_older_answer_keeps_its_sources(page: Any) -> None:
    ask(page, FOLLOW_UP)
    rows = page.locator("#chat .bot-row")
    first, second = rows.nth(rows.count() - 2), rows.last
    assert page.inner_text(f"{SHOWN} .sources-for q") == FOLLOW_UP
    # The first answer's [n] still link, and open the first answer's own sources.
    first.locator("a.cite").first.click()
    page.wait_for_function("() => !document.querySelector('#answer-1-sources').hidden")
    assert page.locator("#answer-2-sources").is_hidden()
    assert page.inner_text(f"{SHOWN} .sources-for q") == STOKE_QUESTION
    assert "Answer 1 of 2" in page.inner_text(SHOWN)
    n = first.locator("a.cite").first.inner_text().strip("[]")
    page.wait_for_function(f"() => document.querySelector('#source-1-{n}').classList.contains('flash')")
    # and the follow-up's [n] bring its sources back
    second.locator("a.cite").first.click()
    page.wait_for_function("() => !document.querySelector('#answer-2-sources').hidden")
    assert page.inner_text(f"{SHOWN} .sources-for q") == FOLLOW_UP
    # as do the panel's own buttons
    page.click(f"{SHOWN} button.show-answer[data-answer='1']")
    page.wait_for_function("() => !document.querySelector('#answer-1-sources').hidden")
    assert page.inner_text(f"{SHOWN} .sources-for q") == STOKE_QUESTION
    assert axe_violations(page) == []


def test_a_refused_question_stays_in_the_box_with_the_reason(page: Any) -> None:
    clear_chat(page)
    long_question = "How do councils supervise social workers? " * 120  # over 2,000 characters
    page.fill("#question textarea", long_question)
    page.click("#ask")
    page.wait_for_selector("#chat .bot-row .error")
    assert "limit" in last_answer(page).inner_text()
    assert page.input_value("#question textarea") == long_question


def test_council_filter_applies_to_the_next_question(page: Any) -> None:
    clear_chat(page)
    page.wait_for_selector("#chat .bot-row", state="detached")
    choose_council(page, "Warrington")
    ask(page, "What did inspectors say about social work assessments?")
    councils = source_councils(page)
    assert councils and set(councils) == {"Warrington"}
    assert "council Warrington" in page.inner_text(f"{SHOWN} .sources-for")
    page.click("#reset-filters")
    page.wait_for_function("() => document.querySelector('#council input').value === 'Any council'")


def test_an_upload_is_a_document_like_any_other_on_every_open_page(
    page: Any, browser: Any, server: Server, tmp_path: Path
) -> None:
    clear_chat(page)
    other = open_page(browser, server, DESKTOP)  # someone else's page, open before the upload
    count = int(other.inner_text("#index-status").split()[0])
    note = tmp_path / "quillbeck-panel-note.txt"
    note.write_text(
        "Quillbeck fostering panel note\n\n"
        "Minutes of the meeting held on 18 March 2021 at Quillbeck Town Hall.\n\n"
        "The Quillbeck fostering panel raised the zephyrine allowance for kinship carers "
        "to 417 pounds a week from April.\n",
        encoding="utf-8",
    )
    status = upload(page, note)
    assert "Indexed 1 file" in status and "Not indexed" not in status
    ask(page, "How much is the zephyrine allowance for kinship carers?")
    assert "zephyrine" in page.inner_text("#sources")
    assert "zephyrine" in last_answer(page).inner_text() or "Possibly related" in page.inner_text("#sources")
    dates = page.eval_on_selector_all(
        f"{SHOWN} article",
        """(cards) => cards.filter((c) => c.querySelector('h3').textContent.includes('Quillbeck'))
          .map((c) => Array.from(c.querySelectorAll('dt')).find((d) => d.textContent === 'Date')
                        .nextElementSibling.textContent)""",
    )
    assert dates and set(dates) == {"18 March 2021"}  # its date, read from its text
    # The other page learns of the new document by itself: the count and the document list.
    other.wait_for_function(
        "(n) => document.querySelector('#index-status').textContent.trim().startsWith(String(n))",
        arg=count + 1,
        timeout=60_000,
    )
    other.locator("#side-tabs button[role=tab]", has_text="Document").click()
    other.click("#doc-pick input")
    other.keyboard.type("Quillbeck", delay=20)
    assert other.locator("[role=option]", has_text="Quillbeck fostering panel note").count() >= 1
    other.context.close()


def test_rejected_upload_says_why(page: Any, tmp_path: Path) -> None:
    fake = tmp_path / "not-really.pdf"
    fake.write_bytes(b"<html><body>this is not a PDF</body></html>")
    status = upload(page, fake)
    assert "Not indexed" in status and "%PDF" in status


def test_hostile_document_is_shown_as_text(page: Any, tmp_path: Path) -> None:
    clear_chat(page)
    hostile = tmp_path / "marrowfield-note.txt"
    script, img = "<script>window.__xss=1</script>", '<img src=x onerror="window.__xss=2">'
    hostile.write_text(
        f"Marrowfield note {script}\n\n"
        f"The Marrowfield safeguarding review says {script} and {img} were found in the Marrowfield "
        "case recording system.\n",
        encoding="utf-8",
    )
    assert "Indexed 1 file" in upload(page, hostile)
    ask(page, "What did the Marrowfield safeguarding review find?")
    sources = page.inner_text("#sources")
    assert script in sources and img in sources  # the document's text, shown literally
    if "Marrowfield" in last_answer(page).inner_text():  # quoted in the answer: literally there too
        assert script in last_answer(page).inner_text() or img in last_answer(page).inner_text()
    assert page.evaluate("() => typeof window.__xss") == "undefined"
    page.locator(f"{SHOWN} article.source button.open-doc").first.click()
    page.wait_for_selector("#viewer .doc-text")
    viewer = page.inner_text("#viewer")
    assert script in viewer and img in viewer
    assert page.evaluate("() => typeof window.__xss") == "undefined"
    assert page.locator("img[src=x]").count() == 0
    assert page.locator("#sources script, #viewer script, #chat script").count() == 0


TRAFFORD = (
    "Inspection of Trafford local authority children’s services\n\n"
    "Inspection dates: 4 to 8 March 2019\n\nLead inspector: Ann Smith HMI\n\n"
    "Judgement Grade\n\nOverall effectiveness Inadequate\n\nLeaders had not acted on the backlog.\n"
)
TABLE_QUESTION = "Which councils were rated inadequate in 2019?"


def test_judgement_question_is_answered_with_a_table(page: Any, tmp_path: Path, shots: Path) -> None:
    clear_chat(page)
    report = tmp_path / "trafford-inspection.txt"
    report.write_text(TRAFFORD, encoding="utf-8")
    assert "Indexed 1 file" in upload(page, report)
    ask(page, TABLE_QUESTION)
    table = last_answer(page).locator("table.judgements")
    assert table.count() == 1
    header = table.locator("th").all_inner_texts()
    assert header[:3] == ["Council", "Inspection", "Overall effectiveness"]
    assert "Trafford" in table.locator("tbody").inner_text()
    assert table.locator("a.cite").count() >= 1
    # The rows as the report words them, one click away.
    last_answer(page).locator("details.quoted-rows summary").click()
    assert "Overall effectiveness Inadequate" in last_answer(page).locator("details.quoted-rows").inner_text()
    page.screenshot(path=str(shots / "judgements.png"))
    # The table downloads as CSV.
    with page.expect_download() as download:
        page.click("#table-csv")
    rows = Path(download.value.path()).read_text(encoding="utf-8").splitlines()
    assert rows[0] == "council,inspection_start,inspection_end,published,grade_or_quote,page,url"
    assert any("Trafford" in row for row in rows[1:])


def _words_broken(page: Any, selector: str) -> list[str]:
    """Words of the cells under ``selector`` split over two lines ("Inadeq/uate"; at a hyphen is fine)."""
    return list(
        page.eval_on_selector_all(
            selector,
            """(cells) => cells.flatMap((cell) => {
              const out = [];
              const walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
              for (let node = walk.nextNode(); node; node = walk.nextNode()) {
                for (const m of node.textContent.matchAll(/[^\\s-]+/g)) {  // a hyphen may end a line
                  const r = document.createRange();
                  r.setStart(node, m.index);
                  r.setEnd(node, m.index + m[0].length);
                  const tops = new Set(Array.from(r.getClientRects()).map((q) => Math.round(q.top)));
                  if (tops.size > 1) out.push(m[0]);
                }
              }
              return out;
            })""",
        )
    )


def test_phone_layout(phone: Any, shots: Path) -> None:
    ask(phone, STOKE_QUESTION)
    # The answer is in the page's own scroll: the chat box grows with it, nothing scrolls inside it.
    assert phone.evaluate(
        """() => Array.from(document.querySelectorAll('#chat *')).every(
              (e) => e.scrollHeight <= e.clientHeight + 2 || getComputedStyle(e).overflowY === 'visible'
                     || getComputedStyle(e).overflowY === 'hidden')"""
    )
    assert phone.evaluate("() => document.documentElement.scrollHeight > window.innerHeight")
    # One tap on an [n] brings its source card into view, just below the answer.
    marker = last_answer(phone).locator("a.cite").first
    n = marker.inner_text().strip("[]")
    marker.tap()
    phone.wait_for_function(f"() => document.querySelector('#source-1-{n}').classList.contains('flash')")
    phone.wait_for_timeout(800)  # the smooth scroll
    assert in_viewport(phone, f"#source-1-{n}")
    chat_bottom = phone.eval_on_selector("#chat", "(e) => e.getBoundingClientRect().bottom + window.scrollY")
    filters_top = phone.eval_on_selector("#filters", "(e) => e.getBoundingClientRect().top + window.scrollY")
    card_top = phone.eval_on_selector(
        f"#source-1-{n}", "(e) => e.getBoundingClientRect().top + window.scrollY"
    )
    assert chat_bottom < card_top < filters_top  # the sources come before the filters
    phone.screenshot(path=str(shots / "phone.png"))
    # "Back to the answer" returns to the marker
    phone.locator(f"#source-1-{n} a.back-to-answer").tap()
    phone.wait_for_timeout(800)
    assert in_viewport(phone, f"#chat a.cite[href='#source-1-{n}']")
    # A table keeps its words whole (the Trafford report was uploaded by an earlier test).
    clear_chat(phone)
    ask(phone, TABLE_QUESTION)
    assert last_answer(phone).locator("table.judgements").count() == 1
    assert _words_broken(phone, "#chat table.judgements td, #chat table.judgements th") == []
    phone.screenshot(path=str(shots / "phone-table.png"))


def test_api_endpoints_with_gradio_client(server: Server) -> None:
    client = gradio_client.Client(server.url, verbose=False)
    names = set(client.view_api(print_info=False, return_format="dict")["named_endpoints"])
    assert names == {"/ask", "/search"}
    out = client.predict(
        question="Which council hired a clinical psychologist as a life coach?",
        council="Warrington",
        api_name="/ask",
    )
    assert out["answered"] and out["citations"]
    assert "[1]" in out["plain_text"] and "Sources:" in out["plain_text"]
    assert {c["authority"] for c in out["citations"]} == {"Warrington"}
    hits = client.predict(query="supervision", k=3, council="Stoke", api_name="/search")
    assert len(hits) == 3 and {h["authority"] for h in hits} == {"Stoke-on-Trent"}
    with pytest.raises(Exception, match="Narnia"):
        client.predict(question="supervision", council="Narnia", api_name="/ask")


def test_startup_to_first_answer(server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    """With the index built, a fresh process answers its first question quickly."""
    server.stop()
    started = server.start()
    server.wait_until_up(timeout=120)
    client = gradio_client.Client(server.url, verbose=False)
    out = client.predict(question=STOKE_QUESTION, api_name="/ask")
    seconds = time.monotonic() - started
    with capsys.disabled():
        load = os.getloadavg()[0]
        print(
            f"\nassistant ui: process start to first answer served: {seconds:.1f} s "
            f"(load average {load:.1f} on {os.cpu_count()} CPUs)"
        )
    assert out["citations"]
    assert seconds < STARTUP_LIMIT
