#!/usr/bin/env python3
"""Checks a built site's agenda with the libraries calendar programs and crawlers use.

- icalendar (the parser behind many calendar tools): every .ics file parses; it is
  VERSION 2.0 with a PRODID, and a VTIMEZONE for every TZID it uses; its lines end in CRLF
  and are at most 75 bytes; each VEVENT has a UID, a DTSTAMP, a DTSTART, a SUMMARY and a
  URL that is the event's page. An event's own file and the calendar of every event give it
  the same UID and times; no two events share a UID.
- extruct: each event page holds a schema.org Event whose name, startDate and endDate match
  its calendar file (the same instants), with an eventAttendanceMode, an organizer, and a
  location: a Place with an address, a VirtualLocation with a url, or both (mixed).
- The agenda's feed lists the events the agenda pages list, in their order.

Usage: check_agenda.py OUTPUT_DIR [AGENDA_WORD]
Prints 'N passed, N failed' at the end and exits non-zero on any failure.
"""
import datetime
import re
import sys
from pathlib import Path

import extruct
import feedparser
import icalendar

passed = 0
failed = 0


def check(condition, message):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print(f"FAIL: {message}")


def instant(value):
    """A date-time as an aware UTC datetime; a date as itself."""
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.timezone.utc)
    return value


def parse_iso(text):
    if "T" not in text:
        return datetime.date.fromisoformat(text)
    return datetime.datetime.fromisoformat(text).astimezone(datetime.timezone.utc)


def read_calendar(path, name):
    raw = path.read_bytes()
    lines = raw.split(b"\r\n")
    check(raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""), f"{name}: every line ends in CRLF")
    check(all(len(line) <= 75 for line in lines), f"{name}: no line is longer than 75 bytes")
    calendar = icalendar.Calendar.from_ical(raw)
    check(str(calendar.get("VERSION")) == "2.0" and calendar.get("PRODID"), f"{name}: VERSION 2.0 and a PRODID")
    zones = {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")}
    events = {}
    for event in calendar.walk("VEVENT"):
        uid = str(event.get("UID", ""))
        for key in ["UID", "DTSTAMP", "DTSTART", "SUMMARY", "URL"]:
            check(event.get(key) is not None, f"{name}: {uid} has {key}")
        start = event.get("DTSTART")
        if start is not None and "TZID" in start.params:
            check(start.params["TZID"] in zones, f"{name}: {uid}'s time zone {start.params['TZID']} is defined")
        check(uid not in events, f"{name}: the UID {uid} is used once")
        events[uid] = event
    return events


def main(out, word):
    agenda = out / word
    if not agenda.is_dir():
        print(f"no agenda in {out}")
        return
    everything = read_calendar(agenda / f"{word}.ics", f"{word}/{word}.ics")
    pages = sorted(p for p in agenda.glob("*/index.html") if not p.parent.name.isdigit())
    check(len(pages) == len(everything), f"the agenda's calendar holds every event ({len(everything)} of {len(pages)})")
    for page in pages:
        slug = page.parent.name
        name = f"{word}/{slug}"
        own = read_calendar(page.parent / f"{slug}.ics", f"{name}/{slug}.ics")
        check(len(own) == 1, f"{name}: its calendar file holds one event")
        if len(own) != 1:
            continue
        uid, event = next(iter(own.items()))
        check(uid in everything, f"{name}: the agenda's calendar has its UID {uid}")
        if uid in everything:
            for key in ["DTSTART", "DTEND", "SUMMARY"]:
                check(str(everything[uid].get(key)) == str(event.get(key)) and
                      instant(everything[uid].decoded(key, None)) == instant(event.decoded(key, None)),
                      f"{name}: its {key} is the same in both calendar files")
        check(str(event["URL"]).endswith(f"/{word}/{slug}/"), f"{name}: the calendar's URL is its page")

        html = page.read_text(encoding="utf-8")
        data = extruct.extract(html, syntaxes=["json-ld"], uniform=True)["json-ld"]
        found = [item for item in data if item.get("@type") == "Event"]
        check(len(found) == 1, f"{name}: the page holds one schema.org Event")
        if not found:
            continue
        item = found[0]
        check(item.get("name") == str(event["SUMMARY"]), f"{name}: the Event's name is the calendar's SUMMARY")
        check(parse_iso(item.get("startDate", "")) == instant(event.decoded("DTSTART")),
              f"{name}: startDate {item.get('startDate')} is the calendar's DTSTART {event.decoded('DTSTART')}")
        if "DTEND" in event and isinstance(event.decoded("DTEND"), datetime.datetime):
            check(parse_iso(item.get("endDate", "")) == instant(event.decoded("DTEND")),
                  f"{name}: endDate {item.get('endDate')} is the calendar's DTEND")
        mode = item.get("eventAttendanceMode", "")
        locations = item.get("location")
        locations = locations if isinstance(locations, list) else [locations]
        kinds = {location.get("@type") for location in locations if isinstance(location, dict)}
        check(kinds and kinds <= {"Place", "VirtualLocation"}, f"{name}: its location is a Place or VirtualLocation")
        for location in locations:
            if location.get("@type") == "Place":
                check(location.get("address"), f"{name}: the Place has an address")
            if location.get("@type") == "VirtualLocation":
                check(re.match(r"^https?://", location.get("url", "")), f"{name}: the VirtualLocation has a url")
        expected = {"Place": "Offline", "VirtualLocation": "Online"}
        want = "Mixed" if len(kinds) == 2 else expected.get(next(iter(kinds), ""), "?")
        check(mode == f"https://schema.org/{want}EventAttendanceMode", f"{name}: attendance mode {mode} is {want}")
        check(isinstance(item.get("organizer"), dict) and item["organizer"].get("name"), f"{name}: an organizer")
        check(item.get("eventStatus") == "https://schema.org/EventScheduled", f"{name}: the status is given")

    # The feed: the events of the agenda's pages, in their order, as many as every feed of the
    # site holds at most (site.yaml's feedItems: the longest feed has that many).
    canonical = re.search(r'<link rel="canonical" href="https?://[^/]+(/[^"]*)">', (agenda / "index.html").read_text())
    base = canonical.group(1)[: -len(f"{word}/")] if canonical else "/"
    listed = []
    page = agenda / "index.html"
    while page:
        html = page.read_text(encoding="utf-8")
        listed += re.findall(r'<li class="event-item[^"]*">\s*<h3 class="card-title"><a href="([^"]+)">', html)
        following = re.search(r'<a href="([^"]+)" rel="next">', html)
        page = out / following.group(1)[len(base):] / "index.html" if following else None
    feed = feedparser.parse((agenda / "feed.xml").read_bytes())
    check(not feed.bozo, f"{word}/feed.xml parses cleanly ({feed.get('bozo_exception')})")
    most = max(len(feedparser.parse(path.read_bytes()).entries) for path in out.rglob("feed.xml"))
    got = ["/" + entry.link.split("/", 3)[3] for entry in feed.entries]
    check(got == listed[: min(len(listed), most)],
          f"{word}/feed.xml items {got} are the agenda's first {most} events {listed}, in order")
    print(f"checked {len(pages)} events, their calendar files and the agenda's feed")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "agenda")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
