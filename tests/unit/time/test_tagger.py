"""The temporal tagger: every construction of issue 8, German and English."""

from __future__ import annotations

from datetime import date
from time import perf_counter

import pytest

from chronist.time import TimeTagger, load_lexicon
from chronist.time.values import CalendarValue

# Thursday, 12 March 2026
PUBLISHED = CalendarValue(date(2026, 3, 12), "D")


@pytest.fixture(scope="session")
def taggers() -> dict[str, TimeTagger]:
    return {lang: TimeTagger(load_lexicon(lang)) for lang in ("de", "en")}


def _values(tagger: TimeTagger, text: str) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in tagger.tag(text, PUBLISHED)}


CASES = [
    # absolute dates in the common spellings
    ("de", "Der Vertrag wurde am 14. Mai 2021 unterzeichnet.", "am 14. Mai 2021", "2021-05-14"),
    ("de", "Der Vertrag wurde am 14.05.2021 unterzeichnet.", "am 14.05.2021", "2021-05-14"),
    ("de", "Das Treffen fand am 3.2.21 statt.", "am 3.2.21", "2021-02-03"),
    ("de", "Die Frist endete 2021-05-14 um Mitternacht.", "2021-05-14", "2021-05-14"),
    ("de", "Am Freitag, 7. März 2025, trafen sie sich.", "Am Freitag, 7. März 2025", "2025-03-07"),
    ("de", "Im Jänner 2020 begann die Pandemie.", "Im Jänner 2020", "2020-01"),
    # the day written as a word
    ("de", "Er war am siebten Oktober entführt worden.", "am siebten Oktober", "2025-10-07"),
    ("de", "Die Frist läuft bis zum ersten Mai 2027.", "bis zum ersten Mai 2027", "2027-05-01"),
    # a number after the month that is no year counts something
    ("de", "Im Februar 40 Gefangene freigelassen.", "Im Februar", "2026-02"),
    ("en", "The treaty was signed on May 14, 2021 in Rome.", "May 14, 2021", "2021-05-14"),
    ("en", "The treaty was signed on 14 May 2021 in Rome.", "14 May 2021", "2021-05-14"),
    ("en", "The treaty was signed on 2021-05-14 in Rome.", "2021-05-14", "2021-05-14"),
    ("en", "The vote was held on Sept. 30, 1997.", "Sept. 30, 1997", "1997-09-30"),
    ("en", "In October 2023 Hamas attacked Israel.", "October 2023", "2023-10"),
    # month, season, part of month or year
    ("de", "Anfang 2025 begannen die Gespräche.", "Anfang 2025", "2025"),
    ("de", "Mitte Oktober 2024 wurde gewählt.", "Mitte Oktober 2024", "2024-10"),
    ("de", "Ende Dezember kam es zu Protesten.", "Ende Dezember", "2025-12"),
    ("de", "Im Frühjahr 2024 kam es zu Protesten.", "Im Frühjahr 2024", "2024-SP"),
    ("de", "Im Herbst kam es zu Protesten.", "Im Herbst", "2025-FA"),
    ("de", "Im ersten Quartal 2025 sank der Absatz.", "Im ersten Quartal 2025", "2025-Q1"),
    ("de", "In den 1990er Jahren war das anders.", "In den 1990er Jahren", "199"),
    ("en", "Talks began early 2025.", "early 2025", "2025"),
    ("en", "Elections were held in mid-October.", "mid-October", "2025-10"),
    ("en", "Protests broke out in late December.", "late December", "2025-12"),
    ("en", "Sales fell in the first quarter of 2025.", "the first quarter of 2025", "2025-Q1"),
    ("en", "Things were different in the 1990s.", "the 1990s", "199"),
    # weekdays relative to the publication date (a Thursday)
    ("de", "Am Mittwoch sagte der Minister ab.", "Am Mittwoch", "2026-03-11"),
    ("de", "Am Donnerstag sagte der Minister ab.", "Am Donnerstag", "2026-03-12"),
    ("de", "Am Freitag hatte der Minister abgesagt.", "Am Freitag", "2026-03-06"),
    ("de", "Am Freitag trifft der Minister ein.", "Am Freitag", "2026-03-13"),
    ("de", "Am Freitag wird der Minister reisen.", "Am Freitag", "2026-03-13"),
    ("de", "Am kommenden Montag beginnt der Prozess.", "Am kommenden Montag", "2026-03-16"),
    ("de", "Vergangenen Donnerstag begann der Prozess.", "Vergangenen Donnerstag", "2026-03-05"),
    ("en", "On Tuesday the minister resigned.", "Tuesday", "2026-03-10"),
    ("en", "The minister will travel on Friday.", "Friday", "2026-03-13"),
    ("en", "He spoke last Friday.", "last Friday", "2026-03-06"),
    # "last Wednesday" on a Thursday is last week's: yesterday is "Wednesday"
    ("en", "He spoke last Wednesday.", "last Wednesday", "2026-03-04"),
    ("en", "He spoke last Tuesday.", "last Tuesday", "2026-03-10"),
    ("en", "He spoke this past Wednesday.", "this past Wednesday", "2026-03-11"),
    # deictic
    ("de", "Gestern demonstrierten Tausende.", "Gestern", "2026-03-11"),
    ("de", "Heute tagt der Rat.", "Heute", "2026-03-12"),
    ("de", "Der Rat tagt in dieser Woche.", "in dieser Woche", "2026-W11"),
    ("de", "Im vergangenen Jahr stieg die Zahl.", "Im vergangenen Jahr", "2025"),
    ("de", "Letzten Monat stieg die Zahl.", "Letzten Monat", "2026-02"),
    ("de", "Ende vergangenen Jahres stieg die Zahl.", "Ende vergangenen Jahres", "2025"),
    ("de", "Vor drei Tagen stieg die Zahl.", "Vor drei Tagen", "2026-03-09"),
    ("en", "Yesterday thousands protested.", "Yesterday", "2026-03-11"),
    ("en", "Prices rose last week.", "last week", "2026-W10"),
    ("en", "Prices rose this year.", "this year", "2026"),
    ("en", "Prices rose two years ago.", "two years ago", "2024"),
    ("en", "Prices rose earlier this month.", "this month", "2026-03"),
    ("en", "Prices rose late last year.", "late last year", "2025"),
    # month of a relative year
    ("de", "Im April des vergangenen Jahres wurden Diplomaten ausgewiesen.",
     "Im April des vergangenen Jahres", "2025-04"),
    ("de", "Im April vergangenen Jahres wurden Diplomaten ausgewiesen.",
     "Im April vergangenen Jahres", "2025-04"),
    ("en", "Diplomats were expelled in April last year.", "April last year", "2025-04"),
    # durations
    ("de", "Der Krieg dauert seit zweieinhalb Jahren.", "seit zweieinhalb Jahren", "P2.5Y"),
    ("de", "Die Verhandlungen dauerten zweieinhalb Jahre.", "zweieinhalb Jahre", "P2.5Y"),
    ("de", "Seit Wochen streiken die Piloten.", "Seit Wochen", "PXW"),
    ("de", "Die Waffenruhe gilt für 72 Stunden.", "für 72 Stunden", "PT72H"),
    ("en", "The talks lasted two and a half years.", "two and a half years", "P2.5Y"),
    ("en", "Prices rose over the past three months.", "the past three months", "P3M"),
    ("en", "Pilots have been on strike for weeks.", "weeks", "PXW"),
    # sets
    ("de", "Jeden Montag demonstrieren sie.", "Jeden Montag", "XXXX-WXX-1"),
    ("de", "Die Zahlen werden wöchentlich veröffentlicht.", "wöchentlich", "P1W"),
    ("en", "They protest every Monday.", "every Monday", "XXXX-WXX-1"),
    ("en", "The figures are published weekly.", "weekly", "P1W"),
    # clock times
    ("de", "Heute um 14 Uhr beginnt die Sitzung.", "um 14 Uhr", "2026-03-12T14:00"),
    ("de", "Um 9.30 Uhr begann die Sitzung.", "Um 9.30 Uhr", "2026-03-12T09:30"),
    ("en", "The session began at 2 p.m. today.", "2 p.m.", "2026-03-12T14:00"),
    # years
    ("de", "2021 stieg die Zahl der Anschläge.", "2021", "2021"),
    ("de", "Seit 1999 regiert die Partei.", "Seit 1999", "1999"),
    ("de", "Im Jahr 2019 begann der Streit.", "Im Jahr 2019", "2019"),
    ("en", "In 2021 the number of attacks rose.", "2021", "2021"),
    ("en", "The party has ruled since 1999.", "1999", "1999"),
]


