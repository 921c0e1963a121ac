"""Quotes: direct speech, split quotes, scare quotes, indirect speech and speakers."""

from __future__ import annotations

from typing import Any

import pytest

from chronist.document import Document, Paragraph
from chronist.quotes import QuotesStage, build_stage

nlp = pytest.importorskip("chronist.nlp")


@pytest.fixture(scope="session")
def pipelines() -> dict[str, tuple[Any, QuotesStage]]:
    return {lang: (nlp.build_stage(lang), build_stage(lang)) for lang in ("de", "en")}


def _quotes(pipelines, lang: str, text: str) -> list[tuple[str, str, str | None]]:
    analyse, quotes = pipelines[lang]
    paragraphs = []
    offset = 0
    for block in text.split("\n\n"):
        paragraphs.append(Paragraph(offset, offset + len(block)))
        offset += len(block) + 2
    doc = quotes(analyse(Document(text=text, language=lang, paragraphs=paragraphs)))
    return [(q.kind, q.text, (q.speaker or {}).get("name")) for q in doc.quotes]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "„Wir geben nicht nach“, sagte Merz am Montag.",
         [("direct", "Wir geben nicht nach", "Merz")]),
        ("de", "Merz sagte: „Das ist ein schwerer Fehler.“",
         [("direct", "Das ist ein schwerer Fehler.", "Merz")]),
        ("de", "»Wir bleiben hart«, erklärte Anna Müller.",
         [("direct", "Wir bleiben hart", "Anna Müller")]),
        ("en", "“We will not back down,” said Keir Starmer.",
         [("direct", "We will not back down", "Keir Starmer")]),
        ("en", "\"This is a disaster,\" Smith told reporters on Monday.",
         [("direct", "This is a disaster", "Smith")]),
    ],
)
def test_finder_direct_speaker(pipelines, lang, text, expected) -> None:
    assert _quotes(pipelines, lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die sogenannte „Zeitenwende“ kostet Geld."),
        ("de", "Das „Sondervermögen“ ist groß."),
        ("de", "Die „Bild“-Zeitung berichtete darüber."),
        ("en", "The so-called \"Iron Dome\" works."),
        ("en", "The ship \"Ever Given\" sailed on."),
    ],
)
def test_finder_scare_quotes_are_not_speech(pipelines, lang, text) -> None:
    assert _quotes(pipelines, lang, text) == []


def test_finder_split_quote_is_merged(pipelines) -> None:
    text = "„Wir stehen an der Seite der Ukraine“, sagte Merz, „und das bleibt so.“"
    (found,) = _quotes(pipelines, "de", text)
    assert found[0] == "direct" and found[2] == "Merz"
    assert found[1].startswith("Wir stehen") and found[1].endswith("bleibt so.")


def test_finder_paragraph_spanning_quote(pipelines) -> None:
    text = "Merz sagte: „Das ist der erste Absatz.\n\n„Und das ist der zweite Absatz.“"
    (found,) = _quotes(pipelines, "de", text)
    assert found[1].endswith("zweite Absatz.") and found[2] == "Merz"


@pytest.mark.parametrize(
    ("lang", "text", "clause", "speaker"),
    [
        ("de", "Merz betonte, die Lage sei ernst.", "die Lage sei ernst", "Merz"),
        ("de", "Merz sagte, dass die Regierung handeln werde.", "die Regierung handeln werde",
         "Merz"),
        ("de", "Die Lage sei unübersichtlich, so ein Sprecher.", "Die Lage sei unübersichtlich",
         "ein Sprecher"),
        ("de", "Laut Polizei wurden drei Menschen verletzt.", "wurden drei Menschen verletzt",
         "Polizei"),
        ("en", "The president said on Tuesday that the army would withdraw.",
         "the army would withdraw", "president"),
        ("en", "According to the ministry, 30 people died in the attack.",
         "30 people died in the attack", "ministry"),
    ],
)
def test_finder_indirect(pipelines, lang, text, clause, speaker) -> None:
    assert _quotes(pipelines, lang, text) == [("indirect", clause, speaker)]


def test_finder_pronoun_speaker_resolved(pipelines) -> None:
    text = "Bundeskanzler Friedrich Merz war in Paris. „Wir bleiben standhaft“, sagte er."
    assert _quotes(pipelines, "de", text)[0][2] == "Friedrich Merz"


