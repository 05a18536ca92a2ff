"""The scene cost limits leave ample room for every page the generator draws, forged or not."""

from __future__ import annotations

import json

import pytest

from docinspect.model.scene import scene_from_dict
from docinspect.model.scene_cost import (
    MAX_ITEM_POINTS,
    MAX_SCENE_POINTS,
    item_points,
    scene_cost_problems,
)
from docinspect.synth.documents import SCENE_FILE
from docinspect.synth.generate import DOC_TYPES, build_specimen, plan_pack


@pytest.mark.slow
@pytest.mark.parametrize("doc_type", DOC_TYPES)
def test_generated_scenes_cost_under_a_tenth_of_the_budget(doc_type):
    for plan in plan_pack(doc_type=doc_type, count=3, seed=11, forged_share=0.67):
        _, files = build_specimen(plan)
        scene = scene_from_dict(json.loads(files[SCENE_FILE]))
        assert scene_cost_problems(scene) == []
        points = [item_points(i) for i in scene.items]
        assert sum(points) < MAX_SCENE_POINTS / 10, (plan, sum(points))
        assert max(points) < MAX_ITEM_POINTS / 10, (plan, max(points))
