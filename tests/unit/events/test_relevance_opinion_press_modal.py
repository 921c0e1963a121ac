"""Sentences of our own: uses of event words that report no act between actors.

A relative clause whose modal sits on its last conjunct or is a Konjunktiv II describes its
noun (`relative_modals`); a stance in the simple present held by the public or a share of
it is an opinion (`opinion_types`, `share_nouns`); a conversation that is the setting of
what one speaker tells the press is an interview (`conversation_nouns`, `media_nouns`);
currencies, products, contracts and economic movements (and a relative pronoun standing for
one) do nothing (`thing_nouns`); a verb of travel with no destination visits no one
(`travel_verbs`); an act called possible or future may come (`possibility_adjectives`);
backing one's own stance states it (`stance_nouns`); backing someone has or enjoys is a
standing (`holding_verbs`); in a sports report nationals are a team, no state organ
(`sport_sides`, `sport_words`); "sich verlassen auf" relies (`reflexive_senses`); "Gewalt
ausgesetzt" is exposure (`exposure_verbs`); "designed to" tells a purpose
(`purpose_participles`); what anyone of a kind can or may do or suffer is general
(`ability_modals`). The acts next to them stay."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    ("lang", "text", "type_"),
    [
        (
            "de",
            "Die einzige Kraft sind die Bauern, die die Besatzer vertreiben und das Land "
            "bestellen können.",
            "COERCE",
        ),
        (
            "de",
            "Der Minister sagte, es kämen Touristen, die das System ausnutzen und den "
            "Schleppern viel Geld zahlen könnten.",
            "AGREE",
        ),
        ("de", "Rund 30 Prozent der Bevölkerung unterstützen den Präsidenten nicht.", "REJECT"),
        ("de", "Viele junge Menschen unterstützen die Regierung.", "SUPPORT"),
        ("en", "A majority of voters support the government's plan.", "SUPPORT"),
        ("en", "Many people support the government.", "SUPPORT"),
        (
            "de",
            "Der Innenminister sagte im Gespräch mit unserer Zeitung, die Polizei brauche "
            "mehr Personal.",
            "CONSULT",
        ),
        ("de", "Der Minister zog im Abendblatt-Gespräch ein erstes Fazit der Reform.", "CONSULT"),
        (
            "de",
            "Der Innenminister wies im Gespräch darauf hin, dass die Polizei mehr Personal "
            "braucht.",
            "CONSULT",
        ),
        ("en", "The Canadian dollar traded at 74 U.S. cents.", "COOPERATE"),
        (
            "en",
            "The government sent a new gift pack, which offers two cans of beer, to the "
            "embassy.",
            "AGREE",
        ),
        (
            "en",
            "The president and his team were flying over Nigeria from the United States when "
            "the message came.",
            "CONSULT",
        ),
        ("en", "The king and the queen travelling in the state coach.", "CONSULT"),
        ("de", "Der Präsident flog am Montag über Frankreich.", "CONSULT"),
        (
            "de",
            "Der Experte hält die Wirkung möglicher neuer Sanktionen gegen den Iran für begrenzt.",
            "SANCTION",
        ),
        ("de", "Die Armee bereitet sich auf einen möglichen Angriff Russlands vor.", "THREATEN"),
        (
            "en",
            "The expert considers the effect of possible new sanctions against Iran limited.",
            "SANCTION",
        ),
        ("de", "Der Minister bekräftigte seine Haltung, die Regierung müsse handeln.", "SUPPORT"),
        ("de", "Die Regierung von Maduro hat im Land nicht viel Unterstützung.", "SUPPORT"),
        ("de", "Der Plan der Regierung genießt breite Unterstützung im Parlament.", "SUPPORT"),
        ("en", "The Venezuelan government does not have much support in the country.", "SUPPORT"),
        ("en", "The plan enjoys broad support in the Senate.", "SUPPORT"),
        (
            "de",
            "Studierende aus China unterschreiben Verträge, die sie zu Gehorsam gegenüber der "
            "Kommunistischen Partei Chinas verpflichten.",
            "AGREE",
        ),
        (
            "en",
            "The strong rebound in employment will provide some relief to the Bank of Canada.",
            "AID",
        ),
        (
            "de",
            "Die Griechen griffen im Viertelfinale immer wieder an, doch der Kader der Serben "
            "hielt dem Angriff stand.",
            "ASSAULT",
        ),
        (
            "en",
            "The Brazilians have the weakest attack of all teams in the tournament, despite five "
            "players on the roster who hit 40 percent of their three-pointers.",
            "ASSAULT",
        ),
        ("de", "Die Ministerpräsidentin verließ sich allein auf ihre Minister.", "RETREAT"),
        ("de", "Die Regierung verlässt sich auf die Hilfe der USA.", "AID"),
        (
            "de",
            "Die Bewohner des Pflegeheims in Tirol waren am Montag der Hitze und dem Rauch "
            "ausgesetzt, teilte die österreichische Regierung mit.",
            "SANCTION",
        ),
        (
            "de",
            "Die Geiseln der Hamas wurden nach Angaben Israels keiner Gewalt ausgesetzt.",
            "SANCTION",
        ),
        (
            "en",
            "The British office was designed to provide independent analysis to the government.",
            "AID",
        ),
        (
            "en",
            "War and political unrest can force staff members and students in Ukraine to "
            "uproot their lives.",
            "COERCE",
        ),
        (
            "en",
            "In the darkness, women can be harassed, attacked by robbers or raped, the Kenyan "
            "police said.",
            "ASSAULT",
        ),
        (
            "en",
            "Under the new law, protesters can be arrested for blocking roads in Britain.",
            "COERCE",
        ),
        (
            "de",
            "Nach dem neuen Gesetz können Demonstranten in Georgien für Straßenblockaden "
            "festgenommen werden.",
            "COERCE",
        ),
    ],
)
def test_no_act(events_of, lang: str, text: str, type_: str) -> None:
    assert type_ not in types_of(events_of(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "type_"),
    [
        (
            "de",
            "Die Regierung, die im Mai Waffen an die Ukraine lieferte, stürzte im Juni.",
            "AID",
        ),
        ("de", "Die Wähler lehnten am Sonntag den Plan der Regierung ab.", "REJECT"),
        ("de", "Die Regierung unterstützt die Ukraine.", "SUPPORT"),
        ("en", "Voters rejected the government's plan on Sunday.", "REJECT"),
        ("de", "Im Gespräch mit Macron betonte der Kanzler die Einheit Europas.", "CONSULT"),
        (
            "de",
            "In einem Telefonat sprachen Scholz und Macron über die Lage in der Ukraine.",
            "CONSULT",
        ),
        (
            "de",
            "Der Kanzler führte am Montag ein Gespräch mit dem französischen Präsidenten.",
            "CONSULT",
        ),
        ("en", "The police accused the protesters of violence.", "ACCUSE"),
        ("en", "The government, which supports Ukraine, sent troops to Poland.", "SUPPORT"),
        ("en", "Biden flew to Kyiv on Monday.", "CONSULT"),
        ("en", "The British foreign secretary will travel to Washington next week.", "CONSULT"),
        ("de", "Scholz reiste am Montag nach Paris.", "CONSULT"),
        ("de", "Der Kanzler reist in die Ukraine.", "CONSULT"),
        ("de", "Die EU verhängte am Montag neue Sanktionen gegen den Iran.", "SANCTION"),
        ("en", "The new sanctions against Iran took effect on Monday.", "SANCTION"),
        ("de", "Der Kanzler bekräftigte seine Unterstützung für die Ukraine.", "SUPPORT"),
        ("de", "Frankreich bekundete seine Unterstützung für die Ukraine.", "SUPPORT"),
        ("en", "France expressed its support for Ukraine.", "SUPPORT"),
        ("de", "Die Polizei nahm nach dem Spiel im Stadion zwanzig Fans fest.", "COERCE"),
        ("de", "Die russischen Truppen verließen am Montag die Stadt Cherson.", "RETREAT"),
        ("de", "Die EU hat die Hilfe für Niger ausgesetzt.", "SANCTION"),
        ("de", "Die Gespräche mit dem Iran wurden ausgesetzt.", "SANCTION"),
        ("de", "Die Hilfe der EU für Niger ist seit Juli ausgesetzt.", "SANCTION"),
        ("en", "The United States provided Ukraine with air defence systems.", "AID"),
        ("en", "Iran can attack Israel at any time, the general said.", "THREATEN"),
        ("en", "The protesters can be arrested under the new British law.", "COERCE"),
        ("de", "Russland kann die Ukraine jederzeit angreifen.", "ASSAULT"),
        (
            "de",
            "Die Demonstranten konnten am Montag von der georgischen Polizei festgenommen werden.",
            "COERCE",
        ),
        (
            "de",
            "Polen und Litauen haben sich im Vertrag verpflichtet, die Grenze zu öffnen.",
            "AGREE",
        ),
    ],
)
def test_still_an_act(events_of, lang: str, text: str, type_: str) -> None:
    assert type_ in types_of(events_of(text, lang))
