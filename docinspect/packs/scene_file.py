"""Reading a specimen's ``scene.json`` as strictly as every other pack file.

A scene is drawn, not just shown, so a hostile one can do more than a hostile image: draw a
file from outside the pack (an absolute path or a link in an image item), hang the renderer
(an image item that is a FIFO), or cost minutes and gigabytes (millions of characters or
curve samples). ``read_scene_file`` refuses each before anything is drawn, with every reason
as ``field.path: reason``; ``pack validate``, the app and ``docinspect render`` all read
scenes through it.
"""

from __future__ import annotations

from pathlib import Path

from docinspect.i18n import Message, message_of
from docinspect.model.scene import Raster, Scene, SceneError, scene_from_dict
from docinspect.model.scene_cost import scene_cost_problems
from docinspect.packs.images import ImageCheckError, inspect_image
from docinspect.packs.jsontext import JsonTextError, parse_json
from docinspect.packs.limits import MAX_IMAGE_BYTES, MAX_SCENE_BYTES
from docinspect.packs.paths import UnsafePathError, inside, read_inside


def read_scene_file(folder: Path, name: str) -> Scene:
    """The scene ``name`` of the specimen folder ``folder``; SceneError listing every problem,
    each as ``<folder>/<name>: field: reason``."""
    source = str(folder / name)
    try:
        raw = read_inside(folder, name, limit=MAX_SCENE_BYTES)
    except UnsafePathError as exc:
        raise SceneError(
            [Message("{source}: {problem}", source=source, problem=message_of(exc))]
        ) from None
    try:
        data = parse_json(raw, limit=MAX_SCENE_BYTES)
    except JsonTextError as exc:
        raise SceneError(
            [Message("{source}: {problem}", source=source, problem=message_of(exc))]
        ) from None
    scene = scene_from_dict(data, source=source)
    problems = [
        Message("{source}: {problem}", source=source, problem=p)
        for p in [*scene_cost_problems(scene), *scene_image_problems(scene, folder)]
    ]
    if problems:
        raise SceneError(problems)
    return scene


def scene_image_problems(scene: Scene, folder: Path) -> list[str]:
    """Image items whose file is not a sound image inside ``folder`` (the specimen's own)."""
    problems: list[str] = []
    for i, item in enumerate(scene.items):
        if not isinstance(item, Raster):
            continue
        reason = image_problem(folder, item.file)
        if reason:
            problems.append(
                Message(
                    "{where}: {reason}",
                    where=f"items[{i}].file",
                    reason=Message("{file} {reason}", file=repr(item.file), reason=reason),
                )
            )
    return problems


def image_problem(folder: Path, name: str) -> str | None:
    """Why the image ``name`` cannot be drawn from ``folder``, or None: it must be a regular
    file inside the folder (no absolute path, no ``..``, no link, no FIFO) with a sound header
    of a size the pack limits allow."""
    try:
        path = inside(folder, name)
        if path.stat().st_size > MAX_IMAGE_BYTES:
            return Message("is more than the limit of {limit} bytes", limit=f"{MAX_IMAGE_BYTES:,}")
        inspect_image(path, decode=False)
    except (UnsafePathError, ImageCheckError, OSError) as exc:
        return message_of(exc)
    return None
