#!/usr/bin/env python3
"""Build actorgraph's curated data files (src/actorgraph/data/*.tsv).

Inputs:
  * the PETRARCH2/Phoenix dictionaries converted to TSV (default /work/shared/data, override with --source);
  * hand-curated files in scripts/data_extra/ (overrides, additions, drop lists, the relation lexicon).

Outputs (deterministic, sorted; re-running reproduces them byte for byte):
  countries.tsv, organizations.tsv, persons.tsv, lexicon.tsv, plover.tsv, sectors.tsv, sector_terms.tsv,
  sector_actors.tsv in src/actorgraph/data/.

Usage:
  python scripts/build_data.py [--source DIR] [--out DIR] [--check | --verify]

--check additionally validates the outputs (parsing, ids, references, alias collisions) and prints a report.
--verify builds into a temporary directory and fails if a shipped file differs: a change made to
src/actorgraph/data/*.tsv by hand must be made in scripts/data_extra/ instead (run it before committing one).
--check uses the optional `wordfreq` package (if importable) to flag aliases that are common English words.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from itertools import product
from pathlib import Path

from actorgraph.model import PLOVER_TYPES

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
EXTRA = HERE / "data_extra"
DEFAULT_SOURCE = REPO.parent / "shared" / "data"  # the PETRARCH2 TSVs beside a checkout; else --source
DEFAULT_OUT = REPO / "src" / "actorgraph" / "data"
GRAMMAR = REPO / "src" / "actorgraph" / "data" / "grammar.json"  # the commitment verbs ("offer")

MIN_END = "1980-01-01"  # PLOVER/CAMEO-era news (1980s-2000s) names these leaders too


PETRARCH_NOTICE = (
    "Contains data from the PETRARCH2 dictionaries, (c) 2014-2015 Open Event Data Alliance, MIT licence "
    "(see LICENSE-petrarch2.txt)."
)

csv.field_size_limit(10**8)


# ----------------------------------------------------------------------------- io helpers
def read_tsv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_list(path: Path) -> list[str]:
    out = []
    for ln in path.read_text(encoding="utf-8").splitlines():
        ln = ln.strip()
        if ln and not ln.startswith("#"):
            out.append(ln)
    return out


def split(value: str) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def clean_field(value: str) -> str:
    value = value.replace("\t", " ").replace("\n", " ").replace("\r", " ")
    return re.sub(r"\s+", " ", value).strip()


def join(items) -> str:
    return "|".join(clean_field(i) for i in items if clean_field(i))


def sort_unique(items, exclude=()) -> list[str]:
    """Deduplicate case-insensitively (first spelling wins after sorting) and sort."""
    excl = {e.casefold() for e in exclude}
    seen: dict[str, str] = {}
    for it in sorted({clean_field(i) for i in items if clean_field(i)}, key=lambda s: (s.casefold(), s)):
        k = it.casefold()
        if k in excl or k in seen:
            # keep both spellings if they differ only by case and one is an acronym written in capitals
            if k in seen and it != seen[k] and (it.isupper() or seen[k].isupper()) and k not in excl:
                seen[k + "\0" + it] = it
            continue
        seen[k] = it
    return sorted(seen.values(), key=lambda s: (s.casefold(), s))


def write_tsv(path: Path, comments: list[str], header: list[str], rows: list[dict[str, str]]) -> None:
    out = []
    for c in comments:
        out.append("# " + c)
    out.append("\t".join(header))
    for r in rows:
        vals = [clean_field(r.get(h, "") or "") for h in header]
        out.append("\t".join(vals))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------- alias filters
def norm_key(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", s).strip().casefold()


def load_blocklist() -> set[str]:
    return {norm_key(x) for x in read_list(EXTRA / "alias_blocklist.txt")}


def bad_shape(alias: str) -> bool:
    """Aliases that cannot appear as such in running text, or are too short to match safely."""
    if any(ch in alias for ch in "()[],/;") or (
        re.search(r"\d", alias) and not re.fullmatch(r"[A-Z]+\d+[A-Z]*|G\d+|M\d+", alias)
    ):
        return True
    if len(alias) <= 4 and not alias.replace(".", "").replace("-", "").isupper():
        return True  # short mixed-case strings ("Uda", "Argk"): the loader matches <=4 chars case-sensitively
    return len(alias.replace(".", "")) < 2


# ----------------------------------------------------------------------------- countries
def build_countries(src: Path, block: set[str]) -> list[dict[str, str]]:
    source = {r["iso3"]: r for r in read_tsv(src / "countries.tsv")}
    curated = {r["id"]: r for r in read_tsv(EXTRA / "countries_curated.tsv")}
    rows = []
    for cid in sorted(set(source) | set(curated)):
        s = source.get(cid, {})
        c = curated.get(cid)
        if c is None:
            c = {
                "id": cid,
                "name": s["name"],
                "kind": s["kind"],
                "parent": s.get("parent_iso3", ""),
                "demonyms": "",
                "capitals": s.get("capitals", ""),
                "metonyms": s.get("metonyms", ""),
                "add_aliases": "",
                "drop_aliases": "",
            }
        name = c["name"]
        demonyms = split(c["demonyms"])
        capitals = split(c["capitals"])
        metonyms = split(c["metonyms"])
        moved = {
            norm_key(x)
            for x in demonyms
            + capitals
            + metonyms
            + split(s.get("capitals", ""))
            + split(s.get("metonyms", ""))
            + split(s.get("places", ""))
        }
        drop = {norm_key(x) for x in split(c["drop_aliases"])}
        cands = split(s.get("aliases", ""))
        if s and s.get("name") and s["name"] != name:
            cands.append(s["name"])
        aliases = []
        for a in cands:
            k = norm_key(a)
            if k in moved or k in drop or k in block or k == norm_key(name) or bad_shape(a):
                continue
            aliases.append(a)
        aliases += split(c["add_aliases"])  # curated additions are kept as written
        rows.append(
            {
                "id": cid,
                "name": name,
                "kind": c["kind"],
                "parent": c["parent"],
                "aliases": join(sort_unique(aliases, exclude=[name])),
                "demonyms": join(demonyms),
                "capitals": join(capitals),
                "metonyms": join(metonyms),
            }
        )
    return rows


def build_places(src: Path, block: set[str], taken: set[str]) -> list[dict[str, str]]:
    """Cities, provinces and features PETRARCH codes as a state: locations, never actors.

    A place that is also the name of an actor, a blocked alias, or shorter than four letters is
    left out; so are names shared by two states.
    """
    seen: dict[str, set[str]] = defaultdict(set)
    first: dict[str, str] = {}
    for r in read_tsv(src / "countries.tsv"):
        if r["kind"] != "state":
            continue
        for place in split(r["places"]):
            k = norm_key(place)
            short_name = len(place) == 4 and place[:1].isupper()  # "Gaza", "Homs": matched with their capital
            if len(place) < 4 or k in block or k in taken or (bad_shape(place) and not short_name):
                continue
            seen[k].add(r["iso3"])
            first.setdefault(k, place)
    rows = [{"name": first[k], "country": next(iter(c))} for k, c in seen.items() if len(c) == 1]
    have = {norm_key(r["name"]) for r in rows}
    rows += [
        {"name": r["name"], "country": r["country"]}
        for r in read_tsv(EXTRA / "places_curated.tsv")
        if norm_key(r["name"]) not in have
    ]
    return sorted(rows, key=lambda r: (r["name"].casefold(), r["country"]))


# ----------------------------------------------------------------------------- organisations
def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_").upper()
    return s


GENERIC_QUALIFIER = re.compile(r"\s*\(([^)]*)\)\s*$")


def person_name_keys(src: Path) -> set[str]:
    keys = set()
    for r in read_tsv(src / "persons.tsv"):
        for n in [r["name"], *split(r["aliases"])]:
            if len(n.split()) >= 2:
                keys.add(norm_key(n))
    return keys


def build_organizations(src: Path, block: set[str], country_ids: set[str]) -> list[dict[str, str]]:
    curated = read_tsv(EXTRA / "organizations_curated.tsv")
    drop_entries = {norm_key(x) for x in read_list(EXTRA / "organizations_drop.txt")}
    persons = person_name_keys(src)
    rows: dict[str, dict[str, str]] = {}
    taken: set[str] = set()  # normalised names/aliases already owned by a curated row
    covered: set[str] = set()  # source entry names merged into curated rows
    for c in curated:
        als = split(c["aliases"])
        rows[c["id"]] = {
            "id": c["id"],
            "name": c["name"],
            "type": c["type"],
            "country": c["country"],
            "aliases": als,
            "affiliation": c["affiliation"],
            "_curated": True,
        }
        taken |= {norm_key(x) for x in [c["name"], *als]}
        covered |= {norm_key(x) for x in split(c["src_names"])}

    def add_source(name: str, aliases: list[str], typ: str) -> None:
        name = raw_name = name.strip()
        m = GENERIC_QUALIFIER.search(name)
        extra = []
        if m:
            inner = m.group(1).strip()
            name = name[: m.start()].strip()
            if re.fullmatch(r"[A-Z][A-Z0-9-]{1,}", inner) and inner not in {
                "GREECE",
                "COLOMBIA",
                "BOLIVIA",
                "MUHAMMED",
                "AMERICAN",
            }:
                extra.append(inner)
        k = norm_key(name)
        if (
            norm_key(raw_name) in covered
            or k in covered
            or k in taken
            or k in drop_entries
            or k in block
            or bad_shape(name)
        ):
            return
        if (
            len(name.split()) == 1
            and name.isalpha()
            and name[0].isupper()
            and name[1:].islower()
            and len(name) < 6
        ):
            return
        als = []
        for a in aliases + extra:
            a = GENERIC_QUALIFIER.sub("", a).strip()
            ka = norm_key(a)
            if not a or ka in block or ka in taken or ka in persons or bad_shape(a) or ka == k:
                continue
            als.append(a)
        oid = slug(name)
        if oid in rows or oid in country_ids:
            return
        rows[oid] = {
            "id": oid,
            "name": name,
            "type": typ,
            "country": "",
            "aliases": als,
            "affiliation": "",
            "_curated": False,
        }
        taken.add(k)

    for r in read_tsv(src / "igos.tsv"):
        add_source(r["name"], split(r["aliases"]), "igo")
    for r in read_tsv(src / "armed_groups.tsv"):
        add_source(r["name"], split(r["aliases"]), "armed_group")

    # an alias listed under two source rows is ambiguous: drop it from both
    owners: dict[str, set[str]] = defaultdict(set)
    for oid, r in rows.items():
        for a in [r["name"]] + r["aliases"]:
            owners[norm_key(a)].add(oid)
    out = []
    for oid in sorted(rows):
        r = rows[oid]
        als = [a for a in r["aliases"] if r["_curated"] or len(owners[norm_key(a)]) == 1]
        out.append(
            {
                "id": oid,
                "name": r["name"],
                "type": r["type"],
                "country": r["country"],
                "aliases": join(sort_unique(als, exclude=[r["name"]])),
                "affiliation": r["affiliation"],
            }
        )
    return out


# ----------------------------------------------------------------------------- persons
TITLE_WORDS = {
    "president",
    "prime",
    "minister",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "ayatollah",
    "hojatolislam",
    "hojatoleslam",
    "sayyed",
    "sayed",
    "seyed",
    "seyyed",
    "sayyid",
    "sheikh",
    "shaikh",
    "king",
    "queen",
    "prince",
    "princess",
    "emir",
    "amir",
    "sultan",
    "general",
    "gen.",
    "gen",
    "admiral",
    "adm.",
    "senator",
    "sen.",
    "ambassador",
    "secretary",
    "chancellor",
    "foreign",
    "defense",
    "defence",
    "chairman",
    "leader",
    "supreme",
    "vice",
    "deputy",
    "commander",
    "colonel",
    "col.",
    "president-elect",
    "marshal",
    "lieutenant",
    "lt.",
    "sir",
    "lord",
    "lady",
    "his",
    "her",
    "majesty",
    "excellency",
    "premier",
    "governor",
    "mullah",
    "imam",
    "grand",
    "cardinal",
    "pastor",
    "rev.",
    "reverend",
    "chief",
    "official",
    "spokesman",
    "spokeswoman",
    "former",
    "ex",
    "the",
    "mayor",
    "speaker",
    "rep.",
    "representative",
    "judge",
    "justice",
    "brigadier",
    "major",
    "captain",
    "capt.",
    "field",
    "crown",
    "minister-president",
    "interior",
    "finance",
}


def person_alias_ok(alias: str, demonyms: set[str], countries: set[str]) -> bool:
    toks = alias.split()
    if len(toks) < 2:
        return False
    for t in toks:
        tl = t.casefold().strip(",")
        if tl in TITLE_WORDS or tl in demonyms or tl in countries:
            return False
    if any(ch in alias for ch in "()[]/;,") or re.search(r"\d", alias):
        return False
    return not alias.casefold().endswith((" regime", " administration", " government"))


def surname_slug(name: str) -> str:
    toks = [t for t in re.split(r"\s+", name) if t]
    last = toks[-1]
    if last.rstrip(".").casefold() in {"jr", "sr", "ii", "iii", "iv"} and len(toks) > 1:
        last = toks[-2]
    last = re.sub(r"^(al|el|ad|ash|as|at|az|an|ar|ath)-", "", last, flags=re.I)
    return slug(last)


def build_persons(src: Path, countries_rows, country_ids: set[str]) -> list[dict[str, str]]:
    demonyms = set()
    cnames = set()
    for r in countries_rows:
        demonyms |= {d.casefold() for d in split(r["demonyms"])}
        cnames |= {x.casefold() for x in [r["name"], *split(r["aliases"]), *split(r["capitals"])]}
    curated = read_tsv(EXTRA / "persons_curated.tsv")
    cur_keys: dict[str, str] = {}
    for c in curated:
        for n in [c["name"], *split(c["aliases"])]:
            cur_keys[norm_key(n)] = c["id"]

    # source: government (GOV) role lines overlapping 1980 or later, with a dated start
    src_people: dict[tuple[str, str], dict] = {}
    extra_aliases: dict[str, list[str]] = defaultdict(list)
    for r in read_tsv(src / "persons.tsv"):
        if r["role_code"] != "GOV" or not r["start"]:
            continue
        if r["end"] and r["end"] < MIN_END:
            continue
        iso = r["iso3"]
        if iso not in country_ids:
            continue
        names = [r["name"], *split(r["aliases"])]
        hit = next((cur_keys[norm_key(n)] for n in names if norm_key(n) in cur_keys), None)
        if hit:
            extra_aliases[hit] += names
            continue
        key = (r["name"], iso)
        p = src_people.get(key)
        if p is None:
            src_people[key] = {
                "name": r["name"],
                "country": iso,
                "aliases": names[1:],
                "start": r["start"],
                "end": r["end"],
            }
        elif r["start"] > p["start"]:  # keep the latest government role
            p["start"], p["end"] = r["start"], r["end"]

    rows: dict[str, dict[str, str]] = {}
    for c in curated:
        als = [a for a in split(c["aliases"]) if len(a.split()) == 1 or person_alias_ok(a, demonyms, cnames)]
        als += [a for a in extra_aliases.get(c["id"], []) if person_alias_ok(a, demonyms, cnames)]
        rows[c["id"]] = {
            "id": c["id"],
            "name": c["name"],
            "aliases": als,
            "country": c["country"],
            "office": c["office"],
            "start": c["start"],
            "end": c["end"],
        }
    taken_alias = {norm_key(x) for r in rows.values() for x in [r["name"]] + r["aliases"]}

    people = sorted(src_people.values(), key=lambda p: (p["name"], p["country"]))
    # surname slugs used by more than one source person, or by a curated person, fall back to full names
    surname_count = Counter(surname_slug(p["name"]) for p in people)
    used_ids = set(rows)
    for p in people:
        if norm_key(p["name"]) in taken_alias or len(p["name"].split()) < 2:
            continue
        sid = "P_" + surname_slug(p["name"])
        if surname_count[surname_slug(p["name"])] > 1 or sid in used_ids:
            sid = "P_" + slug(p["name"])
        if sid in used_ids:
            sid = sid + "_" + p["country"]
        if sid in used_ids or sid == "P_":
            continue
        used_ids.add(sid)
        als = [
            a for a in p["aliases"] if person_alias_ok(a, demonyms, cnames) and norm_key(a) not in taken_alias
        ]
        rows[sid] = {
            "id": sid,
            "name": p["name"],
            "aliases": als,
            "country": p["country"],
            "office": "Government official",
            "start": p["start"],
            "end": p["end"],
        }
        taken_alias |= {norm_key(x) for x in [p["name"], *als]}

    out = []
    for pid in sorted(rows):
        r = rows[pid]
        r = dict(r)
        r["aliases"] = join(sort_unique(r["aliases"], exclude=[r["name"]]))
        out.append(r)
    return out


# ----------------------------------------------------------------------------- lexicon
def plover_of_code(code: str) -> str | None:
    """PLOVER type of a CAMEO code per the PLOVER 2021 table (ARCHITECTURE.md, with PLOVER's cross-root moves).

    One move is not followed: 163 (embargo, boycott, sanctions) stays SANCTION, as the PLOVER manual's
    SANCTION examples and the annotation guidelines have it ("tariffs and economic sanctions"). And 0841
    (return, release persons) is CONCEDE, as the guidelines code a release of prisoners or captives (RETREAT
    only as their alternative).
    """
    exceptions = {
        "0813": "RETREAT",
        "0814": "RETREAT",
        "0841": "CONCEDE",
        "1712": "ASSAULT",
        "175": "ASSAULT",
        "191": "COERCE",
        "192": "COERCE",
    }
    for n in (4, 3):
        if code[:n] in exceptions and len(code) >= n:
            return exceptions[code[:n]]
    root = code[:2]
    if root == "08":
        return "CONCEDE" if code[:3] in {"080", "081", "082", "083"} else "RETREAT"
    table = {
        "03": "AGREE",
        "04": "CONSULT",
        "05": "SUPPORT",
        "06": "COOPERATE",
        "07": "AID",
        "09": "ACCUSE",
        "10": "REQUEST",
        "11": "ACCUSE",
        "12": "REJECT",
        "13": "THREATEN",
        "14": "PROTEST",
        "15": "MOBILIZE",
        "16": "SANCTION",
        "17": "COERCE",
        "18": "ASSAULT",
        "19": "ASSAULT",
        "20": "ASSAULT",
    }
    return table.get(root)


def build_lexicon(src: Path) -> list[dict[str, str]]:
    pairs = set()
    code_mode: dict[str, Counter] = defaultdict(Counter)
    with open(src / "cameo_verbs.tsv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if r["voice"] != "active":
                continue
            pairs.add((r["verb_lemma"], r["cameo"]))
            code_mode[r["cameo"]][r["plover_mode"]] += 1
    out = {}
    for c in read_tsv(EXTRA / "lexicon_curated.tsv"):
        trig, pos, plover, code = c["trigger"].strip().lower(), c["pos"], c["plover"], c["cameo"]
        if plover not in PLOVER_TYPES:
            raise SystemExit(f"lexicon: bad PLOVER type {plover!r} for {trig}")
        if plover_of_code(code) != plover:
            raise SystemExit(f"lexicon: CAMEO {code} is not {plover} ({trig})")
        mode = c["mode"]
        if not mode and code_mode.get(code):
            mode = code_mode[code].most_common(1)[0][0]
        if pos == "verb" and (trig, code) in pairs:
            source = "cameo"
        elif c.get("hint"):
            source = c["hint"]
        else:
            source = "curated"
        key = (trig, pos)
        if key in out:
            raise SystemExit(f"lexicon: duplicate trigger {key}")
        out[key] = {
            "trigger": trig,
            "pos": pos,
            "plover": plover,
            "cameo": code,
            "mode": mode,
            "target": c["target"],
            "symmetric": c["symmetric"],
            "source": source,
        }
    add_cameo_bare_verbs(src, out)
    add_cameo_patterns(src, out)
    return [out[k] for k in sorted(out)]


def add_cameo_bare_verbs(src: Path, out: dict[tuple[str, str], dict[str, str]]) -> None:
    """Every CAMEO.2.0 verb with a coded bare-verb row, as PETRARCH2 codes it, unless curated or excluded.

    The target is the direct object, plus the prepositions that the verb's own attested patterns put
    before the target (``* with +``, ``* to +``).
    """
    exclude = set(read_list(EXTRA / "cameo_exclude.txt"))
    promote = set(read_list(EXTRA / "cameo_promote.txt"))
    bare: dict[str, dict[str, str]] = {}
    preps: dict[str, set[str]] = defaultdict(set)
    with open(src / "cameo_verbs.tsv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if r["voice"] != "active" or not r["plover"]:
                continue
            lemma = r["verb_lemma"]
            if r["pattern"] == "*":
                bare.setdefault(lemma, r)
            elif r["attested_verb"] == lemma:
                m = re.match(r"^\* (\w+) \+", r["pattern"])
                if m and m.group(1) in PREPOSITIONS:
                    preps[lemma].add(m.group(1))
    for lemma, r in sorted(bare.items()):
        if lemma in exclude or lemma.split()[0] in exclude or (lemma, "verb") in out:
            continue
        code = r["cameo"]
        plover = plover_of_code(code)
        if plover is None:
            continue
        out[(lemma, "verb")] = {
            "trigger": lemma,
            "pos": "verb",
            "plover": plover,
            "cameo": code,
            "mode": r["plover_mode"],
            "target": join(["dobj", *sorted(preps[lemma])]),
            "symmetric": "no",
            "source": "cameo" if lemma in promote else "cameo-bare",
        }


#: Codes of CAMEO roots 01 and 02 (statements, appeals) have no PLOVER type: a pattern with one of
#: them says that the verb with this object is no event ("express * concern" is not ACCUSE).
NO_EVENT = "-"


def _pattern_tails(pattern: str, synsets: dict[str, list[str]]) -> tuple[list[str], str] | None:
    """The words after the verb of a CAMEO pattern ("* ambassador", "* from &TREATY"), synsets
    expanded, and the preposition before the target marker ``+`` (``* warships to +`` -> "to").

    Patterns with words before the verb, or with actor markers other than a final ``+``, are left
    out: they describe the subject or a compound actor, which the dependency rules read on their own.
    """
    words = pattern.split()
    if not words or words[0] != "*" or any(w in {"$", "^", "%"} for w in words):
        return None
    words = [w for w in words[1:] if w not in {"a", "an", "the"}]
    if words and words[0] == "by":
        # "back * by aircraft": CAMEO codes the instrument of an attack; our rules read a by-phrase
        # as the agent of a passive ("troops backed by French helicopters"), so these mislead.
        return None
    prep = ""
    if "+" in words:
        if words[-1] != "+" or words.count("+") > 1 or len(words) < 2 or words[-2] not in PREPOSITIONS:
            return None
        prep = words[-2]
        words = words[:-1]
    if not words:
        return None
    options: list[list[str]] = [[]]
    for w in words:
        terms = synsets.get(w, [w]) if w.startswith("&") else [w]
        options = [[*o, t] for o in options for t in terms]
        if len(options) > 200:
            return None
    return [" ".join(o) for o in options], prep


#: CAMEO intent codes whose act, once done, has a code of its own: material cooperation (031), diplomatic
#: cooperation (032), aid (033), reform (034), yielding (035), meeting (036).
INTENT_CODES = ("031", "032", "033", "034", "035", "036")


def _offered_only(
    verb: str, code: str, out: dict[tuple[str, str], dict[str, str]], commits: set[str]
) -> bool:
    """Whether a CAMEO pattern codes as an offer what the verb does: CAMEO files "supply * drones"
    (0332) and "send * observers" (0334) in the family of "offer", so the pattern reads "supplied
    drones to Russia" as a promise. A verb with a firm reading of its own that is no commitment
    keeps it; a bare-verb fallback still yields to the pattern ("submitted a proposal")."""
    own = out.get((verb, "verb"))
    return (
        code.startswith(INTENT_CODES)
        and own is not None
        and own["source"] != "cameo-bare"
        and not own["cameo"].startswith("03")
        and verb not in commits
    )


def _synsets(src: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for r in read_tsv(src / "cameo_synsets.tsv"):
        name = r["synset"].rstrip("_")
        term = r["term"].lower().replace("_", " ")
        out[name].append(term)
        if r["plural_generated"] == "yes" and not term.endswith("s"):
            out[name].append(term + "s")
    return {k: sorted(set(v)) for k, v in out.items()}


def add_cameo_patterns(src: Path, out: dict[tuple[str, str], dict[str, str]]) -> None:
    """CAMEO.2.0 verb patterns whose object or prepositional phrase decides the event.

    "withdraw * ambassador" is SANCTION (161) where "withdraw" alone is RETREAT; "express * concern"
    is no event at all (012). Only patterns written for the verb itself (``attested_verb``) are
    taken; of a (verb, words) pair coded twice, the first in the source wins, as in PETRARCH2.
    Curated rows (``scripts/data_extra/patterns_curated.tsv``) override or add, under our
    conventions. Rows are ``pos = pattern`` with the trigger written ``verb * words``.
    """
    synsets = _synsets(src)
    exclude = set(read_list(EXTRA / "cameo_exclude.txt"))
    found: dict[tuple[str, str], dict[str, str]] = {}
    with open(src / "cameo_verbs.tsv", encoding="utf-8", newline="") as fh:
        rows = sorted(
            csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), key=lambda r: int(r["source_line"])
        )
    for r in rows:
        lemma = r["verb_lemma"]
        if r["voice"] != "active" or r["pattern"] == "*" or r["attested_verb"] != lemma:
            continue
        if " " in lemma or not re.fullmatch(r"[a-z-]+", lemma):
            continue
        parsed = _pattern_tails(r["pattern"], synsets)
        if parsed is None:
            continue
        tails, prep = parsed
        if r["cameo_root"] == "02":
            continue  # appeals: PLOVER folds them into REQUEST, which the curated rows cover
        plover = plover_of_code(r["cameo"]) or NO_EVENT
        for tail in tails:
            if tail.count(" ") > 4:
                continue  # longer than any phrase the matcher builds (modifier, head, preposition, ...)
            key = (f"{lemma} * {tail}", "pattern")
            if key in found:
                continue
            found[key] = {
                "trigger": key[0],
                "pos": "pattern",
                "plover": plover,
                "cameo": r["cameo"],
                "mode": r["plover_mode"],
                "target": prep or "dobj",
                "symmetric": "no",
                "source": "cameo-pattern",
            }
    # a pattern of a verb we exclude stays only when a noun names the event ("close * border"):
    # "come * to", "take * over" are too common to be acts
    commits = set(json.loads(GRAMMAR.read_text(encoding="utf-8"))["commit_verbs"])
    for key, row in found.items():
        verb, _, words = key[0].partition(" * ")
        if verb in exclude and (row["plover"] == NO_EVENT or all(w in PREPOSITIONS for w in words.split())):
            continue
        if _offered_only(verb, row["cameo"], out, commits):
            continue
        out[key] = row
    for c in read_tsv(EXTRA / "patterns_curated.tsv"):
        plover, code = c["plover"], c["cameo"]
        for trig in _expand_classes(" ".join(c["trigger"].lower().split())):
            if plover != NO_EVENT and plover_of_code(code) != plover:
                raise SystemExit(f"patterns: CAMEO {code} is not {plover} ({trig})")
            out[(trig, "pattern")] = {
                "trigger": trig,
                "pos": "pattern",
                "plover": plover,
                "cameo": code,
                "mode": c["mode"],
                "target": c["target"] or "dobj",
                "symmetric": c["symmetric"] or "no",
                "source": "curated",
            }


def _expand_classes(trigger: str) -> list[str]:
    """A curated pattern written for a class of verbs or words, ``{restore,repair} * {ties,relations}``,
    as one pattern per member (``restore * ties``, ``restore * relations``, ...)."""
    parts = re.split(r"(\{[^}]*\})", trigger)
    choices = [[w.strip() for w in p[1:-1].split(",")] if p.startswith("{") else [p] for p in parts]
    return ["".join(combo) for combo in product(*choices)]


PREPOSITIONS = {
    "with",
    "to",
    "against",
    "on",
    "at",
    "from",
    "for",
    "into",
    "upon",
    "over",
    "toward",
    "towards",
}


# ----------------------------------------------------------------------------- sectors
SECTOR_KINDS = ("state", "group", "generic", "modifier", "office", "rank", "former", "site")
#: State sectors a PETRARCH2 role code may name after GOV ("GOVLEG": the legislature): the specific one wins.
SPECIFIC_STATE_SECTORS = ("LEG", "JUD", "MIL", "SPY", "COP")


def build_sector_vocabulary() -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The sector codes and the words that name them, as curated, checked against each other."""
    sectors = read_tsv(EXTRA / "sectors.tsv")
    codes = {r["code"] for r in sectors}
    if len(codes) != len(sectors) or any(
        r["class"] not in {"state", "armed", "political", "society"} for r in sectors
    ):
        raise SystemExit("sectors: duplicate code or unknown class")
    terms = read_tsv(EXTRA / "sector_terms.tsv")
    for r in terms:
        if r["kind"] not in SECTOR_KINDS or (r["sector"] and r["sector"] not in codes):
            raise SystemExit(f"sector_terms: bad row {r}")
        if (r["sector"] == "") != (r["kind"] == "site") and r["kind"] != "generic":
            raise SystemExit(
                f"sector_terms: a site has no sector, any other term but a generic noun has one: {r}"
            )
    keys = [(r["kind"], r["term"].casefold()) for r in terms]
    if len(keys) != len(set(keys)):
        raise SystemExit("sector_terms: duplicate (kind, term)")
    terms = sorted(terms, key=lambda r: (SECTOR_KINDS.index(r["kind"]), r["term"].casefold()))
    return sectors, [{"term": r["term"].casefold(), "sector": r["sector"], "kind": r["kind"]} for r in terms]


def sector_of_code(code: str, codes: set[str]) -> str | None:
    """The sector a PETRARCH2 actor code names: ``IRNGOVLEG`` -> LEG, ``LBNREB`` -> REB, ``IMGMUSALQ`` -> IMG."""
    if code.startswith("IMG"):
        return "IMG"
    parts = [code[i : i + 3] for i in range(3, len(code) - 2, 3)]
    specific = [p for p in parts if p in SPECIFIC_STATE_SECTORS]
    if specific:
        return specific[-1]
    if "INS" in parts:
        return "REB"
    return next((p for p in parts if p in codes), None)


def build_sector_actors(src: Path, orgs: list[dict[str, str]], codes: set[str]) -> list[dict[str, str]]:
    """The sector of each organisation: curated, else its PETRARCH2 code (matched by name), else its type's."""
    curated = {r["id"]: r["sector"] for r in read_tsv(EXTRA / "sector_organizations.tsv")}
    ids = {r["id"] for r in orgs}
    unknown = sorted(set(curated) - ids)
    if unknown or any(s not in codes for s in curated.values()):
        raise SystemExit(f"sector_organizations: unknown ids {unknown} or sectors")
    petrarch: dict[str, str] = {}
    for r in read_tsv(src / "institutions.tsv"):
        for name in [r["name"], *split(r["aliases"])]:
            petrarch.setdefault(norm_key(name), r["code"])
    for r in read_tsv(src / "armed_groups.tsv"):
        for name in [r["name"], *split(r["aliases"])]:
            petrarch.setdefault(norm_key(name), r["code"])
    defaults = {"armed_group": "REB", "media": "MED"}
    rows = []
    for org in orgs:
        sector, source = curated.get(org["id"]), "curated"
        if sector is None and org["type"] != "igo":
            code = next(
                (petrarch[k] for k in map(norm_key, [org["name"], *split(org["aliases"])]) if k in petrarch),
                None,
            )
            sector, source = (sector_of_code(code, codes), "petrarch2") if code else (None, "")
        if sector is None and org["type"] in defaults:
            sector, source = defaults[org["type"]], "type"
        if sector:
            rows.append({"id": org["id"], "sector": sector, "source": source})
    return sorted(rows, key=lambda r: r["id"])


# ----------------------------------------------------------------------------- main
COMMENTS = {
    "countries.tsv": [
        "actorgraph countries: states, territories and former states (ISO 3166-1 alpha-3; KSV = Kosovo).",
        PETRARCH_NOTICE,
        "Alias/place split informed by CountryInfo (CC BY-SA 3.0, Philip A. Schrodt). Names, demonyms, capitals,",
        "metonyms and alias drops/additions hand-curated by the actorgraph developers (scripts/data_extra/).",
    ],
    "organizations.tsv": [
        "actorgraph organisations: IGOs, state organs, media and armed groups (ids are stable slugs).",
        PETRARCH_NOTICE,
        "Curated rows (scripts/data_extra/organizations_curated.tsv) by the actorgraph developers; other rows are",
        "PETRARCH2 igos/armed-groups entries after filtering of generic, ambiguous and person-name aliases.",
    ],
    "persons.tsv": [
        "actorgraph persons: leaders with their office (latest/best-known) and ISO dates when known.",
        PETRARCH_NOTICE,
        "Rows with an office other than 'Government official' are hand-curated by the actorgraph developers;",
        "'Government official' rows are PETRARCH2 GOV role lines overlapping 1980+ (stale after ~2015).",
    ],
    "lexicon.tsv": [
        "actorgraph relation lexicon: trigger lemma -> PLOVER type, CAMEO code, mode, target rule.",
        "PLOVER types/CAMEO mapping: PLOVER, Open Event Data Alliance, CC BY-SA 4.0; this file is an adaptation",
        "under CC BY-SA 4.0. source=cameo rows use (verb, code) pairs of CAMEO.2.0 (PETRARCH2, MIT, (c) 2015 OEDA);",
        "source=cameo-bare rows are CAMEO.2.0 bare-verb codes taken as they are (lower confidence in the coder).",
    ],
    "places.tsv": [
        "actorgraph places: cities, provinces and features inside a state (locations, not actors).",
        PETRARCH_NOTICE,
        "Alias/place split informed by CountryInfo (CC BY-SA 3.0, Philip A. Schrodt); filtered by the developers.",
    ],
    "sectors.tsv": [
        "actorgraph sectors: CAMEO/PLOVER actor sector codes, their coarse class and the words naming their groups.",
        "Codes as in the CAMEO actor codebook and the PETRARCH2 dictionaries; curated by the actorgraph developers.",
    ],
    "sector_terms.tsv": [
        "actorgraph sector words: group nouns, modifiers and office words -> sector (lower-case lemmas).",
        "kind: state | group | generic | modifier | office | rank | former | site (scripts/data_extra/sector_terms.tsv).",
        "Curated by the actorgraph developers after the CAMEO actor codebook.",
    ],
    "sector_actors.tsv": [
        "actorgraph organisation sectors (ids of organizations.tsv). source=curated: the actorgraph developers;",
        "petrarch2: the sector of the PETRARCH2 code of the entry with that name; type: the default of the type.",
        PETRARCH_NOTICE,
    ],
    "plover.tsv": [
        "PLOVER event types (PLOVER, Open Event Data Alliance, CC BY-SA 4.0); adaptation under CC BY-SA 4.0.",
        "Descriptions paraphrased by the actorgraph developers; Goldstein-style scores from the PLOVER manual.",
    ],
}


def build(src: Path, out: Path) -> dict[str, list[dict[str, str]]]:
    block = load_blocklist()
    countries = build_countries(src, block)
    cids = {r["id"] for r in countries}
    orgs = build_organizations(src, block, cids)
    persons = build_persons(src, countries, cids)
    lexicon = build_lexicon(src)
    plover = read_tsv(EXTRA / "plover.tsv")
    taken = {
        norm_key(x)
        for r in countries
        for x in [
            r["name"],
            *split(r["aliases"]),
            *split(r["demonyms"]),
            *split(r["capitals"]),
            *split(r["metonyms"]),
        ]
    } | {norm_key(x) for r in [*orgs, *persons] for x in [r["name"], *split(r["aliases"])]}
    places = build_places(src, block, taken)
    sectors, sector_terms = build_sector_vocabulary()
    sector_actors = build_sector_actors(src, orgs, {r["code"] for r in sectors})
    out.mkdir(parents=True, exist_ok=True)
    write_tsv(
        out / "countries.tsv",
        COMMENTS["countries.tsv"],
        ["id", "name", "kind", "parent", "aliases", "demonyms", "capitals", "metonyms"],
        countries,
    )
    write_tsv(
        out / "organizations.tsv",
        COMMENTS["organizations.tsv"],
        ["id", "name", "type", "country", "aliases", "affiliation"],
        orgs,
    )
    write_tsv(
        out / "persons.tsv",
        COMMENTS["persons.tsv"],
        ["id", "name", "aliases", "country", "office", "start", "end"],
        persons,
    )
    write_tsv(
        out / "lexicon.tsv",
        COMMENTS["lexicon.tsv"],
        ["trigger", "pos", "plover", "cameo", "mode", "target", "symmetric", "source"],
        lexicon,
    )
    write_tsv(out / "places.tsv", COMMENTS["places.tsv"], ["name", "country"], places)
    write_tsv(
        out / "plover.tsv",
        COMMENTS["plover.tsv"],
        ["type", "cameo_roots", "quad_class", "goldstein", "description"],
        plover,
    )
    write_tsv(out / "sectors.tsv", COMMENTS["sectors.tsv"], ["code", "class", "group", "name"], sectors)
    write_tsv(
        out / "sector_terms.tsv", COMMENTS["sector_terms.tsv"], ["term", "sector", "kind"], sector_terms
    )
    write_tsv(
        out / "sector_actors.tsv", COMMENTS["sector_actors.tsv"], ["id", "sector", "source"], sector_actors
    )
    return {
        "countries": countries,
        "organizations": orgs,
        "persons": persons,
        "lexicon": lexicon,
        "plover": plover,
    }


def check(out: Path) -> int:
    errors = []

    def load(name):
        with open(out / name, encoding="utf-8") as fh:
            return list(
                csv.DictReader(
                    filter(lambda ln: not ln.startswith("#"), fh), delimiter="\t", quoting=csv.QUOTE_NONE
                )
            )

    c, o, p, lx, pl = (
        load(n) for n in ("countries.tsv", "organizations.tsv", "persons.tsv", "lexicon.tsv", "plover.tsv")
    )
    for name, rows in (("countries", c), ("organizations", o), ("persons", p)):
        ids = [r["id"] for r in rows]
        if len(ids) != len(set(ids)):
            errors.append(f"{name}: duplicate ids {[k for k, v in Counter(ids).items() if v > 1]}")
        for r in rows:
            if None in r or any(v is None for v in r.values()):
                errors.append(f"{name}: ragged row {r}")
    cids = {r["id"] for r in c}
    oids = {r["id"] for r in o}
    if cids & oids:
        errors.append(f"ids shared by countries and organizations: {sorted(cids & oids)}")
    for r in c:
        if r["parent"] and r["parent"] not in cids:
            errors.append(f"country {r['id']}: parent {r['parent']} unknown")
        if r["kind"] not in {"state", "territory", "former_state"}:
            errors.append(f"country {r['id']}: kind {r['kind']}")
    for r in o:
        if r["country"] and r["country"] not in cids:
            errors.append(f"org {r['id']}: country {r['country']} unknown")
        if r["affiliation"] and r["affiliation"] not in oids:
            errors.append(f"org {r['id']}: affiliation {r['affiliation']} unknown")
        if r["type"] not in {"igo", "armed_group", "media", "organization"}:
            errors.append(f"org {r['id']}: type {r['type']}")
    for r in p:
        if r["country"] and r["country"] not in cids:
            errors.append(f"person {r['id']}: country {r['country']} unknown")
        for d in ("start", "end"):
            if r[d] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r[d]):
                errors.append(f"person {r['id']}: bad {d} {r[d]}")
    for r in lx:
        if r["pos"] == "pattern" and r["plover"] == NO_EVENT:
            continue
        if r["plover"] not in PLOVER_TYPES:
            errors.append(f"lexicon {r['trigger']}: plover {r['plover']}")
        if plover_of_code(r["cameo"]) != r["plover"]:
            errors.append(f"lexicon {r['trigger']}: cameo {r['cameo']} vs {r['plover']}")
    if sorted(r["type"] for r in pl) != sorted(PLOVER_TYPES):
        errors.append("plover.tsv: types differ from the 16 PLOVER types")
    missing = set(PLOVER_TYPES) - {r["plover"] for r in lx}
    if missing:
        errors.append(f"lexicon lacks {sorted(missing)}")
    un = set(read_list(EXTRA / "un_members.txt"))
    if un - cids:
        errors.append(f"UN members missing: {sorted(un - cids)}")

    # alias collisions across actors (countries: name/aliases/demonyms/capitals/metonyms; orgs: name/aliases)
    owners: dict[str, set[str]] = defaultdict(set)
    for r in c:
        for f in ("name", "aliases", "demonyms", "capitals", "metonyms"):
            for a in split(r[f]):
                owners[a if len(a) <= 4 else a.casefold()].add(r["id"])
    for r in o:
        for a in [r["name"], *split(r["aliases"])]:
            owners[a if len(a) <= 4 else a.casefold()].add(r["id"])
    coll = {a: sorted(v) for a, v in owners.items() if len(v) > 1}
    print(
        f"countries {len(c)}, organizations {len(o)}, persons {len(p)}, lexicon {len(lx)}, plover {len(pl)}"
    )
    print(f"alias collisions across actors ({len(coll)}):")
    for a in sorted(coll):
        print(f"  {a!r}: {coll[a]}")
    try:
        from wordfreq import top_n_list  # optional, only for this check
    except ImportError:
        print("(wordfreq not installed: common-word check skipped)")
    else:
        common = set(top_n_list("en", 5000))
        hits = []
        for r in c:
            for f in ("aliases", "demonyms", "capitals", "metonyms"):
                hits += [(r["id"], f, a) for a in split(r[f]) if a.casefold() in common]
        for r in o:
            hits += [(r["id"], "aliases", a) for a in split(r["aliases"]) if a.casefold() in common]
        for r in p:
            hits += [(r["id"], "aliases", a) for a in split(r["aliases"]) if a.casefold() in common]
        print(f"aliases that are among the 5,000 most common English words ({len(hits)}):")
        for h in hits:
            print("  ", *h)
    for e in errors:
        print("ERROR:", e)
    return 1 if errors else 0


def verify(src: Path, shipped: Path) -> int:
    """1 if a shipped data file differs from what the sources build (a hand edit not ported to data_extra)."""
    with tempfile.TemporaryDirectory() as tmp:
        build(src, Path(tmp))
        built = sorted(Path(tmp).glob("*.tsv"))
        differ = [p.name for p in built if p.read_bytes() != (shipped / p.name).read_bytes()]
    for name in differ:
        print(f"{shipped / name}: differs from what scripts/data_extra and {src} build", file=sys.stderr)
    print(f"{len(built) - len(differ)} of {len(built)} data files reproduced byte for byte")
    return 1 if differ else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="directory of the PETRARCH2 TSVs")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    ap.add_argument("--check", action="store_true", help="validate the outputs and print a report")
    ap.add_argument(
        "--verify",
        action="store_true",
        help="build into a temporary directory and list the shipped files (--out) it does not reproduce",
    )
    args = ap.parse_args(argv)
    if not (args.source / "countries.tsv").exists():
        print(f"source directory {args.source} has no countries.tsv", file=sys.stderr)
        return 2
    if args.verify:
        return verify(args.source, args.out)
    build(args.source, args.out)
    if args.check:
        return check(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
