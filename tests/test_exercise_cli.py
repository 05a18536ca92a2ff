"""``docinspect exercise validate``: exit codes and one line per problem on stderr."""

from __future__ import annotations

import argparse
import json

from docinspect.cli import exercise as exercise_cli


def main(argv: list[str]) -> int:
    """The ``exercise`` command group on its own, as ``docinspect`` wires it."""
    parser = argparse.ArgumentParser(prog="docinspect")
    exercise_cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.func(args)


def _write(path, data):
    path.write_text(json.dumps(data), "utf-8")
    return path


#: A document type the generator does not draw (visa stickers, so far).
UNMADE = "mrvb"

GOOD = {
    "format": 1,
    "id": "light-1",
    "title": "Lights",
    "mode": "practice",
    "questions": [{"id": "q1", "type": "which_light", "feature": "uv_dull_substrate"}],
}


def test_valid_file_exits_0(tmp_path, capsys):
    path = _write(tmp_path / "a.json", GOOD)
    assert main(["exercise", "validate", str(path)]) == 0
    assert "1 exercise valid" in capsys.readouterr().out


def test_invalid_file_exits_1_with_one_line_per_problem(tmp_path, capsys):
    bad = dict(GOOD, mode="quiz", pass_mark=3, questions=[{"id": "q 1", "type": "verdict"}])
    path = _write(tmp_path / "bad.json", bad)
    assert main(["exercise", "validate", str(path)]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 4, lines
    assert all(line.startswith(f"docinspect: {path}: ") for line in lines)
    assert any("mode: unknown mode 'quiz'" in line for line in lines)
    assert any("questions[0].id:" in line for line in lines)
    assert any("questions[0]: needs a specimen" in line for line in lines)


def test_broken_json_names_line_and_column(tmp_path, capsys):
    path = tmp_path / "broken.json"
    path.write_text('{"id": "x",\n  "title": }', "utf-8")
    assert main(["exercise", "validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert "not valid JSON" in err and "line 2" in err and "Traceback" not in err


def test_folder_checks_every_file_and_duplicate_ids(tmp_path, capsys):
    _write(tmp_path / "a.json", GOOD)
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub" / "b.json", GOOD)
    _write(tmp_path / "c.json", dict(GOOD, id="other", title=""))
    assert main(["exercise", "validate", str(tmp_path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2
    assert any("title: must not be empty" in line for line in err)
    assert any("'light-1' is also used by" in line for line in err)


def test_missing_path_or_empty_folder_exits_2(tmp_path, capsys):
    assert main(["exercise", "validate", str(tmp_path / "nope")]) == 2
    assert main(["exercise", "validate", str(tmp_path)]) == 2
    assert "no exercise files" in capsys.readouterr().err


def test_binary_file_is_reported_not_crashed(tmp_path, capsys):
    path = tmp_path / "x.json"
    path.write_bytes(b"\xff\xfe\x00garbage")
    assert main(["exercise", "validate", str(path)]) == 1
    assert "not UTF-8" in capsys.readouterr().err


def test_recipes_the_generator_cannot_make_are_reported(tmp_path, capsys):
    from docinspect.synth.generate import DOC_TYPES

    made = " and ".join(DOC_TYPES)
    bad = dict(
        GOOD,
        questions=[
            {
                "id": "q1",
                "type": "verdict",
                "recipe": {"document_type": "td1", "seed": 1, "methods": ["mrz_check_digit"]},
            },
            {"id": "q2", "type": "verdict", "recipe": {"document_type": UNMADE, "seed": 1}},
            {
                "id": "q3",
                "type": "verdict",
                "recipe": {"document_type": "td3", "seed": 1, "state": "XYZ"},
            },
        ],
    )
    path = _write(tmp_path / "gen.json", bad)
    assert main(["exercise", "validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert (
        "questions[0].recipe.methods[0]: the generator cannot apply 'mrz_check_digit' to a td1"
        in err
    )
    assert (
        f"questions[1].recipe.document_type: the generator makes {made} documents, not {UNMADE}"
        in err
    )
    assert "questions[2].recipe.state: the generator has no state 'XYZ'" in err


def test_id_card_backs_are_checked_against_the_methods_a_back_can_carry(tmp_path, capsys):
    def back(*methods):
        return {"document_type": "td1", "side": "back", "seed": 3, "methods": list(methods)}

    good = dict(
        GOOD,
        questions=[
            {"id": "q1", "type": "verdict", "recipe": back("mrz_check_digit")},
            {"id": "q2", "type": "verdict", "recipe": back("data_alteration")},
            {"id": "q3", "type": "verdict", "recipe": back()},
        ],
    )
    assert main(["exercise", "validate", str(_write(tmp_path / "good.json", good))]) == 0
    capsys.readouterr()
    bad = dict(
        GOOD,
        questions=[
            {"id": "q1", "type": "verdict", "recipe": back("photo_substitution")},
            {
                "id": "q2",
                "type": "verdict",
                "recipe": back("non_polycarbonate_body", "office_paper"),
            },
        ],
    )
    path = _write(tmp_path / "bad.json", bad)
    assert main(["exercise", "validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert (
        f"{path}: questions[0].recipe.methods[0]: the generator cannot apply "
        "'photo_substitution' to a td1-back document (the back of an ID card): "
        "the portrait is on the front"
    ) in err
    # A card is polycarbonate: a PVC body is a card's counterfeit, office paper is not.
    assert "questions[1].recipe.methods[1]: the generator cannot apply 'office_paper'" in err
    assert "methods[0]" not in err.split("questions[1]", 1)[1]  # non_polycarbonate_body is fine
    passport = dict(
        GOOD,
        questions=[
            {
                "id": "q1",
                "type": "verdict",
                "recipe": {"document_type": "td3", "seed": 1, "side": "back"},
            }
        ],
    )
    path = _write(tmp_path / "passport.json", passport)
    assert main(["exercise", "validate", str(path)]) == 1
    assert "questions[0].recipe.side: only an ID card (td1) has a back" in capsys.readouterr().err


def test_an_mrz_forgery_on_a_card_front_says_the_mrz_is_on_the_back(tmp_path, capsys):
    front = dict(
        GOOD,
        questions=[
            {
                "id": "q1",
                "type": "mrz",
                "recipe": {"document_type": "td1", "seed": 1, "methods": ["mrz_check_digit"]},
            }
        ],
    )
    assert main(["exercise", "validate", str(_write(tmp_path / "f.json", front))]) == 1
    assert 'for its back add "side": "back" to the recipe' in capsys.readouterr().err


def test_practice_with_an_unusable_database_exits_2_with_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 100)
    assert main(["exercise", "practice", "--db", f"sqlite:///{junk}"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("docinspect: cannot open the database") and "junk.sqlite3" in err
    assert err.count("\n") == 1


def test_practice_opens_the_window_on_the_named_database(tmp_path, monkeypatch):
    import docinspect.ui.app as app

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    opened = []
    monkeypatch.setattr(app, "run_practice", lambda store: opened.append(store) or 0)
    url = f"sqlite:///{tmp_path / 'class.sqlite3'}"
    assert main(["exercise", "practice", "--db", url]) == 0
    assert [str(store.engine.url) for store in opened] == [url]
