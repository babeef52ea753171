#!/usr/bin/env python3
"""Adds N events to a site's content/agenda/, for the synthetic site the tests check: timed,
all-day and several-day events, at a place, online or both, with the site's themes and
keywords, half before today and half after (so the agenda has both, whenever it runs).

Usage: add_events.py CONTENT_DIR N
"""
import datetime
import random
import sys
from pathlib import Path

import yaml


def main(content, count):
    themes = [theme["name"] for theme in yaml.safe_load((content / "themes.yaml").read_text(encoding="utf-8"))]
    keywords = sorted({str(keyword) for path in sorted((content / "nieuws").glob("*.md"))[:50]
                       for keyword in yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1]).get("keywords")
                       or []})
    folder = content / "agenda"
    folder.mkdir(exist_ok=True)
    rng = random.Random(7)
    today = datetime.date.today()
    places = ["Jaarbeurs, Jaarbeursplein 6, Utrecht", "Buurthuis De Linde, Lindelaan 1, Zwolle",
              "Stadhuis, Coolsingel 40, Rotterdam"]
    for number in range(1, count + 1):
        day = today + datetime.timedelta(days=(number - count // 2) * 6)
        kind = number % 4
        lines = [f"title: \"Bijeenkomst {number:03d} over {rng.choice(themes) if themes else 'de jeugdzorg'}\""]
        if kind == 0:
            lines.append(f"start: {day.isoformat()}")
        elif kind == 1:
            lines += [f"start: {day.isoformat()}", f"end: {(day + datetime.timedelta(days=2)).isoformat()}"]
        else:
            offset = "+02:00" if 4 <= day.month <= 9 else "+01:00"
            lines += [f"start: {day.isoformat()}T19:30:00{offset}", f"end: {day.isoformat()}T21:00:00{offset}"]
        if number % 3 != 1:
            lines.append(f"location: \"{rng.choice(places)}\"")
        if number % 3 != 2:
            lines.append(f"online: https://example.org/live/{number}")
        if number % 5 == 0:
            lines.append(f"registration: https://example.org/aanmelden/{number}")
        lines.append(f"summary: Een avond om samen te praten, nummer {number}.")
        if themes:
            lines.append(f"themes: [\"{rng.choice(themes)}\"]")
        if keywords:
            lines.append("keywords: [" + ", ".join(f'"{k}"' for k in rng.sample(keywords, min(2, len(keywords)))) + "]")
        body = "Kom langs, of kijk online mee.\n\n## Programma\n\n- Ontvangst\n- Gesprek\n- Afsluiting\n"
        (folder / f"bijeenkomst-{number:03d}.md").write_text("---\n" + "\n".join(lines) + "\n---\n\n" + body,
                                                             encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
