"""``python -m readability.core``: a readability report from the command line.

    python -m readability.core FILE           human-readable report (FILE "-" is stdin)
    python -m readability.core --html FILE    parse FILE as HTML (default for .html/.htm)
    python -m readability.core --json FILE    the report as JSON (``Report.to_dict()``)
    python -m readability.core --jsonl        JSON lines in ({"id", "text", "html"?}),
                                              one JSON report per line out
    options: --terms GLOSSARY.json (extra terms), --allow WORD (repeatable),
             --max-grade N, --color auto|always|never

Exit codes:
    0  done (and, with --max-grade, every text at or below it)
    1  --jsonl: at least one input line could not be processed (it got an error object
       with its line number and id, and the other lines were processed)
    2  usage error, or FILE / the terms file cannot be read
    3  --max-grade: a text's grade is above it
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from .analysis import analyse
from .jargon import ABBREVIATION, MEDICAL_TERM, RARE, UNEXPLAINED_ABBREVIATION
from .report import HARD, PASSIVE, VERY_HARD, VERY_LONG, Report

EXIT_OK = 0
EXIT_BAD_LINES = 1
EXIT_USAGE = 2
EXIT_ABOVE_MAX_GRADE = 3

_RED = "\033[31m"
_YELLOW = "\033[33m"
_BOLD = "\033[1m"
_UNDERLINE = "\033[4m"
_RESET = "\033[0m"
_REASON_NAMES = {
    MEDICAL_TERM: "medical term",
    RARE: "rare word",
    UNEXPLAINED_ABBREVIATION: "abbreviation, not spelled out",
    ABBREVIATION: "abbreviation, spelled out",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m readability.core",
        description="Readability report: grade, metrics, hard sentences and jargon.",
        epilog="Exit codes: 0 done; 1 some --jsonl lines failed; 2 usage or unreadable "
        "file; 3 a grade above --max-grade.",
    )
    parser.add_argument("file", nargs="?", help='text or HTML file; "-" for stdin')
    parser.add_argument("--html", action="store_true", help="parse the input as HTML")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the report as JSON")
    output.add_argument(
        "--jsonl",
        action="store_true",
        help='read JSON lines {"id", "text", "html"?} from stdin (or FILE), write one '
        "JSON report per line",
    )
    parser.add_argument("--terms", type=Path, help="JSON file of extra terms (glossary)")
    parser.add_argument(
        "--allow", action="append", default=[], help="a word never flagged (repeatable)"
    )
    parser.add_argument("--max-grade", type=float, help="exit 3 if a grade is above this")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    return parser


def _read_input(name: str, stdin: TextIO) -> str:
    if name == "-":
        return stdin.read()
    return Path(name).read_text(encoding="utf-8", errors="replace")


def main(
    argv: Sequence[str] | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return EXIT_OK if exit_.code == 0 else EXIT_USAGE
    extra_terms: Any = None
    if args.terms is not None:
        try:
            extra_terms = json.loads(args.terms.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            print(f"error: cannot read terms file {args.terms}: {error}", file=stderr)
            return EXIT_USAGE
    options = {"extra_terms": extra_terms, "allow": args.allow or None}

    if args.jsonl:
        if args.file in (None, "-"):
            return _run_jsonl(stdin, stdout, args.max_grade, options)
        try:
            with open(args.file, encoding="utf-8") as lines:
                return _run_jsonl(lines, stdout, args.max_grade, options)
        except OSError as error:
            print(f"error: {error}", file=stderr)
            return EXIT_USAGE

    if args.file is None:
        parser.print_usage(stderr)
        print("error: give a FILE (or - for stdin), or --jsonl", file=stderr)
        return EXIT_USAGE
    try:
        text = _read_input(args.file, stdin)
    except OSError as error:
        print(f"error: {error}", file=stderr)
        return EXIT_USAGE
    html = args.html or args.file.lower().endswith((".html", ".htm"))
    report = analyse(text, html=html, **options)
    if args.json:
        json.dump(report.to_dict(), stdout, ensure_ascii=False, indent=2)
        stdout.write("\n")
    else:
        color = args.color == "always" or (
            args.color == "auto" and hasattr(stdout, "isatty") and stdout.isatty()
        )
        stdout.write(format_report(report, color=color))
    if args.max_grade is not None and report.grade > args.max_grade:
        return EXIT_ABOVE_MAX_GRADE
    return EXIT_OK


def _run_jsonl(lines: TextIO, stdout: TextIO, max_grade: float | None, options: dict) -> int:
    status = EXIT_OK
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        identifier: Any = None
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("a line must be a JSON object")
            identifier = item.get("id")
            text = item.get("text")
            if not isinstance(text, str):
                raise ValueError('"text" must be a string')
            report = analyse(text, html=bool(item.get("html", False)), **options)
            result = report.to_dict()
            del result["text"]
            output = {"id": identifier, "line": number, **result}
            if max_grade is not None and report.grade > max_grade and status == EXIT_OK:
                status = EXIT_ABOVE_MAX_GRADE
        except (ValueError, TypeError) as error:
            output = {"id": identifier, "line": number, "error": str(error)}
            status = EXIT_BAD_LINES
        stdout.write(json.dumps(output, ensure_ascii=False) + "\n")
    return status


def _paint(text: str, code: str, color: bool) -> str:
    return f"{code}{text}{_RESET}" if color else text


def _highlight_jargon(report: Report, start: int, end: int, color: bool) -> str:
    """The sentence text with its jargon underlined (colour) or [bracketed] (plain)."""
    pieces: list[str] = []
    position = start
    for hit in report.jargon:
        if hit.start < position or hit.end > end or hit.explained:
            continue
        pieces.append(report.text[position : hit.start])
        word = report.text[hit.start : hit.end]
        pieces.append(_paint(word, _UNDERLINE, True) if color else f"[{word}]")
        position = hit.end
    pieces.append(report.text[position:end])
    return " ".join("".join(pieces).split())


def format_report(report: Report, color: bool = False) -> str:
    metrics = report.metrics
    lines = [
        _paint(
            f"Grade {report.grade:.1f} (difficulty {report.score:.1f} of 6): "
            f"{metrics.words} words, {len(report.sentences)} sentences",
            _BOLD,
            color,
        ),
        f"Formulas: Flesch reading ease {metrics.flesch_reading_ease:.1f}, "
        f"Flesch-Kincaid {metrics.flesch_kincaid_grade:.1f}, SMOG {metrics.smog:.1f}, "
        f"Dale-Chall {metrics.dale_chall:.1f}, ARI {metrics.automated_readability_index:.1f}, "
        f"Coleman-Liau {metrics.coleman_liau:.1f}",
        f"Counts: {metrics.numbers} numbers, {metrics.syllables} syllables, "
        f"{metrics.polysyllables} polysyllables, {metrics.long_words} long words, "
        f"{metrics.complex_words} unfamiliar words, {metrics.rare_words} rare words, "
        f"{metrics.unexplained_jargon} unexplained terms",
        "",
    ]
    marked = [s for s in report.sentences if s.flags]
    if marked:
        lines.append("Sentences to look at:")
        for sentence in marked:
            names = [flag.replace("_", " ") for flag in sentence.flags]
            tag = f"[{', '.join(names)}] grade {sentence.grade:.1f}"
            if VERY_HARD in sentence.flags:
                tag = _paint(tag, _RED, color)
            elif HARD in sentence.flags or VERY_LONG in sentence.flags or PASSIVE in sentence.flags:
                tag = _paint(tag, _YELLOW, color)
            body = _highlight_jargon(report, sentence.start, sentence.end, color)
            lines.append(f"  {tag}: {body}")
            lines.extend(f"    - {why.message}" for why in report.why_hard(sentence))
        lines.append("")
    else:
        lines.extend(["No hard, long or passive sentences.", ""])
    seen: set[str] = set()
    jargon_lines = []
    for hit in report.jargon:
        key = (hit.term or hit.text).lower()
        if key in seen:
            continue
        seen.add(key)
        state = "explained" if hit.explained else "not explained"
        if hit.reason in (UNEXPLAINED_ABBREVIATION, ABBREVIATION):
            state = ""
        detail = ", ".join(part for part in (_REASON_NAMES[hit.reason], state) if part)
        line = f"  '{hit.text}' ({detail})"
        if hit.plain:
            line += f": plain alternative '{hit.plain}'"
        jargon_lines.append(_paint(line, _RED, color) if not hit.explained else line)
    if jargon_lines:
        lines.append("Jargon (first use of each):")
        lines.extend(jargon_lines)
    else:
        lines.append("No jargon found.")
    return "\n".join(lines) + "\n"
