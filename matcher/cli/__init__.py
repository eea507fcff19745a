"""The `matcher` command line: parse options, call the library, turn errors into one clear line.

Exit codes: 0 success; 1 a problem with an input, the knowledge base or an output (one line says
which); 2 a usage error (unknown option, missing argument); 3 a batch where some files failed;
4 an internal error (a bug: run again with --debug for the traceback).
"""
from __future__ import annotations

import os
import sys

import click

from matcher import __version__
from matcher.errors import MatcherError

EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3
EXIT_INTERNAL = 4


class _Main(click.Group):
    """Turns library errors into one line and an exit code; --debug shows the traceback instead."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        debug = bool(ctx.params.get("debug")) or os.environ.get("MATCHER_DEBUG") == "1"
        try:
            return super().invoke(ctx)
        except MatcherError as e:
            if debug:
                raise
            click.echo(f"Error: {e}", err=True)
            ctx.exit(e.exit_code)
        except (click.exceptions.Exit, click.ClickException, click.Abort, KeyboardInterrupt):
            raise
        except BrokenPipeError:
            # output piped into `head` and closed early: not an error worth a message
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(0)
        except Exception as e:  # noqa: BLE001 - the last line of defence: no traceback for users
            if debug:
                raise
            click.echo(
                f"Error: internal error ({type(e).__name__}: {e}). Run again with --debug for the traceback.", err=True
            )
            ctx.exit(EXIT_INTERNAL)


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="matcher")
@click.option("--debug", is_flag=True, help="Show the full traceback when something fails.")
def main(debug: bool) -> None:
    """Answer customer security questionnaires from your approved answer set, offline.

    \b
    Examples:
      matcher fill customer.xlsx            # customer.filled.xlsx, .report.csv, .review.xlsx
      matcher apply customer.review.xlsx    # the reviewer's decisions; the knowledge base learns
      matcher batch inbox/ -o outbox/       # a folder of questionnaires
      matcher inspect customer.xlsx         # what the reader understood
      matcher match "多要素認証に対応していますか"
      matcher kb list
    """


def _register() -> None:
    from matcher.cli.batch import batch
    from matcher.cli.calibrate import calibrate
    from matcher.cli.evaluate import evaluate
    from matcher.cli.fill import fill
    from matcher.cli.inspect import inspect
    from matcher.cli.kb import kb
    from matcher.cli.match import match
    from matcher.cli.review import apply_command

    for command in (fill, inspect, match, evaluate, calibrate, kb, batch, apply_command):
        main.add_command(command)


_register()