@pytest.mark.parametrize(("lang", "sentence", "expression", "value"), CASES)
def test_tagger_construction(taggers, lang, sentence, expression, value):
    found = _values(taggers[lang], sentence)
    assert expression in found, found
    assert found[expression][1] == value


NOT_DATES = [
    ("de", "Die Telefonnummer lautet 2882015."),
    ("de", "Die Polizei ermittelte 1.259 Täter."),
    ("de", "Bayern gewann 3:1 gegen Dortmund."),
    ("de", "Das Buch kostet 19,99 Euro."),
    ("de", "Mehr als 2000 Menschen demonstrierten."),
    ("de", "Das Gesetz hat 1990 Paragrafen."),
    ("de", "Er erhielt 2021 Stimmen."),
    ("en", "Call 2882015 for details."),
    ("en", "Police identified 1,259 suspects."),
    ("en", "Arsenal won 3-1 at home."),
    ("en", "The book costs $19.99 and 2000 people bought it."),
    ("en", "Theresa May said the deal was done."),
    ("en", "He received 1999 votes."),
]


@pytest.mark.parametrize(("lang", "sentence"), NOT_DATES)
def test_tagger_numbers_are_not_dates(taggers, lang, sentence):
    dates = [t for t in taggers[lang].tag(sentence, PUBLISHED) if t.type in ("DATE", "TIME")]
    assert dates == []


