"""What a trainee's copy of an exam holds: specimens, exercises and images with no answer in them.

Used by ``seal_exam_pack`` (docinspect.classroom.answer_keys); see decision 0018 for the
rules and docinspect.classroom.exam_leaks for the check that a sealed pack keeps them.
Every function here is pure: it takes the instructor's JSON and returns the trainee's.
"""

from __future__ import annotations

import io
import re
import secrets
from collections.abc import Iterable, Mapping
from typing import Any, Final

from PIL import Image, UnidentifiedImageError

from docinspect.i18n import Message
from docinspect.model.taxonomy import load_taxonomy
from docinspect.model.truth import Verdict


class SealRefused(ValueError):
    """Something in the pack cannot be sealed safely; the message names the file and why."""


#: Keys a sealed specimen.json has, every one of them something the document shows.
SHOWN_SPECIMEN_KEYS: Final = (
    "id",
    "title",
    "document_type",
    "size_mm",
    "issuing_state",
    "truth",
    "layers",
    "mrz",
    "data",
    "scene",
    "assets",
    "traveller",
    "pages",
)
#: Keys a sealed booklet page has: its place in the booklet and its look (decision 0033).
SHOWN_PAGE_KEYS: Final = ("id", "label", "scene", "before_data_page")
#: Keys a sealed pack.json has (decision 0018): nothing of how the pack was made.
SEALED_PACK_KEYS: Final = (
    "format",
    "id",
    "title",
    "version",
    "created",
    "specimens",
    "exercises",
    "answer_key",
)
#: Question fields that give the answer away, per question type, moved into the key. A
#: locate question's light is the light its defect shows under.
ANSWER_FIELDS: Final[Mapping[str, tuple[str, ...]]] = {
    "locate": ("feature", "method", "light"),
    "mrz": ("answer",),
}
#: Question fields a sealed exercise keeps; the others (notes, unknown keys) go in the key.
SHOWN_QUESTION_KEYS: Final = frozenset(
    {"id", "type", "prompt", "points", "specimen", "reference", "ask_method", "method_credit",
     "input", "tolerance_mm", "iou_threshold", "choices", "sealed"}
)  # fmt: skip
#: Exercise fields a sealed exercise keeps.
SHOWN_EXERCISE_KEYS: Final = frozenset(
    {"format", "id", "title", "mode", "shuffle", "time_limit_s", "document_time_s",
     "pass_mark", "questions"}
)  # fmt: skip
#: Questions that cannot be asked without showing their answer.
UNSEALABLE: Final[Mapping[str, str]] = {
    "identify": "an identify question marks the region and names its feature",
    "which_light": "a which-light question names its feature and accepted lights",
}
#: Question types that presuppose a defect on their specimen (a genuine one has none to find).
PRESUPPOSE_DEFECT: Final = frozenset({"locate", "mrz"})
#: Seeds below this can be found by trying them one after another (decision 0018).
GUESSABLE_SEED: Final = 2**40
NEUTRAL_ID: Final = re.compile(r"^(exam|doc|e|img|q)[-]?[0-9a-f]*[0-9]*$")


def neutral_name(prefix: str) -> str:
    """A random name with no order and no meaning, e.g. ``doc-3f9a1c2e``."""
    return f"{prefix}-{secrets.token_hex(4)}"


def truth_words() -> tuple[str, ...]:
    """Words that name a verdict or a forgery method: none may appear in a sealed pack's
    names, ids or scene. Read from the taxonomy, so methods added later are covered."""
    taxonomy = load_taxonomy()
    words = {v.value for v in Verdict} | {"forged", "forgery", "fake", "counterfeit", "altered"}
    for method_id in taxonomy.methods:
        words.add(method_id)
        words.add(method_id.replace("_", "-"))
    return tuple(sorted(words))


def words_in(text: str, words: Iterable[str]) -> list[str]:
    low = text.lower()
    return [w for w in words if w.lower() in low]


def check_seed(manifest: Mapping[str, Any], where: str) -> None:
    """Refuse a generated pack whose seed can be guessed: whoever runs ``docinspect
    generate`` with seeds 0, 1, 2, … until the holders' names match rebuilds every specimen
    with its truth, passphrase or not."""
    gen = manifest.get("generator")
    seed = gen.get("seed") if isinstance(gen, Mapping) else None
    if isinstance(seed, int) and not isinstance(seed, bool) and 0 <= seed < GUESSABLE_SEED:
        raise SealRefused(
            Message(
                "{where}: generator.seed: {seed} can be guessed: trying seeds one after another "
                "with the public generator rebuilds every specimen with its answer; generate "
                "the exam's specimens with a random seed ({command}) and seal that pack",
                where=where,
                seed=seed,
                command="docinspect generate --seed "
                "\"$(python3 -c 'import secrets; print(secrets.randbits(62))')\"",
            )
        )


