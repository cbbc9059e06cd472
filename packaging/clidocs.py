#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes godwit.1 and the bash completion from the CLI's own --help texts, so neither can drift
from the commands and options the binary really has.

usage: clidocs.py GODWIT_BINARY VERSION DATE MAN_OUT COMPLETION_OUT
       clidocs.py --check GODWIT_BINARY MAN COMPLETION
"""
import os
import re
import subprocess
import sys


def run_help(binary, *args):
    env = dict(os.environ, LC_ALL="C", LANG="C", LANGUAGE="")
    done = subprocess.run([binary, *args, "--help"], capture_output=True, text=True, env=env, check=True)
    return done.stdout


def commands(binary):
    """(name, summary) for every line under "Commands:" in `godwit --help`."""
    found, inside = [], False
    for line in run_help(binary).splitlines():
        if line.startswith("Commands:"):
            inside = True
        elif inside and not line.strip():
            break
        elif inside:
            name, _, summary = line.strip().partition(" ")
            found.append((name, summary.strip()))
    if not found:
        sys.exit("clidocs.py: no commands in 'godwit --help'")
    return found


def parse_command(text):
    """QCommandLineParser's help: usage line, description, Options: and Arguments: tables."""
    usage, description, sections, current = "", [], {"Options": [], "Arguments": []}, None
    for line in text.splitlines():
        if line.startswith("Usage: "):
            usage = line[len("Usage: "):].strip()
        elif line.rstrip(":") in sections and line.endswith(":"):
            current = sections[line.rstrip(":")]
        elif current is None:
            if line.strip():
                description.append(line.strip())
        elif re.match(r"^  \S", line):
            name, _, desc = _split(line)
            current.append([name, desc])
        elif line.strip() and current:
            current[-1][1] = (current[-1][1] + " " + line.strip()).strip()
    return usage, " ".join(description), sections["Options"], sections["Arguments"]


def _split(line):
    parts = re.split(r"\s{2,}", line.strip(), maxsplit=1)
    return parts[0], "", parts[1] if len(parts) > 1 else ""


def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text.startswith((".", "'")) else text


def option_words(name):
    """"-f, --format <format>" -> (["-f", "--format"], True)"""
    takes_value = "<" in name
    words = [w.strip() for w in re.sub(r"<[^>]*>", "", name).split(",")]
    return [w for w in words if w], takes_value


