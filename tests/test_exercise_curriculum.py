"""The built-in curriculum in exercises/: valid, complete, and answerable end to end."""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path

import pytest

from docinspect.cli import exercise as exercise_cli
from docinspect.model.exercise import Mode, Recipe
from docinspect.model.taxonomy import load_taxonomy
from docinspect.training.exercise_files import builtin_exercises

ROOT = Path(__file__).resolve().parent.parent


def test_exercise_validate_accepts_the_whole_curriculum(capsys):
    parser = argparse.ArgumentParser()
    exercise_cli.register(parser.add_subparsers())
    args = parser.parse_args(["exercise", "validate", str(ROOT / "exercises")])
    assert args.func(args) == 0, capsys.readouterr().err
    assert "10 exercises valid" in capsys.readouterr().out


def test_seven_modules_each_opening_with_a_lesson():
    exercises = builtin_exercises()
    assert len(exercises) >= 7
    titles = " / ".join(e.title.lower() for e in exercises)
    for topic in (
        "uv",
        "microprint",
        "machine readable zone",
        "photo substitution",
        "counterfeits",
        "first-line",
        "comparing the face",
        "laser engraving",
        "page substitution",
    ):
        assert topic in titles, topic
    assert all(len(e.lesson) >= 2 and all(len(p) > 40 for p in e.lesson) for e in exercises)
    assert {e.mode for e in exercises} == {Mode.PRACTICE, Mode.EXAM, Mode.TIMED}
    timed = [e for e in exercises if e.mode is Mode.TIMED]
    assert all(e.document_time_s for e in timed)


def test_every_question_type_is_taught_and_specimens_come_from_recipes():
    exercises = builtin_exercises()
    types = {q.type for e in exercises for q in e.questions}
    assert types == {"verdict", "locate", "identify", "which_light", "mrz", "compare"}
    sources = [q.specimen for e in exercises for q in e.questions if q.specimen is not None]
    assert sources and all(isinstance(s, Recipe) for s in sources)
    # The generator makes passports and ID cards of its fictional states only.
    assert {s.document_type.value for s in sources} <= {"td1", "td2", "td3"}
    assert {s.state for s in sources} <= {"UTO", "KDV", "NRV"}


def test_every_forgery_method_used_exists_and_genuine_documents_are_mixed_in():
    taxonomy = load_taxonomy()
    for e in builtin_exercises():
        recipes = [q.specimen for q in e.questions if isinstance(q.specimen, Recipe)]
        assert all(m in taxonomy.methods for r in recipes for m in r.methods)
        if e.mode is not Mode.PRACTICE:
            verdicts = [
                r for q, r in zip(e.questions, recipes, strict=False) if q.type == "verdict"
            ]
            assert any(r.genuine for r in verdicts), f"{e.id}: a check with no genuine documents"


def test_the_counterfeits_module_teaches_forgers_profiles_with_their_several_traces():
    from docinspect.synth.profiles import PROFILES

    module = next(e for e in builtin_exercises() if e.id == "counterfeits")
    profiles = {q.specimen.profile for q in module.questions if isinstance(q.specimen, Recipe)}
    assert {"desktop_counterfeit", "offset_counterfeit", "stolen_blank"} <= profiles
    assert profiles - {""} <= set(PROFILES)
    lesson = " ".join(module.lesson)
    assert "several" in lesson and "desktop" in lesson and "offset" in lesson


@pytest.mark.parametrize("exercise", builtin_exercises(), ids=lambda e: e.id)
def test_each_module_can_be_taken_to_the_end(exercise):
    """Answer every question of every module (with hand-made stand-in specimens of the same
    recipes) and reach the results: no question is unanswerable."""
    from test_training_support import resolver

    from docinspect.training import (
        BoxAnswer,
        ChoiceAnswer,
        Phase,
        PointAnswer,
        Quiz,
        VerdictAnswer,
    )

    quiz = Quiz(exercise, resolver=_stand_in(resolver), trainee_id=uuid.uuid4(), seed=3)
    while quiz.phase is not Phase.DONE:
        q = quiz.item.question
        if q.type in ("verdict", "compare"):
            answer = VerdictAnswer(True, "office_paper")
        elif q.type == "locate":
            answer = PointAnswer(10, 10) if q.input.value == "click" else BoxAnswer(0, 0, 20, 20)
        else:
            answer = ChoiceAnswer(
                q.choices[0] if isinstance(q.choices[0], str) else q.choices[0].value
            )
        quiz.answer(answer, time_ms=1000)
        quiz.begin_save()
        quiz.saved()
        if quiz.phase is Phase.FEEDBACK:
            assert quiz.feedback.text
            quiz.next()
    assert quiz.results().answered == len(exercise.questions)