def check_captured_names(spec: Mapping[str, Any], folder: str, where: str) -> None:
    """Refuse a captured specimen whose files or folder are named for its truth: whoever named
    the scan ``forged`` may have labelled the document or the image the same way, and the
    sealing cannot read a scan's content."""
    layers = spec.get("layers")
    names = [folder]
    if isinstance(layers, Mapping):
        names += [str(v) for v in layers.values()]
    words = truth_words()
    for name in names:
        found = words_in(name, words)
        if found:
            raise SealRefused(
                Message(
                    "{where}: layers: the captured file or folder {name} says {word}: a scan "
                    "named for its truth may show it too (a label, a caption, a note); rename "
                    "the scans, check the images, and seal again",
                    where=where,
                    name=repr(name),
                    word=repr(found[0]),
                )
            )


def sealed_specimen(
    spec: Mapping[str, Any], *, new_id: str, number: int, renamed: Mapping[str, str]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the trainee's specimen.json, the key's copy of the original) under the new id.

    ``renamed`` maps every file the specimen uses to its neutral name. The key's copy keeps
    the truth, regions and title, with the new id and file names so the station can rebuild
    the pack around the sealed files.
    """

    def files(data: dict[str, Any]) -> dict[str, Any]:
        out = dict(data)
        if isinstance(out.get("layers"), Mapping):
            out["layers"] = {k: renamed[v] for k, v in out["layers"].items()}
        if isinstance(out.get("assets"), list):
            out["assets"] = sorted(renamed[a] for a in out["assets"])
        for key in ("scene", "traveller"):
            if isinstance(out.get(key), str):
                out[key] = renamed[out[key]]
        return out

    shown = files({k: spec[k] for k in SHOWN_SPECIMEN_KEYS if k in spec and k != "pages"})
    shown["id"] = new_id
    shown["title"] = f"Exam document {number}"  # a title often names the forgery
    shown["truth"] = {"sealed": True}
    original = files(dict(spec))
    pages = page_list(spec)
    if pages:
        # A booklet is inspected page by page: every page is shown, as its look only (no
        # regions), under ids that say where it is in the booklet and nothing else; the key
        # keeps its regions under the same ids, to score a locate answer that names a page.
        shown["pages"], original["pages"] = [], []
        for number, page in enumerate(pages, start=1):
            label = str(page.get("label", ""))
            found = words_in(label, truth_words())
            if found:
                raise SealRefused(
                    Message(
                        "pages[{index}].label: {label} says {word}; a page's label is shown to "
                        "the trainee: name the page by its number",
                        index=number - 1,
                        label=repr(label),
                        word=repr(found[0]),
                    )
                )
            page_id = f"p{number}"
            scene = renamed[page["scene"]]
            shown_page = {"id": page_id, "label": label, "scene": scene}
            if page.get("before_data_page") is True:  # a cover: every booklet has one
                shown_page["before_data_page"] = True
            shown["pages"].append(shown_page)
            original["pages"].append({**page, "id": page_id, "scene": scene})
    # Chips are not sealed (decision 0025): whether a chip answers would tell a visual exam's
    # counterfeits from genuine documents without looking at them.
    original.pop("chip", None)
    original["id"] = new_id
    return shown, original


def specimen_files(spec: Mapping[str, Any]) -> list[str]:
    """Every file a specimen.json names (layers, scene, assets, traveller), each once."""
    seen: dict[str, None] = {}
    layers = spec.get("layers")
    if isinstance(layers, Mapping):
        for v in layers.values():
            seen.setdefault(str(v))
    for key in ("scene", "traveller"):
        if isinstance(spec.get(key), str):
            seen.setdefault(spec[key])
    for a in spec.get("assets") or []:
        seen.setdefault(str(a))
    for page in page_list(spec):
        seen.setdefault(page["scene"])
    return list(seen)


def page_list(spec: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """A booklet's pages as its specimen.json lists them (each with a scene); [] for one page."""
    pages = spec.get("pages")
    if not isinstance(pages, list):
        return []
    return [p for p in pages if isinstance(p, Mapping) and isinstance(p.get("scene"), str)]


def page_scenes(spec: Mapping[str, Any]) -> set[str]:
    """The scene files of a booklet's pages."""
    return {p["scene"] for p in page_list(spec)}


def plain_png(data: bytes, where: str) -> bytes:
    """The image re-encoded as a PNG with nothing but its pixels: no text chunks, EXIF,
    colour profile or timestamps, and the same encoder settings for every image, so its bytes
    say no more than its pixels do."""
    try:
        with Image.open(io.BytesIO(data)) as im:
            im.load()
            out = io.BytesIO()
            im.save(out, format="PNG", compress_level=6)
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise SealRefused(
            Message(
                "{where}: not an image DocInspect can read ({kind}); it cannot be sealed",
                where=where,
                kind=type(exc).__name__,
            )
        ) from exc
    return out.getvalue()


