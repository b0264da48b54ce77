"""Sectors: actors as country + sector (``SYRREB``, ``KENCOP``), in every output."""

from __future__ import annotations

import importlib.util
import io
import sqlite3
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pytest

import actorgraph as ag
from actorgraph.actors.sectors import name_sector
from actorgraph.errors import DataFileError
from actorgraph.export import read_actors, read_relations, relation_frame, write_actors, write_relations
from actorgraph.model import ACTOR_FIELDS, RELATION_FIELDS, Actor, Relation
from actorgraph.store import Store, schema

DATA = Path(__file__).parent / "data"
SYRIA = Actor("SYR", "Syria", "country", "SYR")
REBELS = Actor("SYR_REB", "Syrian rebels", "armed_group", "SYR", sector="REB", sector_by="group noun")
POLICE = Actor("KEN_COP", "Kenyan police", "organization", "KEN", sector="COP", sector_by="group noun")
UN = Actor("UN", "United Nations", "igo")


# --- the model: codes are derived, never stored twice ----------------------------------------------


@pytest.mark.parametrize(
    ("actor", "code"),
    [
        (SYRIA, "SYR"),
        (REBELS, "SYRREB"),
        (POLICE, "KENCOP"),
        (UN, "IGO"),
        (Actor("p", "A general", "person", "MMR", sector="MIL"), "MMRMIL"),
        (Actor("g", "rebels", "armed_group", None, sector="REB"), "REB"),
        (Actor("x", "Somebody", "person"), None),
    ],
)
def test_actor_code_is_country_then_sector(actor: Actor, code: str | None) -> None:
    assert actor.code == code
    assert actor.to_dict()["code"] == code
    assert tuple(actor.to_dict()) == ACTOR_FIELDS


def test_relation_carries_both_sides_sectors_and_codes() -> None:
    r = Relation.between(SYRIA, REBELS, "ASSAULT", "Syria shelled rebel positions.")
    assert (r.source_sector, r.target_sector) == (None, "REB")
    assert (r.source_code, r.target_code) == ("SYR", "SYRREB")
    d = r.to_dict()
    assert tuple(d) == RELATION_FIELDS
    assert RELATION_FIELDS.index("target_code") == RELATION_FIELDS.index("target_country") + 2
    assert Relation.from_dict(d) == r


def test_sectors_round_trip_through_jsonl_and_csv() -> None:
    r = Relation.between(POLICE, REBELS, "COERCE", "Police arrested rebels.")
    for fmt in ("jsonl", "csv"):
        buffer = io.StringIO()
        write_relations([r], buffer, format=fmt)  # type: ignore[arg-type]
        assert "KENCOP" in buffer.getvalue()
        buffer.seek(0)
        assert read_relations(buffer, format=fmt) == [r]  # type: ignore[arg-type]
        buffer = io.StringIO()
        write_actors([POLICE, SYRIA], buffer, format=fmt)  # type: ignore[arg-type]
        buffer.seek(0)
        assert read_actors(buffer, format=fmt) == [POLICE, SYRIA]  # type: ignore[arg-type]


def test_gdelt_columns_carry_code_and_sector() -> None:
    frame = relation_frame([Relation.between(POLICE, UN, "REQUEST", "Police asked the UN."), _hezbollah()])
    assert list(frame["Actor1Code"]) == ["KENCOP", "LBNREB"]
    assert list(frame["Actor1Type1Code"]) == ["COP", "REB"]
    assert list(frame["Actor2Code"]) == ["IGO", "ISR"]
    assert list(frame["Actor2Type1Code"]) == ["IGO", ""]
    assert list(frame["source_code"]) == ["KENCOP", "LBNREB"]


def _hezbollah() -> Relation:
    hezbollah = Actor("HEZBOLLAH", "Hezbollah", "armed_group", "LBN", sector="REB", sector_by="gazetteer")
    israel = Actor("ISR", "Israel", "country", "ISR")
    return Relation.between(hezbollah, israel, "ASSAULT", "Hezbollah fired rockets at Israel.")


# --- the store: one migration adds the sector columns ----------------------------------------------


def test_store_of_schema_1_gains_sector_columns_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    with schema.transaction(conn):
        schema.MIGRATIONS[1](conn)
        conn.execute("INSERT INTO meta (key, value) VALUES ('schema_version', '1'), ('data_version', '')")
        conn.execute(
            "INSERT INTO documents VALUES (?, ?, NULL, NULL, NULL, NULL, NULL, 'now', '')",
            ("d", "Syria shelled Turkey."),
        )
        conn.execute(
            "INSERT INTO actors VALUES ('d', 0, 'SYR', 'Syria', 'country', 'SYR', '[]', 1, ?, NULL)",
            ('["gazetteer"]',),
        )
    conn.close()
    with Store(path) as store:
        assert store.meta()["schema_version"] == str(schema.SCHEMA_VERSION) == "2"
        actor_columns = {row[1] for row in store.conn.execute("PRAGMA table_info(actors)")}
        relation_columns = {row[1] for row in store.conn.execute("PRAGMA table_info(relations)")}
        assert {"sector", "sector_by"} <= actor_columns
        assert {"source_sector", "target_sector"} <= relation_columns
        assert not {"source_code", "target_code", "code"} & (actor_columns | relation_columns)
        (actor,) = store.result().actors
        assert (actor.id, actor.sector, actor.code) == ("SYR", None, "SYR")


# --- construction tests: five sentences of our own per pattern ---------------------------------------
# Sides are codes (country + sector). Where two sectors of the same coarse class are both defensible
# (students EDU or CVL), the test names the one the vocabulary gives and says so.


def _pairs(found: set[str]) -> set[str]:
    """ "SRC TYPE TGT" -> "SRC TGT"."""
    return {f"{s} {t}" for s, _, t in (item.split() for item in found)}


NATIONALITY = [
    # a nationality adjective names the state of a group noun
    ("Colombian troops attacked guerrilla camps near the Venezuelan border.", "COLMIL ASSAULT COLREB"),
    ("Yemeni rebels fired two missiles at Saudi Arabia on Sunday.", "YEMREB ASSAULT SAU"),
    ("Nigerian soldiers killed dozens of Boko Haram fighters near the border.", "NGAMIL"),
    ("Iraqi police arrested three Kurdish activists in Baghdad.", "IRQCOP COERCE IRQOPP"),
    ("Venezuelan security forces detained opposition marchers in Caracas.", "VENMIL COERCE VENOPP"),
]


@pytest.mark.parametrize(("text", "expected"), NATIONALITY)
def test_group_noun_with_nationality(sectored: Callable[[str], set[str]], text: str, expected: str) -> None:
    found = sectored(text)
    if " " in expected:
        assert expected in found, found
    else:  # only the side is certain: the soldiers act for Nigeria as its military
        assert any(item.startswith(expected + " ") for item in found), found


