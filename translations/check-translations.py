#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a Qt Linguist catalogue is less than complete enough: more than MAX_UNFINISHED of
its current messages unfinished or empty, a plural message without the forms its language has,
or a translation that drops a %1/%n place marker its source has.

usage: check-translations.py [--max-unfinished 0.05] FILE.ts...
"""
import re
import sys
import xml.etree.ElementTree as ET

# Plural forms per language as Qt counts them (lupdate's numerus rules).
PLURAL_FORMS = {"de": 2, "zh": 1}


def markers(text):
    return sorted(set(re.findall(r"%(?:n|L?\d+)", text or "")))


def check(path, max_unfinished):
    root = ET.parse(path).getroot()
    language = root.get("language", "")
    forms = PLURAL_FORMS.get(language.split("_")[0])
    total = unfinished = 0
    problems = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("obsolete", "vanished"):
                continue
            total += 1
            source = message.findtext("source") or ""
            if message.get("numerus") == "yes":
                texts = [f.text or "" for f in translation.findall("numerusform")]
                if forms is not None and len(texts) != forms:
                    problems.append(f"{name}: '{source}': {len(texts)} plural forms, {language} has {forms}")
            else:
                texts = [translation.text or ""] if translation is not None else [""]
            if kind == "unfinished" or not all(t.strip() for t in texts):
                unfinished += 1
                continue
            for t in texts:
                want = [m for m in markers(source) if m != "%n" or message.get("numerus") == "yes"]
                lost = [m for m in want if m not in markers(t)]
                # A plural form for exactly one may say "one" in words instead of %n.
                if lost and not (lost == ["%n"] and len(texts) > 1 and t is texts[0]):
                    problems.append(f"{name}: '{source}' -> '{t}' drops {', '.join(lost)}")
    share = unfinished / total if total else 1.0
    print(f"{path}: {total} messages, {unfinished} unfinished ({share:.1%})")
    if total == 0:
        problems.append("no messages: run the update_translations target")
    if share > max_unfinished:
        problems.append(f"{share:.1%} unfinished, more than {max_unfinished:.0%}")
    for p in problems:
        print(f"{path}: {p}", file=sys.stderr)
    return not problems


def main():
    args = sys.argv[1:]
    max_unfinished = 0.05
    if args[:1] == ["--max-unfinished"]:
        max_unfinished = float(args[1])
        args = args[2:]
    if not args:
        sys.exit(__doc__.strip().splitlines()[-1])
    ok = all([check(path, max_unfinished) for path in args])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