NARRATIVE = [
    # bare months take their year from the narrative; anaphora move from it
    ("de", "Im Oktober 2023 griff die Hamas an. Im August wurden Männer verhaftet.",
     "Im August", "2023-08"),
    ("de", "Im Oktober 2023 griff die Hamas an. Im Dezember wurden Männer verhaftet.",
     "Im Dezember", "2023-12"),
    ("de", "Am 3. Februar 2026 begann der Streik. Im Mai hatte es schon Proteste gegeben.",
     "Im Mai", "2025-05"),
    ("de", "Am 4. August 2023 kam die Flut. Im September wurde Griechenland überschwemmt.",
     "Im September", "2023-09"),
    ("de", "Die Wahl fand am 5. Mai 2024 statt. Am folgenden Tag trat er zurück.",
     "Am folgenden Tag", "2024-05-06"),
    ("de", "Die Wahl fand am 5. Mai 2024 statt. Drei Tage nach der Wahl trat er zurück.",
     "Drei Tage nach der Wahl", "2024-05-08"),
    ("de", "Die Wahl fand am 5. Mai 2024 statt. Vier Monate zuvor war er gewählt worden.",
     "Vier Monate zuvor", "2024-01"),
    ("de", "Die Wahl fand im März 2019 statt. Damals regierte die SPD.", "Damals", "2019-03"),
    ("de", "Die Wahl fand am 5. Mai 2024 statt. Tags darauf trat er zurück.",
     "Tags darauf", "2024-05-06"),
    ("en", "The vote took place on May 5, 2024. The next day he resigned.",
     "The next day", "2024-05-06"),
    ("en", "The vote took place on May 5, 2024. Three days later he resigned.",
     "Three days later", "2024-05-08"),
    ("en", "The vote took place in March 2019. Four months earlier he had won.",
     "Four months earlier", "2018-11"),
    # a bare "before"/"after" closing the phrase counts back or on like "earlier"/"later"
    ("en", "The vote took place on May 5, 2024. The day before, he had resigned.",
     "The day before", "2024-05-04"),
    ("en", "The vote took place on May 5, 2024. The day after, he resigned.",
     "The day after", "2024-05-06"),
    ("en", "The vote took place on May 5, 2024. Two weeks before, the party had split.",
     "Two weeks before", "2024-W16"),
    ("en", "The party split in March 2014. A year before, it had won.", "A year before",
     "2013"),
    ("en", "The vote took place in March 2019. At the time the party ruled.",
     "At the time", "2019-03"),
    ("en", "Hamas attacked in October 2023. In August, men were arrested.", "August", "2023-08"),
    # a story told in the past goes on: of two months as far away, the later one
    ("en", "The clinic was attacked last June. In December police were given a rifle.",
     "December", "2025-12"),
    # "nach der Wahl": dated by the sentence that named the election with a date
    ("de", "Die Wahl fand am 5. Mai 2024 statt. Im Juni 2024 gab es Streit. "
     "Zehn Tage nach der Wahl trat er zurück.", "Zehn Tage nach der Wahl", "2024-05-15"),
    # "damals" in a sentence that writes the date out
    ("de", "Im März 2019 begann es. Wie die Zeitung damals berichtete, wurde der Antrag "
     "im Dezember 2018 abgelehnt.", "damals", "2018-12"),
    ("de", "Der Hafen war seit Mai im Betrieb und musste repariert werden.", "seit Mai",
     "2025-05"),
    # future context: the next such month
    ("de", "Der Vertrag wird im Mai unterschrieben.", "im Mai", "2026-05"),
    ("en", "The treaty will be signed in May.", "May", "2026-05"),
]