PLACES = [
    # a place or state in a prepositional phrase (in, from, based in) names the state of a group noun
    ("Rioters in Nairobi clashed with police on Tuesday night.", "KENCVL KENCOP"),
    ("Gunmen operating from Libya kidnapped two Tunisian engineers.", "LBYREB TUN"),
    ("Farmers from Punjab blocked highways to protest against the Indian government.", "INDAGR IND"),
    ("Students in Tehran demonstrated against the government on Monday.", "IRNEDU IRN"),
    ("Dockworkers in Rotterdam protested against the Dutch government's pension plan.", "NLDLAB NLD"),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_group_noun_located_by_a_place(sectored: Callable[[str], set[str]], text: str, expected: str) -> None:
    assert expected in _pairs(sectored(text))


POSSESSIVE = [
    # a possessive state ("Uganda's opposition") or a compound ("rebel positions") names the group
    # (an advocate whose only relation is with its own government is left out, relations/domestic.py:
    # here the opposition also addresses Kenya)
    (
        "Uganda's opposition accused President Yoweri Museveni of rigging the vote. The opposition also "
        "urged Kenya to intervene.",
        "UGAOPP ACCUSE UGAGOV",
    ),
    ("Sudan's army shelled rebel positions in Darfur on Friday.", "SDNMIL ASSAULT SDNREB"),
    ("Peru's police arrested dozens of protesters blocking a highway.", "PERCOP COERCE PERCVL"),
    ("Myanmar's military jailed several opposition politicians last year.", "MMRMIL COERCE MMROPP"),
    ("Haiti's gangs attacked a police station in the capital.", "HTICRM ASSAULT HTICOP"),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE)
def test_group_noun_with_possessive_or_compound(
    sectored: Callable[[str], set[str]], text: str, expected: str
) -> None:
    assert expected in sectored(text)


STORY_STATE = [
    # no state in the phrase: the state the story is about
    (
        "Chile's government presented its budget on Monday. Striking teachers demanded higher wages "
        "from the government.",
        "CHLEDU CHL",
    ),
    (
        "Protests have spread across Peru this week. Police fired tear gas at demonstrators in the "
        "capital on Thursday.",
        "PERCOP PERCVL",
    ),
    (
        "Ghana's parliament approved the new tax. Traders accused lawmakers of ignoring them and urged the "
        "IMF to intervene.",  # with no foreign relation the traders' accusation is left out (domestic.py)
        "GHABUS GHALEG",
    ),
    (
        "Bolivia declared a state of emergency on Sunday. Soldiers detained several miners near the border.",
        "BOLMIL BOLLAB",
    ),
    (
        "Sri Lanka's president spoke on Friday. The navy arrested fishermen who crossed into the "
        "restricted zone.",
        "LKAMIL LKAAGR",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STORY_STATE)
def test_group_noun_takes_the_state_of_the_story(
    sectored: Callable[[str], set[str]], text: str, expected: str
) -> None:
    assert expected in _pairs(sectored(text))


SAME_COUNTRY = [
    # two sides of one state that differ in actor are kept (state vs rebels, police vs activists, ...)
    ("The Malian government accused Tuareg rebels of breaking the ceasefire.", "MLI ACCUSE MLIREB"),
    ("Thai police arrested three opposition activists in Bangkok.", "THACOP COERCE THAOPP"),
    ("The Colombian army fought FARC dissidents in the south of the country.", "COLMIL COLREB"),
    ("Egyptian authorities detained dozens of striking textile workers.", "EGY COERCE EGYLAB"),
    ("The Ethiopian government signed a peace deal with Tigrayan rebels.", "ETH ETHREB"),
]


PEOPLES = [
    # a one-word name the parser took for a person or an organisation names a people when it qualifies
    # a group noun: the group is of the story's state
    ("Burmese troops attacked Karen guerrillas near the Thai border.", "MMRMIL ASSAULT MMRREB"),
    ("The Ethiopian army rejected the demands of Tigrayan rebels.", "ETHMIL REJECT ETHREB"),
    ("Nigerian soldiers arrested Igbo separatists in Enugu.", "NGAMIL COERCE NGAREB"),
    ("Sri Lankan police detained Tamil activists in Colombo.", "LKACOP COERCE LKAOPP"),
    ("Ugandan police arrested Acholi protesters in Gulu.", "UGACOP COERCE UGACVL"),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLES)
def test_a_people_named_before_a_group_noun(
    sectored: Callable[[str], set[str]], text: str, expected: str
) -> None:
    assert expected in sectored(text)


GOVERNMENT_PEOPLE = [
    # "government" before a generic noun is the government, not its army; "government troops" stay MIL
    ("Haitian government officials accused striking nurses of sabotage.", "HTI ACCUSE HTIHLH"),
    ("Sudanese government representatives met rebel leaders in Khartoum.", "SDN CONSULT SDNREB"),
    ("Government representatives in Bolivia signed a deal with striking miners.", "BOL AGREE BOLLAB"),
    ("Kenyan government officials accused opposition leaders of incitement.", "KEN ACCUSE KENOPP"),
    ("Government officials in Nepal arrested opposition activists.", "NPL COERCE NPLOPP"),
    ("Malian government troops attacked rebel positions near Kidal.", "MLIMIL ASSAULT MLIREB"),
]


@pytest.mark.parametrize(("text", "expected"), GOVERNMENT_PEOPLE)
def test_government_people_are_the_government(
    sectored: Callable[[str], set[str]], text: str, expected: str
) -> None:
    assert expected in sectored(text)


INSTITUTIONS = [
    # an agency, council, service or directorate takes its sector from the words of its name
    (
        "Somalia's National Intelligence and Security Agency arrested two Kenyan journalists.",
        "SOMSPY COERCE KENMED",
    ),
    (
        "Rwanda's National Intelligence and Security Service arrested a Ugandan businessman.",
        "RWASPY COERCE UGA",
    ),
    ("Kenya's National Police Service expelled two Somali diplomats.", "KENCOP SANCTION SOM"),
    ("Egypt's Supreme Military Council accused Israel of spying.", "EGYMIL ACCUSE ISR"),
    ("Peru's Naval Intelligence Service accused Chile of spying.", "PERSPY ACCUSE CHL"),
]


@pytest.mark.parametrize(("text", "expected"), INSTITUTIONS)
def test_institutions_take_the_sector_their_name_gives(
    sectored: Callable[[str], set[str]], text: str, expected: str
) -> None:
    assert expected in sectored(text)


NAMED_IN_STORY = [
    # a bare armed-group noun in a story that names one armed group of that state is that group
    (
        "Al-Shabab claimed the bombing in Mogadishu. Hours later, militants attacked a police station "
        "in Baidoa.",
        "AL_SHABAB",
    ),
    (
        "The Baloch Liberation Army says it fights for independence. On Monday gunmen killed six soldiers "
        "in Quetta.",
        "BLA",
    ),
    (
        "Boko Haram has kidnapped hundreds of girls. Insurgents attacked a Nigerian army base on Friday.",
        "BOKO_HARAM",
    ),
    ("The Houthis seized a ship in the Red Sea. The rebels later attacked Saudi oil facilities.", "HOUTHIS"),
    ("M23 took control of Goma in January. The rebels then shelled Congolese army positions.", "M23"),
]


@pytest.mark.parametrize(("text", "group"), NAMED_IN_STORY)
def test_a_bare_group_noun_is_the_group_the_story_names(text: str, group: str) -> None:
    result = ag.build([ag.Document(id="s", text=text)])
    attacks = [r for r in result.relations if r.type == "ASSAULT"]
    assert attacks and all(r.source_id == group for r in attacks), result.relations
    assert not [a for a in result.actors if a.sector_by == "group noun" and a.sector == "REB"]


def test_a_group_noun_with_its_own_nationality_stays_a_group() -> None:
    text = "Boko Haram kidnapped ten girls. Cameroonian rebels attacked a Nigerian army base on Friday."
    result = ag.build([ag.Document(id="s", text=text)])
    assert [r for r in result.relations if r.type == "ASSAULT" and r.source_code == "CMRREB"], (
        result.relations
    )


@pytest.mark.parametrize(("text", "expected"), SAME_COUNTRY)
def test_same_country_relations_are_kept(
    sectored: Callable[[str], set[str]], text: str, expected: str
) -> None:
    found = sectored(text)
    assert expected in (found if expected.count(" ") == 2 else _pairs(found)), found


NAMED = [
    # named organs and groups keep their name; their sector comes from the data
    ("Hezbollah fired rockets at northern Israel on Sunday.", "LBNREB ASSAULT ISR"),
    ("The Revolutionary Guards seized a British tanker in the Gulf.", "IRNMIL COERCE GBR"),
    ("The Taliban detained two American journalists in Kabul.", "AFGREB COERCE USAMED"),
    ("Mossad agents kidnapped a Hamas engineer in Ukraine.", "ISRSPY"),
    ("The Knesset condemned Iran's nuclear programme.", "ISRLEG ACCUSE IRN"),
]


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_named_organs_and_groups_have_their_sector(
    sectored: Callable[[str], set[str]], text: str, expected: str
) -> None:
    found = sectored(text)
    if " " in expected:
        assert expected in found, found
    else:
        assert any(item.startswith(expected + " ") for item in found), found


OFFICES = [
    # a person's sector follows the office the text gives
    ("Army chief General Asim Munir met Prime Minister Shehbaz Sharif in Islamabad.", "Munir", "MIL"),
    ("Opposition leader Juan Guaido urged the army to abandon Nicolas Maduro.", "Guaido", "OPP"),
    # a past office the text gives wins over the office the person data records: ELI (the codebook)
    ("Judge Maria Lopez ordered the release of former president Pedro Castillo.", "Castillo", "ELI"),
    ("Former prime minister Imran Khan accused the army of rigging the vote.", "Khan", "ELI"),
    ("Prosecutors charged former president Jair Bolsonaro with plotting a coup.", "Bolsonaro", "ELI"),
    (
        "Former president Pedro Castillo asked the Inter-American Commission for protection.",
        "Castillo",
        "ELI",
    ),
    ("The court acquitted former prime minister Sheikh Hasina's aide.", "Hasina", "ELI"),
    ("Police questioned former president Jacob Zuma over the arms deal.", "Zuma", "ELI"),
    ("Senator Bob Menendez criticised Egypt's human rights record.", "Menendez", "LEG"),
    ("North Korean intelligence chief Kim Yong Chol travelled to Washington for talks.", "Chol", "SPY"),
]


def _person(text: str, surname: str) -> tuple[Actor, ag.Result]:
    """The one person of ``text``'s result whose name ends in ``surname``, and the result."""
    result = ag.build([ag.Document(id="s", text=text)])
    (person,) = [a for a in result.actors if a.type == "person" and a.name.endswith(surname)]
    return person, result


@pytest.mark.parametrize(("text", "surname", "sector"), OFFICES)
def test_person_sector_follows_office(text: str, surname: str, sector: str) -> None:
    person, _ = _person(text, surname)
    assert (person.sector, person.sector_by) == (sector, "office"), person


FORMER_LEADERS = [
    # a former leader is an elite (ELI) who acts for his state, not a commentator: the annotators keep
    # his affiliation, also where he takes part in no event
    (
        "Nepal's former prime minister Ram Bahadur Thapa addressed supporters in Kathmandu on Friday.",
        "Thapa",
        "NPL",
    ),
    (
        "Ghana's former president Kwesi Amankwah Boateng opened a library in Kumasi on Saturday.",
        "Boateng",
        "GHA",
    ),
    (
        "Sri Lanka's former president Nimal Perera Jayasuriya visited a temple in Kandy on Sunday.",
        "Jayasuriya",
        "LKA",
    ),
    ("Former president Jacob Zuma spoke at a rally in Durban on Sunday.", "Zuma", "ZAF"),
    ("Former prime minister Imran Khan addressed supporters in Lahore on Friday.", "Khan", "PAK"),
    # a past office before a demonym ("Former Malian prime minister"): the title is the whole phrase (a
    # former minister who takes part in an event keeps his state too)
    ("Former Ecuadorian president Luis Alberto Mena arrived in Quito after two years abroad.", "Mena", "ECU"),
    ("Former Malian prime minister Oumar Traore Sidibe was arrested in Bamako.", "Sidibe", "MLI"),
    ("Former Peruvian president Alberto Ruiz Salas criticised Chile's trade policy.", "Salas", "PER"),
    ("Former Bolivian president Carlos Quiroga met supporters in La Paz on Thursday.", "Quiroga", "BOL"),
    ("The former Nigerian oil minister Ade Okafor was charged in London.", "Okafor", "NGA"),
]


@pytest.mark.parametrize(("text", "surname", "state"), FORMER_LEADERS)
def test_a_former_leader_is_an_elite_of_his_state(text: str, surname: str, state: str) -> None:
    person, result = _person(text, surname)
    assert person.sector == "ELI", person
    members = {r.target_id for r in result.relations if r.type == "AFFILIATION" and r.source_id == person.id}
    assert members == {state}, result.relations


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        # a demonym with no past office before it is not part of the title; the office stays GOV
        ("Kenyan President William Ruto met Ugandan leaders in Nairobi.", "Ruto"),
        ("Russian Foreign Minister Sergei Lavrov met his Turkish counterpart in Ankara.", "Lavrov"),
    ],
)
def test_a_sitting_officer_with_a_demonym_stays_government(text: str, surname: str) -> None:
    person, _ = _person(text, surname)
    assert person.sector == "GOV", person


