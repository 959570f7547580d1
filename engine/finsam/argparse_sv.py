"""argparse in Swedish, usage errors with their own exit code.

argparse builds every text it prints ("usage: ", "options", "error: ", "the following
arguments are required", "show this help message and exit") through its module-level
gettext function ``argparse._``. Rather than installing a process-wide gettext catalog,
``SwedishParser`` puts a small in-code catalog in its place only while it builds, parses or
formats (the original is always restored), so the translations follow argparse's own message
ids, on every Python version, and nothing outside finsam's parser changes. A message id this
catalog does not know stays English rather than failing.
"""
from __future__ import annotations

import argparse
import contextlib
import sys

EXIT_USAGE = 64

MESSAGES = {
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "optional arguments": "flaggor",
    "subcommands": "kommandon",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "show program's version number and exit": "visa programmets version och avsluta",
    "%(prog)s: error: %(message)s\n": "%(prog)s: felaktig användning: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "the following arguments are required: %s": "följande argument saknas: %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "one of the arguments %s is required": "ett av argumenten %s krävs",
    "not allowed with argument %s": "kan inte användas tillsammans med %s",
    "ignored explicit argument %r": "tar inget värde: %r",
    "expected one argument": "ett värde krävs",
    "expected at most one argument": "högst ett värde får anges",
    "expected at least one argument": "minst ett värde krävs",
    "ambiguous option: %(option)s could match %(matches)s": "tvetydig flagga: %(option)s kan vara %(matches)s",
    "unexpected option string: %s": "oväntad flagga: %s",
    "invalid %(type)s value: %(value)r": "ogiltigt värde: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "ogiltigt val: %(value)r (välj bland %(choices)s)",
    "invalid choice: %(value)r, maybe you meant %(closest)r?": "ogiltigt val: %(value)r; menade du %(closest)r?",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "okänt kommando %(parser_name)r (välj bland %(choices)s)",
    "can't open '%(filename)s': %(error)s": "kan inte öppna ”%(filename)s”: %(error)s",
    "cannot have multiple subparser arguments": "flera kommandolistor går inte",
}
PLURALS = {
    ("expected %s argument", "expected %s arguments"): ("%s värde krävs", "%s värden krävs"),
}


def _gettext(message):
    return MESSAGES.get(message, message) if message is not None else message


def _ngettext(singular, plural, n):
    sv = PLURALS.get((singular, plural))
    if sv is None:
        return singular if n == 1 else plural
    return sv[0] if n == 1 else sv[1]


@contextlib.contextmanager
def swedish():
    """argparse's texts in Swedish inside the block (nested blocks are fine)."""
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = _gettext, _ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


class SwedishFormatter(argparse.HelpFormatter):
    """Help whose description and epilog paragraphs are filled to the width, except a paragraph
    of several lines (the exit-code table), which keeps its lines as written."""

    def __init__(self, prog, indent_increment=2, max_help_position=30, width=None):
        super().__init__(prog, indent_increment, max_help_position, width)

    def _fill_text(self, text, width, indent):
        parts = []
        for paragraph in text.split("\n\n"):
            if "\n" in paragraph:
                parts.append("\n".join(indent + line for line in paragraph.splitlines()))
            else:
                parts.append(super()._fill_text(paragraph, width, indent))
        return "\n\n".join(parts)


class SwedishParser(argparse.ArgumentParser):
    """An ArgumentParser whose every text is Swedish and whose usage errors exit with 64
    (EX_USAGE), distinct from finsam's 1 (fel in the figures), 2 (unreadable input) and 3."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", SwedishFormatter)
        with swedish():
            super().__init__(*args, **kwargs)

    def add_subparsers(self, **kwargs):
        with swedish():
            return super().add_subparsers(**kwargs)

    def parse_args(self, args=None, namespace=None):
        with swedish():
            return super().parse_args(args, namespace)

    def parse_known_args(self, args=None, namespace=None):
        with swedish():
            return super().parse_known_args(args, namespace)

    def format_usage(self):
        with swedish():
            return super().format_usage()

    def format_help(self):
        with swedish():
            return super().format_help()

    def error(self, message):
        """Print the usage, the Swedish message and where to get help; exit 64."""
        with swedish():
            self.print_usage(sys.stderr)
            text = _gettext("%(prog)s: error: %(message)s\n") % {"prog": self.prog, "message": message}
        self.exit(EXIT_USAGE, text + f"Hjälp: {self.prog} --help\n")


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ett heltal behövs, inte ”{text}”") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"minst 1, inte {value}")
    return value


def port(text: str) -> int:
    """An argparse type: a TCP port, 1–65535."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ett portnummer (1–65535) behövs, inte ”{text}”") from None
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"ett portnummer mellan 1 och 65535, inte {value}")
    return value


def year(text: str) -> int:
    """An argparse type: a calendar year such as 2024."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ett årtal som 2024 behövs, inte ”{text}”") from None
    if not 1900 <= value <= 2200:
        raise argparse.ArgumentTypeError(f"ett årtal som 2024, inte {value}")
    return value
