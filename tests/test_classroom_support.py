"""Shared helpers of the classroom tests: a class pack given to the class (databases and
attempts are in tests/support)."""

from __future__ import annotations


def give_class_pack(room, boss, folder, exercises, *, pack_id="class-demo"):
    """Give the class a pack holding ``exercises`` ({id: number of questions} or parsed
    Exercise objects) over one specimen ``s01``, as the studio would export it; the pack."""
    from hostile.packbuild import specimen_files

    from docinspect.model.exercise import exercise_to_data
    from docinspect.packs import ExerciseFile, write_pack

    files = []
    items = exercises.items() if isinstance(exercises, dict) else exercises
    for entry in items:
        if isinstance(entry, tuple):
            exercise_id, count = entry
            data = {
                "format": 1,
                "id": exercise_id,
                "title": f"Exercise {exercise_id}",
                "mode": "practice",
                "questions": [
                    {"id": f"q{i}", "type": "verdict", "specimen": "s01"} for i in range(count)
                ],
            }
        else:
            data = exercise_to_data(entry)
        files.append(ExerciseFile(f"exercises/{data['id']}.json", data))
    write_pack(
        folder,
        pack_id=pack_id,
        title="Seized at the border",
        version="1",
        specimens=[specimen_files()],
        exercises=files,
    )
    return room.add_pack(boss, folder)
