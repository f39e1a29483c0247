"""Synthetic news articles about bilateral cooperation, with the facts each one states.

    python benchmarks/gen_corpus.py --articles 1000 --seed 1 --out /tmp/corpus

Writes `<n>.txt` (Key: value header + body, ~5 KB) and `<n>.json` (the gold format of
shared/corpus/GOLD_FORMAT.md) per article.  Countries, regions and adjectives come from coopkg's
reference gazetteer; organisation and person names are generated; sentences come from varied
templates (single agreements, lists of signed documents, visits, quotes, figures, date forms).
The text is produced here — no copied articles."""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

from coopkg.reference import gazetteer

COUNTRIES = ["CN", "KZ", "UZ", "KG", "TJ", "TM", "MN", "RU", "IN", "PK", "JP", "KR", "VN", "LA",
             "TH", "ID", "MY", "TR", "AZ", "GE", "DE", "FR", "IT", "EG", "BR", "AE", "SA", "IR"]
ADJ = {"CN": "Chinese", "KZ": "Kazakh", "UZ": "Uzbek", "KG": "Kyrgyz", "TJ": "Tajik",
       "TM": "Turkmen", "MN": "Mongolian", "RU": "Russian", "IN": "Indian", "PK": "Pakistani",
       "JP": "Japanese", "KR": "South Korean", "VN": "Vietnamese", "LA": "Lao", "TH": "Thai",
       "ID": "Indonesian", "MY": "Malaysian", "TR": "Turkish", "AZ": "Azerbaijani",
       "GE": "Georgian", "DE": "German", "FR": "French", "IT": "Italian", "EG": "Egyptian",
       "BR": "Brazilian", "AE": "Emirati", "SA": "Saudi", "IR": "Iranian"}
FIELDS = ["Solar Energy", "Digital Innovation", "Agricultural Research", "Water Resources",
          "Space Technology", "Public Health", "Biotechnology", "Materials Science", "Logistics",
          "Artificial Intelligence", "Geology", "Textile Engineering", "Renewable Power",
          "Food Security", "Cultural Heritage", "Seismology", "Mining", "Tourism Development"]
TYPES = [("Institute", "ResearchInstitute"), ("Research Center", "ResearchInstitute"),
         ("Foundation", "Foundation"), ("Fund", "Foundation"), ("University", "University"),
         ("Technology Incubator", "Incubator"), ("Business Incubator", "Incubator"),
         ("Company", "Company"), ("Group", "Company"), ("Co., Ltd.", "Company"),
         ("Committee", "GovernmentBody"), ("Agency", "GovernmentBody")]
TOPICS = ["technology transfer", "joint research in renewable energy", "training engineers",
          "building a joint laboratory", "exchanging students and researchers",
          "developing digital trade platforms", "protecting cultural heritage",
          "modernising irrigation systems", "earthquake monitoring", "vaccine development"]
SYLLABLES = ["ka", "ra", "mi", "to", "sen", "lin", "bek", "zha", "dor", "nu", "sa", "vi", "an",
             "ol", "ta", "gu", "mer", "hai", "jon", "ru", "el", "den", "bo", "ki"]
ROLES = ["Minister of Economy", "Deputy Foreign Minister", "Ambassador to {country}",
         "director", "rector", "chairman", "head of international cooperation"]