@pytest.mark.parametrize(("lang", "text", "expression", "value"), NARRATIVE)
def test_tagger_narrative_resolution(taggers, lang, text, expression, value):
    found = _values(taggers[lang], text)
    assert found[expression][1] == value, found


def test_tagger_without_publication_date_leaves_deictic_unresolved(taggers):
    times = taggers["de"].tag("Gestern stieg die Zahl, im Mai 2021 fiel sie.", None)
    assert [(t.text, t.value) for t in times] == [("Gestern", None), ("im Mai 2021", "2021-05")]


@pytest.mark.parametrize(("tense", "value"), [("Past", "2026-03-06"), ("Fut", "2026-03-13")])
def test_tagger_weekday_follows_parser_tense(taggers, tense, value):
    text = "Am Freitag sagte der Minister ab."
    verb = text.index("sagte")
    times = taggers["de"].tag(text, PUBLISHED, tenses=[(verb, tense)])
    assert times[0].value == value


MORE = [
    # coordinated days and month lists take what the list shares
    ("de", "Die Flut kam am 14. und 15. Juli 2021.", "am 14.", "2021-07-14"),
    ("de", "Im Mai, August und September 2023 gab es Fluten.", "August", "2023-08"),
    ("de", "Xynthia zog im Februar/März 2010 über Europa.", "im Februar", "2010-02"),
    ("en", "It happened on May 14 and 15, 2021.", "15, 2021", "2021-05-15"),
    # the first of two months takes the year written after the second
    ("en", "Floods hit the coast in June and July 2019.", "June", "2019-06"),
    ("en", "The strikes lasted from October to December 2018.", "October", "2018-10"),
    ("en", "Rents fell in early May or June 2020.", "early May", "2020-05"),
    # feasts, Easter-based ones included
    ("de", "Zu Ostern 2024 kamen Tausende.", "Zu Ostern 2024", "2024-03-31"),
    ("de", "Pfingsten 2025 fiel der Strom aus.", "Pfingsten 2025", "2025-06-08"),
    ("en", "Stores closed on Christmas Day 2020.", "Christmas Day 2020", "2020-12-25"),
    # weekends, vague references, years before the Common Era
    ("de", "Am Wochenende hatte es Proteste gegeben.", "Am Wochenende", "2026-W10-WE"),
    ("de", "Dieser Tage kursiert ein Video.", "Dieser Tage", "PRESENT_REF"),
    ("de", "Das ändert sich in naher Zukunft.", "in naher Zukunft", "FUTURE_REF"),
    ("de", "Die Stadt entstand um 900 v. Chr.", "um 900 v. Chr.", "BC0900"),
    # durations as adjectives, sets with a count, clock times in words
    ("de", "Nach einer dreimonatigen Wartezeit gilt die Änderung.", "dreimonatigen", "P3M"),
    ("de", "Die Kolumne erscheint alle zwei Wochen.", "alle zwei Wochen", "P2W"),
    ("de", "Die Schicht beginnt gegen fünf Uhr.", "gegen fünf Uhr", "2026-03-12T05:00"),
    ("de", "Er braucht eine halbe Stunde.", "eine halbe Stunde", "PT30M"),
    # centuries, parts of them
    ("de", "Der Name stammt aus der Mitte des 16. Jahrhunderts.",
     "Mitte des 16. Jahrhunderts", "15"),
    ("en", "Ideas of the early 20th century returned.", "the early 20th century", "19"),
    # "a year earlier" in a story about a quarter is the same quarter
    ("en", "Profit rose in the third quarter of 2025. A year earlier it had fallen.",
     "A year earlier", "2024-Q3"),
    ("en", "The session ended at 10 p.m. Wednesday.", "10 p.m. Wednesday", "2026-03-11T22:00"),
    # a clock time before a date is that date's ("until 5 p.m. EST March 20"), one expression
    ("en", "The offer was extended until 5 p.m. EST March 20.", "5 p.m. EST March 20",
     "2026-03-20T17:00"),
    ("en", "Polls close at 8 p.m., on March 3, 2024.", "8 p.m., on March 3, 2024",
     "2024-03-03T20:00"),
]


