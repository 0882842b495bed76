#!/usr/bin/env python3
"""What importing each OCDS sample into an empty database must give, worked out from the files
with Python's json module, independently of the importer: tenders, bids and awards created, the
warnings of the quirks it must survive (by code), or that the file must fail. Writes the CSV that
tst_ocdsimportsamples reads:

    tests/support/ocds_expected.py tests/data/ocds/samples > tests/data/ocds/samples/expected.csv

The rules are the importer's, as docs/import.md states them."""
import csv
import datetime
import json
import os
import re
import sys

CODES = ["duplicateRelease", "stringAmount", "emptyAmount", "currencyCase", "ocds10",
         "mergedRecord", "noOrganizationId"]


def parse_date(text):
    if not isinstance(text, str) or not text:
        return None
    try:
        t = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            t = datetime.datetime.fromisoformat(text[:10])
        except ValueError:
            return None
    if t.tzinfo is None:
        t = t.replace(tzinfo=datetime.timezone.utc)
    return t.astimezone(datetime.timezone.utc)


def text(v):
    if isinstance(v, bool) or v is None:
        return ""
    if isinstance(v, str):
        return v
    if isinstance(v, (int, float)):
        return str(v)
    return ""


class File:
    def __init__(self):
        self.warnings = {c: 0 for c in CODES}
        self.seen = set()
        self.stored = {}  # ocid -> date of the last applied release
        self.tenders = set()
        self.bids = set()
        self.awards = set()

    def warn(self, code):
        if code in self.warnings:
            self.warnings[code] += 1


NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


def money(value, sink):
    """True when the Value gives an amount the importer keeps."""
    if not isinstance(value, dict) or "amount" not in value:
        return False
    amount = value["amount"]
    if isinstance(amount, bool) or not isinstance(amount, (int, float, str)):
        return False
    if isinstance(amount, str):
        if amount.strip() == "":
            sink.warn("emptyAmount")
            return False
        sink.warn("stringAmount")
    currency = text(value.get("currency"))
    if currency and currency != currency.upper():
        sink.warn("currencyCase")
    number = amount.strip() if isinstance(amount, str) else repr(amount)
    if not NUMBER.match(number):
        return False
    return float(number) >= 0


class Release:
    """What the parser makes of one release object, with its warnings held back."""

    def __init__(self, r):
        self.r = r
        self.held = File()  # only its warnings are used
        self.ocid = text(r.get("ocid"))
        self.id = text(r.get("id"))
        self.date = parse_date(r.get("date"))
        parties = r.get("parties")
        self.has_parties = isinstance(parties, list)
        tender = r.get("tender")
        self.inline = "buyer" in r or (isinstance(tender, dict) and "procuringEntity" in tender)
        self.bids = []
        self.awards = []
        if isinstance(tender, dict):
            money(tender.get("value"), self.held)
            for lot in tender.get("lots") or []:
                if isinstance(lot, dict):
                    money(lot.get("value"), self.held)
        refs = []
        if "buyer" in r:
            refs.append(r["buyer"])
        elif isinstance(tender, dict) and "procuringEntity" in tender:
            refs.append(tender["procuringEntity"])
        bids = r.get("bids")
        if isinstance(bids, dict) and isinstance(bids.get("details"), list):
            for i, b in enumerate(bids["details"]):
                if not isinstance(b, dict):
                    continue
                ok = money(b.get("value"), self.held)
                tenderers = b.get("tenderers") if isinstance(b.get("tenderers"), list) else []
                refs.extend(tenderers)
                if tenderers and ok:
                    self.bids.append(text(b.get("id")) or "#%d" % (i + 1))
        awards = r.get("awards")
        if isinstance(awards, list):
            for i, a in enumerate(awards):
                if not isinstance(a, dict):
                    continue
                money(a.get("value"), self.held)
                if isinstance(a.get("suppliers"), list):
                    refs.extend(a["suppliers"])
                self.awards.append(text(a.get("id")) or "#%d" % (i + 1))
        for ref in refs:
            o = ref if isinstance(ref, dict) else {}
            ident = o.get("identifier") if isinstance(o.get("identifier"), dict) else {}
            has_identifier = text(ident.get("scheme")).strip() and text(ident.get("id")).strip()
            if not text(o.get("id")) and self.has_parties and not has_identifier:
                self.held.warn("noOrganizationId")


