"""Reads an iCalendar file with the `icalendar` package (a real RFC 5545 parser, not
Kakehashi's writer) and prints its events as JSON, times converted to a time zone.

    python3 tests/read_ics.py FILE.ics Asia/Tokyo

Used by tests/calendar_ics.rs and tests/e2e/kickoff_calendar.test.mjs; installed by
scripts/ensure-tools.sh test.
"""
import json
import sys
from zoneinfo import ZoneInfo

import icalendar

with open(sys.argv[1], 'rb') as f:
    raw = f.read()
calendar = icalendar.Calendar.from_ical(raw)
zone = ZoneInfo(sys.argv[2])
events = []
for event in calendar.walk('VEVENT'):
    start = event.decoded('DTSTART')
    end = event.decoded('DTEND')
    events.append({
        'uid': str(event.get('UID')),
        'summary': str(event.get('SUMMARY')),
        'description': str(event.get('DESCRIPTION', '')),
        'location': str(event.get('LOCATION', '')),
        'sequence': int(event.get('SEQUENCE', 0)),
        'dtstamp': event.decoded('DTSTAMP').isoformat(),
        'start': start.astimezone(zone).strftime('%Y-%m-%dT%H:%M'),
        'end': end.astimezone(zone).strftime('%Y-%m-%dT%H:%M'),
    })
lines = raw.split(b'\r\n')
print(json.dumps({
    'name': str(calendar.get('X-WR-CALNAME', '')),
    'events': events,
    'longest_line': max(len(line) for line in lines),
    'crlf_only': b'\n' not in raw.replace(b'\r\n', b''),
}, ensure_ascii=False))
