"""Linking cost on synthetic corpora: time and peak memory for 1k, 10k, 30k and 100k reports.

Signatures are generated here (no news text): random incidents in random invented places over two
years, several reports each with noise (a day off, missing place, extra and missing names, words).
Run: ``.venv/bin/python bench/linking.py [sizes...]``. Prints one line per size and the B-cubed F1
of the grouping against the generated truth.
"""

from __future__ import annotations

import random
import sys
import time
import tracemalloc
from datetime import date, timedelta

from rashomon.link import Linker, SigPlace
from rashomon.link.signature import LinkSignature

SYLLABLES = ["ka", "ro", "vel", "tan", "mir", "dus", "pol", "zen", "ar", "qui", "lo", "bren", "sha", "tor"]
WORDS = [f"w{i}" for i in range(3000)]
COMMON = ["attack", "killed", "soldier", "village", "fire", "forces", "wounded", "civilians", "strike", "shelling"]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def corpus(n_docs: int, seed: int = 7) -> tuple[list[LinkSignature], dict[str, int]]:
    rng = random.Random(seed)
    regions = [_name(rng) + str(i) for i in range(max(5, n_docs // 200))]  # density per region-week stays constant
    towns = [(_name(rng) + str(i), rng.choice(regions)) for i in range(max(50, n_docs // 20))]
    people = [_name(rng) + str(i) for i in range(max(200, n_docs // 2))]  # distinct, like real names
    start = date(2030, 1, 1)
    sigs, truth = [], {}
    inc = 0
    while len(sigs) < n_docs:
        town, region = rng.choice(towns)
        day = start + timedelta(days=rng.randrange(730))
        names = rng.sample(people, 4)
        words = rng.sample(WORDS, 12) + rng.sample(COMMON, 4)
        killed = rng.randint(1, 30)
        for _ in range(min(rng.randint(1, 8), n_docs - len(sigs))):
            doc_id = f"d{len(sigs):07d}"
            d = day + timedelta(days=rng.choice([0, 0, 0, 1]))
            places = (SigPlace(town.title(), region.title(), "ZZ", "town"),) if rng.random() < 0.8 else ()
            sigs.append(
                LinkSignature(
                    document_id=doc_id,
                    date=d.isoformat(),
                    date_precision="day",
                    date_claimed=rng.random() < 0.7,
                    dates=(d.isoformat(),),
                    places=places,
                    sides=tuple(sorted(rng.sample(["A", "B", "C"], 2))),
                    casualties=(killed,) if rng.random() < 0.6 else (),
                    names=tuple(sorted(set(rng.sample(names, 3)) | {rng.choice(people)})),
                    words=tuple(sorted(set(rng.sample(words, 10)) | set(rng.sample(WORDS, 3)))),
                    outlet=f"o{rng.randrange(50)}",
                )
            )
            truth[doc_id] = inc
        inc += 1
    rng.shuffle(sigs)
    return sigs, truth


def bcubed(found: dict[str, tuple[str, ...]], truth: dict[str, int]) -> float:
    sys_of = {d: i for i, ds in found.items() for d in ds}
    sys_size = {i: len(ds) for i, ds in found.items()}
    gold_size: dict[int, int] = {}
    for g in truth.values():
        gold_size[g] = gold_size.get(g, 0) + 1
    both: dict[tuple[str, int], int] = {}
    for d, g in truth.items():
        both[(sys_of[d], g)] = both.get((sys_of[d], g), 0) + 1
    p = sum(both[(sys_of[d], g)] / sys_size[sys_of[d]] for d, g in truth.items()) / len(truth)
    r = sum(both[(sys_of[d], g)] / gold_size[g] for d, g in truth.items()) / len(truth)
    return 2 * p * r / (p + r)


def run(n: int) -> None:
    sigs, truth = corpus(n)
    tracemalloc.start()
    t0 = time.perf_counter()
    linker = Linker()
    for i in range(0, len(sigs), 1000):  # incremental, in batches of 1000
        linker.add(sigs[i : i + 1000])
    elapsed = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    found = linker.incidents()
    print(
        f"{n:>7} docs  {elapsed:7.2f} s  {elapsed / n * 1e6:6.0f} us/doc  peak {peak / 2**20:7.1f} MiB  "
        f"incidents {len(found):>6} (true {len(set(truth.values())):>6})  B3-F1 {bcubed(found, truth):.3f}",
        flush=True,
    )


if __name__ == "__main__":
    sizes = [int(a) for a in sys.argv[1:]] or [1_000, 10_000, 30_000, 100_000]
    for size in sizes:
        run(size)
