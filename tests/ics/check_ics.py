#!/usr/bin/env python3
"""Independent check of `stratege-cli ics`: an .ics parsed by Python's
`icalendar` package (not our writer) must hold the same events, dates, times
and texts as the CSV export of the same file.

The fixture is the sample strategy with a few content items rewritten (through
SQLite, the .strategy format) to carry accents, commas, semicolons, quotes,
backslashes, newlines and long titles, and dates on a DST change, a leap day
and a year end.

Usage: python3 tests/ics/check_ics.py [path/to/stratege-cli]
(default: target/debug/stratege-cli, built first with `cargo build -p stratege-cli`).
"""
import csv
import datetime as dt
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

ROOT = Path(__file__).resolve().parents[2]
CLI = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "target" / "debug" / "stratege-cli"
ZONE = "Europe/Paris"

TRICKY = [
    # (title, brief, date, time)
    ("Brunch, œufs; «pain» \\ four", "Ligne 1\nLigne 2, avec virgule; et point-virgule", "2026-03-29", "12:30"),
    ("Fête des crêpes — « Chandeleur » " + "très long titre " * 6, "Éèàç ÂÊÎÔÛ ñ 🥐", "2028-02-29", None),
    ("Réveillon\nà minuit", "\"Guillemets\" et 'apostrophes'", "2026-12-31", "23:45"),
    ("Heure d'hiver", "", "2026-10-25", "02:30"),
]


def run(*args: str) -> None:
    done = subprocess.run([str(CLI), *args], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"stratege-cli {' '.join(args)} failed: {done.stderr}")


def make_fixture(folder: Path) -> Path:
    path = folder / "fixture.strategy"
    run("sample", "-o", str(path))
    with sqlite3.connect(path) as db:
        ids = [row[0] for row in db.execute("SELECT id FROM content_items ORDER BY position LIMIT ?", (len(TRICKY),))]
        for item_id, (title, brief, date, time) in zip(ids, TRICKY):
            db.execute(
                "UPDATE content_items SET title = ?, brief = ?, date = ?, time = ? WHERE id = ?",
                (title, brief, date, time, item_id),
            )
    return path


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        fixture = make_fixture(folder)
        run("ics", str(fixture), "-o", str(folder / "out.ics"), "--tz", ZONE, "--lang", "fr")
        run("csv", str(fixture), "-o", str(folder / "out.csv"), "--lang", "fr")
        raw = (folder / "out.ics").read_bytes()
        for line in raw.split(b"\r\n"):
            assert len(line) <= 75, f"line longer than 75 octets: {line!r}"
        calendar = icalendar.Calendar.from_ical(raw)
        events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
        with open(folder / "out.csv", newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        dated = [r for r in rows if r["date"]]
        assert len(events) == len(dated), f"{len(events)} events for {len(dated)} dated items"
        zone = ZoneInfo(ZONE)
        for row in dated:
            event = events[f"{row['id']}@stratege"]
            title = row["titre"].strip() or "Sans titre"
            assert str(event["SUMMARY"]) == title, (str(event["SUMMARY"]), title)
            start = event["DTSTART"].dt
            day = dt.date.fromisoformat(row["date"])
            if row["heure"]:
                hour, minute = map(int, row["heure"].split(":"))
                expected = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=zone)
                # A time on the night clocks go back is ambiguous: the first one (fold=0).
                assert start.tzinfo is not None and start.astimezone(dt.timezone.utc) == expected.astimezone(dt.timezone.utc), (
                    row["id"], start, expected)
            else:
                assert start == day and not isinstance(start, dt.datetime), (row["id"], start)
                assert event["DTEND"].dt == day + dt.timedelta(days=1)
            if row["brief"].strip():
                assert str(event["DESCRIPTION"]).startswith(row["brief"].strip()), row["id"]
        for title, brief, _, _ in TRICKY:
            assert any(str(e["SUMMARY"]) == title.strip() for e in events.values()), f"lost: {title!r}"
        print(f"check_ics: {len(events)} events parsed by icalendar {icalendar.__version__} match the CSV")
    return 0


if __name__ == "__main__":
    sys.exit(main())
