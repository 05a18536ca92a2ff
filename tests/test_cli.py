"""The docinspect entry point: usage errors, help, and opening the app without a display."""

from __future__ import annotations

import os
import subprocess
import sys


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "docinspect", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_unknown_command_is_a_usage_error():
    result = run("no-such-command")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_lists_the_commands():
    result = run("--help")
    assert result.returncode == 0
    assert "mrz" in result.stdout


def test_app_without_a_display_explains_instead_of_aborting():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = run(env=env)
    if sys.platform != "linux":
        return
    assert result.returncode == 2
    assert "no display" in result.stderr
    assert "Traceback" not in result.stderr


def test_internal_errors_are_one_line_and_logged(monkeypatch, capsys, private_data_dir):
    import docinspect.cli as cli

    def explode(args):
        raise RuntimeError("boom")

    # Drive main() with a parser whose handler raises, as a bug in a command would.
    parser = cli.build_parser()
    monkeypatch.setattr(cli, "build_parser", lambda *_command: parser)
    args = parser.parse_args([])
    args.func = explode
    monkeypatch.setattr(parser, "parse_args", lambda _argv: args)
    code = cli.main(["anything"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip().splitlines() == [err.strip()]  # one line
    assert "internal error: boom" in err
    assert "Traceback" not in err
    assert "boom" in (private_data_dir / "docinspect.log").read_text()


def test_a_closed_pipe_ends_quietly(monkeypatch, capsys):
    """`docinspect pack info X | head` must not end with an error about the pipe."""
    import docinspect.cli as cli

    def write_to_closed_pipe(args):
        raise BrokenPipeError

    parser = cli.build_parser()
    monkeypatch.setattr(cli, "build_parser", lambda *_command: parser)
    args = parser.parse_args([])
    args.func = write_to_closed_pipe
    monkeypatch.setattr(parser, "parse_args", lambda _argv: args)
    assert cli.main(["anything"]) == 0
    assert capsys.readouterr().err == ""


def test_help_and_mrz_check_do_not_load_the_heavy_layers():
    # `docinspect --help` and `docinspect mrz check` answered in a second because the CLI
    # imported SQLAlchemy, the renderer and the generator first; only the command asked for
    # is loaded now.
    code = (
        "import sys, contextlib, io\n"
        "from docinspect import cli\n"
        "for argv in (['--help'], ['mrz', 'check', 'P<UTOERIKSSON<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<',"
        " 'L898902C36UTO7408122F1204159ZE184226B<<<<<10']):\n"
        "    with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "        cli.main(argv)\n"
        "heavy = ('sqlalchemy', 'numpy', 'PySide6', 'PIL', 'docinspect.optics', 'docinspect.synth',"
        " 'docinspect.store', 'docinspect.packs')\n"
        "print(sorted({m for m in sys.modules if m.startswith(heavy)}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_short_help_of_every_command_is_its_own():
    import docinspect.cli as cli

    full = cli.build_parser("all")
    listed = cli.build_parser()

    def helps(parser):
        action = next(a for a in parser._actions if a.dest == "command")
        return {a.dest: a.help for a in action._choices_actions}

    assert helps(listed) == helps(full)
