"""Briefing Reader: the composition root.

``python main.py [FILE...]`` opens the window (importing any files given);
``python main.py COMMAND ...`` runs a command without a screen.  This module
builds the services (data folder, library, index, extractor) and hands them
to whichever front end was asked for; nothing else constructs them.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import traceback
from pathlib import Path

from briefing import __version__
from briefing.model import BriefingError
from briefing.paths import DATA_DIR_ENV, DataDir

log = logging.getLogger("briefing_reader")

COMMANDS = ("extract", "brief", "import", "search", "list", "delete", "reindex")
PROG = "briefing-reader"


class CommandError(Exception):
    """A command failed in a way the user can act on: one line, exit 1."""


# -- argument parsing --------------------------------------------------------
def _common_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", metavar="DIR", default=default,
                        help=f"keep library, index and settings in DIR (also ${DATA_DIR_ENV})")
    parser.add_argument("--debug", action="store_true", default=default or False,
                        help="log debug messages to stderr and show tracebacks")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Read briefings with their actors, places and open questions beside them; "
                    "search the library; print a one-page brief. Without a command, opens the window.",
        epilog="Run '%(prog)s COMMAND --help' for a command's options. "
               "'%(prog)s FILE...' opens the window and imports the files.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _common_options(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _common_options(p, suppress=True)
        return p

    p = command("extract", "print the actors, places and open questions of a file")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = command("brief", "write the one-page brief of a file as PDF")
    p.add_argument("file")
    p.add_argument("-o", "--output", required=True, help="the PDF to write")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")

    p = command("import", "add files or folders (recursively) to the library")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="print the import report as JSON")

    p = command("search", "search the library")
    p.add_argument("query")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=20)

    p = command("list", "list the briefings in the library")
    p.add_argument("--json", action="store_true")

    p = command("delete", "remove briefings from the library and the index")
    p.add_argument("ids", nargs="+", metavar="ID")

    command("reindex", "rebuild the search index from the library")
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, add_help=False)
    _common_options(parser, suppress=False)
    parser.add_argument("files", nargs="*")
    return parser


# -- services ----------------------------------------------------------------
def open_store(data_dir: DataDir):
    """The library and its index, reconciled: a crash mid-import recovers here."""
    from briefing.importer import reindex
    from briefing.library import Library
    from index import SearchIndex

    library = Library(data_dir.library)
    search_index = SearchIndex(data_dir.index)
    reindex(library, search_index)
    return library, search_index


def analyse_file(path: str):
    from briefing.extract import extract
    from briefing.load import load_briefing

    briefing = load_briefing(path)
    return briefing, extract(briefing)


# -- commands ----------------------------------------------------------------
def cmd_extract(args, data_dir: DataDir) -> int:
    briefing, analysis = analyse_file(args.file)
    if args.json:
        from briefing.export import analysis_json

        print(json.dumps(analysis_json(briefing, analysis), ensure_ascii=False, indent=2))
        return 0
    print(briefing.title)
    print("\nActors:")
    for a in analysis.actors:
        extra = ", ".join(x for x in (a.role, a.affiliation) if x)
        print(f"  {a.name} [{a.kind}]" + (f" — {extra}" if extra else "") + f"  ×{len(a.mentions)}")
    print("\nPlaces:")
    for p in analysis.places:
        print(f"  {p.name} [{p.kind}]" + (f", {p.country}" if p.country else ""))
    print("\nOpen questions:")
    for q in analysis.open_questions:
        print(f"  {q.question}\n      “{q.evidence}”")
    return 0


def cmd_brief(args, data_dir: DataDir) -> int:
    briefing, analysis = analyse_file(args.file)
    out = Path(args.output)
    if not out.parent.is_dir():
        raise CommandError(f"cannot write {out}: the folder {out.parent} does not exist")
    from ui.brief_render import write_brief_pdf
    from ui.headless import ensure_gui_application

    ensure_gui_application()
    pages = write_brief_pdf(briefing, analysis, out, paper=args.paper)
    print(f"wrote {out} ({pages} page, {args.paper.upper() if args.paper == 'a4' else 'Letter'})")
    return 0


def cmd_import(args, data_dir: DataDir) -> int:
    from briefing.importer import import_paths

    library, search_index = open_store(data_dir)
    report = import_paths(library, search_index, args.paths)
    if args.json:
        print(json.dumps({"added": report.added, "duplicates": report.duplicates,
                          "failed": [{"path": p, "reason": r} for p, r in report.failed]}, indent=2))
    else:
        for path, reason in report.failed:
            print(f"skipped {path}: {reason}", file=sys.stderr)
        print(f"{report.summary()}; the library holds {len(library)} briefings")
    return 0 if not report.failed else 2


def cmd_search(args, data_dir: DataDir) -> int:
    _, search_index = open_store(data_dir)
    result = search_index.search(args.query, limit=max(1, args.limit))
    if result.error:
        raise CommandError(result.error)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(f"{result.total} result(s) for {args.query!r}")
    for h in result.hits:
        print(f"{h.score:7.2f}  {h.title}\n         {h.path}\n         {h.snippet}")
    return 0


def cmd_list(args, data_dir: DataDir) -> int:
    library, _ = open_store(data_dir)
    entries = library.entries()
    if args.json:
        from dataclasses import asdict

        print(json.dumps([asdict(e) for e in entries], ensure_ascii=False, indent=2))
    else:
        for e in entries:
            print(f"{e.doc_id}  {e.date or '—':10}  {e.title}")
    return 0


def cmd_delete(args, data_dir: DataDir) -> int:
    library, search_index = open_store(data_dir)
    unknown = [i for i in args.ids if i not in library]
    if unknown:
        raise CommandError(f"not in the library: {', '.join(unknown)}")
    for doc_id in args.ids:
        library.delete(doc_id)
    search_index.delete(args.ids)
    print(f"deleted {len(args.ids)}; the library holds {len(library)} briefings")
    return 0


def cmd_reindex(args, data_dir: DataDir) -> int:
    from briefing.importer import reindex
    from briefing.library import Library
    from index import SearchIndex

    library = Library(data_dir.library)
    search_index = SearchIndex(data_dir.index)
    search_index.clear()
    added, _ = reindex(library, search_index)
    print(f"indexed {added} briefings")
    return 0


HANDLERS = {
    "extract": cmd_extract, "brief": cmd_brief, "import": cmd_import, "search": cmd_search,
    "list": cmd_list, "delete": cmd_delete, "reindex": cmd_reindex,
}


# -- entry point -------------------------------------------------------------
def setup_logging(debug: bool, log_file: Path | None = None) -> None:
    handlers: list[logging.Handler] = []
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.DEBUG if debug else logging.WARNING)
    handlers.append(stderr)
    if log_file is not None:
        try:
            log_file.parent.mkdir(parents=True, exist_ok=True)
            fh = logging.FileHandler(log_file, encoding="utf-8")
            fh.setLevel(logging.INFO)
            handlers.append(fh)
        except OSError:
            pass  # a read-only data folder must not stop the app
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    for h in handlers:
        h.setFormatter(fmt)
    logging.basicConfig(level=logging.DEBUG if debug else logging.INFO, handlers=handlers, force=True)


def _is_command_line(argv: list[str]) -> bool:
    return any(a in COMMANDS for a in argv if not a.startswith("-")) or any(
        a in ("-h", "--help", "--version") for a in argv
    )


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not _is_command_line(argv):
        args, qt_args = build_gui_parser().parse_known_args(argv)
        data_dir = DataDir.resolve(args.data_dir)
        setup_logging(args.debug, data_dir.log)
        from ui.app import run_gui

        return run_gui(data_dir, args.files, qt_args=[sys.argv[0], *qt_args], debug=args.debug)

    args = build_parser().parse_args(argv)
    if not args.command:
        build_parser().print_help()
        return 0
    setup_logging(args.debug)
    try:
        data_dir = DataDir.resolve(args.data_dir)
        return HANDLERS[args.command](args, data_dir)
    except (BriefingError, CommandError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # last resort: one line for the user, the trace for --debug
        if args.debug:
            traceback.print_exc()
        print(f"{PROG}: error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # the frozen app's analysis process starts through here
    sys.exit(main())
