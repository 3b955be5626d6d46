"""The cue lexicon: the rule lemmatiser, cue normalisation, the packaged table and its miner.

Everything here runs on the packaged `core/data/cues.tsv` and on tiny hand-written brat files;
nothing reads ../shared.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quotetrace.core.cues import (
    LISTED_EVIDENCE,
    TSV_COLUMNS,
    CueEntry,
    CueKey,
    CueLexicon,
    CuePos,
    is_cue_form,
    lemmatize_noun,
    lemmatize_verb,
    load_cue_lexicon,
    normalize_cue,
    parse_cue_tsv,
    seed_cue_type,
)

# --- the verb lemmatiser ----------------------------------------------------------------------

REGULAR = {
    # plain -ed / -s / -ing
    "added": "add", "tweeted": "tweet", "claimed": "claim", "warned": "warn", "asserted": "assert",
    "says": "say", "tells": "tell", "adds": "add", "according": "accord", "telling": "tell",
    "calling": "call", "adding": "add", "reported": "report", "explained": "explain",
    # silent e restored
    "noted": "note", "argued": "argue", "quoted": "quote", "stated": "state", "cited": "cite",
    "hoping": "hope", "noting": "note", "indicated": "indicate", "negotiated": "negotiate",
    "created": "create", "decided": "decide", "described": "describe", "declared": "declare",
    "compared": "compare", "criticized": "criticize", "announced": "announce", "believed": "believe",
    "judged": "judge", "urged": "urge", "challenged": "challenge", "continued": "continue",
    "issued": "issue", "pursued": "pursue", "promised": "promise", "used": "use", "caused": "cause",
    "endorsed": "endorse", "acknowledged": "acknowledge", "concluded": "conclude", "invited": "invite",
    "completed": "complete", "ignored": "ignore", "assured": "assure", "examined": "examine",
    "handled": "handle", "persuaded": "persuade", "welcomed": "welcome", "becoming": "become",
    # no e to restore
    "visited": "visit", "opened": "open", "offered": "offer", "focused": "focus",
    "caucused": "caucus", "mentioned": "mention", "questioned": "question", "threatened": "threaten",
    "developed": "develop", "targeted": "target", "murmured": "murmur", "singing": "sing",
    # -ied / -ies / -ying
    "denied": "deny", "denies": "deny", "replied": "reply", "tried": "try", "testified": "testify",
    "tied": "tie", "died": "die", "dying": "die", "lying": "lie", "denying": "deny",
    # doubled consonants
    "admitted": "admit", "committed": "commit", "planned": "plan", "stopped": "stop",
    "occurred": "occur", "referred": "refer", "hopped": "hop", "getting": "get", "putting": "put",
    "controlled": "control", "travelled": "travel", "quizzed": "quiz",
    # double consonants that belong to the base
    "called": "call", "passed": "pass", "stressed": "stress", "buzzed": "buzz", "stuffed": "stuff",
    # -es
    "pushes": "push", "watches": "watch", "fixes": "fix", "passes": "pass", "focuses": "focus",
    "vetoes": "veto", "argues": "argue", "notes": "note", "criticizes": "criticize",
    # vowel-final stems
    "agreed": "agree", "freed": "free", "seeing": "see", "agreeing": "agree", "echoed": "echo",
    "vetoed": "veto", "going": "go",
    # prefixed bases found through the word lists
    "prearranged": "prearrange", "refocused": "refocus",
}  # fmt: skip

IRREGULAR = {
    "said": "say", "told": "tell", "wrote": "write", "written": "write", "thought": "think",
    "spoke": "speak", "spoken": "speak", "knew": "know", "known": "know", "saw": "see", "seen": "see",
    "found": "find", "took": "take", "gave": "give", "made": "make", "went": "go", "gone": "go",
    "came": "come", "got": "get", "heard": "hear", "felt": "feel", "meant": "mean", "kept": "keep",
    "held": "hold", "brought": "bring", "taught": "teach", "sought": "seek", "stood": "stand",
    "understood": "understand", "began": "begin", "won": "win", "lost": "lose", "sent": "send",
    "built": "build", "led": "lead", "met": "meet", "paid": "pay", "laid": "lay", "rose": "rise",
    "chose": "choose", "broke": "break", "drew": "draw", "threw": "throw", "shown": "show",
    "struck": "strike", "withdrew": "withdraw", "overcame": "overcome", "became": "become",
    "misled": "mislead", "fled": "flee", "misspoke": "misspeak", "mimicked": "mimic",
    "is": "be", "was": "be", "were": "be", "been": "be", "has": "have", "had": "have",
    "does": "do", "did": "do", "goes": "go",
    # same form in the past
    "put": "put", "set": "set", "cut": "cut", "hit": "hit", "cast": "cast", "read": "read",
}  # fmt: skip

BASES = [
    "say", "tell", "add", "note", "argue", "write", "focus", "discuss", "address", "stress", "need",
    "proceed", "succeed", "plead", "spread", "head", "bring", "sing", "string", "shed", "bias",
    "caucus", "accord", "agree", "see", "go", "echo",
]  # fmt: skip


@pytest.mark.parametrize(("form", "lemma"), sorted(REGULAR.items()))
def test_regular_verb_forms(form: str, lemma: str) -> None:
    assert lemmatize_verb(form) == lemma


@pytest.mark.parametrize(("form", "lemma"), sorted(IRREGULAR.items()))
def test_irregular_verb_forms(form: str, lemma: str) -> None:
    assert lemmatize_verb(form) == lemma


@pytest.mark.parametrize("base", BASES)
def test_base_forms_are_left_alone(base: str) -> None:
    assert lemmatize_verb(base) == base


def test_lemmatiser_normalises_case_space_and_hyphens() -> None:
    assert lemmatize_verb("  SAID ") == "say"
    assert lemmatize_verb("Tweeted") == "tweet"
    assert lemmatize_verb("fact-checked") == "fact-check"
    assert lemmatize_verb("re-elected") == "re-elect"
    assert lemmatize_verb("") == ""


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz-'", max_size=20))
def test_lemmatiser_is_total_and_lowercase(word: str) -> None:
    lemma = lemmatize_verb(word)
    assert lemma == lemma.lower()
    assert len(lemma) <= len(word) + 2  # at most a restored "e" (or "ie" for "dying")


def test_noun_lemmatiser() -> None:
    assert lemmatize_noun("statements") == "statement"
    assert lemmatize_noun("remarks") == "remark"
    assert lemmatize_noun("allegations") == "allegation"
    assert lemmatize_noun("policies") == "policy"
    assert lemmatize_noun("speeches") == "speech"
    assert lemmatize_noun("analyses") == "analysis"
    assert lemmatize_noun("news") == "news"
    assert lemmatize_noun("consensus") == "consensus"


# --- cue normalisation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "lemma", "pos"),
    [
        ("said", "say", "VERB"),
        ("Says", "say", "VERB"),
        ("has also said", "say", "VERB"),
        ("has said repeatedly", "say", "VERB"),
        ("did not mention", "mention", "VERB"),
        ("doesn't want", "want", "VERB"),
        ("said Sunday", "say", "VERB"),
        ("said:", "say", "VERB"),
        ("is expected", "expect", "VERB"),
        ("according to", "accord_to", "ADP"),
        ("\u2019s according to", "accord_to", "ADP"),
        ("according to a court document filed by", "accord_to", "ADP"),
        ("said in a statement", "say_in_statement", "VERB"),
        ("said in an interview", "say_in_interview", "VERB"),
        ("pointed out", "point_out", "VERB"),
        ("made it clear", "make_clear", "VERB"),
        ("has made clear", "make_clear", "VERB"),
        ("called for", "call_for", "VERB"),
        ("went on to say", "say", "VERB"),
        ("tried to explain", "explain", "VERB"),
        ("began by saying", "say", "VERB"),
        ("have, in fact, praised", "praise", "VERB"),
        ("reportedly", "reportedly", "ADV"),
        ("in", "in", "ADP"),
        ("criticism of", "criticism_of", "NOUN"),
        ("a fierce critic of", "critic_of", "NOUN"),
        ("is eager", "eager", "ADJ"),
        ("reserved his warmest words and fiercest passion for", "reserve", "VERB"),
        (":", ":", "PUNCT"),
    ],
)
def test_normalize_cue(surface: str, lemma: str, pos: CuePos) -> None:
    assert normalize_cue(surface) == CueKey(lemma, pos)


def test_normalize_cue_uses_the_word_before_to_tell_nouns_from_verbs() -> None:
    assert normalize_cue("claim", before="Critics reject the ") == CueKey("claim", "NOUN")
    assert normalize_cue("claims", before="Her aides ") == CueKey("claim", "VERB")
    # "some", "many" stand alone as subjects: "some say" is a verb
    assert normalize_cue("say", before="Some ") == CueKey("say", "VERB")
    # a past form stays a verb whatever precedes it
    assert normalize_cue("said", before="a friend of the family ") == CueKey("say", "VERB")


def test_normalize_cue_mends_a_span_that_starts_mid_word() -> None:
    assert normalize_cue("ater said", before="He l") == CueKey("say", "VERB")


def test_normalize_cue_without_words() -> None:
    assert normalize_cue("") is None
    assert normalize_cue("\u201c") is None
    assert normalize_cue("\u2014") == CueKey("\u2014", "PUNCT")


# --- cue types --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lemma", "cue_type"),
    [
        ("say", "speech"),
        ("tell", "speech"),
        ("think", "thought"),
        ("believe", "thought"),
        ("worry_about", "thought"),
        ("show", "evidence"),
        ("find", "evidence"),
        ("in_poll", "evidence"),
        ("in_statement", "speech"),
        ("in_response_to", "speech"),
        ("know_as", "speech"),
        ("accord_to", "speech"),
        ("zorble", "speech"),  # unknown verbs default to speech
    ],
)
def test_seed_cue_type(lemma: str, cue_type: str) -> None:
    assert seed_cue_type(lemma) == cue_type


# --- the packaged table -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def lexicon() -> CueLexicon:
    return load_cue_lexicon()


def test_packaged_lexicon_loads_once(lexicon: CueLexicon) -> None:
    assert load_cue_lexicon() is lexicon
    assert len(lexicon) > 300


def test_packaged_lexicon_has_the_common_cues(lexicon: CueLexicon) -> None:
    say, tell, add, according = (lexicon.lookup(k) for k in ("say", "tell", "add", "accord_to"))
    assert say is not None and tell is not None and add is not None and according is not None
    assert say.type == tell.type == add.type == according.type == "speech"
    assert say.pos == tell.pos == add.pos == "VERB"
    assert according.pos == "ADP"
    assert lexicon.entries[0] == say  # the commonest cue by far
    assert say.count > 1000 and tell.count > 100 and add.count > 50 and according.count > 50
    assert 0.1 < say.share < 0.5
    assert lexicon.cue_type("think") == "thought"
    assert lexicon.cue_type("show") == "evidence"


def test_packaged_table_is_well_formed(lexicon: CueLexicon) -> None:
    counts = [entry.count for entry in lexicon]
    assert counts == sorted(counts, reverse=True)
    mined = [entry for entry in lexicon if not entry.listed]
    assert all(entry.count >= 2 and entry.source.startswith("polnear") for entry in mined)
    assert all(entry.count >= 3 for entry in lexicon.multiword_patterns)
    # Rows added from WordNet, UD and by hand carry no PolNeAR figures, so no corpus rate.
    listed = [entry for entry in lexicon if entry.listed]
    assert listed and all(e.count == 0 and e.rate == 0.0 and e.share == 0.0 and e.pos == "VERB" for e in listed)
    assert all(set(e.source.split("+")) <= {"polnear", "wordnet", "ud", "hand"} for e in lexicon)
    assert all(entry.lemma == entry.lemma.lower() and " " not in entry.lemma for entry in lexicon)
    assert sum(entry.share for entry in lexicon) <= 1.0


def test_packaged_table_holds_short_forms_only() -> None:
    # PolNeAR has no licence: the table may keep cue words, never running text.
    path = Path(__file__).resolve().parents[1] / "core" / "data" / "cues.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert tuple(lines[0].split("\t")) == TSV_COLUMNS
    for line in lines[1:]:
        forms = line.split("\t")[TSV_COLUMNS.index("example_forms")]
        for form in filter(None, forms.split("|")):
            assert len(form.split()) <= 4 and len(form) <= 40, form
        assert len(forms.split("|")) <= 5


def test_lookup(lexicon: CueLexicon) -> None:
    assert lexicon.lookup("zorble") is None
    assert lexicon.lookup("according to") == lexicon.lookup("accord_to")
    assert lexicon.lookup(" Say ") == lexicon.lookup("say")
    assert "say" in lexicon and "zorble" not in lexicon


def test_multiword_patterns(lexicon: CueLexicon) -> None:
    patterns = {entry.lemma: entry for entry in lexicon.multiword_patterns}
    for key in ("accord_to", "say_in_statement", "point_out", "make_clear", "call_for"):
        assert key in patterns
    assert patterns["accord_to"].words == ("accord", "to")
    assert patterns["say_in_statement"].head == "say"
    assert all(entry.is_multiword for entry in patterns.values())


def test_is_cue_verb(lexicon: CueLexicon) -> None:
    for verb in ("say", "tell", "add", "note", "argue", "tweet", "think", "point"):
        assert lexicon.is_cue_verb(verb), verb
    assert lexicon.is_cue_verb("point_out")
    assert not lexicon.is_cue_verb("zorble")
    assert not lexicon.is_cue_verb("make")  # light verb: only through make_clear and co.
    assert not lexicon.is_cue_verb("be")
    assert not lexicon.is_cue_verb("accord")  # only as "according to", a preposition
    rare = min((e for e in lexicon if not (e.is_multiword or e.listed) and e.pos == "VERB"), key=lambda e: e.count)
    assert not lexicon.is_cue_verb(rare.lemma, min_count=lexicon.head_count(rare.lemma) + 1)


@pytest.mark.parametrize(
    "verb", ["whisper", "mutter", "grumble", "sigh", "snap", "stammer", "stutter", "murmur", "scream", "whimper"]
)
def test_speech_verbs_from_lexical_resources(lexicon: CueLexicon, verb: str) -> None:
    entry = lexicon.lookup(verb)
    assert entry is not None and entry.listed and entry.type == "speech"
    assert lexicon.is_cue_verb(verb)
    # No corpus evidence: never enough for the rules that want a verb seen often in news, and
    # no rate, so its object or topic is never read as the report.
    assert not lexicon.is_cue_verb(verb, min_count=5)
    assert lexicon.rate(verb) == 0.0 and lexicon.prior(verb) == 0.0


def test_mined_rows_note_the_resources_that_list_them_too(lexicon: CueLexicon) -> None:
    for verb in ("say", "exclaim", "concede", "boast", "shout", "quip"):
        entry = lexicon.lookup(verb)
        assert entry is not None and not entry.listed and "wordnet" in entry.source.split("+"), verb


def test_listed_entry_counts_only_at_the_default_threshold() -> None:
    table = f"{HEADER}\nsay\tVERB\tspeech\t10\t0.5\t0.8\t\tpolnear\nhiss\tVERB\tspeech\t0\t0\t0\t\twordnet\n"
    lexicon = parse_cue_tsv(table)
    assert lexicon.is_cue_verb("hiss") and lexicon.is_cue_verb("hiss", min_count=LISTED_EVIDENCE)
    assert not lexicon.is_cue_verb("hiss", min_count=LISTED_EVIDENCE + 1)
    assert lexicon.lookup("say") == CueEntry("say", "VERB", "speech", 10, 0.5, 0.8)


def test_table_without_source_column_is_all_mined() -> None:
    legacy = "\t".join(TSV_COLUMNS[:-1])
    lexicon = parse_cue_tsv(f"{legacy}\nsay\tVERB\tspeech\t10\t0.5\t0.8\tsaid\n")
    entry = lexicon.lookup("say")
    assert entry is not None and entry.source == "polnear" and not entry.listed


def test_head_count_includes_multiword_patterns(lexicon: CueLexicon) -> None:
    say = lexicon.lookup("say")
    in_statement = lexicon.lookup("say_in_statement")
    assert say is not None and in_statement is not None
    assert lexicon.head_count("say") >= say.count + in_statement.count


def test_prior(lexicon: CueLexicon) -> None:
    assert lexicon.prior("say") == 1.0
    assert 0.0 < lexicon.prior("tweet") < lexicon.prior("tell") < 1.0
    assert 0.0 < lexicon.prior("point_out") < 1.0
    assert lexicon.prior("zorble") == 0.0
    assert lexicon.prior("point_zorble") == 0.0


def test_cue_type_falls_back_to_the_head(lexicon: CueLexicon) -> None:
    assert lexicon.cue_type("zorble") is None
    assert lexicon.cue_type("worry") == "thought"


# --- reading a table --------------------------------------------------------------------------

HEADER = "\t".join(TSV_COLUMNS)


def test_parse_cue_tsv() -> None:
    lexicon = parse_cue_tsv(
        f"{HEADER}\nsay\tVERB\tspeech\t10\t0.5\t0.8\tsaid|says\tpolnear\nthink\tVERB\tthought\t2\t0.1\t0.05\t\tpolnear\n"
    )
    assert lexicon.entries == (
        CueEntry("say", "VERB", "speech", 10, 0.5, 0.8),
        CueEntry("think", "VERB", "thought", 2, 0.1, 0.05),
    )
    assert lexicon.rate("say") == 0.8 and lexicon.rate("thinks") == 0.0 and lexicon.rate("gossip") == 0.0


def test_rate_of_a_multiword_head_falls_back_to_its_commonest_entry() -> None:
    rows = "point_out\tVERB\tspeech\t9\t0.5\t0.4\t\tpolnear\npoint_to\tVERB\tspeech\t2\t0.1\t0.1\t\tpolnear\n"
    lexicon = parse_cue_tsv(f"{HEADER}\n{rows}")
    assert lexicon.rate("point") == 0.4


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("lemma\tpos\n", "header"),
        (f"{HEADER}\nsay\tVERB\tspeech\t10\n", "line 2"),
        (f"{HEADER}\nsay\tVERB\tgossip\t10\t0.5\t0.5\t\tpolnear\n", "gossip"),
        (f"{HEADER}\nsay\tVERB\tspeech\tmany\t0.5\t0.5\t\tpolnear\n", "line 2"),
        (f"{HEADER}\nsay\tVERB\tspeech\t1\t0.5\tlots\t\tpolnear\n", "line 2"),
        (f"{HEADER}\nsay\tVERB\tspeech\t1\t0.5\t0.5\t\tpolnear\nsay\tVERB\tspeech\t1\t0.5\t0.5\t\tpolnear\n", "twice"),
    ],
)
def test_parse_cue_tsv_rejects_bad_tables(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_cue_tsv(text)


# --- the miner, on a tiny hand-made brat sample -----------------------------------------------


def _load_miner() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "training" / "mine_cues.py"
    spec = importlib.util.spec_from_file_location("mine_cues", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["mine_cues"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def _span(text: str, piece: str, start: int = 0) -> tuple[int, int]:
    begin = text.index(piece, start)
    return begin, begin + len(piece)


def _write_article(root: Path, split: str, stem: str, text: str, cues: list[str], extra: str = "") -> None:
    """An article whose attributions use `cues` (found in order in `text`), brat-style."""
    (root / split / "text").mkdir(parents=True, exist_ok=True)
    (root / split / "attributions").mkdir(parents=True, exist_ok=True)
    (root / split / "text" / f"{stem}.txt").write_text(text, encoding="utf-8")
    lines: list[str] = []
    position = 0
    for number, cue in enumerate(cues, start=1):
        start, end = _span(text, cue, position)
        position = end
        lines.append(f"T{number}\tCue {start} {end}\t{cue}")
        lines.append(f"E{number}\tAttribution:T{number} Cue:T{number}")
    (root / split / "attributions" / f"{stem}_abcd.ann").write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")


TEXT_A = (
    "The mayor said the bridge would open.\n\n"
    "Officials have also said it was safe, according to the city.\n\n"
    "She said in a statement that the vote\nwas fair, and later told reporters so.\n\n"
    "Polls show a tight race; the union pointed out the cost.\n"
)
TEXT_B = "He said the plan works. According to aides, he said it twice. A survey shows support.\n"


def test_miner_counts_normalises_and_filters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    miner = _load_miner()
    root = tmp_path / "polnear"
    # A multi-line record, an unreferenced Cue span, and an E line naming a Discuss span: only
    # cues named by attributions count, and the slip is skipped.
    start, end = _span(TEXT_A, "Polls show")
    extra = (
        f"T20\tContent {_span(TEXT_A, 'that the vote')[0]} {_span(TEXT_A, 'was fair')[1]}\tthat the vote\nwas fair\n"
        f"T21\tCue {start} {end}\tPolls show\n"
        f"T22\tDiscuss {start} {end}\tPolls show\n"
        "E20\tAttribution:T22 Cue:T22\n"
    )
    cues_a = ["said", "have also said", "according to", "said in a statement", "told", "show", "pointed out"]
    _write_article(root, "train", "a", TEXT_A, cues_a, extra)
    _write_article(root, "train", "b", TEXT_B, ["said", "According to", "said", "shows"])
    # dev must never be read
    _write_article(root, "dev", "c", "X wrote that. Y wrote this. Z wrote it.\n", ["wrote", "wrote", "wrote"])

    result = miner.mine(root)
    rows = {row.lemma: row for row in result.rows}
    assert result.total_cues == 11
    assert result.articles == 2
    assert len(result.skipped) == 1
    assert "write" not in rows
    # "said in a statement" (once) folds into "say"; "told", "pointed out" (once) are dropped
    assert rows["say"].count == 5
    assert rows["accord_to"].count == 2 and rows["accord_to"].pos == "ADP"
    assert rows["show"].count == 2 and rows["show"].type == "evidence"
    assert set(rows) == {"say", "accord_to", "show"}
    assert rows["say"].share == pytest.approx(5 / 11)
    assert rows["say"].example_forms[0] == "said"
    # "said in a statement" was folded into say, but it is not a form of say alone
    assert set(rows["say"].example_forms) == {"said", "have also said"}
    assert [row.lemma for row in result.rows] == ["say", "accord_to", "show"]

    out = tmp_path / "cues.tsv"
    assert miner.main(["--polnear", str(root), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "total cues: 11" in printed and "coverage of top 50" in printed
    written = parse_cue_tsv(out.read_text(encoding="utf-8"))
    assert [e.lemma for e in written] == ["say", "accord_to", "show"]
    # every "said" and "according" in the train texts was a cue: rate 1
    assert written.lookup("say") == CueEntry("say", "VERB", "speech", 5, round(5 / 11, 6), 1.0)


def test_miner_rate_counts_the_head_word_wherever_it_occurs(tmp_path: Path) -> None:
    miner = _load_miner()
    root = tmp_path / "polnear"
    text = "A said X. B said Y. The word said, in a list, is no cue. C says nothing.\n"
    _write_article(root, "train", "a", text, ["said", "said"])
    rows = {row.lemma: row for row in miner.mine(root).rows}
    assert rows["say"].count == 2
    assert rows["say"].rate == pytest.approx(2 / 4)


def test_miner_keeps_frequent_multiword_patterns_and_reads_discontinuous_spans(tmp_path: Path) -> None:
    miner = _load_miner()
    root = tmp_path / "polnear"
    text = "A pointed out X. B pointed out Y. C points out Z. D said, in short, that it works.\n"
    _write_article(root, "train", "a", text, ["pointed out", "pointed out", "points out"])
    said, comma = _span(text, "said"), _span(text, "that it")
    ann = root / "train" / "attributions" / "a_abcd.ann"
    ann.write_text(
        ann.read_text(encoding="utf-8") + f"T9\tCue {said[0]} {said[1]};{comma[0]} {comma[0] + 4}\tsaid that\n"
        "E9\tAttribution:T9 Cue:T9\n",
        encoding="utf-8",
    )
    result = miner.mine(root)
    rows = {row.lemma: row for row in result.rows}
    assert rows["point_out"].count == 3
    assert rows["point_out"].example_forms == ("pointed out", "points out")
    assert result.total_cues == 4  # the discontinuous "said ... that" counted once, then dropped (< 2)


def test_example_forms_never_carry_article_words() -> None:
    miner = _load_miner()
    forms = Counter({"according to": 3, "according to an analysis": 2, "'s according to": 1})
    assert miner.example_forms(forms, "accord_to") == ("according to", "'s according to")
    # every occurrence a longer phrasing: cut down to the words of the key
    assert miner.example_forms(Counter({"came as a surprise": 2, "comes out of nowhere for": 1}), "come") == (
        "came",
        "comes",
    )
    assert miner.display_form("  Said: ") == "said"
    assert miner.display_form("\u2019s according to") == "'s according to"


def test_is_cue_form() -> None:
    assert is_cue_form("has also said", "say")
    assert is_cue_form("did not respond to", "respond_to")
    assert is_cue_form("said in a statement:", "say_in_statement")
    assert not is_cue_form("according to an analysis", "accord_to")
    assert not is_cue_form("said in a statement", "say")


def test_miner_refuses_a_folder_without_train(tmp_path: Path) -> None:
    miner = _load_miner()
    with pytest.raises(FileNotFoundError, match="train"):
        miner.mine(tmp_path)


def test_mined_row_that_a_resource_also_lists_counts_at_the_default_threshold() -> None:
    # "exclaim" was seen twice in PolNeAR train, under the default of 3; WordNet lists it as a
    # speech verb, which is the evidence a listed row has.
    rows = "exclaim\tVERB\tspeech\t2\t0.1\t1.0\t\tpolnear+wordnet\nbrood\tVERB\tspeech\t2\t0.1\t1.0\t\tpolnear\n"
    lexicon = parse_cue_tsv(f"{HEADER}\n{rows}")
    assert lexicon.is_cue_verb("exclaim") and not lexicon.is_cue_verb("exclaim", min_count=LISTED_EVIDENCE + 1)
    assert not lexicon.is_cue_verb("brood")
