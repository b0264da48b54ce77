"""Actor resolution: which actor a mention names, and whom an official serves.

Construction tests: five sentences of our own per pattern (different actors and wording), written
before the fix they guard.
"""

from __future__ import annotations

import pytest

import actorgraph as ag


def _build(text: str) -> ag.Result:
    return ag.build([ag.Document(id="s", text=text)])


def _affiliations(result: ag.Result) -> set[tuple[str, str]]:
    """(member surname, organisation id) of every AFFILIATION relation."""
    return {(r.source_name.split()[-1], r.target_id) for r in result.relations if r.type == "AFFILIATION"}


STORY_OFFICES = [
    # an office of a state's own (a lawmaker, a governor, a general) whose holder the text gives no
    # state serves the state of the story
    (
        "Floods hit northern Bangladesh this week. Relief Minister Enamul Haque said aid would reach "
        "every district by Friday.",
        ("Haque", "BGD"),
    ),
    (
        "Chile's president signed the pension reform on Tuesday. Congresswoman Camila Rojas called the "
        "bill a betrayal of workers.",
        ("Rojas", "CHL"),
    ),
    (
        "Thousands marched through Nigeria's largest city against fuel prices. Police spokesman Musa "
        "Adeyemi said 40 people were arrested.",
        ("Adeyemi", "NGA"),
    ),
    (
        "Colombia extended its ceasefire with the ELN guerrillas. Army commander General Ramiro Vargas "
        "said troops would stay in their barracks.",
        ("Vargas", "COL"),
    ),
    (
        "Kenya's parliament debated the finance bill late into the night. Senator Ruth Wanjiku, who chairs "
        "the budget committee, walked out of the chamber in protest.",
        ("Wanjiku", "KEN"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), STORY_OFFICES)
def test_an_office_with_no_state_named_serves_the_state_of_the_story(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in _affiliations(_build(text))


FOREIGN_COMMENTATORS = [
    # a title that is no office of a state (an analyst, a professor) takes no state from the story
    "Peru's congress removed the president on Monday. Analyst Jorge Salas called the vote a coup.",
    "Ghana signed a loan deal with the IMF. Professor Kwame Mensah said the terms were harsh.",
]


@pytest.mark.parametrize("text", FOREIGN_COMMENTATORS)
def test_a_commentator_takes_no_state_from_the_story(text: str) -> None:
    assert not {a for a in _affiliations(_build(text)) if a[1] in {"PER", "GHA"}}


OPEN_QUESTIONS = [
    # coercion the speaker's side only asks itself about ("whether we can force Y") is no threat: an
    # official who now has a state would otherwise threaten through it (a small edit in speech/pledges.py)
    "Japan's defence minister Gen Nakatani said: \"We will now see whether Tokyo can force Beijing to back "
    'down in the East China Sea."',
    '"Our allies will judge whether we can compel Iran to halt enrichment," the British foreign secretary '
    "told reporters.",
    '"Nobody knows whether Seoul can compel Pyongyang to return to talks," South Korea\'s unification '
    "minister said.",
    '"We must ask whether we can force Caracas to hold a free vote," Colombian President Gustavo Petro told '
    "reporters.",
    '"History will judge whether we could compel Russia to end the war," the Lithuanian foreign minister '
    "said.",
]


@pytest.mark.parametrize("text", OPEN_QUESTIONS)
def test_coercion_asked_about_is_no_threat(text: str) -> None:
    assert not [r for r in _build(text).relations if r.type == "THREATEN"]


def test_coercion_announced_as_possible_is_still_a_threat() -> None:
    found = _build('"We can force Beijing to back down," Japan\'s defence minister said.').relations
    assert [(r.source_id, r.target_id) for r in found if r.type == "THREATEN"] == [("JPN", "CHN")]


def _codes(result: ag.Result) -> set[str]:
    """ "SRC TYPE TGT" by codes (country + sector) of every event."""
    return {f"{r.source_code} {r.type} {r.target_code}" for r in result.relations if r.type != "AFFILIATION"}


HYPHENED_STATES = [
    # a state named in a hyphened modifier ("a Moscow-financed party") describes someone else: it is
    # not the state a later "the police" belongs to
    (
        "Riots broke out in Georgia's capital on Sunday. A Moscow-financed party had organised the march. "
        "The police detained 40 demonstrators.",
        "GEOCOP COERCE GEOCVL",
    ),
    (
        "Students marched through Serbia's capital for a week. A Russia-funded website mocked the march. "
        "The police detained 15 students.",
        "SRBCOP COERCE SRBEDU",
    ),
    (
        "Miners protested in Bolivia's highlands on Monday. The U.S.-sanctioned company shut its mine. The "
        "police fired tear gas at the miners.",
        "BOLCOP ASSAULT BOLLAB",
    ),
    (
        "Farmers blocked highways across Peru. A China-backed port project angered them. The police "
        "arrested twelve farmers near Lima.",
        "PERCOP COERCE PERAGR",
    ),
    (
        "Teachers went on strike in Zimbabwe. A British-funded charity paid some salaries. The police "
        "arrested the union leaders in Harare.",
        "ZWECOP COERCE ZWELAB",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HYPHENED_STATES)
def test_a_state_in_a_hyphened_modifier_is_not_the_story_state(text: str, expected: str) -> None:
    assert expected in _codes(_build(text))


BARE_SURNAMES = [
    # a bare surname is no obscure official of the gazetteer (a minister of twenty years ago) unless a
    # title agrees: the person the story quotes keeps the name it gives, with no state of the record
    (
        '"The harvest failed again this year," Armstrong, a cocoa farmer in Ghana, told reporters as '
        "Ghana asked the IMF for help.",
        "Armstrong",
        "GBR",
    ),
    (
        "Kenya accused Somalia of harbouring militants, Barnett wrote in a report for the Nairobi "
        "think tank.",
        "Barnett",
        "BHS",
    ),
    (
        '"Nobody trusts the talks," said Arenas, a fisherman, after Chile and Peru met in Lima.',
        "Arenas",
        "ESP",
    ),
    ("Arthur said Egypt had closed the Rafah crossing after Israel struck Gaza.", "Arthur", "BRB"),
    (
        '"Schools will stay shut," Baird, a teachers\' union organiser in Accra, said as Ghana and Nigeria '
        "talked.",
        "Baird",
        "CAN",
    ),
]


@pytest.mark.parametrize(("text", "surname", "record_state"), BARE_SURNAMES)
def test_a_bare_surname_is_no_obscure_gazetteer_official(text: str, surname: str, record_state: str) -> None:
    result = _build(text)
    (person,) = [a for a in result.actors if a.type == "person" and a.name.endswith(surname)]
    assert person.name == surname, person
    assert person.country != record_state, person
    assert not [r for r in result.relations if r.source_id == person.id and r.target_id == record_state]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Putin said Russia would answer any new sanctions by the European Union.", "Vladimir Putin"),
        ("Foreign Minister Baird said Canada would expel two Iranian diplomats.", "John Baird"),
        ("Yeltsin said Russia would never accept NATO troops on its borders.", "Boris Yeltsin"),
    ],
)
def test_a_leader_or_a_titled_surname_is_still_the_gazetteer_person(text: str, name: str) -> None:
    assert name in {a.name for a in _build(text).actors}


RIVALS = [
    # a group defined by its opposition to a state ("Chinese rivals", "Israel's enemies") is not that state
    ("The United States sold fighter jets to Chinese rivals in Asia.", "CHN"),
    ("Iran has armed Israel's enemies in Lebanon and Yemen for decades.", "ISR"),
    ("Ukraine welcomed Russia's opponents at a conference in Kyiv.", "RUS"),
    ("Japan held naval drills with North Korean foes in the Pacific.", "PRK"),
    ("Germany sent tanks to Iran's foes in the Gulf.", "IRN"),
]


@pytest.mark.parametrize(("text", "state"), RIVALS)
def test_a_states_rivals_are_not_the_state(text: str, state: str) -> None:
    assert not [r for r in _build(text).relations if state in {r.source_id, r.target_id}]


def test_a_states_own_nationals_opposing_someone_stay_the_state() -> None:
    found = _build("Venezuelan opponents of the president marched to the Colombian border.").actors
    assert "VEN" in {a.country for a in found} | {a.id for a in found}


EUROPE_ACTS = [
    # "Europe" that acts (the subject of a verb) is the European Union; a place it is not an actor
    ("Europe imposed new tariffs on Chinese steel on Monday.", "CHN"),
    ("Europe must stop buying Russian gas, Ukraine's president said.", "UKR"),
    ("Europe slapped tariffs on American bourbon and motorcycles.", "USA"),
    ("Europe has promised Kyiv another five billion euros in military aid.", "UKR"),
    ("Europe will sanction Belarus if the prisoners are not freed.", "BLR"),
]


@pytest.mark.parametrize(("text", "other"), EUROPE_ACTS)
def test_europe_acting_is_the_eu(text: str, other: str) -> None:
    pairs = {frozenset((r.source_id, r.target_id)) for r in _build(text).relations}
    assert frozenset(("EU", other)) in pairs, pairs


@pytest.mark.parametrize(
    "text", ["Russia cut gas deliveries to Europe in 2022.", "Migrants crossed from Libya to reach Europe."]
)
def test_europe_as_a_place_is_no_actor(text: str) -> None:
    assert "EU" not in {a.id for a in _build(text).actors}


GROUP_MEMBERS = [
    # a member of an armed group belongs to the group, not to the state the group is based in
    ("Hamas official Basem Naim rejected the Egyptian proposal on Sunday.", ("Naim", "HAMAS")),
    ("Boko Haram commander Ali Ngulde attacked a military base in Borno.", ("Ngulde", "BOKO_HARAM")),
    (
        "Houthi spokesman Mohammed Abdulsalam accused Saudi Arabia of violating the truce.",
        ("Abdulsalam", "HOUTHIS"),
    ),
    (
        "Ali Dhere, a spokesman for al-Shabab, said the group had attacked Kenyan troops.",
        ("Dhere", "AL_SHABAB"),
    ),
    ("Pablo Beltran, a senior ELN commander, met Colombian negotiators in Havana.", ("Beltran", "ELN")),
]


@pytest.mark.parametrize(("text", "expected"), GROUP_MEMBERS)
def test_a_member_of_an_armed_group_belongs_to_the_group(text: str, expected: tuple[str, str]) -> None:
    result = _build(text)
    assert expected in _affiliations(result)
    (person,) = [a for a in result.actors if a.name.endswith(expected[0])]
    assert person.sector == "REB", person


SECRETARY_GENERAL = [
    # the Secretary-General is the title of the UN's head, not its Secretariat: he and his acts are the UN's
    "U.N. Secretary-General Antonio Guterres condemned the coup in Niger.",
    "The UN Secretary-General urged Israel to agree to a ceasefire in Gaza.",
    "United Nations Secretary-General Kofi Annan met Iraqi officials in Baghdad.",
    "The U.N. Secretary-General called on Russia to withdraw its troops.",
    "UN Secretary General Antonio Guterres thanked Qatar for its mediation.",
]


@pytest.mark.parametrize("text", SECRETARY_GENERAL)
def test_the_secretary_general_is_the_un(text: str) -> None:
    ends = {e for r in _build(text).relations for e in (r.source_id, r.target_id)}
    assert "UN" in ends and "UN_SECRETARIAT" not in ends, ends


def _states(result: ag.Result) -> set[str]:
    """Every state an event's side is or belongs to."""
    return {
        s
        for r in result.relations
        if r.type != "AFFILIATION"
        for s in (r.source_country, r.target_country, r.source_id, r.target_id)
        if s
    }


PLACES_ELSEWHERE = [
    # a place whose apposition names another state lies in that state ("Tripoli, the north Lebanese
    # port" is no Libyan capital): neither it nor the groups it locates are of the state its name is
    ("Gunmen attacked Syrian troops in Tripoli, the north Lebanese port.", "LBY"),
    ("Police arrested dozens of activists in Santiago, the Cuban city, on Sunday.", "CHL"),
    ("Protesters clashed with police in Hyderabad, a city in southern Pakistan.", "IND"),
    ("Police detained striking workers in Cordoba, a city in central Argentina.", "ESP"),
    ("Troops dispersed protesters in Valencia, a Venezuelan industrial city.", "ESP"),
]


@pytest.mark.parametrize(("text", "wrong"), PLACES_ELSEWHERE)
def test_a_place_described_as_in_another_state_is_of_that_state(text: str, wrong: str) -> None:
    assert wrong not in _states(_build(text))


FEATURES = [
    # a state's name in a river, valley, delta or basin names the place, not the state
    ("Gunmen kidnapped oil workers in the Niger Delta on Tuesday, Nigerian police said.", "NER"),
    ("Police arrested farmers in the Jordan Valley on Monday.", "JOR"),
    ("Militants from the Congo Basin attacked Ugandan troops.", "COD"),
    ("Nigerian troops killed dozens of militants in the Chad Basin.", "TCD"),
    ("Gunmen kidnapped traders on the Niger River near Timbuktu.", "NER"),
]


@pytest.mark.parametrize(("text", "wrong"), FEATURES)
def test_a_state_named_in_a_river_or_valley_is_not_the_state(text: str, wrong: str) -> None:
    assert wrong not in _states(_build(text))


MEETING_NAMES = [
    # a name only the tagger found that qualifies a meeting ("their X Committee meeting") names the
    # meeting the sides hold, not an actor they meet
    "Japan and the Philippines held their Maritime Cooperation Committee meeting in Manila.",
    "South Korea and the United States held the Nuclear Consultative Group meeting in Seoul.",
    "Poland and Lithuania held the Intergovernmental Consultation Group meeting in Vilnius.",
    "Australia and Indonesia attended the Defence Cooperation Council meeting in Jakarta.",
    "Tokyo and Washington met at their Security Policy Committee meeting in July.",
]


@pytest.mark.parametrize("text", MEETING_NAMES)
def test_a_name_qualifying_a_meeting_is_no_actor(text: str) -> None:
    ends = {e for r in _build(text).relations for e in (r.source_id, r.target_id)}
    assert not {e for e in ends if e.startswith("ORG_")}, ends


IGO_OFFICIALS = [
    # a known official of an international organisation (the data gives the office, not a state)
    # belongs to the organisation the office names, where the text says nothing of it
    ("Jens Stoltenberg warned Russia against any attack on the Baltic states.", ("Stoltenberg", "NATO")),
    ("Rafael Grossi said Iran had expanded its enrichment of uranium.", ("Grossi", "IAEA")),
    ("Kaja Kallas urged China to stop supplying Russia's army.", ("Kallas", "EU")),
    ("Tedros Adhanom Ghebreyesus thanked Japan for its donation of vaccines.", ("Ghebreyesus", "WHO")),
    ("Filippo Grandi visited refugee camps in eastern Chad on Monday.", ("Grandi", "UNHCR")),
]


@pytest.mark.parametrize(("text", "expected"), IGO_OFFICIALS)
def test_a_known_igo_official_belongs_to_the_igo_of_the_office(text: str, expected: tuple[str, str]) -> None:
    assert expected in _affiliations(_build(text))


LISTED_OFFICIALS = [
    # an official listed in a state's delegation or team ("Kenya's team includes ... and army chief X")
    # serves that state, whatever state the story names most
    (
        "Kenya's team includes Foreign Minister Musalia Mudavadi, Defence Minister Soipan Tuya and army "
        "chief Charles Kahariri.",
        ("Kahariri", "KEN"),
    ),
    (
        "Nigeria's delegation includes Foreign Minister Yusuf Tuggar, Defence Minister Mohammed Badaru and "
        "army chief Christopher Musa.",
        ("Musa", "NGA"),
    ),
    (
        "The Brazilian team comprised Finance Minister Fernando Haddad and central bank governor Gabriel "
        "Galipolo.",
        ("Galipolo", "BRA"),
    ),
    (
        "The Thai delegation includes army chief Pana Claewplodtook and navy commander Jirapol Wongwit.",
        ("Wongwit", "THA"),
    ),
    (
        "The Peruvian team includes Foreign Minister Elmer Schialer and army commander Oscar Vargas.",
        ("Vargas", "PER"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_OFFICIALS)
def test_an_official_listed_in_a_states_delegation_serves_it(text: str, expected: tuple[str, str]) -> None:
    assert expected in _affiliations(_build(text))


PLACES_NAMED_LIKE_ACTORS = [
    # a name the tagger alone calls a person or an organisation is a place where the text uses it as
    # one: before a place noun ("X prison", "the X and Y camps"), ending in a place feature ("X Reef"),
    # or described as one ("X, a camp in ..."); then it is no actor anywhere in the story
    (
        "Ugandan police moved opposition leader Kizza Besigye to Luzira prison on Friday, his lawyers said.",
        "Luzira",
    ),
    (
        "Bangladesh asked the U.N. refugee agency to help relocate families from the Kutupalong and "
        "Balukhali camps.",
        "Balukhali",
    ),
    (
        "The Philippines protested after Chinese vessels swarmed Iroquois Reef, Sabina Shoal and Ayungin "
        "Shoal.",
        "Sabina Shoal",
    ),
    (
        "Ethiopian troops expelled hundreds of Eritrean refugees from Hitsats, a camp in northern Tigray, "
        "Human Rights Watch researcher Laetitia Bader said. Hitsats had sheltered 25,000 people.",
        "Hitsats",
    ),
    (
        "Gunmen attacked the Kuje prison near Abuja, freeing hundreds of inmates. Nigeria's interior "
        "minister Rauf Aregbesola blamed Boko Haram for the Kuje attack.",
        "Kuje",
    ),
]


@pytest.mark.parametrize(("text", "place"), PLACES_NAMED_LIKE_ACTORS)
def test_a_name_the_text_uses_as_a_place_is_no_actor(text: str, place: str) -> None:
    result = _build(text)
    assert not [a for a in result.actors if place in a.name or place in a.aliases]
    assert not [r for r in result.relations if place in (r.source_name, r.target_name)]


def test_people_and_organisations_next_to_a_place_stay_actors() -> None:
    result = _build(
        "Opposition leader Kizza Besigye was taken to Luzira prison. Besigye supporters marched on the "
        "court, and Human Rights Watch accused Uganda of silencing its critics."
    )
    assert {"Kizza Besigye", "Human Rights Watch"} <= {a.name for a in result.actors}
    assert ("HRW", "UGA") in {(r.source_id, r.target_id) for r in result.relations if r.type == "ACCUSE"}


NATIONALS_HOLD_NO_OFFICE = [
    # a description naming a state whose role is no office (a novelist, a citizen, a blogger, a taxi
    # driver, a nurse) gives the person a nationality, not an AFFILIATION to the state nor a
    # government sector
    (
        "Kenyan novelist Grace Wanjiru said the government's ban on her book was an attack on free speech.",
        ("Wanjiru", "KEN"),
    ),
    (
        "Tomas Lindqvist, a Swedish citizen living in Tehran, was arrested by Iranian intelligence agents.",
        ("Lindqvist", "SWE"),
    ),
    ("Thai beauty blogger Nattaya Srisuk was detained after criticizing the monarchy.", ("Srisuk", "THA")),
    (
        "Jean-Pierre Mukendi, a Congolese taxi driver, said soldiers had beaten him at a checkpoint.",
        ("Mukendi", "COD"),
    ),
    (
        "Miriam Okafor, a Nigerian nurse working in Libya, was sentenced to death by a court in Tripoli.",
        ("Okafor", "NGA"),
    ),
]


@pytest.mark.parametrize(("text", "national"), NATIONALS_HOLD_NO_OFFICE)
def test_a_nationality_is_no_affiliation(text: str, national: tuple[str, str]) -> None:
    result = _build(text)
    assert national not in _affiliations(result)
    assert not [a for a in result.actors if a.name.endswith(national[0]) and a.sector == "GOV"]


def test_an_official_named_with_a_state_is_still_affiliated() -> None:
    result = _build(
        "Kenyan government spokesman Isaac Mwaura said the ban would stay. Ghanaian lawmaker Sam George "
        "accused the police of abuses."
    )
    assert {("Mwaura", "KEN"), ("George", "GHA")} <= _affiliations(result)


INTERVIEW_LABELS = [
    # an outlet's name before a colon that opens a paragraph labels the interviewer's question: the
    # outlet takes no part in what the question tells (the guidelines: the outlet is no actor unless
    # the text gives it a relation with one); what the question tells stays
    (
        "VOA: Turkey's President Recep Tayyip Erdogan visited Russia last month. What did Ankara get from "
        "the trip?",
        "Recep Tayyip Erdogan CONSULT Russia",
    ),
    (
        "VOA: India's Prime Minister Narendra Modi met Xi Jinping in Kazan. Is the border dispute over?\n\n"
        "Rao: No. China still occupies Indian land.",
        "Narendra Modi CONSULT Xi Jinping",
    ),
    (
        "VOA: Kenya's President William Ruto sent police to Haiti. Will the mission succeed?",
        "William Ruto AID Haiti",
    ),
    (
        "Reuters: Brazil's President Lula visited Angola in August. Why does Africa matter to him?",
        "Lula CONSULT Angola",
    ),
    (
        "VOA: Ethiopia's Prime Minister Abiy Ahmed signed a port deal with Somaliland. How did Mogadishu "
        "react?",
        "Abiy Ahmed AFFILIATION Ethiopia",
    ),
]


@pytest.mark.parametrize(("text", "kept"), INTERVIEW_LABELS)
def test_an_interviewers_label_is_no_actor(text: str, kept: str) -> None:
    found = {f"{r.source_name} {r.type} {r.target_name}" for r in _build(text).relations}
    assert not [k for k in found if "Voice of America" in k or "Reuters" in k], sorted(found)
    assert kept in found, sorted(found)


def test_an_outlet_the_text_gives_a_relation_stays_an_actor() -> None:
    text = (
        "Cambodia banned Voice of America from broadcasting in the country. China accused VOA of "
        "spreading lies about Xinjiang. Russia expelled two Reuters journalists on Friday."
    )
    found = {f"{r.source_name} {r.type} {r.target_name}" for r in _build(text).relations}
    assert {
        "Cambodia COERCE Voice of America",
        "China ACCUSE Voice of America",
        "Russia COERCE Reuters",
    } <= found, sorted(found)


LISTED_OFFICIALS = [
    # a title in apposition to a list of names ("two Kenyan ministers, A and B", "three U.S. senators
    # — A, B and C —") describes every name of the list, not only the first
    (
        "Two Kenyan ministers, Alfred Mutua and Kithure Kindiki, flew to Addis Ababa for talks.",
        ("Kindiki", "KEN"),
    ),
    (
        "Three U.S. senators — Tim Kaine, Chris Coons and Todd Young — urged the White House to resume aid "
        "to Ukraine.",
        ("Young", "USA"),
    ),
    (
        "Nigeria's envoys, Yusuf Tuggar and Bianca Ojukwu, met Ghanaian officials in Accra on Monday.",
        ("Ojukwu", "NGA"),
    ),
    (
        "Vietnam's deputy foreign ministers, Nguyen Minh Vu and Do Hung Viet, received the Chinese "
        "delegation.",
        ("Viet", "VNM"),
    ),
    (
        "Two Brazilian lawmakers, Eduardo Bolsonaro and Carla Zambelli, visited Washington to lobby against "
        "sanctions.",
        ("Zambelli", "BRA"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_OFFICIALS)
def test_a_title_before_a_list_of_names_describes_each(text: str, expected: tuple[str, str]) -> None:
    assert expected in _affiliations(_build(text))


def test_the_first_of_listed_officials_keeps_the_title() -> None:
    found = _affiliations(
        _build("Two Kenyan ministers, Alfred Mutua and Kithure Kindiki, flew to Addis Ababa.")
    )
    assert ("Mutua", "KEN") in found


PLACE_OFFICES_IN_APPOSITION = [
    # an office of a province or a city given after the name ("X, governor of Y province") is held in
    # the state the place lies in, as one given before it ("Kandahar Governor X") already was
    (
        "Babagana Zulum, governor of Borno state, said Boko Haram fighters had burned two villages.",
        ("Zulum", "NGA"),
    ),
    (
        "Ali Hussein, police chief of Basra province, accused Iranian-backed militias of smuggling weapons.",
        ("Hussein", "IRQ"),
    ),
    (
        "Gulbuddin Sherzad, the governor of Kandahar province, said the Taliban had attacked a checkpoint.",
        ("Sherzad", "AFG"),
    ),
    (
        "Ekrem Imamoglu, mayor of Istanbul, accused prosecutors of acting on political orders.",
        ("Imamoglu", "TUR"),
    ),
    (
        "Peter Cirimwami, governor of North Kivu province, accused M23 rebels of shelling Goma.",
        ("Cirimwami", "COD"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_OFFICES_IN_APPOSITION)
def test_an_office_of_a_place_in_apposition_serves_its_state(text: str, expected: tuple[str, str]) -> None:
    assert expected in _affiliations(_build(text))


def test_a_private_person_of_a_place_serves_no_state() -> None:
    text = "Amina Bello, a farmer in Borno state, said Boko Haram fighters had burned her village."
    assert ("Bello", "NGA") not in _affiliations(_build(text))


CONTINENTS_NAMED_LIKE_A_STATE = [
    # "Latin America", "South America", "Central America" are regions, not the United States
    "China has poured loans into South America, and Beijing signed a new trade deal with Argentina.",
    "Russia expanded its military cooperation with Latin America, sending warships to Cuba and Venezuela.",
    "Gangs from Central America attacked Mexican police, and Guatemala blamed smugglers.",
    "Iran deepened its ties with South America, signing a defence pact with Venezuela.",
    "Spain pledged aid to Central America after the hurricane.",
]


@pytest.mark.parametrize("text", CONTINENTS_NAMED_LIKE_A_STATE)
def test_a_region_named_after_a_continent_is_no_state(text: str) -> None:
    found = _build(text).relations
    assert not [r for r in found if "USA" in (r.source_id, r.target_id)], found


def test_america_alone_is_still_the_united_states() -> None:
    found = _build("America imposed tariffs on Chinese steel.").relations
    assert [(r.source_id, r.type, r.target_id) for r in found] == [("USA", "SANCTION", "CHN")]


LEADER_SURNAMES_NOT_TAGGED_AS_PEOPLE = [
    # a known leader's surname alone, which the tagger took for an organisation, a place or nothing, is
    # that leader (not an organisation "Lavrov")
    ("Lavrov accused Washington of provoking the crisis.", "P_LAVROV"),
    ("Guterres urged Israel to allow more aid trucks into Gaza.", "P_GUTERRES"),
    ("Modi criticised Pakistan for sheltering militants.", "P_MODI"),
    ("Orban blocked Ukraine's bid to join the bloc.", "P_ORBAN"),
    ("Grossi urged Iran to restore the cameras.", "P_GROSSI"),
]


@pytest.mark.parametrize(("text", "person"), LEADER_SURNAMES_NOT_TAGGED_AS_PEOPLE)
def test_a_leaders_surname_is_the_leader(text: str, person: str) -> None:
    actors = {a.id for a in _build(text).actors}
    assert person in actors and not [a for a in actors if a.startswith("ORG_")], actors


LET_THE_VERB = [
    # a short alias written in mixed case ("LeT", "JuD") is an acronym: the verb "let" is no armed group
    "Hungary will not let Ukraine join the bloc, its foreign minister said.",
    "Let the inspectors in, the UN told Iran on Monday.",
    "Pakistan said it would let Afghan refugees stay until June.",
    "Jordan let the aid convoy cross into Syria on Friday.",
    "India refused to let the Chinese delegation visit Ladakh.",
]


@pytest.mark.parametrize("text", LET_THE_VERB)
def test_the_verb_let_is_no_armed_group(text: str) -> None:
    assert "LET" not in {a.id for a in _build(text).actors}


def test_the_acronym_let_is_still_lashkar_e_taiba() -> None:
    assert "LET" in {a.id for a in _build("LeT claimed the attack on the Indian army post.").actors}


NATIONALITY_OF_A_FIRM_OR_CHARITY = [
    # a charity, firm or outlet described by a nationality is of that state (its code), but no member of
    # it: the guidelines' AFFILIATION is an office or a membership, never a nationality
    (
        "CARE International, an American charity that fights poverty, accused Sudan's army of blocking aid.",
        "USA",
    ),
    ("Vostok Logistics, a Russian shipping firm, was sanctioned by the European Union on Monday.", "RUS"),
    ("Harbour Mining Corporation, a Canadian company, accused Mali's junta of seizing its gold.", "CAN"),
    ("Radio Kalam, a Somali outlet covering the Horn of Africa, said al-Shabab had seized the town.", "SOM"),
    ("The Amani Trust, a Kenyan charity, urged Uganda to free the activists.", "KEN"),
]


@pytest.mark.parametrize(("text", "state"), NATIONALITY_OF_A_FIRM_OR_CHARITY)
def test_a_firms_nationality_is_no_affiliation(text: str, state: str) -> None:
    result = _build(text)
    assert not [r for r in result.relations if r.type == "AFFILIATION" and r.target_id == state], (
        result.relations
    )


def test_a_state_owned_firm_is_affiliated_with_its_state() -> None:
    text = "Pars Tanker Lines, Iran's state-owned shipping company, was sanctioned by the United States."
    found = [r for r in _build(text).relations if r.type == "AFFILIATION"]
    assert [(r.source_name, r.target_id) for r in found] == [("Pars Tanker Lines", "IRN")], found


PLACES_NAMED_LIKE_LEADERS = [
    # a place that shares a leader's surname is no leader ("Austin", "Santos", "Harper")
    ("The company moved its headquarters to Austin last year, and Texas welcomed the move.", "P_AUSTIN"),
    ("Fans in Santos cheered as Brazil beat Chile.", "P_SANTOS"),
    ("Floods hit farms near Harper, and Liberia asked the UN for help.", "P_HARPER"),
    pytest.param(
        "Protesters gathered in Carter, and Ohio sent police.",
        "P_CARTER",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the tagger makes 'Carter' a PERSON: that path reads a lone surname before any place",
        ),
    ),
    ("The ship sailed from Wallace to Vancouver, and Canada praised the crew.", "P_WALLACE"),
]


@pytest.mark.parametrize(("text", "leader"), PLACES_NAMED_LIKE_LEADERS)
def test_a_place_named_like_a_leader_is_no_leader(text: str, leader: str) -> None:
    assert leader not in {a.id for a in _build(text).actors}


SEAS_AND_GULFS = [
    # a state's name inside the name of a sea, gulf or ocean ("the Sea of Japan", "the Indian Ocean")
    # names the water, not the state: the state is no actor of the story (a strait named after a state,
    # "the Taiwan Strait", lies at its edge, and what happens there is mostly aimed at it: left alone)
    ("North Korea fired a cruise missile into the Sea of Japan early on Sunday.", "JPN"),
    ("Pirates hijacked a Greek tanker in the Gulf of Guinea, the shipping company said.", "GIN"),
    ("Russia and Iran held joint naval drills in the Gulf of Oman on Friday.", "OMN"),
    ("France and Australia held naval exercises in the Indian Ocean last week.", "IND"),
    ("Chinese and Russian bombers flew joint patrols over the Philippine Sea on Tuesday.", "PHL"),
]


@pytest.mark.parametrize(("text", "wrong"), SEAS_AND_GULFS)
def test_a_state_named_in_a_sea_or_gulf_is_not_the_state(text: str, wrong: str) -> None:
    assert wrong not in {a.id for a in _build(text).actors}


def test_a_state_beside_a_sea_it_is_fired_toward_stays_the_target() -> None:
    relations = _build("North Korea fired two missiles toward Japan on Monday, Tokyo said.").relations
    assert ("PRK", "ASSAULT", "JPN") in {(r.source_id, r.type, r.target_id) for r in relations}


COUNTERPARTS = [
    # "his Serbian counterpart X": the counterpart of an official holds the same office for the state
    # the demonym names (an affiliation, not a nationality), whom the text names for the first time
    (
        "Foreign Minister Marta Kos met her Serbian counterpart Ivan Petrovic in Belgrade.",
        ("Petrovic", "SRB"),
    ),
    (
        "Defence Minister Rui Costa spoke by phone with his Angolan counterpart, Joao Mendes, on Friday.",
        ("Mendes", "AGO"),
    ),
    (
        "Indonesia's trade minister hosted her Malaysian counterpart Aziz Rahman in Jakarta.",
        ("Rahman", "MYS"),
    ),
    (
        "Kenya's interior minister signed the border deal with his Ugandan counterpart, Peter Okello.",
        ("Okello", "UGA"),
    ),
    (
        "The Chilean finance minister and his Peruvian counterpart, Luis Quispe, discussed copper exports.",
        ("Quispe", "PER"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTERPARTS)
def test_a_counterpart_serves_the_state_its_demonym_names(text: str, expected: tuple[str, str]) -> None:
    assert expected in _affiliations(_build(text))


TITLES_ON_THE_GIVEN_NAME = [
    # the parser may hang a title on the given name rather than on the surname ("spokesperson
    # [Camila] Teixeira"): the title and the state before it still describe the person (the first
    # two failed before the fix; the other three guard the shapes read already)
    (
        "Brazilian foreign ministry spokesperson Camila Teixeira told reporters that Brazil would not "
        "recognise the vote.",
        ("Teixeira", "BRA"),
    ),
    (
        "Vietnam's Deputy Defence Minister Hoang Xuan Chien met the Philippine delegation in Hanoi.",
        ("Chien", "VNM"),
    ),
    (
        "Kazakhstan's Prosecutor General Berik Asylov said the charges against the Kyrgyz officials "
        "would stand.",
        ("Asylov", "KAZ"),
    ),
    (
        '"Both infiltrators were shot," said Lieutenant Colonel Arjun Mehra, an Indian army officer.',
        ("Mehra", "IND"),
    ),
    (
        "Egypt's Interior Minister Mahmoud Tawfik accused Sudanese smugglers of arming the gangs.",
        ("Tawfik", "EGY"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLES_ON_THE_GIVEN_NAME)
def test_a_title_on_the_given_name_describes_the_person(text: str, expected: tuple[str, str]) -> None:
    assert expected in _affiliations(_build(text))


def test_a_titled_organisation_stays_an_organisation() -> None:
    # a title word inside an organisation's name ("Prosecutor General's Office") makes no person of it
    result = _build("Ukraine's Prosecutor General's Office charged three Russian commanders with war crimes.")
    assert not [a for a in result.actors if a.type == "person"]


SPOKESPEOPLE_FOR_AN_ORGAN = [
    # "a spokesman for X's army, NAME": the parser hangs the name on the title's last noun, and "for"
    # names whom a spokesperson serves, not a portfolio ("envoy for Sudan"), so the name serves X
    (
        "A spokeswoman for Ukraine's border guard service, Olena Kovalenko, said the crossing was closed "
        "to Belarusian trucks.",
        ("Kovalenko", "UKR"),
    ),
    (
        "A spokesman for Poland's foreign ministry, Pawel Wronski, said Warsaw had summoned the Russian "
        "charge d'affaires.",
        ("Wronski", "POL"),
    ),
    (
        "The spokesperson for the Chilean foreign ministry, Paula Herrera, told reporters that Chile "
        "would recall its ambassador from Caracas.",
        ("Herrera", "CHL"),
    ),
    (
        "A spokesman for the Japanese coast guard, Kenji Watanabe, said a Chinese vessel had entered "
        "Japanese waters.",
        ("Watanabe", "JPN"),
    ),
    (
        "The spokesman for Ghana's armed forces, Colonel Kwame Addo, said soldiers had crossed into Togo "
        "by mistake.",
        ("Addo", "GHA"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPOKESPEOPLE_FOR_AN_ORGAN)
def test_a_spokesperson_for_an_organ_serves_its_state(text: str, expected: tuple[str, str]) -> None:
    assert expected in _affiliations(_build(text))


def test_an_envoy_for_a_state_still_serves_the_state_that_sends_him() -> None:
    # the name hung on the portfolio ("for Sudan, X") took Sudan's side before
    found = _affiliations(_build("The U.S. special envoy for Sudan, Tom Perriello, met Kenya's president."))
    assert ("Perriello", "SDN") not in found
    assert ("Perriello", "USA") in found


TITLED_NAMES_OF_A_STATE = [
    # "President X of Albania", "King Abdullah of Jordan": a titled name followed by "of" and a state
    # holds the office of that state
    ("President Ilir Dervishi of Albania met the Serbian envoy on Tuesday.", ("Dervishi", "ALB")),
    ("Prime Minister Tomas Varga of Slovakia accused Hungary of meddling in the election.", ("Varga", "SVK")),
    ("Foreign Minister Aiko Tanabe of Japan will visit Seoul next week.", ("Tanabe", "JPN")),
    ("The talks were hosted by Emir Khalid bin Saud of Kuwait.", ("Saud", "KWT")),
    (
        "Defense Minister Rafael Acosta of Paraguay said the army would patrol the border with Bolivia.",
        ("Acosta", "PRY"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLED_NAMES_OF_A_STATE)
def test_a_titled_name_of_a_state_holds_its_office(text: str, expected: tuple[str, str]) -> None:
    assert expected in _affiliations(_build(text))


def test_an_untitled_name_of_a_state_is_no_official() -> None:
    # without a title, "X of Colombia" says where a person comes from, not an office
    found = _affiliations(_build("Sergio Ruiz of Colombia told reporters that talks with Ecuador failed."))
    assert ("Ruiz", "COL") not in found


TITLED_NAMES_THE_TAGGER_MISSES = [
    # a name right after a title that the tagger leaves untagged or takes for an organisation is a
    # person, described by the title ("Prosecutor General X" as one ORG, "spokesperson [X Y]")
    (
        "Moroccan foreign ministry spokesperson Nadia Benali told reporters that Morocco rejected the "
        "Algerian statement.",
        ("Benali", "MAR"),
    ),
    (
        "Thai army spokesman Somchai Rattanakul accused Cambodian troops of firing first.",
        ("Rattanakul", "THA"),
    ),
    (
        "Nigerian police spokesman Olumuyiwa Adejobi said officers had rescued the kidnapped Chinese "
        "workers.",
        ("Adejobi", "NGA"),
    ),
    (
        "Zambian foreign ministry spokesperson Inonge Wina said Zambia would recall its envoy from Malawi.",
        ("Wina", "ZMB"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLED_NAMES_THE_TAGGER_MISSES)
def test_a_titled_name_the_tagger_misses_is_a_person(text: str, expected: tuple[str, str]) -> None:
    assert expected in _affiliations(_build(text))


def test_a_rank_after_a_title_is_no_person() -> None:
    # "spokesman Rear Admiral X": the rank the tagger took for an organisation names nobody
    result = _build("Israeli army spokesman Rear Admiral Daniel Hagari said troops killed a Hamas leader.")
    assert [a.name for a in result.actors if a.type == "person"] == ["Daniel Hagari"]


STORY_OFFICES_BY_PORTFOLIO = [
    # an office noun that names no sector by itself ("spokesman", "adviser", "commissioner") takes the
    # sector of the word before it ("security adviser", "provincial spokesperson"), a capitalised title
    # is a title, not a name ("National Security Adviser"), and an office in apposition is an office
    # ("led by an army colonel, X"): the holder serves the state of the story
    (
        "Kenya's parliament approved the new budget on Tuesday. National Security Adviser Peter Kariuki "
        "said the army would get more money.",
        ("Kariuki", "KEN"),
    ),
    (
        "Bangladesh deployed more troops along its eastern frontier this week. Border security force "
        "spokesman Rafiqul Hasan said smugglers had fired at a patrol.",
        ("Hasan", "BGD"),
    ),
    (
        "Cyclone winds hit southern Malawi on Sunday. District Commissioner Grace Banda said thirty people "
        "had died in the floods.",
        ("Banda", "MWI"),
    ),
    (
        "A bomb exploded at a crowded market in Pakistan's Balochistan province. Provincial spokesperson "
        "Naveed Jamali said the attackers had fled.",
        ("Jamali", "PAK"),
    ),
    (
        "Soldiers seized the presidential palace in Niger's capital on Wednesday. The mutineers, led by an "
        "army colonel, Abdou Sani, said the government had been dissolved.",
        ("Sani", "NER"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), STORY_OFFICES_BY_PORTFOLIO)
def test_an_office_named_by_its_portfolio_serves_the_story_state(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in _affiliations(_build(text))


def test_a_company_spokesman_serves_no_state_of_the_story() -> None:
    found = _affiliations(
        _build("Apple's new phone went on sale in China. Company spokesman Brian Hale said sales rose.")
    )
    assert not [a for a in found if a[0] == "Hale"]


def test_an_office_of_a_named_firm_serves_no_state_of_the_story() -> None:
    # "X, president of Y Company": the office is the firm's, whatever state the story is about
    text = (
        "Chinese buyers have driven up housing prices across Japan. Kenji Morita, president of Sakura Hoshi "
        "Holdings, told reporters that developers often hire Chinese sales teams."
    )
    assert not [a for a in _affiliations(_build(text)) if a[0] == "Morita" and a[1] in {"JPN", "CHN"}]


NAMES_THE_TAGGER_CUTS = [
    # a name the tagger cut short or in two ("[Ri Son] [Gwon]", "[Nguyen Minh] Vu", "Maruli
    # [Simanjuntak]") is one person: the parser hangs every word of a name on its last one
    (
        "Vietnamese Deputy Foreign Minister Nguyen Minh Vu met the Chinese envoy in Hanoi.",
        "Nguyen Minh Vu",
        "VNM",
    ),
    (
        "North Korean Foreign Minister Ri Son Gwon accused South Korea of provocations.",
        "Ri Son Gwon",
        "PRK",
    ),
    (
        "Indonesian Army Chief of Staff Maruli Simanjuntak met the Australian defence chief.",
        "Maruli Simanjuntak",
        "IDN",
    ),
]


@pytest.mark.parametrize(("text", "name", "state"), NAMES_THE_TAGGER_CUTS)
def test_a_name_the_tagger_cuts_is_one_person(text: str, name: str, state: str) -> None:
    people = [(a.name, a.country) for a in _build(text).actors if a.type == "person"]
    assert people == [(name, state)]


def test_names_side_by_side_stay_two_people() -> None:
    # two people named one after the other are not joined: nothing of the first hangs on the second
    found = _build("Japan's Fumio Kishida and South Korea's Yoon Suk Yeol met in Seoul.")
    people = {a.name for a in found.actors}
    assert {"Fumio Kishida", "Yoon Suk Yeol"} <= people


DATELINES = [
    # "CITY (AGENCY) – ...": the place and the wire service of a dateline are no actors of the story
    # (the capital is no mention of its state), and the sentence after the dash is read as it stands
    (
        "Hanoi (VNA) – Cambodia and Laos agreed on Monday to open two new border crossings.",
        "VNM",
        "KHM AGREE LAO",
    ),
    ("NAIROBI (Xinhua) — Somalia and Ethiopia signed a security pact on Tuesday.", "KEN", "SOM AGREE ETH"),
    ("Dakar (AFP) – Mali and Guinea agreed to reopen their shared border.", "SEN", "MLI AGREE GIN"),
    ("Tehran (IRNA) - Kuwait and Iraq signed a deal on border security.", "IRN", "KWT AGREE IRQ"),
    ("CAIRO, Egypt (AP) — Sudan and Chad agreed to reopen their border.", "EGY", "SDN AGREE TCD"),
]


@pytest.mark.parametrize(("text", "dateline", "wanted"), DATELINES)
def test_a_dateline_names_no_actor(text: str, dateline: str, wanted: str) -> None:
    found = _codes(_build(text))
    assert wanted in found, found
    assert not [f for f in found if dateline in f.split()], found


def test_a_state_of_the_dateline_that_the_story_names_stays_an_actor() -> None:
    found = _codes(_build("NAIROBI (Reuters) — Kenya and Somalia signed a security pact on Tuesday."))
    assert "KEN AGREE SOM" in found, found


RELATIVE_CLAUSE_OFFICES = [
    # "X, who is Senegal's ambassador", "X, who serves as ...", "X, who heads/leads ...": a relative
    # clause on the name states the person's office as an apposition does
    ("Amina Diallo, who is Senegal's ambassador to the UN, criticised the report.", ("Diallo", "SEN")),
    ("Tomas Lindgren, who serves as Sweden's defence minister, visited Kyiv on Monday.", ("Lindgren", "SWE")),
    ("Farid Haddad, who heads Lebanon's General Security agency, met Syrian officials.", ("Haddad", "LBN")),
    ("Ravi Menon, who was India's envoy to Nepal until March, accused Beijing of lying.", ("Menon", "IND")),
    ("Olga Petrenko, who leads the Ukrainian delegation, rejected the Russian offer.", ("Petrenko", "UKR")),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_CLAUSE_OFFICES)
def test_an_office_in_a_relative_clause_describes_the_person(text: str, expected: tuple[str, str]) -> None:
    assert expected in _affiliations(_build(text))


def test_a_private_role_in_a_relative_clause_is_no_office() -> None:
    found = _affiliations(_build("Maria Lopez, who is a nurse in Madrid, said the strike would continue."))
    assert not [a for a in found if a[0] == "Lopez"]


def test_heading_an_unnamed_organisations_mission_in_a_state_is_no_office_of_it() -> None:
    text = (
        "Aid groups say the crisis in Chad is worsening. Pierre Dubois, who headed the charity's mission "
        "in Chad for two years, says food is running out."
    )
    assert not [a for a in _affiliations(_build(text)) if a[0] == "Dubois" and a[1] == "TCD"]


SPOKESPEOPLE_OF_AN_IGOS_HEAD = [
    # "Guterres' spokesman, X": the spokesperson of an official the data knows as the head of an
    # international organisation serves that organisation (a state's leader's, that state)
    (
        "A spokesman for Guterres, Farhan Idris, said the organisation was alarmed by the fighting in Sudan.",
        ("Idris", "UN"),
    ),
    (
        "Stoltenberg's spokeswoman, Maria Berg, said the alliance would not send troops to Ukraine.",
        ("Berg", "NATO"),
    ),
    (
        "Guterres's deputy spokesperson, Lena Novak, told reporters the UN condemned the attack on Goma.",
        ("Novak", "UN"),
    ),
    ("Ban Ki-moon's spokesman, Martin Okoye, said the UN would send observers to Syria.", ("Okoye", "UN")),
]


@pytest.mark.parametrize(("text", "expected"), SPOKESPEOPLE_OF_AN_IGOS_HEAD)
def test_the_spokesperson_of_an_igos_head_serves_the_igo(text: str, expected: tuple[str, str]) -> None:
    assert expected in _affiliations(_build(text))


def test_the_spokesperson_of_a_states_leader_still_serves_the_state() -> None:
    found = _affiliations(
        _build("Erdogan's spokesman, Kemal Aslan, said Turkey would not join the sanctions.")
    )
    assert ("Aslan", "TUR") in found


OFFICIALS_AMONG_PEOPLE = [
    # an official whose office names no state serves the state whose people the story has been
    # naming, not the state it talks about most
    (
        "Iran expanded its uranium enrichment this month. Inspectors say Iran now holds enough material, "
        "and Iran refused new visits. German Chancellor Olaf Scholz said Berlin was alarmed. Foreign "
        "Minister Tobias Brandt urged Tehran to return to talks.",
        ("Brandt", "DEU"),
    ),
    (
        "Venezuela held elections on Sunday. Venezuela's opposition rejected the results, and "
        "Venezuela's courts backed the government. Colombian President Gustavo Petro called for a "
        "recount. Foreign Minister Luis Carrillo said the vote could not be recognised.",
        ("Carrillo", "COL"),
    ),
    (
        "Lebanon's economy shrank again this year. Lebanon's banks froze deposits, and Lebanon asked the "
        "IMF for a loan. French President Emmanuel Macron pledged support. Finance Minister Claire Moreau "
        "said a donors' conference would be held in the spring.",
        ("Moreau", "FRA"),
    ),
    (
        "Ukraine's grain exports fell in May. Ukraine blamed Russian attacks on its ports, and Ukraine "
        "asked for more air defence. Polish President Andrzej Duda promised help. Agriculture Minister "
        "Tomasz Nowicki said farmers would be compensated.",
        ("Nowicki", "POL"),
    ),
    (
        "Sudan's war entered its second year. Sudan's army lost ground in Darfur, and Sudan faces "
        "famine. Kenyan President William Ruto hosted envoys in Nairobi. Interior Minister Peter Kanja "
        "said the border would be tightened.",
        ("Kanja", "KEN"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OFFICIALS_AMONG_PEOPLE)
def test_an_office_with_no_state_serves_the_state_of_the_people_named_before(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in _affiliations(_build(text))


HOME_OFFICIALS = [
    # a judge, prosecutor or police officer whose office names no state acts where the story's places
    # are, not for the state the story talks about
    (
        "Iran's intelligence service hired two men to kill a dissident, officials say. Iran denies the "
        "plot, and Iran has threatened critics abroad. The trial opened in Chicago on Monday. Federal "
        "prosecutor Emily Carter told jurors the men had scouted the house.",
        ("Carter", "USA"),
    ),
    (
        "Russia's spies tried to poison a defector, investigators believe. Russia rejected the charge and"
        " Russia expelled a diplomat. The suspects appeared in court in Berlin. Judge Markus Feld ordered"
        " them held until the trial.",
        ("Feld", "DEU"),
    ),
    (
        "China's state hackers stole data from a shipyard, the indictment says. China called the case a "
        "smear, and China recalled its envoy. Both suspects were arrested in Toronto last week. Crown "
        "prosecutor Anne Leduc said the evidence was strong.",
        ("Leduc", "CAN"),
    ),
    (
        "Pakistan's police chased the gang for months, officials say. Pakistan demanded their return, and"
        " Pakistan closed the crossing. The suspects were arrested in Kabul on Sunday. Police spokesman "
        "Khalid Zadran said three men had confessed.",
        ("Zadran", "AFG"),
    ),
    (
        "Venezuela's gangs have spread to other states, police say. Venezuela denies any link, and "
        "Venezuela closed its border. The raid happened in Santiago on Friday. Police commander Jorge "
        "Ibarra said 14 men were detained.",
        ("Ibarra", "CHL"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOME_OFFICIALS)
def test_a_judge_or_prosecutor_with_no_state_serves_the_state_of_the_places(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in _affiliations(_build(text))


# A person's name the tagger leaves untagged or labels as no person (a body, a product), described by an
# office: a title right before it, or an office noun in apposition after it ("X, director of Y").
STRAY_NAMES = [
    # a title, then a name whose family name the tagger took for a body or a product
    (
        "“We reject the claims made by Nepal,” Indian foreign ministry spokesperson Prakash Dabur told "
        "reporters.",
        ("Dabur", "IND"),
    ),
    (
        "“We reject the claims made by Nepal,” Indian foreign ministry spokesperson Pradeep Jaiswal told "
        "reporters.",
        ("Jaiswal", "IND"),
    ),
    # a name the tagger left untagged, then a lower-case office in apposition
    (
        "Ousmane Kabore, director of the Africa bureau of Human Rights Watch, accused Ghana of jailing "
        "reporters.",
        ("Kabore", "HRW"),
    ),
    (
        "Ankit Shukla, director of the Asia office of Amnesty International, accused Myanmar of torturing "
        "prisoners.",
        ("Shukla", "AMNESTY"),
    ),
    pytest.param(
        "Emeka Dangote, director of the Africa program at the Committee to Protect Journalists, urged "
        "Cameroon to free the reporter.",
        ("Dangote", "CPJ"),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the verb inside the body's name ('to Protect') takes the parse: his request of "
            "Cameroon is never read, so he acts in no event and, an NGO director, states no "
            "affiliation; it passed until round 21 only through a wrong row read off that verb "
            "(Dangote AID CPJ), which domestic.affiliated_acts now removes",
        ),
    ),
    (
        "Ganesh Dhakal, director of the Asia desk of Human Rights Watch, accused Nepal of jailing critics.",
        ("Dhakal", "HRW"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), STRAY_NAMES)
def test_a_name_the_tagger_labels_as_no_person_is_one_beside_an_office(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in _affiliations(_build(text))


def test_the_organisation_in_an_office_stays_a_body() -> None:
    # guard: the body the office names keeps its mention and takes no person's name
    result = _build(
        "Ousmane Kabore, director of the Africa bureau of Human Rights Watch, accused Ghana of jailing "
        "reporters."
    )
    assert {a.id for a in result.actors} >= {"HRW", "GHA"}
    assert not [a for a in result.actors if a.type == "person" and "Watch" in a.name]


def test_a_known_state_after_a_title_stays_a_state_not_a_name_part() -> None:
    # guard: a name the data knows is no stray label ("Nepal" in the quote stays Nepal)
    result = _build(
        "“We reject the claims made by Nepal,” Indian foreign ministry spokesperson Prakash Dabur told "
        "reporters."
    )
    assert "NPL" in {a.id for a in result.actors}
    assert not [a for a in result.actors if a.type == "org" and a.name == "Dabur"]


def test_an_organisation_before_an_office_in_apposition_is_no_person() -> None:
    # guard: a body's name before ", head of ..." is not read as a person's
    result = _build("Human Rights Watch, head of a coalition of groups, accused Ghana of jailing reporters.")
    assert not [a for a in result.actors if a.type == "person"]


# A body whose name opens with a state's or an international organisation's name that the tagger split
# off ("[X] Council for [the Promotion of Y]") is one body of that name, not the state.
NAMED_AFTER_OWNER = [
    (
        "The Kenya Council for the Promotion of Tourism accused Tanzania of blocking tour buses.",
        "Kenya Council for the Promotion of Tourism",
    ),
    (
        "The Nigeria Council for the Advancement of Commerce accused Benin of closing the border.",
        "Nigeria Council for the Advancement of Commerce",
    ),
    (
        "The Egypt Committee for the Defense of Workers condemned Libya over the killings.",
        "Egypt Committee for the Defense of Workers",
    ),
    ("The Congo Liberation Alliance attacked Rwanda's positions near Goma.", "Congo Liberation Alliance"),
    (
        "Officials of the India Council for Cultural Relations met with Nepal's ambassador.",
        "India Council for Cultural Relations",
    ),
]


@pytest.mark.parametrize(("text", "name"), NAMED_AFTER_OWNER)
def test_a_body_named_after_its_state_is_the_body(text: str, name: str) -> None:
    result = _build(text)
    # the body's own acts: not the act it charges another with ("accused Tanzania of blocking tour
    # buses" also codes Tanzania's blocking, as the accuser's claim)
    events = [r for r in result.relations if r.type != "AFFILIATION" and r.attributed_to is None]
    assert events and {r.source_name for r in events} == {name}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # guards: an organ the data knows, or a lone head after the owner, stays as it was read
        ("The U.N. Security Council condemned Iran.", "UNSC"),
        ("The EU Commission criticized Malta.", "EU"),
    ],
)
def test_a_known_organ_or_a_lone_head_after_an_owner_is_no_new_body(text: str, source: str) -> None:
    assert {r.source_id for r in _build(text).relations if r.type != "AFFILIATION"} == {source}


# An organisation the data knows is named as the article writes it, where that is one of the data's
# spellings with the data's last word ("AU Peace and Security Council" for "African Union Peace and
# Security Council"); the id stays the data's.
ORGANISATIONS_AS_WRITTEN = [
    (
        "The AU Peace and Security Council suspended Niger after the coup.",
        "AU_PSC",
        "AU Peace and Security Council",
    ),
    (
        "The Inter Governmental Panel on Climate Change warned Bangladesh about rising seas.",
        "IPCC",
        "Inter Governmental Panel on Climate Change",
    ),
    ("The Inter American Development Bank lent Peru $500 million.", "IDB", "Inter American Development Bank"),
    (
        "The International Labor Organization criticized Qatar over the deaths of migrant workers.",
        "ILO",
        "International Labor Organization",
    ),
    (
        "The Inter Parliamentary Union condemned Myanmar for jailing lawmakers.",
        "IPU",
        "Inter Parliamentary Union",
    ),
]


@pytest.mark.parametrize(
    ("text", "actor_id", "name"),
    [
        *ORGANISATIONS_AS_WRITTEN,
        # guards: a form with another head is a description or an organ, no spelling of the name
        ("The African Union Commission said the AU would suspend Mali.", "AU", "African Union"),
        (
            "The UN nuclear watchdog criticized Iran over its enrichment.",
            "IAEA",
            "International Atomic Energy Agency",
        ),
        # the data's name with its owner, or cut to two words, stays the data's
        ("The U.S. State Department criticized Cuba.", "USA_STATE_DEPARTMENT", "State Department"),
        ("The Security Council condemned Iran.", "UNSC", "UN Security Council"),
    ],
)
def test_an_organisation_is_named_as_the_article_spells_it(text: str, actor_id: str, name: str) -> None:
    assert (actor_id, name) in {(a.id, a.name) for a in _build(text).actors}


# A name whose given name is syllables joined by a hyphen, the second in lower case ("Kim Yong-nam"),
# is a person's name where the data does not know it: the tagger's person stays a person.
HYPHENED_GIVEN_NAMES = [
    ("North Korean diplomat Pak Myong-su accused Japan of hostility.", ("Pak Myong-su", "ACCUSE", "JPN")),
    (
        "South Korean negotiator Lee Dong-hwan met Chinese officials in Beijing.",
        ("Lee Dong-hwan", "CONSULT", "CHN"),
    ),
    (
        "Taiwan's envoy Lin Chia-hao criticized China over the military drills.",
        ("Lin Chia-hao", "ACCUSE", "CHN"),
    ),
    (
        "Kim Sung-ryong, a North Korean official, praised Russia for its support.",
        ("Kim Sung-ryong", "SUPPORT", "RUS"),
    ),
    (
        "North Korean leader Kim Jong Un met Xi. Later Kim Yong-nam praised Mongolia.",
        ("Kim Yong-nam", "SUPPORT", "MNG"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), HYPHENED_GIVEN_NAMES)
def test_a_hyphened_given_name_keeps_the_person(text: str, edge: tuple[str, str, str]) -> None:
    assert edge in {(r.source_name, r.type, r.target_id) for r in _build(text).relations}
