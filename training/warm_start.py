"""Run one of stanza's training scripts with the tagger starting from an existing model's weights.

    python training/warm_start.py INIT_MODEL stanza.utils.training.run_pos ARGS...

stanza's tagger always builds a fresh network, and its depparse can resume a checkpoint but the
tagger cannot. A second training phase from the weights of the first (with a fresh optimizer) is
what lets a CPU budget be spent in pieces: `train_models.py pos --continue-steps N` uses this.
The weights are read with stanza's own loader (`torch.load(weights_only=True)`).
"""

from __future__ import annotations

import runpy
import sys
from typing import Any


def main(argv: list[str]) -> None:
    if len(argv) < 2:
        raise SystemExit(__doc__)
    init_model, module, rest = argv[0], argv[1], argv[2:]
    import stanza.models.tagger as tagger

    fresh = tagger.Trainer

    def warm_trainer(*args: Any, **kwargs: Any) -> Any:
        if kwargs.get("model_file") is None and kwargs.get("args") is not None:
            # the new run's arguments (max_steps, lr, ...) override the stored ones
            return fresh(args=kwargs["args"], model_file=init_model, device=kwargs.get("device"),
                         foundation_cache=kwargs.get("foundation_cache"))
        return fresh(*args, **kwargs)

    tagger.Trainer = warm_trainer  # type: ignore[assignment,misc]
    sys.argv = [module, *rest]
    runpy.run_module(module, run_name="__main__")


if __name__ == "__main__":
    main(sys.argv[1:])