def sealed_exercise(
    data: Any, file: str, specimen_ids: Mapping[str, str]
) -> tuple[dict[str, Any], dict[str, Any], list[str]]:
    """(the trainee's exercise, the key's copy, warnings) with questions renumbered q1, q2, …
    and specimens under their sealed ids.

    The trainee's copy is in exam mode (no feedback: the seat has nothing to explain), without
    its lesson, the fields that name an answer or anything else a question does not need.
    """
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
        raise SealRefused(Message("{file}: questions: must be a list", file=file))
    methods = [w for w in truth_words() if "_" in w or "-" in w]
    for key in ("id", "title"):
        found = words_in(str(data.get(key, "")), methods)
        if found:
            raise SealRefused(
                Message(
                    "{file}: {key}: names the forgery method {method}",
                    file=file,
                    key=key,
                    method=repr(found[0]),
                )
            )
    shown = {k: v for k, v in data.items() if k in SHOWN_EXERCISE_KEYS}
    shown["mode"] = "exam"
    key = dict(data)
    shown_qs, key_qs = [], []
    for i, raw in enumerate(data["questions"]):
        if not isinstance(raw, dict):
            raise SealRefused(
                Message("{file}: questions[{index}]: must be an object", file=file, index=i)
            )
        qtype = raw.get("type")
        if qtype in UNSEALABLE:
            raise SealRefused(
                Message(
                    "{file}: questions[{index}]: {type} questions cannot go in a sealed exam "
                    "({reason}); use verdict, compare, locate or MRZ questions",
                    file=file,
                    index=i,
                    type=qtype,
                    reason=Message(UNSEALABLE[qtype]),
                )
            )
        if raw.get("recipe") is not None or raw.get("reference_recipe") is not None:
            raise SealRefused(
                Message(
                    "{file}: questions[{index}]: a generator recipe names its forgery methods; "
                    "generate the specimens into the pack before sealing it",
                    file=file,
                    index=i,
                )
            )
        found = words_in(str(raw.get("prompt", "")), methods)
        if found:
            raise SealRefused(
                Message(
                    "{file}: questions[{index}].prompt: names the method {method}",
                    file=file,
                    index=i,
                    method=repr(found[0]),
                )
            )
        original = dict(raw)
        original["id"] = f"q{i + 1}"
        for ref in ("specimen", "reference"):
            if isinstance(raw.get(ref), str):
                if raw[ref] not in specimen_ids:
                    raise SealRefused(
                        Message(
                            "{file}: questions[{index}].{field}: no specimen {id}",
                            file=file,
                            index=i,
                            field=ref,
                            id=repr(raw[ref]),
                        )
                    )
                original[ref] = specimen_ids[raw[ref]]
        hidden = ANSWER_FIELDS.get(str(qtype), ())
        q = {k: v for k, v in original.items() if k in SHOWN_QUESTION_KEYS and k not in hidden}
        q["sealed"] = True
        shown_qs.append(q)
        key_qs.append(original)
    shown["questions"] = shown_qs
    key["questions"] = key_qs
    return shown, key, _hints(shown_qs, file)


def shown_texts(exercises: Iterable[Mapping[str, Any]], pack_title: str = "") -> set[str]:
    """The texts a seat shows of a sealed exam that a catalogue can translate: the pack's
    title, each exercise's title and each question's prompt (an exam has no lesson and no
    feedback)."""
    texts = {pack_title}
    for data in exercises:
        texts.add(str(data.get("title") or ""))
        for q in data.get("questions") or []:
            if isinstance(q, Mapping):
                texts.add(str(q.get("prompt") or ""))
    return {t for t in texts if t.strip()}


def shown_translations(catalogue: Mapping[str, str], shown: set[str]) -> dict[str, str]:
    """The entries of an instructor's catalogue a sealed exam may carry in clear: those of
    the texts it shows. The translations of explanations and answers stay in the sealed key
    with the English they translate (decision 0035)."""
    return {english: text for english, text in catalogue.items() if english in shown and text}


def _hints(questions: list[dict[str, Any]], file: str) -> list[str]:
    """Questions whose mere presence tells another question's answer."""
    asked = {
        q["specimen"]: q["id"]
        for q in questions
        if q.get("type") in ("verdict", "compare") and isinstance(q.get("specimen"), str)
    }
    out = []
    for q in questions:
        spec = q.get("specimen")
        if q.get("type") in PRESUPPOSE_DEFECT and spec in asked:
            out.append(
                f"{file}: {q['id']}: a {q['type']} question presupposes a defect, so it tells "
                f"that the document {asked[spec]} asks about is forged"
            )
        ref = q.get("reference")
        if q.get("type") == "compare" and ref in asked and asked[ref] != q["id"]:
            out.append(
                f"{file}: {q['id']}: its reference is genuine by definition, and "
                f"{asked[ref]} asks whether that document is"
            )
    return out