@pytest.mark.parametrize(
    "text",
    [
        "Turkey bought Russian missiles, said Michel Duclos, a former French ambassador.",
        "Former French ambassador Michel Duclos said Turkey bought Russian missiles.",
    ],
)
def test_a_former_official_who_only_comments_stays_out(text: str) -> None:
    result = ag.build([ag.Document(id="s", text=text)])
    assert not [a for a in result.actors if a.name.endswith("Duclos")], result.actors
    assert not [r for r in result.relations if r.type == "AFFILIATION"], result.relations


def test_judge_is_judiciary() -> None:
    text = "Judge Maria Lopez ordered the release of former president Pedro Castillo."
    result = ag.build([ag.Document(id="s", text=text)])
    (judge,) = [a for a in result.actors if a.name.endswith("Lopez")]
    assert judge.sector == "JUD"


# --- the country view folds a state's organs and groups, and counts its domestic relations ---------


def test_country_view_folds_groups_and_counts_domestic_relations() -> None:
    text = (
        "Thai police arrested three opposition activists in Bangkok on Monday. "
        "Thailand later signed a trade agreement with Malaysia."
    )
    result = ag.build([ag.Document(id="s", text=text)])
    folded = result.country_graph()
    assert "THA" in folded and "MYS" in folded
    assert not any(n.startswith("THA_") for n in folded), list(folded)
    assert not list(nx.selfloop_edges(folded))
    assert folded.nodes["THA"]["domestic_relations"] == 1
    assert {"THA", "MYS"} == {u for u, v in folded.edges()} | {v for u, v in folded.edges()}


def test_voa_scorer_counts_an_army_node_as_its_state() -> None:
    """The reference scorer folds GOV/MIL/COP/JUD/LEG/SPY endpoints into their state by sector."""
    spec = importlib.util.spec_from_file_location("score_docs", DATA / "voa" / "score_docs.py")
    assert spec is not None and spec.loader is not None
    score_docs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score_docs)
    gold = score_docs.GoldDoc(
        {
            "id": "s",
            "actors": [
                {"id": "PAK", "name": "Pakistan", "type": "country", "aliases": [], "affiliation": None},
                {"id": "AFG", "name": "Afghanistan", "type": "country", "aliases": [], "affiliation": None},
            ],
            "relations": [
                {
                    "source": "PAK",
                    "target": "AFG",
                    "category": "ASSAULT",
                    "alt_category": None,
                    "directed": True,
                }
            ],
        }
    )
    rows = [
        r.to_dict()
        for r in ag.extract([ag.Document(id="s", text="Pakistani troops shelled Afghan border posts.")])
    ]
    assert any(r["source_sector"] == "MIL" and r["source_id"] != "PAK" for r in rows), rows
    assert score_docs.score_doc(gold, rows)["typed"]["tp"] == 1


OWN_FORCES = [
    # a state's own forces that it sends, moves or withdraws are not the target of its act
    "Chad pledged to send 1,000 soldiers to the African Union mission.",
    "Germany will deploy more troops to Lithuania next year.",
    "Kenya withdrew its police officers from Haiti after the mission ended.",
    "Brazil sent army engineers to help flood victims in Bolivia.",
    "Japan dispatched naval forces to escort ships near Somalia.",
]


@pytest.mark.parametrize("text", OWN_FORCES)
def test_own_forces_sent_are_not_targets(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str
) -> None:
    for r in relations_of(text):
        source_state = r.source_id if r.source_type == "country" else r.source_country
        assert r.target_id != f"{source_state}_{r.target_sector}", r


FOREIGN_PEOPLE = [
    # unnamed people against a foreign actor are their state, with their sector
    ("Israeli troops fired on Palestinian demonstrators near the fence.", "PSE", "CVL"),
    ("Chinese coast guard ships detained Vietnamese fishermen near the Paracel Islands.", "VNM", "AGR"),
    ("Russian artillery shelled Ukrainian civilians in Kharkiv overnight.", "UKR", "CVL"),
    ("Iran arrested two French students on spying charges.", "FRA", "EDU"),
    ("Saudi Arabia arrested dozens of Pakistani workers last month.", "PAK", "LAB"),
]


@pytest.mark.parametrize(("text", "state", "sector"), FOREIGN_PEOPLE)
def test_foreign_people_are_their_state_with_a_sector(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str, state: str, sector: str
) -> None:
    targets = {(r.target_id, r.target_sector, r.target_code) for r in relations_of(text)}
    assert (state, sector, state + sector) in targets, targets


# --- the --actors file, and names of organisations the NER found -----------------------------------


def test_user_actor_file_gives_a_sector(tmp_path: Path) -> None:
    actors = tmp_path / "actors.csv"
    actors.write_text(
        "id,name,type,country,aliases,sector\nKDF,Kenya Defence Forces,organization,KEN,KDF,MIL\n"
    )
    result = ag.build(
        [ag.Document(id="s", text="The KDF attacked al-Shabab camps in Somalia.")], actors=actors
    )
    (kdf,) = [a for a in result.actors if a.id == "KDF"]
    assert (kdf.sector, kdf.sector_by, kdf.code) == ("MIL", "user", "KENMIL")


def test_user_actor_file_with_an_unknown_sector_is_refused(tmp_path: Path) -> None:
    actors = tmp_path / "bad.csv"
    actors.write_text("id,name,type,sector\nX,Some Group,organization,ARMY\n")
    with pytest.raises(DataFileError, match=r"bad.csv: record 1: sector 'ARMY' is not one of GOV"):
        ag.build([ag.Document(id="s", text="Some Group met Kenya.")], actors=actors)


def test_organisation_named_by_its_head_noun() -> None:
    text = "Pakistan's Supreme Court ordered the release of the detained Afghan refugees."
    result = ag.build([ag.Document(id="s", text=text)])
    courts = [a for a in result.actors if "Court" in a.name]
    assert courts and all((a.sector, a.sector_by) == ("JUD", "name") for a in courts), result.actors


# --- affiliations: who belongs to whom ---------------------------------------------------------------


def _affiliations(text: str) -> set[tuple[str, str]]:
    result = ag.build([ag.Document(id="s", text=text)])
    return {(r.source_name, r.target_id) for r in result.relations if r.type == "AFFILIATION"}


COMMENTATORS = [
    # an academic, analyst or former official who only comments is no member of anything here
    (
        "Iran will test the missile soon, said Karim Sadjadpour, a senior fellow at the Carnegie Endowment.",
        "Karim",
    ),
    ("Moscow will respond, according to Dmitri Trenin, a former Russian army colonel.", "Trenin"),
    (
        "Beijing is testing Taiwan, said Bonnie Glaser, an expert on China at the German Marshall Fund.",
        "Glaser",
    ),
    ("Professor Li Wei of Peking University said China would not back down.", "Li Wei"),
    ("Analyst Sami Hamdi said Saudi Arabia wanted calm with Iran.", "Hamdi"),
]


@pytest.mark.parametrize(("text", "name"), COMMENTATORS)
def test_commentators_have_no_affiliation(text: str, name: str) -> None:
    assert not [a for a in _affiliations(text) if name in a[0]]


def test_a_former_official_who_acts_keeps_the_affiliation() -> None:
    found = _affiliations("Former Russian president Dmitry Medvedev threatened Poland with nuclear strikes.")
    assert ("Dmitry Medvedev", "RUS") in found