def test_finder_konjunktiv_continues_report(pipelines) -> None:
    text = "Merz sagte, die Lage sei ernst. Man werde schnell handeln."
    found = _quotes(pipelines, "de", text)
    assert [f[0] for f in found] == ["indirect", "indirect"]
    assert found[1][2] == "Merz"


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # a definite role noun refers back to the person introduced with that role
        ("de", "AfD-Spitzenkandidat Björn Höcke sprach in Erfurt. Mario Voigt hörte zu. "
         "„Das ist absurd“, schimpfte der AfD-Chef.", "Björn Höcke"),
        # the name set off after a description is the speaker
        ("de", "Dazu erklärte die Landesvorsitzende der Partei, Anna Schmidt, am Abend: "
         "„Wir bleiben dabei.“", "Anna Schmidt"),
        # prepositional phrases between the speaker and the verb
        ("en", "Lauren Nel from Natural Justice in Cape Town says: \"We demand answers.\"",
         "Lauren Nel"),
        # a colon without a speech verb still introduces the speaker's words
        ("de", "Ähnlich sieht es Anna Berger vom Verband: „Die Lage bleibt schwierig.“",
         "Anna Berger"),
    ],
)
def test_finder_speaker_patterns(pipelines, lang, text, speaker) -> None:
    assert [f[2] for f in _quotes(pipelines, lang, text) if f[0] == "direct"] == [speaker]


def test_finder_pronoun_skips_prepositional_object(pipelines) -> None:
    text = ("Prime Minister Keir Starmer spoke on Monday. Asked whether he would accept gifts "
            "from Lord Alli, he said: \"I will comply with the rules.\"")
    assert _quotes(pipelines, "en", text)[-1][2] == "Keir Starmer"


@pytest.mark.parametrize(
    ("lang", "text", "clause", "speaker"),
    [
        ("en", "The talks had failed again, the ministry said.", "The talks had failed again",
         "ministry"),
        ("en", "Paul Smith, an adviser to the senator, said even a small rise would help.",
         "even a small rise would help", "Paul Smith"),
        ("de", "Wie die Behörde mitteilte, werden die Zahlen später veröffentlicht.",
         "werden die Zahlen später veröffentlicht", "Behörde"),
        # a time modifier of the speech verb is not part of the report
        ("en", "The governor said late Friday he would veto the budget.",
         "he would veto the budget", "governor"),
    ],
)
def test_finder_reported_clause_patterns(pipelines, lang, text, clause, speaker) -> None:
    assert _quotes(pipelines, lang, text) == [("indirect", clause, speaker)]


def test_finder_tail_does_not_cross_paragraphs(pipelines) -> None:
    text = "„Wir sind bereit.“\n\nKritiker sagten, das sei zu spät."
    found = _quotes(pipelines, "de", text)
    assert found[0] == ("direct", "Wir sind bereit.", None)


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # a particle between the speaker and the verb
        ("de", "Anna Berger aber sagt: „Das reicht nicht aus.“", "Anna Berger"),
        # the agent of a passive sentence is the antecedent of "er"
        ("de", "Die Rolle des Kochs wird von Paul Meier gespielt. „Wir hatten nie Bananen“, "
         "erklärt er.", "Paul Meier"),
        # a role noun refers to the person introduced with it, even after coordination
        ("de", "„Das geht“, erklärt Endokrinologe und Ernährungsmediziner Paul Meier. "
         "Dann kam Jens Berg. „Die Kassen zahlen nicht“, so der Endokrinologe.", "Paul Meier"),
    ],
)
def test_finder_last_speaker(pipelines, lang, text, speaker) -> None:
    assert _quotes(pipelines, lang, text)[-1][2] == speaker


def test_finder_headline_quote_with_source_after_colon(pipelines) -> None:
    text = "Jobs rose in May.\n\n‘Difficult to have much confidence’: Desjardins\n\nMore text."
    assert _quotes(pipelines, "en", text) == [
        ("direct", "Difficult to have much confidence", "Desjardins")]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("de", "„Die Lage ist ernst“, sagte Anna Müller.\n\nAuf sie antwortet der Historiker "
               "Peter Schulze ausführlich. Der Streit dauert schon viele Jahre. „Wir haben das "
               "alles schon einmal erlebt.“",
         "Peter Schulze"),
        ("de", "„Die Lage ist ernst“, sagte Anna Müller.\n\nAnna Müller blickt dennoch nach "
               "vorn. Der Streit dauert schon viele Jahre. „Wir schaffen das.“",
         "Anna Müller"),
    ],
)
def test_finder_unattributed_quote_follows_new_subject(pipelines, lang, text, speaker) -> None:
    assert _quotes(pipelines, lang, text)[-1][2] == speaker


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "Analysts at Goldman Sachs expect lower prices next year. \"Supply will rise "
               "faster than demand,\" the bank said in a note.", "Goldman Sachs"),
        ("de", "Die Deutsche Bank senkt ihre Prognose. „Das Wachstum bleibt schwach“, teilte "
               "die Bank am Montag mit.", "Deutsche Bank"),
    ],
)
def test_finder_organisation_noun_refers_back(pipelines, lang, text, speaker) -> None:
    assert _quotes(pipelines, lang, text)[-1][2] == speaker


