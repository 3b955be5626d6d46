"""Run one of stanza's training scripts with the network starting from an existing model's weights.

    python training/warm_start.py INIT_MODEL stanza.utils.training.run_pos ARGS...
    python training/warm_start.py INIT_MODEL stanza.utils.training.run_depparse ARGS...

stanza's tagger always builds a fresh network, and its depparse can resume a checkpoint (with the
old run's dev history, which a phase on other data must not inherit). A second training phase from
the weights of the first, with a fresh optimizer, is what lets a CPU budget be spent in pieces and
lets the parser's second phase learn from predicted tags.

The parser phase keeps the first phase's vocabulary: its embedding tables are sized by it, and
stanza would otherwise build a new one from the new training file (retagged data has feature
combinations the gold data lacks). Weights are read with stanza's own loaders, which use
`torch.load(weights_only=True)`.
"""

from __future__ import annotations

import runpy
import sys
from typing import Any


def _warm_tagger(init_model: str) -> None:
    import stanza.models.tagger as tagger

    fresh = tagger.Trainer

    def warm_trainer(*args: Any, **kwargs: Any) -> Any:
        if kwargs.get("model_file") is None and kwargs.get("args") is not None:
            # the new run's arguments (max_steps, lr, ...) override the stored ones
            return fresh(args=kwargs["args"], model_file=init_model, device=kwargs.get("device"),
                         foundation_cache=kwargs.get("foundation_cache"))
        return fresh(*args, **kwargs)

    tagger.Trainer = warm_trainer  # type: ignore[assignment,misc]


def _warm_parser(init_model: str, rest: list[str]) -> list[str]:
    import stanza.models.parser as parser
    from stanza.models.depparse.trainer import Trainer

    vocab = Trainer.load(init_model, pretrain=None).vocab
    loader = parser.DataLoader

    def same_vocab_loader(*args: Any, **kwargs: Any) -> Any:
        if kwargs.get("vocab") is None:
            kwargs["vocab"] = vocab
        return loader(*args, **kwargs)

    parser.DataLoader = same_vocab_loader  # type: ignore[assignment,misc]
    # stanza's own warm start: weights from the file, fresh optimizer and dev history
    return [*rest, "--continue_from", init_model]


def main(argv: list[str]) -> None:
    if len(argv) < 2:
        raise SystemExit(__doc__)
    init_model, module, rest = argv[0], argv[1], argv[2:]
    if module.endswith("run_pos"):
        _warm_tagger(init_model)
    elif module.endswith("run_depparse"):
        rest = _warm_parser(init_model, rest)
    else:
        raise SystemExit(f"warm start supports run_pos and run_depparse, not {module}")
    sys.argv = [module, *rest]
    runpy.run_module(module, run_name="__main__")


if __name__ == "__main__":
    main(sys.argv[1:])
