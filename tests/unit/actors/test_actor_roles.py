"""Role nouns, organs and seats of power: whose country and sector they take, and when a role noun
is no single person. Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker(published="2026-03-01")


@pytest.mark.parametrize(("text", "surface", "country", "sector"), [
    ("The Ghana National Commission on Civic Education said turnout fell.",
     "Ghana National Commission on Civic Education", "GHA", "GOV"),
    ("The Independent Electoral and Boundaries Commission of Kenya delayed the count.",
     "Independent Electoral and Boundaries Commission of Kenya", "KEN", "GOV"),
    ("The Uganda Police Force arrested the organisers.", "Uganda Police Force", "UGA", "COP"),
])
def test_national_body_named_after_its_country(stages, text, surface, country, sector):
    doc = link(stages, text)
    hits = found(doc, surface)
    assert hits and hits[0].country == country and hits[0].sector == sector
    assert not any(m.sector == "IGO" for m in doc.actor_mentions)


def test_two_countries_make_no_national_body(stages):
    doc = link(stages, "Kenya and Tanzania Police held joint drills.")
    assert not any(m.text.startswith("Kenya and") for m in doc.actor_mentions)


@pytest.mark.parametrize("text", [
    "Israeli and Lebanese negotiators met in Cairo, and officials signed the deal.",
    # bare "officials said" attributes a statement: no actor at all (anonymous sources)
    "Israeli and Lebanese negotiators met in Cairo, officials said.",
    "Israel and Lebanon held talks on Monday. Officials said progress was made.",
])
def test_bare_officials_between_two_countries_get_none(stages, text):
    doc = link(stages, text)
    hits = [m for m in doc.actor_mentions if m.text.casefold() == "officials"]
    assert all(m.country is None for m in hits)
    assert hits or "said" in text


def test_bare_officials_of_one_country_keep_it(stages):
    doc = link(stages, "Israeli negotiators met in Cairo, and officials signed the deal.")
    hits = found(doc, "officials")
    assert hits and hits[0].country == "ISR"


def test_other_bare_organs_between_two_countries_keep_their_resolution(stages):
    # Only the unspecific "officials" lose their country; "the parliament" of a clause
    # with its own subject keeps the resolution it had.
    doc = link(stages, "Pakistan and India traded fire. In Islamabad, parliament met.")
    hits = found(doc, "parliament")
    assert hits and hits[0].country == "PAK"


@pytest.mark.parametrize(("text", "surface", "country"), [
    # the dateline's country, not the adjective nearby
    ("MOSCOW, March 3 (Reuters) - Ukrainian drones hit a fuel depot overnight, the "
     "Defence Ministry said.", "Defence Ministry", "RUS"),
    ("MOSKAU (dpa) - Ukrainische Drohnen trafen ein Depot, teilte das "
     "Verteidigungsministerium mit.", "Verteidigungsministerium", "RUS"),
    # US federal departments are American whatever the story is about
    ("The Treasury Department said it had frozen the assets of three Cuban officials.",
     "Treasury Department", "USA"),
])
def test_ministry_country(stages, text, surface, country):
    lang = "de" if "dpa" in text else "en"
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == country


def test_state_body_the_kb_lacks_takes_the_dateline_country(stages):
    doc = link(stages, "SEOUL, May 2 (Reuters) - The artillery drill ended at noon, the "
                       "Joint Chiefs of Staff (JCS) said.")
    hits = found(doc, "Joint Chiefs of Staff")
    assert hits and (hits[0].country, hits[0].sector) == ("KOR", "MIL")


@pytest.mark.parametrize(("text", "surface", "country", "sector"), [
    ("Bolivianische Offiziere berieten die Regierung.", "Bolivianische Offiziere", "BOL",
     "MIL"),
    # an armed group's compound: the group's side
    ("FARC-Kommandeure lehnten das Angebot ab.", "FARC-Kommandeure", "COL", "REB"),
    # a compound with a side's noun, in a story about one country
    ("BOGOTÁ (dpa) - Kolumbien hat gewählt. In Kolumbien wurden drei "
     "Oppositionspolitiker festgenommen.", "Oppositionspolitiker", "COL", "OPP"),
    ("LIMA (dpa) - In Peru wurde gestreikt. Peru ist unruhig. Ein Armeesprecher "
     "bestätigte die Festnahmen.", "Armeesprecher", "PER", "MIL"),
    # a compass region is its country's place
    ("Die Regierung schickt Hilfe für die Vertriebenen im Nordsyrien-Konflikt und die "
     "Vertriebenen im Ostkongo.", "Ostkongo", "COD", None),
])
def test_german_plural_roles_and_compounds(stages, text, surface, country, sector):
    hits = found(link(stages, text, "de"), surface)
    assert hits and (hits[0].country, hits[0].sector) == (country, sector)


def test_government_roles_stay_generic(stages):
    doc = link(stages, "LIMA (dpa) - In Peru wurde gestreikt. Peru ist unruhig. "
                       "Drei Berater sprachen mit Journalisten.", "de")
    assert all(m.country is None for m in found(doc, "Berater"))


def test_embassy_abroad_and_possessive_subject(stages):
    doc = link(stages, "Canberra lodged a protest with Hanoi through its embassy in Bangkok.")
    hits = found(doc, "embassy")
    assert hits and hits[0].country == "AUS"


@pytest.mark.parametrize(("text", "lang", "role", "name", "country"), [
    ("Der Nahost-Berater von US-Präsident Donald Trump, Tobias Krell, reist nach Kairo.",
     "de", "Berater", "Tobias Krell", "USA"),
    ("The energy adviser to President Donald Trump, Tobias Krell, flew to Cairo.", "en",
     "adviser", "Tobias Krell", "USA"),
])
def test_adviser_of_a_leader_named_in_apposition(stages, text, lang, role, name, country):
    doc = link(stages, text, lang, "2025-10-01")
    person = found(doc, name)
    assert person and person[0].country == country
    assert found(doc, role)[0].entity == person[0].entity


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("Die Ministerin beklagte den Druck aus dem Kanzleramt.", "de", "Kanzleramt", "DEU"),
    ("Aus dem Kreml kam keine Antwort.", "de", "Kreml", "RUS"),
    ("There was no word from the Kremlin on Friday.", "en", "Kremlin", "RUS"),
    ("The Blue House rejected the proposal.", "en", "Blue House", "KOR"),
    ("Das Blaue Haus wies den Vorschlag zurück.", "de", "Blaue Haus", "KOR"),
    ("The Kantei declined to comment.", "en", "Kantei", "JPN"),
])
def test_seat_of_power_is_its_government(stages, text, lang, surface, country):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == country and hits[0].sector == "GOV"


def test_opposition_leader_takes_the_story_country(stages):
    doc = link(stages, "NAIROBI, Kenya (AP) — Kenyan President William Ruto signed the "
                       "budget on Monday. Opposition leader Kalonzo Musyoka said the budget "
                       "would hurt farmers. Kenyan police arrested two protesters.")
    hits = [m for m in doc.actor_mentions if m.text.endswith("Kalonzo Musyoka")]
    assert hits and hits[0].country == "KEN"


def test_opposition_leader_between_two_countries_keeps_none(stages):
    doc = link(stages, "Opposition leader Marten Holvik met officials from France and "
                       "Germany.")
    hits = [m for m in doc.actor_mentions if m.text.endswith("Marten Holvik")]
    assert hits and hits[0].country is None


def test_plural_role_noun_is_no_single_person(stages):
    doc = link(stages, "Bundeskanzler Friedrich Merz hat die Junge Union zur Mäßigung "
                       "aufgerufen. Die Nachwuchspolitiker der Union hatten gedroht, das "
                       "Gesetz abzulehnen.", "de")
    hits = found(doc, "Nachwuchspolitiker")
    assert hits and hits[0].entity != found(doc, "Bundeskanzler Friedrich Merz")[0].entity
    assert hits[0].country == "DEU" and hits[0].sector == "PTY"


def test_opposition_leader_in_apposition_takes_the_story_country(stages):
    doc = link(stages, "NAIROBI, Kenya (AP) — Kenyan President William Ruto signed the "
                       "budget on Monday. Kalonzo Musyoka, the opposition leader, said the "
                       "budget would hurt farmers. Kenyan police arrested two protesters.")
    assert {m.country for m in doc.actor_mentions
            if m.text in ("Kalonzo Musyoka", "opposition leader")} == {"KEN"}


@pytest.mark.parametrize("text", [
    "Bundeskanzler Friedrich Merz traf die Länderchefs. Die Regierungschefs forderten mehr "
    "Geld vom Bund.",
    "Bundeskanzler Friedrich Merz sprach in Brüssel. Die jungen Politiker der Union "
    "widersprachen ihm.",
])
def test_german_plural_role_nouns_are_not_the_named_leader(stages, text):
    doc = link(stages, text, "de")
    merz = found(doc, "Bundeskanzler Friedrich Merz")[0].entity
    plural = [m for m in doc.actor_mentions if m.text in ("Regierungschefs", "Politiker")]
    assert all(m.entity != merz for m in plural)


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("A spokesman for Downing Street said the talks went well.", "en", "spokesman", "GBR"),
    ("Der Chef des Kanzleramts wies die Kritik zurück.", "de", "Chef", "DEU"),
])
def test_role_serving_a_seat_of_power_is_its_government(stages, text, lang, surface, country):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == country and hits[0].sector == "GOV"


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("Palazzo Chigi declined to comment on the budget.", "en", "Palazzo Chigi", "ITA"),
    ("Die Moncloa kündigte Neuwahlen an.", "de", "Moncloa", "ESP"),
    ("Yongsan said the summit would go ahead.", "en", "Yongsan", "KOR"),
])
def test_more_seats_of_power(stages, text, lang, surface, country):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == country and hits[0].sector == "GOV"


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    # a local office with no country of its own is an office of the story's scene
    ("Lawmakers in Montana passed the bill on Monday. The governor vetoed it on Friday, "
     "and lawmakers in Helena said they would try again.", "en", "governor", "USA"),
    ("In Bayern beschloss der Landtag am Montag ein Gesetz. In Passau und München gab es "
     "Proteste. Der Bürgermeister kritisierte das Gesetz.", "de", "Bürgermeister", "DEU"),
])
def test_local_office_takes_the_story_scene(stages, text, lang, surface, country):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == country and hits[0].sector == "GOV"


def test_local_office_named_with_its_country_keeps_it(stages):
    doc = link(stages, "Russia and Ukraine traded blows again. The Ukrainian governor of "
                       "the region said two people died.")
    hits = [m for m in doc.actor_mentions if "governor" in m.text]
    assert hits and hits[0].country == "UKR"


@pytest.mark.parametrize(("text", "lang", "surface", "entity"), [
    # a possessed guest or counterpart is the other of two office holders; the possessor
    # is the holder named before it in its own sentence
    ("Macron kam am Montag nach Berlin. Merz begrüßte seinen Gast vor dem Kanzleramt.",
     "de", "Gast", "Q3052772"),
    ("Macron arrived in Berlin on Monday. Merz welcomed his guest at the chancellery.",
     "en", "guest", "Q3052772"),
    ("Merz traf am Montag Macron. Merz lobte seinen Amtskollegen für die Gespräche.",
     "de", "Amtskollegen", "Q3052772"),
])
def test_possessed_guest_is_the_other_holder(stages, text, lang, surface, entity):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].entity == entity


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("Die Gäste des Festivals feierten bis zum Morgen.", "de", "Gäste"),
    ("A guest said the fire started at night.", "en", "guest"),
])
def test_bare_guest_is_no_actor(stages, text, lang, surface):
    assert not found(link(stages, text, lang), surface)


@pytest.mark.parametrize(("text", "surface", "country"), [
    # an English title capitalises the portfolio between the adjective and the title noun
    ("China imposed duties on dairy. Beijing said the move was fair. Irish Agriculture "
     "Minister Martin Heydon called it a blow.", "Irish Agriculture Minister Martin Heydon",
     "IRL"),
    ("Greek Health Minister Anna Example resigned on Monday.",
     "Greek Health Minister Anna Example", "GRC"),
])
def test_country_adjective_over_a_capitalised_portfolio(stages, text, surface, country):
    hits = found(link(stages, text, "en"), surface)
    assert hits and hits[0].country == country and hits[0].sector == "GOV"


def test_possessed_guest_reaches_back_to_the_visitor(stages):
    doc = link(stages, "Bundeskanzler Merz ist am Mittwoch in Warschau eingetroffen. Bei "
                       "einem Treffen mit dem polnischen Ministerpräsidenten Tusk ging es "
                       "um die Grenze.\n\nTusk forderte seinen Gast auf, die Kontrollen zu "
                       "beenden.", "de")
    assert [m.entity for m in found(doc, "Gast")] == ["chronist:friedrich-merz"]


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("Russia denied the charges on Monday. Moscow called them absurd. The trial opened in "
     "Oslo, and further hearings are planned in Oslo and Bergen. Prosecutors said the two "
     "men had been paid in cash.", "en", "Prosecutors"),
    ("Russland wies die Vorwürfe zurück. Moskau nannte sie absurd. Der Prozess begann in "
     "Oslo, weitere Anhörungen sind in Oslo geplant. Die Staatsanwaltschaft erklärte, die "
     "Männer seien bar bezahlt worden.", "de", "Staatsanwaltschaft"),
])
def test_bare_home_organ_takes_the_country_of_the_story_places(stages, text, lang, surface):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == "NOR" and hits[0].sector == "JUD"


def test_bare_organ_abroad_takes_no_scene(stages):
    doc = link(stages, "Russia denied the charges. Moscow called them absurd. Talks opened in "
                       "Oslo and continued in Oslo. Diplomats said little.")
    assert all(m.country != "NOR" for m in found(doc, "Diplomats"))


def test_federal_compound_title_is_the_home_country(stages):
    doc = link(stages, "Die Armee des Kongo rückte vor. Kinshasa meldete Erfolge. "
                       "Bundesentwicklungsministerin Mara Velden kündigte Hilfe an. "
                       "„Wir helfen“, sagte die SPD-Politikerin.", "de")
    person = [m for m in doc.actor_mentions if m.text.endswith("Mara Velden")]
    assert person and person[0].country == "DEU"
    role = found(doc, "SPD-Politikerin")
    assert role and role[0].entity == person[0].entity


def test_plural_of_an_ium_organ_noun(stages):
    hits = found(link(stages, "Die russischen Ministerien schwiegen.", "de"),
                 "russischen Ministerien")
    assert hits and hits[0].country == "RUS" and hits[0].sector == "GOV"


@pytest.mark.parametrize(("text", "surface"), [
    ("Gebaut wurde der Satellit von einem Konsortium unter Führung von Airbus.", "Führung"),
    ("Für eine Offensive gebe es nicht genug Kräfte und Technik.", "Kräfte"),
])
def test_bare_abstract_organ_noun_is_no_actor(stages, text, surface):
    assert not found(link(stages, text, "de"), surface)


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Die iranische Führung wies das zurück.", "iranische Führung", "IRN"),
    ("Russische Kräfte rückten vor.", "Russische Kräfte", "RUS"),
])
def test_qualified_abstract_organ_noun_stays_an_actor(stages, text, surface, country):
    hits = found(link(stages, text, "de"), surface)
    assert hits and hits[0].country == country


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("The talks may resume next month, an Omani diplomatic source said.", "en",
     "Omani diplomatic source", "OMN"),
    ("Aus polnischen Regierungskreisen hieß es, man sei zufrieden.", "de",
     "polnischen Regierungskreisen", "POL"),
])
def test_sources_and_circles_are_government(stages, text, lang, surface, country):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == country and hits[0].sector == "GOV"


@pytest.mark.parametrize(("text", "lang", "surface", "country", "sector"), [
    ("U.S. intelligence officials said the missiles were new.", "en",
     "U.S. intelligence officials", "USA", "SPY"),
    ("A senior U.S. defense official said the strike was planned.", "en",
     "U.S. defense official", "USA", "MIL"),
    ("In israelischen Sicherheitskreisen hieß es, der Angriff sei geplant gewesen.", "de",
     "israelischen Sicherheitskreisen", "ISR", "SPY"),
])
def test_officials_of_a_branch_take_its_sector(stages, text, lang, surface, country, sector):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == country and hits[0].sector == sector


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("Präsident Karl Brenner sprach am Montag. Der Sprecher sagte danach nichts.", "de",
     "Sprecher"),
    ("President Karl Brenner spoke on Monday. The spokesman said nothing more.", "en",
     "spokesman"),
])
def test_relational_role_is_not_the_person_named_before(stages, text, lang, surface):
    hits = found(link(stages, text, lang), surface)
    assert all(m.entity is None for m in hits)


def test_relational_role_named_with_the_person_refers_back(stages):
    doc = link(stages, "Kremlsprecher Dmitri Peskow sprach am Montag. Der Sprecher sagte "
                       "nichts.", "de")
    hits = found(doc, "Sprecher")
    assert hits and hits[0].entity == "chronist:dmitry-peskov"


def test_irregular_english_plural_role_is_no_single_person(stages):
    doc = link(stages, "Several British foreign secretaries have visited Kyiv.")
    hits = found(doc, "British foreign secretaries")
    assert hits and hits[0].entity is None and hits[0].country == "GBR"


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("The Bank of Canada held its key rate.", "en", "Bank of Canada", "CAN"),
    ("The Reserve Bank of Australia raised rates.", "en", "Reserve Bank of Australia", "AUS"),
    ("Die Schweizerische Nationalbank senkte den Leitzins.", "de",
     "Schweizerische Nationalbank", "CHE"),
])
def test_central_bank_is_its_state(stages, text, lang, surface, country):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == country and hits[0].sector == "GOV"


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("Her opposition to wider European security moves worries the government.", "en",
     "opposition"),
    ("Die Opposition gegen den Plan wächst.", "de", "Opposition"),
])
def test_opposition_to_something_is_the_act(stages, text, lang, surface):
    assert not found(link(stages, text, lang), surface)


def test_the_opposition_acting_stays_an_actor(stages):
    assert found(link(stages, "The opposition said the vote was rigged."), "opposition")


def test_abbreviated_us_titles_and_a_namesake_state(stages):
    doc = link(stages, "Georgia Gov. Brian Kemp met South Carolina Sen. Lindsey Graham.")
    kemp = [m for m in doc.actor_mentions if m.text.endswith("Brian Kemp")]
    graham = [m for m in doc.actor_mentions if m.text.endswith("Lindsey Graham")]
    assert kemp and kemp[0].country == "USA" and kemp[0].sector == "GOV"
    assert graham and graham[0].sector == "LEG"


def test_bare_inflected_german_role_noun_is_plural(stages):
    doc = link(stages, "Trump baut um. Traditionell gehen Präsidenten bei Umbauten vorsichtig "
                       "vor.", "de")
    assert all(m.entity is None for m in found(doc, "Präsidenten"))
    doc = link(stages, "Trump kam. Sie trafen den Präsidenten.", "de")
    assert found(doc, "Präsidenten")[0].entity == "Q22686"


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("Laut der Zeitung diskutiert Trump mit Beratern über den Bau.", "de", "Beratern"),
    ("Trump discussed the plan with advisers on Monday.", "en", "advisers"),
])
def test_advisers_serve_the_subject_of_their_clause(stages, text, lang, surface):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == "USA" and hits[0].entity is None


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("Analysts said the decision would lift prices.", "en", "Analysts"),
    ("Some experts warned that the ceasefire might not hold.", "en", "experts"),
    ("Forscher weisen seit Jahren auf die Gefahr hin.", "de", "Forscher"),
])
def test_bare_commentators_are_no_actors(stages, text, lang, surface):
    # experts and analysts comment on events; with no country, organisation or name they
    # fill no event role
    assert not found(link(stages, text, lang), surface)


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("Russian analysts said the decision would lift prices.", "en", "Russian analysts",
     "RUS"),
    ("Israeli soldiers fired at a group of journalists.", "en", "journalists", None),
])
def test_commentators_with_a_country_and_journalists_stay_actors(stages, text, lang,
                                                                  surface, country):
    mentions = found(link(stages, text, lang), surface)
    assert mentions and mentions[0].country == country


@pytest.mark.parametrize(("text", "surface", "country", "sector"), [
    ("Die Lufthansa wies die Forderungen zurück. Der Streik koste viel, erklärte ein "
     "Konzernsprecher.", "Konzernsprecher", "DEU", "BUS"),
    ("Siemens streicht 3000 Stellen. Das sei nötig, sagte ein Siemens-Sprecher.", "Sprecher",
     "DEU", "BUS"),
])
def test_spokesperson_compound_serves_the_organisation_it_names(stages, text, surface,
                                                                 country, sector):
    mentions = [m for m in link(stages, text, "de").actor_mentions if surface in m.text]
    assert mentions and (mentions[0].country, mentions[0].sector) == (country, sector)


def test_government_spokesperson_compound_stays_a_government_role(stages):
    mentions = found(link(stages, "Ein Regierungssprecher sagte nichts.", "de"),
                     "Regierungssprecher")
    assert mentions and mentions[0].sector == "GOV"


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("Davor war sie Chefin der Abteilung im Ministerium.", "de", "Chefin"),
    ("Er ist Sprecher der Initiative.", "de", "Sprecher"),
])
def test_copular_predicate_role_is_no_mention(stages, text, lang, surface):
    assert not found(link(stages, text, lang), surface)


def test_role_noun_as_subject_stays_a_mention(stages):
    assert found(link(stages, "Der Sprecher der Initiative war gestern in Berlin.", "de"),
                 "Sprecher")


@pytest.mark.parametrize(("text", "surface", "country", "sector"), [
    ("Die SVP-Delegierten stimmten der Initiative zu.", "SVP-Delegierten", "CHE", "PTY"),
    ("Die Frau war von Sittenwächtern im Iran festgenommen worden.", "Sittenwächtern", "IRN",
     "COP"),
])
def test_party_delegates_and_morality_police(stages, text, surface, country, sector):
    mentions = found(link(stages, text, "de"), surface)
    assert mentions and (mentions[0].country, mentions[0].sector) == (country, sector)


def test_title_with_an_organ_genitive_before_the_name_is_that_person(stages):
    doc = link(stages, "Die Sprecherin des lettischen Außenministeriums, Ilze Berzina, "
               "warnte am Mittwoch davor.", "de")
    title = found(doc, "Sprecherin")
    name = [m for m in doc.actor_mentions if m.text == "Ilze Berzina"]
    assert title and name and title[0].entity == name[0].entity
    assert name[0].country == "LVA"


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("Traditionell gehen Präsidenten bei Umbauten vorsichtig vor.", "de", "Präsidenten"),
    ("She has been accused of flattering dictators from Russia to Syria.", "en",
     "dictators"),
])
def test_plural_office_holders_of_no_country_are_no_actors(stages, text, lang, surface):
    assert not found(link(stages, text, lang), surface)


def test_plural_journalists_of_no_country_stay(stages):
    doc = link(stages, "Soldiers fired at a group of journalists near the border.", "en")
    assert found(doc, "journalists")


def test_definite_title_takes_up_the_same_title_named_before(stages):
    doc = link(stages, "VILNIUS (Reuters) - Lithuania summoned Belarus's ambassador on "
               "Monday, and President Gitanas Nauseda spoke of a provocation. The "
               "ambassador was handed a note of protest.", "en")
    mentions = found(doc, "ambassador")
    assert mentions and mentions[0].country == "BLR"


@pytest.mark.parametrize(("text", "surface", "country", "sector"), [
    ("MÜNCHEN (dpa) - Das habe er noch nie erlebt, sagte ein Kreisbrandrat aus Freyung.",
     "Kreisbrandrat", "DEU", "GOV"),
    ("HAMBURG (dpa) - Die Veranstalter sagten das Festival wegen des Sturms ab.",
     "Veranstalter", "DEU", "BUS"),
])
def test_local_fire_officials_and_organisers(stages, text, surface, country, sector):
    mentions = found(link(stages, text, "de"), surface)
    assert mentions and (mentions[0].country, mentions[0].sector) == (country, sector)


@pytest.mark.parametrize(("text", "surface", "judiciary"), [
    ("Die Opposition warf der Regierung Gesinnungsjustiz vor.", "Gesinnungsjustiz", False),
    ("Die Männer übten in dem Dorf Selbstjustiz.", "Selbstjustiz", False),
    ("Die Militärjustiz ermittelt gegen zwei Offiziere.", "Militärjustiz", True),
])
def test_kinds_of_justice_are_no_judiciary(stages, text, surface, judiciary):
    mentions = found(link(stages, text, "de"), surface)
    assert bool(mentions and mentions[0].sector == "JUD") == judiciary


def test_and_after_a_name_opens_no_apposition(stages):
    # "Tusk und Polens Präsident": two people (the Polish president on 2026-03-01 is
    # Karol Nawrocki), not a title of Tusk
    doc = link(stages, "Merz traf Tusk und Polens Präsident sprach.", "de")
    mentions = found(doc, "Polens Präsident")
    assert mentions and mentions[0].entity != "chronist:donald-tusk"


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("Die Ministerien der Justiz und der Familie haben sich geeinigt.", "de", "Justiz"),
    ("The Ministry of Justice said the police had acted lawfully.", "en", "Justice"),
])
def test_portfolio_of_a_ministry_is_no_organ_of_its_own(stages, text, lang, surface):
    assert all(m.sector != "JUD" for m in link(stages, text, lang).actor_mentions
               if surface in m.text)


def test_judiciary_on_its_own_stays(stages):
    mentions = found(link(stages, "Die Justiz ermittelt gegen den Mann.", "de"), "Justiz")
    assert mentions and mentions[0].sector == "JUD"


@pytest.mark.parametrize(("text", "lang", "surface", "sector"), [
    ("Das französische Verteidigungsministerium kündigte neue Übungen an.", "de",
     "französische Verteidigungsministerium", "GOV"),
    ("Japan's defence ministry said the missile fell into the sea.", "en",
     "Japan's defence ministry", "GOV"),
    ("Die französische Armee kündigte neue Übungen an.", "de", "französische Armee", "MIL"),
])
def test_defence_ministry_is_government_its_forces_military(stages, text, lang, surface,
                                                            sector):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].sector == sector


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("Moldovan customs officers stopped the trucks at the crossing.", "en",
     "Moldovan customs officers", "MDA"),
    ("Polnische Zollbeamte hielten den Lastwagen an der Grenze an.", "de",
     "Polnische Zollbeamte", "POL"),
    ("Der deutsche Zoll beschlagnahmte zwei Tonnen Kokain.", "de", "deutsche Zoll", "DEU"),
])
def test_customs_are_police(stages, text, lang, surface, country):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == country and hits[0].sector == "COP"


def test_a_bare_duty_is_no_customs_service(stages):
    assert not found(link(stages, "Er zahlte den Zoll auf die Waren.", "de"), "Zoll")


@pytest.mark.parametrize(("text", "lang", "surface", "country", "sector"), [
    ("Soldaten der ruandischen Armee überquerten die Grenze.", "de", "Soldaten", "RWA",
     "MIL"),
    ("Soldiers from the Rwandan army crossed the border.", "en", "Soldiers", "RWA", "MIL"),
    ("Ein Sprecher der Polizei sagte, die Lage sei ruhig.", "de", "Sprecher", None, "COP"),
    ("A spokesman for the Japanese defence ministry declined to comment.", "en",
     "spokesman", "JPN", "GOV"),
])
def test_a_noun_belongs_to_the_organisation_after_it(stages, text, lang, surface, country,
                                                     sector):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == country and hits[0].sector == sector


@pytest.mark.parametrize(("text", "lang", "surface", "country", "sector"), [
    ("The government of President Lula da Silva froze the accounts, a spokeswoman for "
     "the French embassy said.", "en", "government", "BRA", "GOV"),
    ("Die Regierung von Präsident Lula da Silva fror die Konten ein, sagte eine "
     "Sprecherin der französischen Botschaft.", "de", "Regierung", "BRA", "GOV"),
])
def test_an_organ_of_a_named_leader_is_the_leaders_states(stages, text, lang, surface,
                                                          country, sector):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == country and hits[0].sector == sector


@pytest.mark.parametrize(("text", "lang", "surface", "country", "sector"), [
    ("Die Opposition im Bundestag kritisierte den Plan scharf.", "de", "Opposition", "DEU",
     "OPP"),
    ("BERLIN (dpa) - Die Stadtverwaltung teilte mit, die Straße bleibe gesperrt.", "de",
     "Stadtverwaltung", "DEU", "GOV"),
    ("BERLIN (dpa) - Die Bundesländer fordern mehr Geld vom Bund.", "de", "Bundesländer",
     "DEU", "GOV"),
])
def test_local_and_parliamentary_bodies(stages, text, lang, surface, country, sector):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == country and hits[0].sector == sector


@pytest.mark.parametrize(("text", "country"), [
    ("In Tokio wies das Außenministerium die Kritik zurück. Man halte sich an alle "
     "Regeln, sagte ein Sprecher.", "JPN"),
])
def test_bare_spokesperson_speaks_for_the_organ_of_the_sentence_before(stages, text, country):
    hits = found(link(stages, text, "de"), "Sprecher")
    assert hits and (hits[0].country, hits[0].sector) == (country, "GOV")


@pytest.mark.parametrize(("text", "lang", "surface", "kept"), [
    ("„Wir sind keine Extremisten“, sagte der Landwirt.", "de", "Extremisten", False),
    ("\"We are not terrorists,\" the farmer said.", "en", "terrorists", False),
    ("Extremisten griffen das Rathaus an.", "de", "Extremisten", True),
])
def test_group_noun_predicated_of_a_pronoun_is_no_actor(stages, text, lang, surface, kept):
    assert bool(found(link(stages, text, lang), surface)) == kept


def test_chief_cabinet_secretary_is_japans_government_spokesperson(stages):
    doc = link(stages, "The chief cabinet secretary said Tokyo would protest.")
    hits = found(doc, "chief cabinet secretary")
    assert hits and (hits[0].country, hits[0].sector) == ("JPN", "GOV")
    assert not any(m.text.endswith("Cabinet") for m in doc.actor_mentions)


def test_role_after_an_organisations_possessive_serves_it(stages):
    doc = link(stages, "Amnesty International said it would appeal. The group's legal "
               "director said the ruling was unlawful.")
    hits = found(doc, "director")
    assert hits and hits[0].sector == "NGO"


def test_title_with_a_for_complement_before_a_name_is_that_person(stages):
    doc = link(stages, "The UN special envoy for the peace talks, Marta Lindqvist, urged "
               "restraint.")
    title = found(doc, "envoy")
    name = found(doc, "Marta Lindqvist")
    assert title and name and title[0].entity == name[0].entity


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("Eine Reporterin aus Kasachstan erhielt am Montag Asyl.", "de", "Reporterin", "KAZ"),
    ("Zwei Diplomaten aus der Türkei reisten nach Wien.", "de", "Diplomaten", "TUR"),
    ("Polizisten aus Kabul sicherten den Flughafen.", "de", "Polizisten", "AFG"),
    ("A reporter from Kazakhstan was granted asylum on Monday.", "en", "reporter", "KAZ"),
    ("Troops from the Philippines joined the drill.", "en", "Troops", "PHL"),
    # the parser may hang the phrase on a noun after it; it is still the first noun's
    ("Norwegen hat einem Aktivisten aus Belarus vorläufiges Asyl gewährt.", "de", "Aktivisten",
     "BLR"),
])
def test_noun_of_origin_takes_its_country(stages, text, lang, surface, country):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == country


@pytest.mark.parametrize(("text", "lang", "surface"), [
    # the phrase of origin is where they leave, on the verb or a noun of leaving
    ("Belgien hat seine Polizisten aus Mali abgezogen.", "de", "Polizisten"),
    ("Der Abzug der Soldaten aus Niger begann am Montag.", "de", "Soldaten"),
    # one end of a range, or one of several countries
    ("She praised strongmen from Hungary to Turkey.", "en", "strongmen"),
    ("Officials from Kenya and Uganda met in Arusha.", "en", "Officials"),
])
def test_noun_of_origin_not_its_country(stages, text, lang, surface):
    hits = found(link(stages, text, lang), surface)
    assert not hits or hits[0].country not in {"MLI", "NER", "HUN", "KEN"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Vertreter der Hamas und Ägyptens berieten am Montag in Doha.", "de"),
    ("Delegates of the Taliban and Uzbekistan met in Tashkent.", "en"),
])
def test_noun_of_an_organisation_and_a_country_is_no_mention(stages, text, lang):
    """Like "Vertreter Serbiens und des Kosovo": a noun of no sector serving an armed
    group and a country adds nothing to them; both act."""
    doc = link(stages, text, lang)
    assert not any(m.text in ("Vertreter", "Delegates") for m in doc.actor_mentions)
    assert {"EGY", "UZB"} & {m.country for m in doc.actor_mentions}


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("Die Militärjunta in Guinea verschob die Wahl.", "de", "Militärjunta", "GIN"),
    ("Die Junta in Ouagadougou wies die Kritik zurück.", "de", "Junta", "BFA"),
    ("The junta in Conakry postponed the vote.", "en", "junta", "GIN"),
    ("Der Präsidentenpalast in Libreville dementierte den Bericht.", "de", "Präsidentenpalast",
     "GAB"),
    ("The presidential palace in Lusaka denied the report.", "en", "presidential palace",
     "ZMB"),
])
def test_junta_and_palace_are_the_government_of_their_place(stages, text, lang, surface, country):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == country and hits[0].sector == "GOV"


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("Islamists in Niger attacked a checkpoint.", "en", "Islamists", "NER"),
    ("Guerrillas in Peru ambushed a patrol.", "en", "Guerrillas", "PER"),
    ("Guerilleros in Kolumbien überfielen eine Patrouille.", "de", "Guerilleros", "COL"),
])
def test_armed_group_nouns_are_rebels_of_their_place(stages, text, lang, surface, country):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == country and hits[0].sector == "REB"


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("Kuba hat 40 Regimekritikern die Ausreise verweigert.", "de", "Regimekritikern", "CUB"),
    ("Belarus jailed 20 government critics last month.", "en", "government critics", "BLR"),
])
def test_critics_of_the_government_are_its_opposition(stages, text, lang, surface, country):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == country and hits[0].sector == "OPP"


@pytest.mark.parametrize(("text", "surface", "country"), [
    # the federal prosecutor of Germany, of Switzerland by the country word or the place
    ("Die Bundesanwaltschaft klagte am Montag drei Männer an.", "Bundesanwaltschaft", "DEU"),
    ("Die Schweizer Bundesanwaltschaft eröffnete ein Verfahren.",
     "Schweizer Bundesanwaltschaft", "CHE"),
    ("Die Bundesanwaltschaft in Bern eröffnete ein Verfahren.", "Bundesanwaltschaft", "CHE"),
])
def test_federal_prosecutor_by_home(stages, text, surface, country):
    hits = found(link(stages, text, "de"), surface)
    assert hits and hits[0].country == country and hits[0].sector == "JUD"