ORGANS = [
    # an organ is part of its state (the guidelines fold it), not a member of it
    "The Pentagon said it would send two more destroyers to the Red Sea.",
    "Russia's Defence Ministry accused Ukraine of shelling the nuclear plant.",
    "The State Department condemned the attack on the embassy in Baghdad.",
    "The Knesset approved a law that angered the Palestinian Authority.",
    "China's foreign ministry rejected the statement by the Philippines.",
]


@pytest.mark.parametrize("text", ORGANS)
def test_organs_are_not_members_of_their_state(text: str) -> None:
    result = ag.build([ag.Document(id="s", text=text)])
    organs = {a.id: a for a in result.actors if a.type == "organization" and a.country}
    assert organs, result.actors
    assert not [
        r
        for r in result.relations
        if r.type == "AFFILIATION" and organs.get(r.source_id) is not None
        if r.target_id == organs[r.source_id].country
    ]


PORTFOLIOS = [
    # the state an office is for, or an envoy is sent to, is not the state the holder serves
    ("Jane Hollis, the American envoy for Syria, met Turkish officials on Monday.", "Hollis", "USA"),
    ("Pierre Marchand, France's ambassador to Iran, was summoned by Tehran.", "Marchand", "FRA"),
    ("Hans Vogel, the German special representative for Afghanistan, visited Pakistan.", "Vogel", "DEU"),
    ("Kenji Sato, Japan's special envoy to the Middle East, met Saudi officials in Riyadh.", "Sato", "JPN"),
    ("Carlos Ortega, Spain's ambassador to Morocco, criticised Algeria on Friday.", "Ortega", "ESP"),
]


@pytest.mark.parametrize(("text", "name", "state"), PORTFOLIOS)
def test_an_office_for_a_state_is_held_by_the_sender(text: str, name: str, state: str) -> None:
    found = {t for s, t in _affiliations(text) if name in s}
    assert found == {state}, found


OUTLETS = [
    # an outlet the article cites is an actor of it (the seed's gold graph names IRNA, SANA, Tasnim);
    # its state is stated only where the text states it, never from the gazetteer alone
    (
        "Egypt's Middle East News Agency said Cairo had recalled its envoy from Addis Ababa.",
        "Middle East",
        {"EGY"},
    ),
    ("The talks with Qatar went well, Ahmed Karimi told Fars News Agency on Tuesday.", "Fars", set()),
    ("Pyongyang fired two missiles, the Korean Central News Agency reported.", "Korean Central", set()),
    ("Vietnam's official news agency VNA reported that Hanoi protested to Beijing.", "VNA", {"VNM"}),
    ("Anadolu Agency reported that Turkish jets struck targets in northern Iraq.", "Anadolu", set()),
    # the title phrase parsed apart from the name it describes
    (
        "A statement carried by Saudi Arabia's official news agency SPA welcomed the truce in Yemen.",
        "Saudi",
        {"SAU"},
    ),
]


@pytest.mark.parametrize(("text", "outlet", "states"), OUTLETS)
def test_cited_outlets_are_actors_with_the_state_the_text_gives(
    text: str, outlet: str, states: set[str]
) -> None:
    result = ag.build([ag.Document(id="s", text=text)])
    outlets = [a for a in result.actors if a.type == "media"]
    assert [a for a in outlets if outlet in a.name or any(outlet in x for x in a.aliases)], result.actors
    found = {r.target_id for r in result.relations if r.type == "AFFILIATION" and r.source_type == "media"}
    assert found == states, result.relations


IDLE_ORGANS = [
    # an IGO's organ that takes part in no event is no actor of the story, nor a member of anything
    (
        "The United Nations sent food to Sudan. Months later the U.N. General Assembly met in New York.",
        "UNGA",
    ),
    (
        "The EU imposed sanctions on Belarus, while the European Parliament was in recess.",
        "EUROPEAN_PARLIAMENT",
    ),
    ("The UN sent doctors to Gaza as the U.N. Security Council prepared its session.", "UNSC"),
    ("The UN thanked Qatar; the International Court of Justice will sit again in May.", "ICJ"),
    ("The UN criticised Iran, and the UN Human Rights Council elected its new president.", "UNHRC"),
]


@pytest.mark.parametrize(("text", "organ"), IDLE_ORGANS)
def test_idle_igo_organs_have_no_affiliation(text: str, organ: str) -> None:
    result = ag.build([ag.Document(id="s", text=text)])
    assert any(r.type != "AFFILIATION" for r in result.relations), result.relations
    assert not [r for r in result.relations if r.type == "AFFILIATION" and r.source_id == organ]


def test_an_igo_organ_that_acts_keeps_its_parent() -> None:
    text = "The UN warned Kenya. The U.N. Security Council condemned North Korea's missile launch."
    result = ag.build([ag.Document(id="s", text=text)])
    assert [
        r
        for r in result.relations
        if r.type == "AFFILIATION" and (r.source_id, r.target_id) == ("UNSC", "UN")
    ]


SPELLED = [
    # a known person is named as the article spells them, accents included
    ("Pedro Sánchez criticised Israel on Monday.", "Pedro Sánchez"),
    ("Viktor Orbán vetoed the aid for Ukraine.", "Viktor Orbán"),
    ("Nicolás Maduro accused Colombia of plotting a coup.", "Nicolás Maduro"),
    ("Aleksandar Vučić met Chinese officials in Belgrade.", "Aleksandar Vučić"),
    ("Andrés Manuel López Obrador rejected the U.S. request.", "Andrés Manuel López Obrador"),
    ("Viktor Orban vetoed the aid for Ukraine.", "Viktor Orban"),
]


@pytest.mark.parametrize(("text", "name"), SPELLED)
def test_known_people_keep_the_article_spelling(text: str, name: str) -> None:
    result = ag.build([ag.Document(id="s", text=text)])
    assert name in {a.name for a in result.actors if a.type == "person"}, result.actors


PLACES_DESCRIBED = [
    # a name the article describes as a town, city or district is a place, not an actor
    ("Gunmen attacked Mandera, a town near Kenya's border with Somalia.", "Mandera"),
    ("Jihadists attacked Djibo, a town in northern Burkina Faso.", "Djibo"),
    ("Troops shelled Sloviansk, a city in eastern Ukraine.", "Sloviansk"),
    ("Police raided Kafr Qasim, an Arab town in central Israel.", "Kafr Qasim"),
    ("Drones struck Tuapse, a port city in southern Russia, Ukraine said.", "Tuapse"),
]


@pytest.mark.parametrize(("text", "place"), PLACES_DESCRIBED)
def test_places_described_as_such_are_no_actors(text: str, place: str) -> None:
    result = ag.build([ag.Document(id="s", text=text)])
    assert not [a for a in result.actors if place in a.name], result.actors