@pytest.mark.parametrize(("lang", "sentence", "expression", "value"), MORE)
def test_tagger_more_constructions(taggers, lang, sentence, expression, value):
    found = _values(taggers[lang], sentence)
    assert expression in found, found
    assert found[expression][1] == value


@pytest.mark.parametrize(
    ("lang", "sentence", "expression", "value"),
    [
        # published Thursday 12 March: Saturday 14 is nearer than Saturday 7
        ("de", "Die Gewerkschaft rief für Samstag zu Protesten auf.", "Samstag", "2026-03-14"),
        ("en", "The unions called a general strike for Saturday.", "Saturday", "2026-03-14"),
        # Tuesday 10 is nearer than Tuesday 17
        ("en", "A vote set for Tuesday was postponed.", "Tuesday", "2026-03-10"),
        # a present tense announces: the nearer Friday (13, not 6)
        ("en", "The minister is due to speak to her counterpart on Friday.", "Friday",
         "2026-03-13"),
        # a possessive names what happened that day
        ("en", "He was blamed for Saturday's attack.", "Saturday", "2026-03-07"),
    ],
)
def test_tagger_weekday_a_thing_is_set_for_is_the_nearest(taggers, lang, sentence,
                                                          expression, value):
    tenses = [(sentence.index(verb), "Past") for verb in ("rief", "called", "was")
              if verb in sentence]
    found = {t.text: t.value for t in taggers[lang].tag(sentence, PUBLISHED, tenses=tenses)}
    assert found.get(expression) == value, found


def test_tagger_bare_weekday_after_a_name_is_no_date(taggers):
    assert _values(taggers["de"], "Ein Bericht von Alisa Sonntag und Engin Haupt.") == {}


def test_tagger_span_edges_do_not_move_the_narrative(taggers):
    text = "Der Vertrag gilt bis 2036. Ende April gab es Angriffe."
    assert _values(taggers["de"], text)["Ende April"][1] == "2026-04"


def test_tagger_is_linear_on_text_without_sentences(taggers):
    """A long run of dates with no sentence breaks stays fast (clauses are capped)."""
    text = " und ".join(["am 14. Mai 2021 sagte er gestern"] * 2000)
    began = perf_counter()
    times = taggers["de"].tag(text, PUBLISHED)
    assert len(times) == 4000
    assert perf_counter() - began < 20