def write_man(binary, version, date, path):
    out = [
        f'.TH GODWIT 1 "{date}" "godwit {version}" "User Commands"',
        ".SH NAME",
        "godwit \\- a workbench for evolving SQLite schemas safely",
        ".SH SYNOPSIS",
        ".B godwit",
        ".RB [ \\-\\-mode",
        ".IR MODE ]",
        ".RI [ FILE ]",
        ".br",
        ".B godwit",
        ".RB [ \\-\\-verbose ]",
        ".I command",
        ".RI [ options ]",
        ".br",
        ".B godwit",
        ".RB \\-\\-help | \\-\\-version",
        ".SH DESCRIPTION",
        "With no command, \\fBgodwit\\fR opens its window, optionally on a SQLite database, an",
        ".I .sql",
        "script or a",
        ".I .godwit",
        "project (which opens with its comparison). \\fB\\-\\-mode\\fR \\fIMODE\\fR shows that mode once it can:",
        "schema, compare, plan, rehearse, queries or review.",
        ".PP",
        "Godwit reads a database and a target (a second database, a Flyway-style migrations",
        "folder, target DDL or a Mermaid erDiagram), draws the schema before and after, classifies",
        "every change, builds an expand-contract plan (expand, dual-write, backfill, read switch,",
        "contract) and rehearses it on a copy of the data while a simulated application keeps reading",
        "and writing.",
        ".PP",
        "Godwit never writes to the database it is given: originals are opened read-only, and every",
        "command that writes works on a copy made with SQLite's backup API.",
        ".PP",
        "With a command it runs without a window; the commands are listed below.",
        "\\fB\\-\\-verbose\\fR before the command prints Godwit's log messages on standard error.",
        ".SH COMMANDS",
    ]
    for name, summary in commands(binary):
        usage, description, options, arguments = parse_command(run_help(binary, name))
        out += [f'.SS "godwit {name}"', roff(description or summary), ".PP", ".B Usage:", roff(usage)]
        for entry_name, text in arguments:
            out += [".TP", f".I {roff(entry_name)}", roff(text)]
        for entry_name, text in options:
            if entry_name.startswith("-h, --help") or entry_name.startswith("--help-all"):
                continue
            out += [".TP", f".B {roff(entry_name)}", roff(text)]
    out += [
        ".SH EXIT STATUS",
        "0 when the command succeeded, 1 when it found differences or findings, 2 on an error.",
        "An error is one line on standard error:",
        '.IR godwit ": " file : line : column ": " message .',
        ".SH ENVIRONMENT",
        ".TP",
        ".B QT_LOGGING_RULES",
        'Log categories to show, e.g. "godwit.*.debug=true".',
        ".TP",
        ".BR LANG ", " LANGUAGE",
        "The language of the window (English, German or Simplified Chinese) unless chosen in Preferences.",
        ".SH FILES",
        ".TP",
        ".I *.godwit",
        "A Godwit project: the database, the target and the decisions made about a change.",
        ".SH SEE ALSO",
        ".BR sqlite3 (1)",
    ]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def write_completion(binary, path):
    names = [name for name, _ in commands(binary)]
    cases = []
    for name in names:
        _, _, options, _ = parse_command(run_help(binary, name))
        flags, valued = [], []
        for entry_name, _ in options:
            words, takes_value = option_words(entry_name)
            flags += words
            if takes_value:
                valued += words
        cases.append(f'        {name}) opts="{" ".join(flags)}"; valued="{" ".join(valued)}" ;;')
    script = f"""# bash completion for godwit -*- shell-script -*-
# Generated from 'godwit --help' and 'godwit COMMAND --help' by packaging/clidocs.py.

_godwit()
{{
    local cur prev words cword
    _init_completion || return

    local i command=""
    for ((i = 1; i < cword; i++)); do
        [[ ${{words[i]}} == --verbose ]] && continue
        command=${{words[i]}}
        break
    done

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--help --version --verbose" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "{" ".join(names)}" -- "$cur"))
            _filedir
        fi
        return
    fi

    local opts="" valued=""
    case $command in
{chr(10).join(cases)}
        *) return ;;
    esac

    if [[ " $valued " == *" $prev "* ]]; then
        _filedir
        return
    fi
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
        return
    fi
    _filedir
}} &&
    complete -F _godwit godwit

# ex: filetype=sh
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(script)


def check(binary, man_path, completion_path):
    """Every command and option the binary has appears in the manual page and the completion."""
    man = open(man_path, encoding="utf-8").read().replace("\\-", "-")
    completion = open(completion_path, encoding="utf-8").read()
    missing = []
    for name, _ in commands(binary):
        if f'.SS "godwit {name}"' not in man:
            missing.append(f"man page: command {name}")
        if f"        {name}) opts=" not in completion:
            missing.append(f"completion: command {name}")
        for entry_name, _ in parse_command(run_help(binary, name))[2]:
            for word in option_words(entry_name)[0]:
                if word not in ("-h", "--help", "--help-all") and word not in man:
                    missing.append(f"man page: {name} {word}")
    if missing:
        sys.exit("clidocs.py: missing " + "; ".join(missing))
    print(f"clidocs.py: {len(commands(binary))} commands in the manual page and the completion")


def main():
    if len(sys.argv) == 5 and sys.argv[1] == "--check":
        check(*sys.argv[2:])
        return
    if len(sys.argv) != 6:
        sys.exit(__doc__.strip().split("\n\n")[-1])
    binary, version, date, man_out, completion_out = sys.argv[1:]
    write_man(binary, version, date, man_out)
    write_completion(binary, completion_out)


if __name__ == "__main__":
    main()