def test_sectors_round_trip_through_parquet_and_the_store(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    from actorgraph.export import read_relation_table, write_relation_table

    r = Relation.between(POLICE, REBELS, "COERCE", "Police arrested rebels.")
    write_relation_table([r], tmp_path / "r.parquet", format="parquet")
    assert read_relation_table(tmp_path / "r.parquet", format="parquet") == [r]
    frame = pd.read_parquet(tmp_path / "r.parquet")
    assert list(frame["Actor1Code"]) == ["KENCOP"] and list(frame["Actor2Type1Code"]) == ["REB"]
    with Store(tmp_path / "s.db") as store:
        store.add([ag.Document(id="k", text="Kenyan police arrested opposition supporters in Nairobi.")])
        stored = store.result()
    assert [(x.source_code, x.target_code) for x in stored.relations if x.type == "COERCE"] == [
        ("KENCOP", "KENOPP")
    ]
    assert {"KENCOP", "KENOPP"} <= {a.code for a in stored.actors}


MEMBERSHIPS = [
    # membership of an IGO is an affiliation where the text states it
    ("NATO member Turkey bought Russian missiles.", {("TUR", "NATO")}),
    ("Hungary, an EU member, blocked the aid for Ukraine.", {("HUN", "EU")}),
    (
        "The Quad consists of Japan, the United States, Australia and India.",
        {("JPN", "QUAD"), ("USA", "QUAD"), ("AUS", "QUAD"), ("IND", "QUAD")},
    ),
    (
        "ASEAN, which includes Vietnam and the Philippines, criticised China.",
        {("VNM", "ASEAN"), ("PHL", "ASEAN")},
    ),
    ("The African Union's members include Kenya and Ethiopia.", {("KEN", "AU"), ("ETH", "AU")}),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERSHIPS)
def test_stated_memberships_of_igos(text: str, expected: set[tuple[str, str]]) -> None:
    result = ag.build([ag.Document(id="s", text=text)])
    found = {(r.source_id, r.target_id) for r in result.relations if r.type == "AFFILIATION"}
    assert expected <= found, found


def test_a_meeting_with_an_igo_is_no_membership() -> None:
    result = ag.build([ag.Document(id="s", text="Ukraine met NATO officials, which included generals.")])
    assert not [r for r in result.relations if r.type == "AFFILIATION" and r.source_id == "UKR"]


LOCAL_OFFICES = [
    # an office of a province or city of a state is held in that state
    (
        "Balochistan Chief Minister Sarfraz Bugti condemned the attack by the Baloch Liberation Army.",
        "Bugti",
        "PAK",
    ),
    ("Kandahar Governor Mohammad Yusuf Wafa accused Pakistan of shelling.", "Wafa", "AFG"),
    ("Basra Governor Asaad al-Eidani accused Kuwait of stealing oil.", "Eidani", "IRQ"),
    ("Tigray regional president Debretsion Gebremichael rejected the federal plan.", "Debretsion", "ETH"),
    ("Aleppo Governor Hussein Diab accused Turkey of backing the rebels.", "Diab", "SYR"),
]


@pytest.mark.parametrize(("text", "name", "state"), LOCAL_OFFICES)
def test_a_local_office_is_held_in_its_state(text: str, name: str, state: str) -> None:
    found = {t for s, t in _affiliations(text) if name in s}
    assert found == {state}, found


DOMESTIC_COERCION = [
    # the vocabulary of repression at home: dispersing, rounding up, confiscating from
    (
        "Kenyan riot police dispersed opposition supporters outside parliament on Tuesday.",
        "KENCOP COERCE KENOPP",
    ),
    (
        "Bangladeshi police used water cannon to disperse striking garment workers in Dhaka.",
        "BGDCOP COERCE BGDLAB",
    ),
    (
        "Georgian riot police fired tear gas to disperse opposition protesters in Tbilisi.",
        "GEOCOP COERCE GEOOPP",
    ),
    ("Ugandan police rounded up dozens of opposition supporters in Kampala.", "UGACOP COERCE UGAOPP"),
    ("Nepalese police rounded up Maoist rebels in a village west of Kathmandu.", "NPLCOP COERCE NPLREB"),
    ("Peruvian police confiscated dynamite from striking miners near Arequipa.", "PERCOP COERCE PERLAB"),
]


POLICE_REPORTS = [
    # "..., police said": the police are the source of the news, not an accuser of whom they report on
    "Protesters blocked the railway line near Lahore for six hours, Pakistani police said.",
    "Rioters looted dozens of shops in central Nairobi overnight, Kenyan police said.",
    "Thousands of farmers blocked roads into Brussels with their tractors, Belgian police said.",
    "Opposition activists intimidated voters at several polling stations, Zambian police said.",
    "Striking miners blocked the main highway north of La Paz on Monday, Bolivian police said.",
    # an army reporting what happened is a news source as well
    "Rebel fighters looted villages along the river overnight, the Congolese army said.",
    "Protesters blocked the highway to the airport for three hours, the Thai army said on Sunday.",
    "Colombian police seized rifles from ELN guerrillas near Cucuta, the Venezuelan army said.",
]


@pytest.mark.parametrize("text", POLICE_REPORTS)
def test_a_police_report_is_no_accusation(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str
) -> None:
    assert not [r for r in relations_of(text) if r.type == "ACCUSE"], relations_of(text)


def test_the_police_still_accuse_in_words(sectored: Callable[[str], set[str]]) -> None:
    found = sectored("Chilean police accused student protesters of looting shops in Santiago.")
    assert "CHLCOP ACCUSE CHLCVL" in found, found


PROTEST_STOPPED = [
    # stopping, breaking up or blocking a protest acts on whoever holds it
    ("Belarusian police prevented a rally by opposition activists in Minsk.", "BLRCOP COERCE BLROPP"),
    ("Thai soldiers broke up a sit-in by opposition supporters in Bangkok.", "THAMIL COERCE THAOPP"),
    ("Venezuelan troops blocked a march by opposition supporters in Caracas.", "VENMIL COERCE VENOPP"),
    ("Iranian riot police broke up a protest by striking oil workers in Abadan.", "IRNCOP COERCE IRNLAB"),
    (
        "Turkish police prevented the demonstration organised by students at Istanbul University.",
        "TURCOP COERCE TUREDU",
    ),
    (
        "Egyptian security forces broke up a gathering of opposition supporters in Giza.",
        "EGYMIL COERCE EGYOPP",
    ),
]


WRONGS_BY = [
    # investigating or condemning a wrong accuses whoever did it ("abuses by the police")
    (
        "Kenyan prosecutors are investigating abuses by police officers during the election protests.",
        "KENCOP",
    ),
    ("Nigeria's human rights commission condemned abuses by soldiers in Borno state.", "NGAMIL"),
    ("Mexico's attorney general is investigating crimes committed by federal police in Guerrero.", "MEXCOP"),
    ("The Sri Lankan government denounced atrocities by Tamil rebels in the north.", "LKAREB"),
    ("Philippine senators are investigating human rights violations by the national police.", "PHLCOP"),
]


@pytest.mark.parametrize(("text", "accused"), WRONGS_BY)
def test_a_wrong_investigated_accuses_its_doer(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str, accused: str
) -> None:
    found = [r for r in relations_of(text) if r.type == "ACCUSE" and r.target_code == accused]
    assert found, relations_of(text)


HELD = [
    # holding people as shields or hostages, or in detention, coerces or assaults them
    ("Syrian troops held civilians as human shields near Aleppo.", "SYRMIL", "SYR"),
    ("Congolese rebels are holding villagers as human shields in North Kivu.", "CODREB", "COD"),
    ("Burundian police are holding opposition activists in secret detention centres.", "BDICOP", "BDI"),
    ("Ethiopian soldiers held Tigrayan students in military camps for weeks.", "ETHMIL", "ETH"),
    ("Yemeni rebels are holding aid workers as hostages in Sanaa.", "YEMREB", "YEM"),
]


@pytest.mark.parametrize(("text", "holder", "state"), HELD)
def test_holding_people_coerces_them(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str, holder: str, state: str
) -> None:
    found = [
        r
        for r in relations_of(text)
        if r.type in {"ASSAULT", "COERCE"} and r.source_code == holder and r.target_country == state
    ]
    assert found, relations_of(text)


PART_OF = [
    # "part of X", "most of X": an act on a part of something is an act on its holder
    ("Somali troops seized part of an al-Shabab stronghold near Kismayo.", "SOMMIL COERCE SOMREB"),
    (
        "Nigerian soldiers destroyed most of the Boko Haram camps in the Sambisa forest.",
        "NGAMIL ASSAULT NGAREB",
    ),
    ("Ukrainian forces shelled some of the Russian positions near Bakhmut.", "UKRMIL ASSAULT RUS"),
    ("Malian troops captured half of the jihadists' base near Timbuktu.", "MLIMIL COERCE MLIREB"),
    ("Iraqi forces recaptured parts of the Islamic State's positions in Mosul.", "IRQMIL ASSAULT IMG"),
]


PEOPLE_BEFORE_AN_ATTRIBUTIVE_GROUP = [
    # "a Karen guerrilla stronghold": a one-word name before a group noun that qualifies a place is a
    # people, as before a plural group noun ("Karen guerrillas"), not a person or an organisation
    ("Ethiopian troops shelled a Tigrayan rebel base near Mekelle.", "ETHMIL ASSAULT ETHREB"),
    ("Burmese troops captured a Kachin rebel outpost near Myitkyina.", "MMRMIL COERCE MMRREB"),
    ("Ugandan soldiers attacked an Acholi rebel camp near Gulu.", "UGAMIL ASSAULT UGAREB"),
    ("Congolese troops captured a Hutu militia base in North Kivu.", "CODMIL COERCE CODUAF"),
    ("Burmese troops have captured a Karen guerrilla stronghold near the border.", "MMRMIL COERCE MMRREB"),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE_BEFORE_AN_ATTRIBUTIVE_GROUP)
def test_a_people_named_before_an_attributive_group_noun(
    sectored: Callable[[str], set[str]], text: str, expected: str
) -> None:
    found = sectored(text)
    assert expected in found, found
    assert not [f for f in found if "P_" in f or "ORG_" in f], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(t, e) for t, e in DOMESTIC_COERCION + PROTEST_STOPPED + PART_OF],
)
def test_domestic_coercion_vocabulary(sectored: Callable[[str], set[str]], text: str, expected: str) -> None:
    """Coercion at home: its verbs, a protest stopped (its holders), part of a place (its holder)."""
    found = sectored(text)
    assert expected in found, found


PROTESTED = [
    # protesting someone's decision or failure protests them (PLOVER PROTEST): the maker is the target
    ("Kenyan doctors began a strike on Monday to protest the government's failure to pay them.", "KEN"),
    # ("protest * decision" is CAMEO's ACCUSE 114, so a plan here)
    ("Georgian opposition supporters protested the government's plan to drop the EU bid.", "GEO"),
    ("Zambian lawmakers began a hunger strike to protest President Lungu's closure of parliament.", "ZMBGOV"),
    ("Nepalese students protested the Kathmandu government's fee increases on Friday.", "NPL"),
    ("Peruvian miners marched in Lima to protest the government's mining tax.", "PER"),
]


@pytest.mark.parametrize(("text", "maker"), PROTESTED)
def test_protesting_a_decision_protests_its_maker(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str, maker: str
) -> None:
    found = [r for r in relations_of(text) if r.type == "PROTEST" and r.target_code == maker]
    assert found, relations_of(text)