FILLER = [
    "Officials from both sides reviewed progress on projects agreed in previous years and "
    "discussed ways to simplify procedures for companies working in each other's markets.",
    "Analysts note that cooperation in science and education has expanded steadily, with more "
    "joint programmes for young researchers and more exchanges between laboratories.",
    "The talks also covered transport links, customs procedures and the digitalisation of "
    "border crossings, which businesses have long described as a bottleneck.",
    "Participants agreed that regular contacts between experts are essential to turn political "
    "declarations into concrete results on the ground.",
    "Local media reported that several regional delegations attended the events, presenting "
    "investment opportunities in manufacturing, agriculture and tourism.",
    "Experts said the next stage will focus on practical results, including pilot projects that "
    "can be scaled up once their economic benefits are demonstrated.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


class Writer:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.gaz = gazetteer()
        self.regions = {c: [p for p in self.gaz.regions.values()
                            if p.country == c and p.code and p.subtype in
                            ("Province", "Region", "Autonomous region", "Municipality", "State",
                             "Prefecture")
                            and " " not in p.label and "-" not in p.label and p.label.isascii()]
                        for c in COUNTRIES}

    def name(self) -> str:
        r = self.rng
        first = "".join(r.choice(SYLLABLES) for _ in range(2)).capitalize()
        last = "".join(r.choice(SYLLABLES) for _ in range(3)).capitalize()
        return f"{first} {last}"

    def country(self, code: str) -> str:
        return self.gaz.countries[code].label

    def org(self, code: str) -> dict:
        r = self.rng
        word, kind = r.choice(TYPES)
        field = r.choice(FIELDS)
        regions = self.regions.get(code) or []
        style = r.random()
        region = None
        if style < 0.35:
            name = f"{self.country(code)} {field} {word}"
        elif style < 0.6:
            name = f"{ADJ[code]} {field} {word}"
        elif style < 0.8 and regions:
            place = r.choice(regions)
            region = place.code
            name = f"{place.label} {field} {word}"
        else:
            name = f"{word} of {field} of {self.country(code)}" if word not in (
                "Co., Ltd.", "Group", "Company") else f"{self.country(code)} {field} {word}"
        return {"name": name, "aliases": [], "type": kind, "country": code, "region": region}


def when(rng: random.Random, published: date) -> tuple[date, str]:
    day = published - timedelta(days=rng.randint(1, 5))
    style = rng.random()
    if style < 0.4:
        return day, f"on {MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style < 0.7:
        return day, f"on {day.strftime('%A')}"
    return day, f"on {MONTHS[day.month - 1]} {day.day}"


def article(n: int, rng: random.Random, w: Writer) -> tuple[str, dict]:
    a, b = rng.sample(COUNTRIES, 2)
    published = date(2019, 1, 1) + timedelta(days=rng.randint(0, 1800))
    gold: dict = {"article": f"{n:05d}.txt", "published": published.isoformat(),
                  "countries": sorted({a, b}), "regions": [], "organizations": [], "people": [],
                  "agreements": [], "events": [], "statements": [], "figures": []}
    paras = []
    org_a, org_b, org_c = w.org(a), w.org(b), w.org(b)
    gold["organizations"] += [org_a, org_b, org_c]
    for org in (org_a, org_b, org_c):
        if org["region"]:
            place = w.gaz.regions[f"https://w3id.org/coopkg/id/region/{org['region']}"]
            gold["regions"].append({"name": place.label, "iso": place.code, "country": org["country"]})
    day, day_text = when(rng, published)
    topic = rng.choice(TOPICS)
    capital = rng.choice(w.regions.get(a) or [None])
    dateline = (capital.label.upper() if capital else w.country(a).upper())
    paras.append(f"{dateline}, {MONTHS[published.month - 1]} {published.day} -- The {org_a['name']} "
                 f"and the {org_b['name']} signed a memorandum of understanding {day_text} on "
                 f"{topic}, officials said.")
    gold["agreements"].append({"parties": [org_a["name"], org_b["name"]],
                               "date": day.isoformat(), "kind": "memorandum", "topic": topic})
    if capital:
        gold["regions"].append({"name": capital.label, "iso": capital.code, "country": a})
    leader, minister = w.name(), w.name()
    paras.append(f"{ADJ[a]} President {leader} paid a state visit to {w.country(b)} "
                 f"{day_text}, the first such visit in five years.")
    gold["people"].append({"name": leader, "role": "President", "country": a, "affiliation": None})
    gold["events"].append({"type": "StateVisit", "label": f"{leader} state visit to {w.country(b)}",
                           "date": day.isoformat(), "participants": [leader, b], "location": b})
    k = rng.randint(3, 6)
    items = [f"- Memorandum on {rng.choice(TOPICS)} between the {org_c['name']} and the "
             f"{org_a['name']};"] + [f"- Agreement on {rng.choice(TOPICS)};" for _ in range(k - 1)]
    paras.append(f"During the visit, {k} documents were signed, including:\n" + "\n".join(items))
    gold["agreements"].append({"parties": [org_c["name"], org_a["name"]], "date": None,
                               "kind": "memorandum", "topic": ""})
    gold["agreements"] += [{"parties": [a, b], "date": None, "kind": "agreement", "topic": ""}
                           for _ in range(k - 1)]
    gold["figures"].append({"indicator": "number of documents signed", "countries": [a, b],
                            "value": k, "unit": "documents", "period": None,
                            "change_percent": None})
    quote = rng.choice(["Our cooperation is entering a new stage of development",
                        "We are ready to expand trade and investment with our partners",
                        "Science and education are the foundation of our friendship"])
    role = rng.choice(ROLES).format(country=w.country(b))
    paras.append(f"\"{quote},\" said {minister}, {ADJ[a]} {role}.")
    gold["people"].append({"name": minister, "role": role, "country": a, "affiliation": None})
    gold["statements"].append({"speaker": minister, "date": None, "gist": quote})
    value = rng.choice([1.2, 3.5, 4.8, 7.25, 13.5, 22.1])
    months = rng.randint(3, 11)
    change = rng.choice([5.5, 12.0, 18.4, 38.3])
    paras.append(f"Bilateral trade between {w.country(a)} and {w.country(b)} reached {value} "
                 f"billion USD in the first {months} months of this year, up {change} percent "
                 f"year on year, according to the {ADJ[b]} customs service.")
    gold["figures"].append({"indicator": "bilateral trade", "countries": [a, b],
                            "value": value * 1e9, "unit": "USD",
                            "period": f"{published.year}-01/{published.year}-{months:02d}",
                            "change_percent": change})
    while sum(len(p) for p in paras) < 4800:
        paras.append(" ".join(rng.sample(FILLER, 3)))
    rng.shuffle(paras[4:])
    header = (f"Title: {w.country(a)} and {w.country(b)} deepen cooperation\nSource: Synthetic "
              f"Wire\nDate: {published.isoformat()}\nAuthor: Generator\nURL: https://example.org/"
              f"{n}\n\n")
    return header + "\n\n".join(paras) + "\n", gold


def generate(out: Path, articles: int, seed: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    writer = Writer(rng)
    for n in range(articles):
        text, gold = article(n, rng, writer)
        (out / f"{n:05d}.txt").write_text(text, encoding="utf-8")
        (out / f"{n:05d}.json").write_text(json.dumps(gold, indent=1), encoding="utf-8")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    generate(args.out, args.articles, args.seed)