def _stand_in(resolver):
    """The test resolver knows only the support taxonomy's methods: map the rest onto it."""
    from dataclasses import replace

    known = {"office_paper", "halftone_print", "photo_substitution", "mrz_check_digit"}

    def resolve(source):
        if isinstance(source, Recipe):
            stand_in = {"data_alteration": "mrz_check_digit"}
            methods = (
                m if m in known else stand_in.get(m, "halftone_print") for m in source.methods
            )
            source = replace(source, methods=tuple(methods))
        spec = resolver(source)
        return spec

    return resolve


@pytest.mark.slow
def test_real_generated_specimens_answer_every_content_question(tmp_path):
    """With the real generator: every locate question has its defect, every identify question
    its region, every MRZ question a wrong field among its choices, every compare a reference."""
    from docinspect.training.items import resolve_item
    from docinspect.training.scoring import expected_mrz_field
    from docinspect.training.specimens import SpecimenSupply

    supply = SpecimenSupply(cache_dir=tmp_path)
    checked = 0
    for exercise in builtin_exercises():
        for q in exercise.questions:
            if q.type not in ("locate", "identify", "mrz", "compare"):
                continue
            item = resolve_item(q, supply)  # raises ItemError when the specimen lacks it
            if q.type == "mrz":
                assert expected_mrz_field(item) in q.choices, q.id
            if q.type == "locate" and q.method:
                assert all(r.method == q.method for r in item.truth_regions()), q.id
            if q.type == "compare":
                assert not item.reference.truth.verdict.is_forged
            checked += 1
    assert checked >= 14


def test_generated_specimen_is_made_once_and_cached(tmp_path):
    from docinspect.training.specimens import SpecimenSupply

    recipe = Recipe(
        document_type=__import__("docinspect").model.DocumentType.TD1,
        seed=5,
        methods=("non_polycarbonate_body",),
        state="KDV",
        subtlety=0.4,
    )
    first = SpecimenSupply(cache_dir=tmp_path).locate(recipe)
    assert first.specimen.truth.methods == ("non_polycarbonate_body",)
    assert (first.folder / first.specimen.scene).is_file()
    again = SpecimenSupply(cache_dir=tmp_path).locate(recipe)  # a new supply reads the cache
    assert again.specimen == first.specimen and again.folder == first.folder
    assert len(list(tmp_path.iterdir())) == 1


# --- ID-card backs in "The MRZ" --------------------------------------------------------------

_BACK_QUESTIONS = ("id-card-back-check-digit", "id-card-back-altered", "id-card-back-genuine")


def _the_mrz():
    [exercise] = [e for e in builtin_exercises() if e.id == "the-mrz"]
    return exercise


def test_the_mrz_module_teaches_id_card_backs():
    exercise = _the_mrz()
    lesson = " ".join(exercise.lesson)
    assert "three lines of 30" in lesson and "composite check digit" in lesson
    backs = {
        q.id: q.specimen for q in exercise.questions if getattr(q.specimen, "side", "") == "back"
    }
    assert set(backs) == set(_BACK_QUESTIONS)
    assert {r.methods for r in backs.values()} == {("mrz_check_digit",), ("data_alteration",), ()}
    assert exercise.question("id-card-back-check-digit").type == "mrz"


def test_a_back_made_from_a_recipe_is_a_td1_with_three_mrz_lines_of_30(tmp_path):
    from docinspect.model import DocumentType
    from docinspect.packs import read_pack
    from docinspect.training.specimens import SpecimenSupply

    recipe = _the_mrz().question("id-card-back-check-digit").specimen
    located = SpecimenSupply(cache_dir=tmp_path).locate(recipe)
    spec = located.specimen
    assert spec.document_type is DocumentType.TD1
    assert [len(line) for line in spec.mrz] == [30, 30, 30]
    assert spec.extra["card"]["side"] == "back" and spec.truth.methods == ("mrz_check_digit",)
    # Cached as a one-specimen pack like any recipe, named by the recipe's key.
    [folder] = list(tmp_path.iterdir())
    pack = read_pack(folder, verify_images=False)
    assert pack.extra["recipe"] == recipe.key() and recipe.key().startswith("recipe:td1-back:")
    assert (located.folder / spec.scene).is_file()
    # The front of the same card (same seed) is another specimen of the same holder.
    from dataclasses import replace

    front = SpecimenSupply(cache_dir=tmp_path).locate(replace(recipe, side="front", methods=()))
    assert front.specimen.extra.get("card", {}).get("side") != "back"
    assert front.specimen.mrz[2] == spec.mrz[2] and len(list(tmp_path.iterdir())) == 2


