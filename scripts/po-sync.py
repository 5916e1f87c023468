#!/usr/bin/env python3
"""Merge translation entries into locales/da.po and locales/en.po.

Usage: scripts/po-sync.py FILE.py [...]  where each FILE.py defines T = {key: (danish, english)}.
Existing keys are updated, new keys appended; the catalogues stay sorted by key so diffs stay small.
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = (
    'msgid ""\nmsgstr ""\n"Project-Id-Version: forkant\\n"\n"PO-Revision-Date: 2026-11-26\\n"\n'
    '"Last-Translator: forkant\\n"\n"Language-Team: forkant\\n"\n"Language: {lang}\\n"\n"MIME-Version: 1.0\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n'
)


def esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def unesc(s):
    return s.replace("\\n", "\n").replace('\\"', '"').replace("\\\\", "\\")


def read(path):
    entries = {}
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    for m in re.finditer(r'msgid "((?:[^"\\]|\\.)+)"\nmsgstr "((?:[^"\\]|\\.)*)"', text):
        entries[unesc(m.group(1))] = unesc(m.group(2))
    return entries


def write(path, lang, entries):
    out = [HEADER.format(lang=lang)]
    for k in sorted(entries):
        out.append(f'\nmsgid "{esc(k)}"\nmsgstr "{esc(entries[k])}"\n')
    path.write_text("".join(out), encoding="utf-8")


def main():
    da, en = read(ROOT / "locales/da.po"), read(ROOT / "locales/en.po")
    for f in sys.argv[1:]:
        ns = {}
        exec(Path(f).read_text(encoding="utf-8"), ns)
        for k, (d, e) in ns["T"].items():
            da[k], en[k] = d, e
    write(ROOT / "locales/da.po", "da", da)
    write(ROOT / "locales/en.po", "en", en)


if __name__ == "__main__":
    main()
