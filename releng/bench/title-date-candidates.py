#!/usr/bin/env python3
"""Prints, for each page of the extraction benchmark, the title and date candidates side by side
(h1/h2 headings, og:title, <title>, og:site_name, meta and JSON-LD dates, <time> elements, date-like
strings in the visible text right after the first h1, the URL), so that an annotator can decide the
gold headline and publication date by reading. It decides nothing itself.

Usage: title-date-candidates.py BENCHMARK_DIR [ID_PREFIX ...]
"""
import gzip
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATE_LIKE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+" + MONTHS + r",?\s+\d{4}\b"
    r"|\b" + MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b"
    r"|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b"
    r"|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b"
    r"|\b\d{1,2}\.\s*[A-Za-zäöüéèûç]+\s+\d{4}\b"
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|\b\d{1,2}\s+(?:de\s+)?[a-zçãéíóú]+\s+(?:de\s+)?\d{4}\b", re.IGNORECASE)


class Candidates(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.skip = 0
        self.headings = []
        self.current = None
        self.metas = []
        self.times = []
        self.time_open = None
        self.title = ""
        self.in_title = False
        self.jsonld = []
        self.in_jsonld = False
        self.text_after_h1 = []
        self.seen_h1 = False
        self.after_chars = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style", "noscript"):
            self.skip += 1
            if tag == "script" and (a.get("type") or "").lower() == "application/ld+json":
                self.in_jsonld = True
                self.jsonld.append("")
        if tag == "title":
            self.in_title = True
        if tag == "meta":
            key = a.get("property") or a.get("name") or a.get("itemprop")
            if key and a.get("content") is not None:
                self.metas.append((key.lower(), a["content"]))
        if tag in ("h1", "h2") and self.current is None:
            self.current = [tag, "", " ".join(filter(None, [a.get("class"), a.get("itemprop")]))]
        if tag == "time":
            self.time_open = [a.get("datetime") or a.get("content") or "", ""]
        if tag != "meta" and a.get("itemprop") in ("datePublished", "dateCreated") and a.get("content"):
            self.metas.append(("itemprop-element:" + a["itemprop"].lower(), a["content"]))

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript"):
            self.skip = max(0, self.skip - 1)
            self.in_jsonld = False
        if tag == "title":
            self.in_title = False
        if self.current is not None and tag == self.current[0]:
            self.headings.append((self.current[0], " ".join(self.current[1].split()), self.current[2]))
            if self.current[0] == "h1":
                self.seen_h1 = True
            self.current = None
        if tag == "time" and self.time_open is not None:
            self.times.append((self.time_open[0], " ".join(self.time_open[1].split())))
            self.time_open = None

    def handle_data(self, data):
        if self.in_jsonld:
            self.jsonld[-1] += data
        if self.skip:
            return
        if self.in_title:
            self.title += data
        if self.current is not None:
            self.current[1] += data
        if self.time_open is not None:
            self.time_open[1] += data
        if self.seen_h1 and self.after_chars < 1500 and data.strip():
            self.text_after_h1.append(data.strip())
            self.after_chars += len(data)


def main():
    folder = Path(sys.argv[1])
    prefixes = sys.argv[2:]
    gold = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id in sorted(gold):
        if prefixes and not any(page_id.startswith(p) for p in prefixes):
            continue
        text = gzip.decompress((folder / "html" / (page_id + ".html.gz")).read_bytes()).decode("utf-8", "replace")
        c = Candidates()
        c.feed(text)
        print("=" * 100)
        print("ID   ", page_id, "(held-out)" if page_id[0] in "cdef" else "(dev)")
        print("URL  ", gold[page_id]["url"])
        print("TITLE", " ".join(c.title.split()))
        for key, value in c.metas:
            if key in ("og:title", "twitter:title", "og:site_name", "headline") or "date" in key or "time" in key \
                    or key in ("pubdate", "publishdate", "sailthru.date", "parsely-pub-date"):
                print("META ", key, "=", " ".join(value.split())[:200])
        for block in c.jsonld:
            for key in ("headline", "datePublished", "dateCreated", "dateModified"):
                for m in re.finditer('"' + key + r'"\s*:\s*"((?:[^"\\]|\\.)*)"', block):
                    print("LD   ", key, "=", html.unescape(m.group(1))[:200])
        for tag, value, cls in c.headings[:6]:
            print("HEAD ", tag, repr(value[:200]), cls[:60])
        for dt, value in c.times[:5]:
            print("TIME ", repr(dt), repr(value[:80]))
        after = " | ".join(c.text_after_h1)[:1500]
        dates = [m.group(0) for m in DATE_LIKE.finditer(after)][:6]
        print("AFTER", after[:300])
        print("DATES", dates)
        print("BODY ", gold[page_id]["articleBody"][:150].replace("\n", " / "))


if __name__ == "__main__":
    main()