class Value:
    """One top-level value: the releases it gives, in order, and its warnings."""

    def __init__(self, d, sink):
        self.sink = sink
        self.warned10 = False
        if not isinstance(d, dict):
            raise ValueError("not an object")
        keys = set(d)
        if "compiledRelease" in keys or "versionedRelease" in keys or ("ocid" in keys and "releases" in keys):
            shape = "record"
        elif "records" in keys:
            shape = "record-package"
        elif "releases" in keys:
            shape = "release-package"
        elif "ocid" in keys:
            shape = "release"
        else:
            raise ValueError("not OCDS")
        self.shape = shape
        if shape.endswith("package"):
            version = d.get("version")
            if "version" not in d or text(version).startswith("1.0"):
                self.ocds10()
        self.releases = []
        if shape == "release":
            self.release(d)
        elif shape == "record":
            self.record(d)
        else:
            items = d[shape.split("-")[0] + "s"]
            if not isinstance(items, list):
                raise ValueError("not an array")
            for item in items:
                (self.record if shape == "record-package" else self.release)(item)

    def ocds10(self):
        if not self.warned10:
            self.warned10 = True
            self.sink.warn("ocds10")

    def take(self, rel):
        for code, n in rel.held.warnings.items():
            self.sink.warnings[code] += n
        if not rel.has_parties and rel.inline:
            self.ocds10()
        self.releases.append(rel)

    def release(self, r):
        if not isinstance(r, dict) or "ocid" not in r:
            raise ValueError("release without ocid")
        self.take(Release(r))

    def record(self, rec):
        if not isinstance(rec, dict):
            raise ValueError("record not an object")
        compiled = rec.get("compiledRelease")
        if "compiledRelease" in rec:
            if not isinstance(compiled, dict) or "ocid" not in compiled:
                raise ValueError("compiled without ocid")
            self.take(Release(compiled))
            return
        embedded = [Release(r) for r in rec.get("releases") or []
                    if isinstance(r, dict) and "ocid" in r] if isinstance(rec.get("releases"), list) else []
        if not embedded:
            raise ValueError("record without releases")
        embedded.sort(key=lambda e: (e.date is not None, e.date or datetime.datetime.min.replace(tzinfo=datetime.timezone.utc)))
        self.sink.warn("mergedRecord")
        for e in embedded:
            self.take(e)


def values_of(raw):
    """The top-level values of a file, back to back."""
    decoder = json.JSONDecoder()
    s = raw.decode("utf-8-sig")
    i = 0
    out = []
    while True:
        while i < len(s) and s[i] in " \t\r\n":
            i += 1
        if i >= len(s):
            return out
        v, i = decoder.raw_decode(s, i)
        out.append(v)


def expected(path):
    raw = open(path, "rb").read()
    f = File()
    try:
        values = values_of(raw)
        for v in values:
            value = Value(v, f)
            for rel in value.releases:
                if rel.id:
                    key = (rel.ocid, rel.id)
                    if key in f.seen:
                        f.warn("duplicateRelease")
                        continue
                    f.seen.add(key)
                if not rel.ocid.strip():
                    continue
                if rel.ocid in f.stored:
                    stored = f.stored[rel.ocid]
                    if stored is not None and rel.date is not None and rel.date < stored:
                        continue
                f.tenders.add(rel.ocid)
                f.stored[rel.ocid] = rel.date
                f.bids.update((rel.ocid, b) for b in rel.bids)
                f.awards.update((rel.ocid, a) for a in rel.awards)
    except ValueError:
        return "error", f
    if not f.seen and not f.tenders:
        return "nothing", f
    return "ok", f


def main(root):
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["file", "outcome", "tenders", "bids", "awards"] + CODES)
    for folder, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            if not name.endswith(".json"):
                continue
            path = os.path.join(folder, name)
            outcome, f = expected(path)
            counts = [len(f.tenders), len(f.bids), len(f.awards)] if outcome == "ok" else [0, 0, 0]
            out.writerow([os.path.relpath(path, root), outcome] + counts +
                         [f.warnings[c] for c in CODES])


if __name__ == "__main__":
    main(sys.argv[1])