SUBORDINATE = [
    # a clause with its own subject ("as miners blocked roads") is no complement of the act:
    # (text, the governing actor, an actor of the subordinate clause it does not act on)
    (
        "Peru's government threatened to impose martial law as miners blocked roads in the south.",
        "PER",
        "PERLAB",
    ),
    (
        "The Bolivian government agreed to lift the curfew after striking teachers ended their protest.",
        "BOL",
        "BOLEDU",
    ),
    (
        "Iraq's cabinet is prepared to impose a curfew as insurgents and soldiers clash in Basra.",
        "IRQ",
        "IRQREB",
    ),
    (
        "Chad's government threatened to declare an emergency as rebels advanced on the capital.",
        "TCD",
        "TCDREB",
    ),
    (
        "Haiti's government agreed to impose a curfew after gangs attacked the national palace.",
        "HTI",
        "HTIREB",
    ),
]


@pytest.mark.parametrize(("text", "actor", "bystander"), SUBORDINATE)
def test_a_subordinate_clause_is_no_complement(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str, actor: str, bystander: str
) -> None:
    wrong = [r for r in relations_of(text) if r.source_code == actor and r.target_code == bystander]
    assert not wrong, wrong


SITE_OF = [
    # "the headquarters of an opposition party": an act on a site is an act on whoever holds it
    ("Algerian police stormed the headquarters of an opposition party in Algiers.", "DZACOP", "DZA"),
    ("Colombian troops bombed a camp of FARC dissidents near the Venezuelan border.", "COLMIL", "COL"),
    ("Egyptian police raided the offices of opposition activists in Cairo.", "EGYCOP", "EGY"),
    ("Pakistani troops destroyed the hideouts of Baloch separatists in Kech.", "PAKMIL", "PAK"),
    ("Somali forces captured a base of al-Shabab fighters near Baidoa.", "SOMMIL", "SOM"),
]


@pytest.mark.parametrize(("text", "actor", "state"), SITE_OF)
def test_an_act_on_a_site_acts_on_its_holder(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str, actor: str, state: str
) -> None:
    found = [
        r
        for r in relations_of(text)
        if r.source_code == actor and r.target_country == state and r.target_sector not in {None, "GOV"}
    ]
    assert found, relations_of(text)


# --- a group noun of a state's organ the story names is that organ, one node -----------------------------

ONE_ORGAN = [
    (
        "The Pakistan Army launched an operation in Balochistan. Pakistani troops later killed ten"
        " militants.",
        "PAK_ARMY",
        "PAK_MIL",
    ),
    (
        "The U.S. military struck targets in Yemen on Sunday. American troops also seized a ship near Aden.",
        "USA_MILITARY",
        "USA_MIL",
    ),
    (
        "Syrian soldiers entered the town at dawn, and the Syrian Arab Army said it had cleared the area.",
        "SYR_ARMY",
        "SYR_MIL",
    ),
    (
        "Afghan soldiers repelled an attack in Helmand, the Afghan National Army said on Friday.",
        "AFG_ANSF",
        "AFG_MIL",
    ),
    (
        "US Navy ships escorted the convoy, and U.S. forces shot down two drones over the Red Sea.",
        "USA_MILITARY",
        "USA_MIL",
    ),
]


@pytest.mark.parametrize(("text", "organ", "group"), ONE_ORGAN)
def test_a_group_noun_is_the_organ_the_story_names(text: str, organ: str, group: str) -> None:
    ids = {a.id for a in ag.build([ag.Document(id="organ", text=text)]).actors}
    assert organ in ids and group not in ids, sorted(ids)


def test_a_group_of_another_sector_stays_a_group() -> None:
    text = (
        "The Pakistan Army sealed the border, and Pakistani police arrested dozens of protesters in Quetta."
    )
    ids = {a.id for a in ag.build([ag.Document(id="organ", text=text)]).actors}
    assert {"PAK_ARMY", "PAK_COP"} <= ids, sorted(ids)