def test_finder_pronoun_skips_part_of_a_compound(pipelines) -> None:
    text = ("Thabo Mokoena has practised law for years. He studied Roman-Dutch law in Cape "
            "Town. However, he warns that the courts are overloaded.")
    assert _quotes(pipelines, "en", text)[-1][2] == "Thabo Mokoena"


def test_finder_so_cue_after_quote_attributes_the_quote_only(pipelines) -> None:
    text = ("Doch neben den Kosten gibt es weitere Probleme: „Die Kassen werden das Mittel "
            "vorerst nicht erstatten“, so die Ärztin.")
    assert [kind for kind, _, _ in _quotes(pipelines, "de", text)] == ["direct"]


def test_finder_reflexive_verb_after_quote_attributes_it(pipelines) -> None:
    text = ("„Das war ein schwerer Fehler“, sagte Peter Schulze.\n\n„Wir gewinnen das nächste "
            "Spiel“, zeigt sich Anna Berg zuversichtlich.")
    assert _quotes(pipelines, "de", text)[-1][2] == "Anna Berg"


@pytest.mark.parametrize(
    ("lang", "text", "clause", "speaker"),
    [
        ("de", "Am Sonntag brannte eine Lagerhalle, nach Angaben der Feuerwehr wurde niemand "
         "verletzt.", "wurde niemand verletzt", "Feuerwehr"),
        ("de", "Zwei Soldaten starben, laut Armee wurden drei weitere verwundet.",
         "wurden drei weitere verwundet", "Armee"),
    ],
)
def test_finder_source_cue_opening_the_next_main_clause(pipelines, lang, text, clause,
                                                         speaker) -> None:
    assert _quotes(pipelines, lang, text) == [("indirect", clause, speaker)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Konjunktiv II, or a form that is also indicative, right after "erklärte,"
        ("Die Organisation erklärte, in dem Land drohten Rückkehrern Haft und Folter.",
         [("indirect", "in dem Land drohten Rückkehrern Haft und Folter", "Organisation")]),
        # an indirect question is no report
        ("Die Betroffenen erzählten, was ihnen wirklich geholfen hatte.", []),
    ],
)
def test_finder_clause_right_after_a_speech_verb_in_any_mood(pipelines, text,
                                                             expected) -> None:
    assert _quotes(pipelines, "de", text) == expected


def test_finder_verb_after_comma_with_its_own_subject_is_no_inversion(pipelines) -> None:
    text = ("Die Ministerin, die seit Wochen von der Opposition kritisiert wird, rief die "
            "Bürger zur Besonnenheit auf.")
    assert _quotes(pipelines, "de", text) == []


def test_finder_named_organisation_speaker_takes_the_actor_entity(pipelines) -> None:
    from chronist.actors import build_stage as build_actors

    analyse, quotes = pipelines["en"]
    text = "The State Department said the talks would resume in Geneva."
    doc = Document(text=text, language="en", paragraphs=[Paragraph(0, len(text))])
    doc = quotes(build_actors("en")(analyse(doc)))
    assert [q.speaker["entity"] is not None for q in doc.quotes] == [True]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("de", "Nach Angaben der Organisation Amnesty International wurden 30 Menschen "
               "festgenommen.", "Amnesty International"),
        ("en", "According to the group Human Rights Watch, 30 people were detained.",
         "Human Rights Watch"),
    ],
)
def test_finder_organisation_noun_before_a_name_is_that_organisation(pipelines, lang,
                                                                     text, name) -> None:
    from chronist.actors import build_stage as build_actors

    analyse, quotes = pipelines[lang]
    doc = Document(text=text, language=lang, paragraphs=[Paragraph(0, len(text))])
    doc = quotes(build_actors(lang)(analyse(doc)))
    assert [q.speaker["name"] for q in doc.quotes] == [name]
    assert all(q.speaker["entity"] for q in doc.quotes)


def test_finder_surname_speaker_keeps_a_hyphenated_given_name(pipelines) -> None:
    from chronist.actors import build_stage as build_actors

    analyse, quotes = pipelines["en"]
    text = ("President Lee Jae-myung took office in June. Lee chaired a meeting on Monday. "
            "\"We are ready,\" he told reporters.")
    doc = Document(text=text, language="en", paragraphs=[Paragraph(0, len(text))])
    doc = quotes(build_actors("en")(analyse(doc)))
    assert [q.speaker.get("text", q.speaker["name"]) for q in doc.quotes] == ["Lee Jae-myung"]


def test_finder_organisation_speaker_text_is_the_whole_name(pipelines) -> None:
    from chronist.actors import build_stage as build_actors

    analyse, quotes = pipelines["en"]
    text = "The Joint Chiefs of Staff said the missile flew 600 km."
    doc = Document(text=text, language="en", paragraphs=[Paragraph(0, len(text))])
    doc = quotes(build_actors("en")(analyse(doc)))
    assert [q.speaker.get("text", q.speaker["name"]) for q in doc.quotes] == [
        "Joint Chiefs of Staff"]