# Earnings reports (published 12 March 2026, in the first quarter)
REPORTS = [
    # the latest quarter is the last one ended before publication
    ("The firm earned $3 million in the latest quarter.", "the latest quarter", "2025-Q4"),
    ("Sales in the most recent period rose 4%.", "the most recent period", "2025-Q4"),
    # "the quarter" told in the quarter of publication is the one just ended
    ("The firm said it lost money in the quarter.", "the quarter", "2025-Q4"),
    ("Profit rose in the second quarter of 2025. Costs fell in the quarter too.",
     "the quarter", "2025-Q2"),
    # the running period is "the current" one
    ("The firm expects a profit in the current quarter.", "the current quarter", "2026-Q1"),
    ("Sales should grow in the current fiscal year.", "the current fiscal year", "2026"),
    # a comparison "a year earlier" leaves the story where it was
    ("Profit rose in the third quarter of 2025, up from $2 million a year earlier. "
     "Sales also rose from a year earlier.", "a year earlier", "2024-Q3"),
    ("The firm earned $3 million in the latest quarter, up from $2 million a year ago.",
     "a year ago", "2024-Q4"),
    ("Net rose in the latest quarter from $4 million in the year-earlier quarter.",
     "the year-earlier quarter", "2024-Q4"),
    # a fiscal year named by its end is a length of time
    ("Revenue was $9 million for the year ended Sept. 30.", "the year", "P1Y"),
]


@pytest.mark.parametrize(("sentence", "expression", "value"), REPORTS)
def test_tagger_report_periods(taggers, sentence, expression, value):
    found = {t.text: t.value for t in taggers["en"].tag(sentence, PUBLISHED)
             if t.text == expression}
    assert found == {expression: value}


def _english_values(taggers, sentence: str) -> dict[str, str | None]:
    """Expression text -> value of every expression the English tagger finds."""
    return {t.text: t.value for t in taggers["en"].tag(sentence, PUBLISHED)}


FUTURE_MARKERS = [
    ("The talks could resume as early as Tuesday.", "Tuesday", "2026-03-17"),
    ("The envoy may leave as soon as Monday.", "Monday", "2026-03-16"),
    ("The minister would arrive on Monday, officials said.", "Monday", "2026-03-16"),
    ("The court is set to rule Tuesday.", "Tuesday", "2026-03-17"),
    ("The two states are expected to join in May.", "May", "2026-05"),
]


@pytest.mark.parametrize(("sentence", "expression", "value"), FUTURE_MARKERS)
def test_tagger_future_markers(taggers, sentence, expression, value):
    assert _english_values(taggers, sentence).get(expression) == value


HOLIDAYS = [
    ("The family met on Thanksgiving Day 2024.", "Thanksgiving Day 2024", "2024-11-28"),
    ("He arrived last Thanksgiving.", "last Thanksgiving", "2025-11-27"),
    ("Voters go to the polls on Election Day 2026.", "Election Day 2026", "2026-11-03"),
    ("The strike began on Labor Day 2025.", "Labor Day 2025", "2025-09-01"),
]


@pytest.mark.parametrize(("sentence", "expression", "value"), HOLIDAYS)
def test_tagger_nth_weekday_holidays(taggers, sentence, expression, value):
    assert _english_values(taggers, sentence).get(expression) == value


SPELLED_YEARS = [
    ("The law was passed in nineteen ninety-six.", "nineteen ninety-six", "1996"),
    ("In January nineteen ninety-seven the clinic was bombed.",
     "January nineteen ninety-seven", "1997-01"),
    ("Prices fell in the winter of nineteen ninety-four.",
     "the winter of nineteen ninety-four", "1994-WI"),
    ("He promised jobs by the year two thousand.", "the year two thousand", "2000"),
]


@pytest.mark.parametrize(("sentence", "expression", "value"), SPELLED_YEARS)
def test_tagger_spelled_years(taggers, sentence, expression, value):
    assert _english_values(taggers, sentence).get(expression) == value


def test_tagger_spelled_thousands_that_count_are_no_year(taggers):
    found = {t.text for t in taggers["en"].tag("It lasted two thousand years.", PUBLISHED)}
    assert "two thousand" not in found


DATE_EDGES = [
    # a colon after the day is no clock time
    ("The paper said in an editorial on Monday, March 9: the law is wrong.",
     "Monday, March 9", "2026-03-09"),
    # a weekday before a comma and a count is still a day
    ("In a poll that was completed on Saturday, 69 percent said no.", "Saturday",
     "2026-03-07"),
    ("At the close of business Tuesday, 5,745,188 shares had been tendered.",
     "Tuesday", "2026-03-10"),
    ("The late-November trip was cancelled.", "late-November", "2025-11"),
]


