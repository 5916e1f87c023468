#!/usr/bin/python3
"""Runs Debian's wapiti 3.0.4 with two fixes. Arguments are wapiti's own.

1. `-x URL` (exclude from the scan) crashes wapiti 3.0.4 at start-up under Python 3.11: it compiles
   each pattern as `pattern + r'\\Z(?ms)'`, and Python 3.11 refuses global flags that are not at the
   start of an expression ("re.error: global flags not at the start of the expression"). The
   replacement is the same translation (`*` a wildcard, the rest literal) with the flags in front.

2. --max-attack-time is checked only between two resources, and the permanentxss module can spend
   minutes of CPU on one page: for every copy of a marked value it finds there, get_context_list
   serialises every node of the page (quadratic in the page's size), and the other modules' payloads,
   stored as decisions, make the pages that list decisions large (a 220 kB account page kept it busy
   for over two minutes). Payload generation is therefore cut off (SIGALRM) when the module's time
   share is used up and then returns no payloads, so the module leaves the page and the share holds.
"""

import re
import signal
import sys
import time

import wapitiCore.attack.mod_permanentxss as permanentxss
import wapitiCore.net.crawler as crawler
from wapitiCore.main.wapiti import wapiti_main


def wildcard_translate(pattern):
    return re.compile("(?ms)" + "".join(".*" if c == "*" else re.escape(c) for c in pattern) + r"\Z")


crawler.wildcard_translate = wildcard_translate


def option_value(name, default):
    args = sys.argv[1:]
    for i, arg in enumerate(args):
        if arg == name and i + 1 < len(args):
            return float(args[i + 1])
        if arg.startswith(name + "="):
            return float(arg.split("=", 1)[1])
    return default


share = option_value("--max-attack-time", 0.0)  # 0: no share, as in wapiti
deadline = None
original_attack = permanentxss.mod_permanentxss.attack
original_generate_payloads = permanentxss.generate_payloads


def attack(self):
    global deadline
    deadline = time.monotonic() + share if share >= 1 else None
    yield from original_attack(self)


class OutOfTime(Exception):
    pass


def out_of_time(signum, frame):
    raise OutOfTime()


def generate_payloads(html_code, code, payload_file):
    if deadline is None:
        return original_generate_payloads(html_code, code, payload_file)
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        return []
    # wapiti runs its attacks in the main thread, where Python delivers signals.
    previous = signal.signal(signal.SIGALRM, out_of_time)
    signal.setitimer(signal.ITIMER_REAL, remaining)
    try:
        return original_generate_payloads(html_code, code, payload_file)
    except OutOfTime:
        return []
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


permanentxss.mod_permanentxss.attack = attack
permanentxss.generate_payloads = generate_payloads

if __name__ == "__main__":
    sys.argv[0] = "wapiti"
    sys.exit(wapiti_main())
