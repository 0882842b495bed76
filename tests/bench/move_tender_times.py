#!/usr/bin/env python3
"""Moves a tender's times in a SQLite database as the clock would, for the benchmarks: published
20 days ago, clarifications closed 10 days ago, the bid deadline and the opening SECONDS from now
(negative: in the past). Usage: move_tender_times.py DATABASE REFERENCE SECONDS"""
import datetime
import sqlite3
import sys

database, reference, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3])
now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
iso = lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")
db = sqlite3.connect(database)
db.execute("UPDATE tenders SET published_at = ?, clarification_deadline = ?, bid_deadline = ?,"
           " opening_at = ? WHERE reference = ?",
           (iso(now - datetime.timedelta(days=20)), iso(now - datetime.timedelta(days=10)),
            iso(now + datetime.timedelta(seconds=seconds)),
            iso(now + datetime.timedelta(seconds=seconds)), reference))
db.commit()