OUTLET_IS_NO_STORY = [
    # a group noun with no state of its own is never of the state of the outlet the story is told to
    # (the outlet's state also named elsewhere in the text): the group's people say whose forces they are
    (
        "Qatar hosted talks on Gaza on Sunday. Fishermen from an Egyptian village told Al Jazeera that "
        "the navy had seized their boats.",
        "EGYMIL EGYAGR",
    ),
    (
        "Britain has cut its aid to Sudan. Residents of a Sudanese border town told the BBC that soldiers "
        "had looted their shops.",
        "SDNMIL SDNCVL",
    ),
    (
        "Germany pledged more aid to Ethiopia. Ethiopian students told Deutsche Welle that police had "
        "beaten them during a march.",
        "ETHCOP ETHEDU",
    ),
    (
        "Washington condemned the crackdown. Cambodian monks told Radio Free Asia that the police had "
        "arrested them at a pagoda.",
        "KHMCOP KHMREL",
    ),
    (
        "The United States has sent food aid to Nigeria. Farmers in Nigeria's Benue state told VOA that "
        "soldiers had attacked them.",
        "NGAMIL NGAAGR",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OUTLET_IS_NO_STORY)
def test_an_outlet_tells_no_state_of_a_group(
    sectored: Callable[[str], set[str]], text: str, expected: str
) -> None:
    found = sectored(text)
    assert expected in _pairs(found), found


HOME_INSTITUTIONS = [
    # police, courts and prosecutors act where they are: with no state of their own, they are of the
    # state whose places the story names, not of the people they act on or speak of
    (
        "A Turkish businessman was arrested at his home in Houston last year. Prosecutors accused Iran "
        "of paying him to ship drone parts.",
        "USAJUD",
        "TURJUD",
    ),
    (
        "Two Vietnamese fishermen were detained off the coast of Queensland on Friday. Police charged the "
        "Vietnamese crew with illegal fishing.",
        "AUSCOP",
        "VNMCOP",
    ),
    (
        "Two Russian tourists were stopped at the airport in Bangkok carrying rare turtles. Police "
        "detained the Russian tourists overnight.",
        "THACOP",
        "RUSCOP",
    ),
    (
        "An Iranian chess player sought asylum after a tournament in Madrid. Prosecutors accused Iranian "
        "agents of threatening her family.",
        "ESPJUD",
        "IRNJUD",
    ),
    (
        "The trial of two Azerbaijani men accused of plotting to kill a dissident opened in Brooklyn. "
        "Prosecutors accused Iran of paying the gunmen.",
        "USAJUD",
        "AZEJUD",
    ),
]


@pytest.mark.parametrize(("text", "home", "foreign"), HOME_INSTITUTIONS)
def test_police_and_courts_are_of_the_state_where_the_story_happens(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str, home: str, foreign: str
) -> None:
    codes = {c for r in relations_of(text) for c in (r.source_code, r.target_code)}
    assert home in codes and foreign not in codes, relations_of(text)


STATE_THAT_ACTS = [
    # state forces with no state of their own, after a sentence in which one state acts against a
    # group near or from another: the acting state's, not the state of the place or of the foe
    (
        "Kenya launched an offensive against al-Shabab near the border with Somalia in 2015. Five years "
        "later, security forces are still fighting the militants.",
        "KENMIL",
        "SOMMIL",
    ),
    (
        "Nigeria sent troops after Boko Haram raided a school near the border with Cameroon. Soldiers "
        "later killed twenty of the insurgents.",
        "NGAMIL ASSAULT NGAREB",
        "CMRREB",
    ),
    (
        "Mali ordered an offensive against jihadists who had crossed over from Burkina Faso. Soldiers "
        "killed fifteen of the jihadists on Sunday.",
        "MLIMIL",
        "BFAMIL",
    ),
    (
        "Turkey launched air strikes on Kurdish militants in the mountains of northern Iraq. Commandos "
        "later killed two of the militants.",
        "TURMIL",
        "IRQMIL",
    ),
    (
        "Mozambique asked Rwanda for help against Islamist insurgents in the north in 2021. Police "
        "arrested forty suspected militants last week.",
        "MOZCOP",
        "RWACOP",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), STATE_THAT_ACTS)
def test_state_forces_are_of_the_state_that_acts(
    sectored: Callable[[str], set[str]], text: str, right: str, wrong: str
) -> None:
    found = sectored(text)
    assert any(right in f for f in found), found
    assert not [f for f in found if wrong in f.split()], found


FOREIGN_GROUPS = [
    # "foreign journalists", "foreign aid workers": the text says they are not of the story's state, and
    # names no other, so they are no group of that state
    ("Foreign bloggers who praise Russia quickly gain followers on Russian platforms.", "RUSMED"),
    ("Russia expelled foreign journalists from Moscow on Friday.", "RUSMED"),
    ("The Taliban ordered foreign aid workers to leave Afghanistan.", "AFGNGO"),
    ("Egypt arrested foreign students during the protests in Cairo.", "EGYEDU"),
    ("Iraq deported foreign workers who lacked residence permits.", "IRQLAB"),
]


@pytest.mark.parametrize(("text", "wrong"), FOREIGN_GROUPS)
def test_foreign_people_are_no_group_of_the_story_state(
    sectored: Callable[[str], set[str]], text: str, wrong: str
) -> None:
    found = sectored(text)
    assert not [f for f in found if wrong in f.split()], found


def test_the_foreign_ministry_is_still_the_state() -> None:
    result = ag.build(
        [ag.Document(id="s", text="The foreign ministry in Accra summoned the British ambassador.")]
    )
    assert [(r.source_id, r.type, r.target_id) for r in result.relations] == [("GHA", "ACCUSE", "GBR")]


VICTIMS = [
    # people a foreign force strikes are of the place where it strikes, never of the attacker's state
    ("Russian airstrikes on Idlib killed dozens of civilians.", "RUS ASSAULT SYR", "RUSCVL"),
    pytest.param(
        "Turkish drones hit a village near Qamishli, killing six residents.",
        "TUR ASSAULT SYR",
        "TURCVL",
        marks=pytest.mark.xfail(strict=True, reason="the place gazetteer does not know Qamishli"),
    ),
    ("Iranian missiles struck Erbil overnight, killing four civilians.", "IRN ASSAULT IRQ", "IRNCVL"),
    ("Israeli strikes on Gaza killed 30 civilians.", "ISR ASSAULT PSE", "ISRCVL"),
    pytest.param(
        "Pakistani shelling in Kupwara district wounded five villagers on Sunday.",
        "PAK ASSAULT IND",
        "PAKCVL",
        marks=pytest.mark.xfail(strict=True, reason="the place gazetteer does not know Kupwara"),
    ),
    # (these two were added with the fix, when the two above turned out to need a place we lack)
    (
        "Russian missiles struck an apartment block in Kharkiv, killing nine residents.",
        "RUS ASSAULT UKR",
        "RUSCVL",
    ),
    ("Sudanese warplanes bombed a market in Bentiu, killing 17 civilians.", "SDN ASSAULT SSD", "SDNCVL"),
]


@pytest.mark.parametrize(("text", "expected", "attackers_own"), VICTIMS)
def test_victims_of_a_foreign_strike_are_of_the_place_struck(
    sectored: Callable[[str], set[str]], text: str, expected: str, attackers_own: str
) -> None:
    found = sectored(text)
    assert any(item.startswith(expected) for item in found), found
    assert not any(attackers_own in item for item in found), found


def test_a_domestic_force_near_a_border_keeps_its_own_villagers(sectored: Callable[[str], set[str]]) -> None:
    text = "Myanmar troops burned homes near the Thai border, villagers said, and shot two farmers."
    assert not any("THA" in item for item in sectored(text))


PEOPLE_WHO_ACT = [
    # people of a society sector who do something to a foreign actor are the people, not their state
    # (the state is no doer of what its protesters, students or farmers do); as the ones acted upon
    # they stay their state (FOREIGN_PEOPLE)
    ("Protesters in Tehran burned American flags and condemned Israel on Friday.", "IRN", "CVL"),
    ("Students in Dhaka marched on the Indian embassy to denounce New Delhi's border policy.", "BGD", "EDU"),
    ("Farmers from Poland blocked Ukrainian grain trucks at the border crossing.", "POL", "AGR"),
    ("Fishermen from Sri Lanka accused the Indian navy of ramming their boats.", "LKA", "AGR"),
    ("Demonstrators in Nairobi accused the United States of meddling in Kenya's election.", "KEN", "CVL"),
]


@pytest.mark.parametrize(("text", "state", "sector"), PEOPLE_WHO_ACT)
def test_people_who_act_are_the_people_not_their_state(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str, state: str, sector: str
) -> None:
    sources = {(r.source_id, r.source_sector) for r in relations_of(text)}
    assert (f"{state}_{sector}", sector) in sources, sources
    assert (state, sector) not in sources, sources


CRIMINALS = [
    # gangs, cartels, pirates and poachers are armed groups of no state: never their state, whether they
    # act or are acted upon
    ("Gangs in Haiti kidnapped two American missionaries on Saturday.", "HTI"),
    ("Pirates from Somalia seized an Indian fishing vessel on Monday.", "SOM"),
    ("The United States imposed sanctions on cartel leaders in Mexico.", "MEX"),
    ("Poachers from Mozambique killed two rangers in South Africa's Kruger park.", "MOZ"),
    ("Criminal gangs in Ecuador attacked a Colombian army patrol near the border.", "ECU"),
]


@pytest.mark.parametrize(("text", "state"), CRIMINALS)
def test_criminals_are_never_their_state(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str, state: str
) -> None:
    found = relations_of(text)
    sides = {
        (i, s) for r in found for i, s in ((r.source_id, r.source_sector), (r.target_id, r.target_sector))
    }
    assert (f"{state}_CRM", "CRM") in sides, sides
    assert (state, "CRM") not in sides, sides


ARMED_GROUPS_WHERE_THEY_FIGHT = [
    # an armed group with no state of its own is of the state where the sentence's event happens, not
    # of the troops that fight it ("Burmese troops attacked Karen guerrillas near the Thai border", with
    # no place of the event, stays Burmese: PEOPLES)
    ("Turkish troops attacked Kurdish militants in Syria.", "TUR", "SYR"),
    ("Ethiopian troops battled militants in Somalia last week.", "ETH", "SOM"),
    ("Israeli soldiers arrested gunmen in the West Bank on Sunday.", "ISR", "PSE"),
    ("Pakistani troops killed five militants in Afghanistan, the military said.", "PAK", "AFG"),
    ("Russian troops battled jihadists in Mali, a local official said.", "RUS", "MLI"),
]


@pytest.mark.parametrize(("text", "foe", "state"), ARMED_GROUPS_WHERE_THEY_FIGHT)
def test_an_armed_group_is_of_where_it_fights_not_of_its_foe(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str, foe: str, state: str
) -> None:
    targets = {r.target_id for r in relations_of(text)}
    assert f"{state}_REB" in targets and f"{foe}_REB" not in targets, targets


ARMED_SITES = [
    # "militant camps", "extremist hideouts": the adjective names the armed group that holds the site,
    # located where the site is; the state there is not what is struck
    ("Kenya carried out raids on militant hideouts in Somalia.", "SOM"),
    ("Pakistan conducted airstrikes on militant camps in Afghanistan.", "AFG"),
    ("Turkey shelled militant bases in northern Iraq on Monday.", "IRQ"),
    ("Iran fired missiles at militant positions inside Pakistan.", "PAK"),
    ("American drones struck extremist hideouts in Yemen.", "YEM"),
]


@pytest.mark.parametrize(("text", "state"), ARMED_SITES)
def test_an_armed_adjective_on_a_site_names_the_group_that_holds_it(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str, state: str
) -> None:
    targets = {r.target_id for r in relations_of(text)}
    assert f"{state}_REB" in targets and state not in targets, targets


PLACE_OF_THE_EVENT_NOUN = [
    # "imposed sanctions on militia leaders in Yemen": the parser hangs the place on the event noun, not
    # on the group; it still locates the group, which is not the state there
    ("Washington imposed sanctions on militia leaders in South Sudan.", "SSD"),
    ("Washington imposed sanctions on militia leaders in Yemen.", "YEM"),
    ("Tokyo announced sanctions on armed group leaders in Mali.", "MLI"),
    ("Canada imposed sanctions on armed group leaders in Haiti.", "HTI"),
    ("Switzerland imposed sanctions on militia leaders in the Central African Republic.", "CAF"),
]


@pytest.mark.parametrize(("text", "state"), PLACE_OF_THE_EVENT_NOUN)
def test_a_place_on_the_event_noun_locates_the_group(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str, state: str
) -> None:
    targets = {r.target_id for r in relations_of(text)}
    assert targets and state not in targets and all(t.startswith(state + "_") for t in targets), targets


FOREIGN_VICTIMS = [
    # the nationality of the people an armed group or a gang seizes or kills tells nothing of the
    # group's own state: foreigners are taken abroad ("Chinese workers", "Italian nuns")
    ("Armed men in the Sahel region abducted three Chinese workers on Sunday.", "CHN_REB"),
    ("Gunmen kidnapped two Italian nuns from a convent near the border overnight.", "ITA_REB"),
    ("Rebels seized a group of Russian miners at a gold mine last week.", "RUS_REB"),
    ("Kidnappers released two French aid workers after six months in captivity.", "FRA_CRM"),
    ("Gunmen shot dead two Turkish engineers at a dam construction site, officials said.", "TUR_REB"),
]


@pytest.mark.parametrize(("text", "wrong"), FOREIGN_VICTIMS)
def test_an_armed_group_is_not_of_its_victims_state(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str, wrong: str
) -> None:
    sides = {i for r in relations_of(text) for i in (r.source_id, r.target_id)}
    assert wrong not in sides, sides


CRIME_BOSSES = [
    # "gang bosses", "crime bosses", "drug kingpins": the leaders of criminals are criminals of the
    # state the phrase names, not that state
    ("Britain sanctioned gang bosses in El Salvador on Thursday.", "SLV"),
    ("Canada sanctioned gang ringleaders in Haiti for fuelling violence.", "HTI"),
    ("The EU sanctioned crime bosses in Montenegro on Monday.", "MNE"),
    ("Washington imposed sanctions on mafia bosses in Italy.", "ITA"),
    ("Britain froze the assets of drug kingpins in Ecuador.", "ECU"),
]


@pytest.mark.parametrize(("text", "state"), CRIME_BOSSES)
def test_the_bosses_of_criminals_are_criminals(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str, state: str
) -> None:
    targets = {r.target_id for r in relations_of(text)}
    assert f"{state}_CRM" in targets and state not in targets, targets


MEETING_VENUES = [
    # where a government meets, negotiates or makes a truce with an armed group is a venue, not the
    # group's home: "held talks with insurgents in Doha" are no Qatari insurgents
    ("Kabul opened negotiations with insurgents in Doha in September.", "AFG_REB", "QAT"),
    ("The Colombian government began talks with guerrilla commanders in Havana in 2012.", "COL_REB", "CUB"),
    ("Ethiopia held a first round of talks with rebels in Zanzibar, officials said.", "ETH_REB", "TZA"),
    ("Libya's rival governments met militia leaders in Geneva to discuss a truce.", "LBY_UAF", "CHE"),
    ("The Philippine government signed a ceasefire with communist rebels in Oslo.", "PHL_REB", "NOR"),
]


@pytest.mark.parametrize(("text", "group", "venue"), MEETING_VENUES)
def test_the_venue_of_talks_is_not_the_groups_state(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str, group: str, venue: str
) -> None:
    sides = {i for r in relations_of(text) for i in (r.source_id, r.target_id)}
    assert group in sides and not any(i.startswith(venue) for i in sides), sides


def test_where_an_armed_group_fights_is_still_its_state() -> None:
    relations = ag.build(
        [ag.Document(id="s", text="Colombian troops fought guerrillas in Venezuela.")]
    ).relations
    assert "VEN_REB" in {r.target_id for r in relations}, relations


DEALS_WITH = [
    # "struck a deal with X in Y", "reached a truce with X in Y": a deal the verb makes is a meeting too
    ("The Malian junta struck a deal with jihadists in Algiers, diplomats said.", "MLI_REB", "DZA"),
    ("Yemen's government reached a truce with the rebels in Stockholm.", "YEM_REB", "SWE"),
    ("Chad's junta signed a peace deal with rebel groups in Doha in August.", "TCD_REB", "QAT"),
    ("Ethiopia concluded a peace agreement with Tigrayan rebels in Pretoria.", "ETH_REB", "ZAF"),
    ("Mozambique's president sealed a pact with the insurgents in Rome.", "MOZ_REB", "ITA"),
]


@pytest.mark.parametrize(("text", "group", "venue"), DEALS_WITH)
def test_the_venue_of_a_deal_is_not_the_groups_state(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str, group: str, venue: str
) -> None:
    sides = {i for r in relations_of(text) for i in (r.source_id, r.target_id)}
    assert group in sides and not any(i.startswith(venue) for i in sides), sides


ARMED_RANKS = [
    # "paramilitary commanders", "separatist commanders": the ranks of an armed group (an adjective the
    # tagger does not make a group noun) are that group, located where the phrase says, not the state
    ("Sudan's army signed a ceasefire with paramilitary commanders in Jeddah last month.", "SDN_UAF", "SAU"),
    ("Britain imposed sanctions on paramilitary commanders in Sudan.", "SDN_UAF", "SDN"),
    ("The EU sanctioned paramilitary commanders in Colombia on Monday.", "COL_UAF", "COL"),
    ("Canada imposed sanctions on separatist commanders in Cameroon.", "CMR_REB", "CMR"),
    ("Australia sanctioned separatist commanders in Myanmar's Rakhine state.", "MMR_REB", "MMR"),
]


@pytest.mark.parametrize(("text", "group", "wrong"), ARMED_RANKS)
def test_the_commanders_of_an_armed_group_are_the_group(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str, group: str, wrong: str
) -> None:
    sides = {i for r in relations_of(text) for i in (r.source_id, r.target_id)}
    assert group in sides and wrong not in sides, sides


MINISTRIES_OF_A_PORTFOLIO = [
    # "the Ministry of Defense", "the Department of Homeland Security": the head of the name comes
    # before "of", and an agency's sector word may follow it
    ("Azerbaijan's Ministry of Defense accused Armenian forces of shelling towns.", "AZEGOV ACCUSE ARMMIL"),
    ("Peru's Ministry of the Interior expelled two Bolivian diplomats.", "PERGOV SANCTION BOL"),
    ("Zambia's Ministry of Information accused Malawi of spreading lies.", "ZMBGOV ACCUSE MWI"),
    ("Chile's Ministry of Foreign Affairs summoned the Argentine ambassador.", "CHLGOV"),
    ("Kenya's Department of Defence accused Somali militants of planting mines.", "KENMIL ACCUSE"),
]


@pytest.mark.parametrize(("text", "expected"), MINISTRIES_OF_A_PORTFOLIO)
def test_a_ministry_of_a_portfolio_is_a_ministry(
    sectored: Callable[[str], set[str]], text: str, expected: str
) -> None:
    assert any(found.startswith(expected) for found in sectored(text)), sectored(text)


def test_an_organisation_of_a_region_takes_no_state_sector() -> None:
    # "Council of Europe": the words after "of" give no sector when they name no sector
    assert name_sector("Council of Europe") is None


# A region's adjective names no state: "Latin American" is not "American" (the lead, round 9; the
# pool review found "Several Latin American governments" coded as the United States).
REGION_ADJECTIVES = [
    "Several Latin American governments condemned Venezuela's disputed election.",
    "South American leaders criticized Brazil over the fires in the Amazon.",
    "Central American presidents urged Nicaragua to free its political prisoners.",
    "North American and European negotiators met Iranian officials in Vienna.",
    "The Latin American bloc called on Caracas to release jailed opposition leaders.",
]


@pytest.mark.parametrize("text", REGION_ADJECTIVES)
def test_a_region_adjective_is_not_the_state_in_its_last_word(
    sectored: Callable[[str], set[str]], text: str
) -> None:
    found = sectored(text)
    assert not any(edge.startswith("USA ") for edge in found), found


def test_the_demonym_alone_still_names_its_state(sectored: Callable[[str], set[str]]) -> None:
    found = sectored("American troops shelled Iraqi positions near Mosul.")
    assert "USAMIL ASSAULT IRQ" in found, found


# "Foreign" governments, powers or ministers in the plural are other states, whatever the story's
# state (the lead, round 9; a pool review found "rejected criticism from foreign governments" coded as
# the speaker rejecting his own state). Explicit states still hold ("the foreign ministers of X and Y").
FOREIGN_GOVERNMENTS = [
    (
        "Venezuela's president Nicolas Maduro on Monday rejected criticism from foreign governments.",
        "VENGOV REJECT VEN",
    ),
    ("Ethiopia's prime minister condemned foreign governments for backing the rebels.", "ETH SUPPORT ETHREB"),
    (
        "The Nicaraguan government denounced foreign governments that finance the opposition.",
        "NIC AID NICOPP",
    ),
    ("Syria's army said foreign governments were arming the insurgents.", "SYR AID SYRREB"),
    ("Myanmar's junta rejected demands from foreign governments.", "MMRMIL REJECT MMR"),
]


@pytest.mark.parametrize(("text", "wrong"), FOREIGN_GOVERNMENTS)
def test_foreign_governments_are_not_the_storys_state(
    sectored: Callable[[str], set[str]], text: str, wrong: str
) -> None:
    found = sectored(text)
    assert wrong not in found, found


def test_the_foreign_ministry_is_still_the_storys_state(sectored: Callable[[str], set[str]]) -> None:
    found = sectored("Kenya's foreign ministry summoned the Ugandan ambassador on Tuesday.")
    assert any(e.startswith("KEN") and e.endswith("UGA") for e in found), found


# an armed group of a people with no state of its own that attacks police (who act at home) is of
# the state where the police are, not of the state its people fled to ("Rohingya militants" are no
# Bangladeshi rebels)
ETHNIC_INSURGENTS = [
    (
        "About 600,000 Rohingya fled to neighbouring Bangladesh after violence broke out in Myanmar's"
        " Rakhine state. Bangladesh has struggled to shelter them, and Bangladesh asked donors for "
        "aid. Rohingya militants attacked 30 police posts on Friday.",
        "MMRREB ASSAULT MMRCOP",
    ),
    (
        "Thousands of Karen villagers have crossed into Thailand since the fighting began in "
        "Myanmar's Rakhine state. Thailand has opened camps for them, and Thailand asked the UN for "
        "help. Karen guerrillas raided a police station on Sunday.",
        "MMRREB COERCE MMRCOP",
    ),
    (
        "Many Baloch families have moved to Iran since the conflict spread across Pakistan's "
        "Balochistan province. Iran hosts thousands of them, and Iran closed part of the border. "
        "Baloch separatists stormed a police checkpoint overnight.",
        "PAKREB ASSAULT PAKCOP",
    ),
    (
        "Hundreds of Masalit herders fled to Chad after clashes erupted in the Darfur region of "
        "Sudan. Chad has sheltered them, and Chad called for talks. Masalit rebels attacked a police "
        "post near the town.",
        "SDNREB ASSAULT SDNCOP",
    ),
    (
        "Thousands of Tigrayan families sought refuge in Sudan after war spread through Ethiopia's "
        "Tigray region. Sudan registered them as refugees, and Sudan appealed for funds. Tigrayan "
        "insurgents ambushed a police convoy on Tuesday.",
        "ETHREB ASSAULT ETHCOP",
    ),
]


@pytest.mark.parametrize(("text", "wanted"), ETHNIC_INSURGENTS)
def test_insurgents_attacking_police_are_of_the_police_state(
    sectored: Callable[[str], set[str]], text: str, wanted: str
) -> None:
    found = sectored(text)
    assert wanted in found, sorted(found)