def _play(exercise, answers, cache_dir):
    """Play the back questions first through a Quiz with real generated specimens; return
    the saved attempts by question id."""
    from docinspect.training import Phase, Quiz
    from docinspect.training.specimens import SpecimenSupply

    rest = [q.id for q in exercise.questions if q.id not in _BACK_QUESTIONS]
    quiz = Quiz(
        exercise,
        resolver=SpecimenSupply(cache_dir=cache_dir),
        trainee_id=uuid.uuid4(),
        order=[*_BACK_QUESTIONS, *rest],
    )
    records = {}
    for qid in _BACK_QUESTIONS:
        assert quiz.item.question.id == qid
        records[qid] = quiz.answer(answers[qid], time_ms=5000)
        quiz.begin_save()
        quiz.saved()
        assert quiz.phase is Phase.FEEDBACK and quiz.feedback.text
        quiz.next()
    return records


def test_the_back_questions_score_right_answers_right(tmp_path):
    from docinspect.training import ChoiceAnswer, VerdictAnswer

    records = _play(
        _the_mrz(),
        {
            "id-card-back-check-digit": ChoiceAnswer("composite_check"),
            "id-card-back-altered": VerdictAnswer(True, "data_alteration"),
            "id-card-back-genuine": VerdictAnswer(False),
        },
        tmp_path,
    )
    assert all(r.correct and r.score == r.max_score for r in records.values()), records
    assert all(r.specimen_ref.startswith("recipe:td1-back:") for r in records.values())


def test_the_back_questions_score_wrong_answers_wrong(tmp_path):
    from docinspect.training import ChoiceAnswer, VerdictAnswer

    records = _play(
        _the_mrz(),
        {
            "id-card-back-check-digit": ChoiceAnswer("birth_date_check"),
            "id-card-back-altered": VerdictAnswer(False),  # let a forged card through
            "id-card-back-genuine": VerdictAnswer(True, "data_alteration"),
        },
        tmp_path,
    )
    assert not any(r.correct for r in records.values())
    assert all(r.score == 0 for r in records.values())
    assert records["id-card-back-altered"].mark == "false_accept"


def test_item_analysis_groups_backs_by_template_like_any_recipe():
    from docinspect.analytics.cohort import specimen_template

    recipe = _the_mrz().question("id-card-back-altered").specimen
    assert specimen_template(recipe.key()) == "recipe:td1-back:UTO:data_alteration:0.300"


def test_the_face_module_mixes_holders_and_impostors_of_every_subtlety():
    faces = next(e for e in builtin_exercises() if e.id == "faces")
    recipes = [q.specimen for q in faces.questions]
    impostors = [r for r in recipes if r.methods == ("impostor",)]
    holders = [r for r in recipes if not r.methods]
    assert len(impostors) >= 5 and len(holders) >= 5
    assert min(r.subtlety for r in impostors) == 0.0 and max(r.subtlety for r in impostors) == 1.0
    assert any("lobe" in p for p in faces.lesson)


def test_worn_documents_are_practised_and_wear_is_no_forgery_sign(tmp_path):
    from docinspect.analytics.cohort import specimen_template
    from docinspect.training.specimens import generate_specimen

    counterfeits = next(e for e in builtin_exercises(language="en") if e.id == "counterfeits")
    worn = counterfeits.question("c-worn-genuine")
    assert worn.specimen.wear == 1.0 and worn.specimen.genuine
    specimen, _files = generate_specimen(worn.specimen, specimen_id="worn")
    assert specimen.truth.verdict.value == "genuine"
    assert specimen.truth.extra["benign_flaws"]  # flaws of use, listed as no forgery sign
    # Every question of the module shows documents with wear, genuine and forged alike.
    assert all(q.specimen.wear > 0 for q in counterfeits.questions)
    key = worn.specimen.key()
    assert key.endswith(":wear=1.00")
    assert specimen_template(key) == "recipe:td3:KDV:genuine:0.500:wear=1.00"


def test_the_booklet_module_pages_through_booklets_and_locates_on_their_pages():
    """Module 10: booklet checks on whole passports (decision 0033): every method that attacks
    a booklet is asked for a verdict and located, and genuine booklets are mixed in."""
    from docinspect.synth.forgeries import BOOKLET_METHODS

    module = next(e for e in builtin_exercises() if e.id == "passport-booklets")
    recipes = [q.specimen for q in module.questions if isinstance(q.specimen, Recipe)]
    assert recipes and all(r.booklet and r.generator_type == "td3-booklet" for r in recipes)
    located = {m for q in module.questions if q.type == "locate" for m in q.specimen.methods}
    judged = {m for q in module.questions if q.type == "verdict" for m in q.specimen.methods}
    assert located == judged == set(BOOKLET_METHODS)
    assert any(r.genuine for r in recipes)
    lesson = " ".join(module.lesson)
    for check in ("perforated", "holes get a little smaller", "UV", "binding", "page number"):
        assert check in lesson, check