@pytest.mark.parametrize(("sentence", "expression", "value"), DATE_EDGES)
def test_tagger_date_edges(taggers, sentence, expression, value):
    assert _english_values(taggers, sentence).get(expression) == value


PERIOD_PHRASES = [
    ("Demand should stay high well into the summer.", "the summer", "2026-SU"),
    ("The plant was sold this past spring.", "this past spring", "2025-SP"),
    ("The bank had sales of $6 billion in the latest fiscal year.",
     "the latest fiscal year", "2025"),
    ("The deal should close by year-end.", "year-end", "2026"),
    ("The rules should be in place by year's end.", "year's end", "2026"),
]


@pytest.mark.parametrize(("sentence", "expression", "value"), PERIOD_PHRASES)
def test_tagger_period_phrases(taggers, sentence, expression, value):
    assert _english_values(taggers, sentence).get(expression) == value


def test_tagger_future_marker_a_few_words_back(taggers):
    text = "The team planned to leave the capital on Thursday for the coast."
    found = {t.text: t.value for t in taggers["en"].tag(text, PUBLISHED)}
    assert found["Thursday"] == "2026-03-12"
    text = "The father would be travelling to Miami on Monday."
    found = {t.text: t.value for t in taggers["en"].tag(text, PUBLISHED)}
    assert found["Monday"] == "2026-03-16"


@pytest.mark.parametrize(("sentence", "absent"), [
    ("Iraq imports about three-quarters of its food.", "about three-quarters"),
    ("They hold more than a quarter of the market.", "more than a quarter"),
    ("It would be a second betrayal.", "a second"),
])
def test_tagger_fractions_and_ordinals_are_no_durations(taggers, sentence, absent):
    assert absent not in {t.text for t in taggers["en"].tag(sentence, PUBLISHED)}


def test_tagger_recent_units_are_vague_durations(taggers):
    found = {t.text: (t.type, t.value)
             for t in taggers["en"].tag("Prices soared in recent years.", PUBLISHED)}
    assert found["recent years"] == ("DURATION", "PXY")


def test_tagger_future_day_counts_from_the_day_of_writing(taggers):
    """Two planned days: the second is not counted from the first."""
    text = "The dividend will be payable Jan. 3 to holders of record March 20."
    verb = text.index("will")
    times = taggers["en"].tag(text, PUBLISHED, tenses=[(verb, "Fut")],
                              governors={text.index("Jan."): "Fut",
                                         text.index("March"): "Fut"})
    assert {t.text: t.value for t in times} == {"Jan. 3": "2027-01-03",
                                                "March 20": "2026-03-20"}


@pytest.mark.parametrize(
    ("lang", "sentence", "expression"),
    [
        ("de", "Die Polizei nahm am Dienstag 45 Demonstranten fest.", "am Dienstag"),
        ("de", "Am Sonntag 2.000 Menschen auf der Straße.", "Am Sonntag"),
        ("en", "On Tuesday 300 people marched to the parliament.", "Tuesday"),
    ],
)
def test_tagger_weekday_before_a_count_is_a_date(taggers, lang, sentence, expression):
    """A number after a weekday is a count, not the day of a month, unless it is an
    ordinal day ("Mittwoch, 14. Mai", "Tuesday 14th")."""
    found = _values(taggers[lang], sentence)
    assert expression in found, found
    assert found[expression][0] == "DATE"


@pytest.mark.parametrize(
    ("lang", "sentence", "expression", "edge"),
    [
        ("en", "They held the first talks since June.", "June", True),
        ("en", "The ban stays in force until 2027.", "2027", True),
        ("en", "They met in June.", "June", False),
        ("de", "Seit Februar 2022 wird gekämpft.", "Seit Februar 2022", True),
    ],
)
def test_tagger_marks_the_edge_of_a_span(taggers, lang, sentence, expression, edge):
    found = {t.text: t.span_edge for t in taggers[lang].tag(sentence, PUBLISHED)}
    assert found.get(expression) is edge, found
