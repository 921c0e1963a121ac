"""Photo credits: cut from captions, dropped from running text; the vocabulary file."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronist.errors import DataFileError
from chronist.ingest.credits import default_cutter, load_vocabulary


@pytest.fixture(scope="module")
def cutter():
    return default_cutter()


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Der Kanzler vor dem Kanzleramt in BerlinMichael Kappeler/dpa",
         "Der Kanzler vor dem Kanzleramt in Berlin"),
        ("Die Ministerin am Rednerpult.Anna Beispiel/dpa", "Die Ministerin am Rednerpult."),
        ("Ein Blick in den Plenarsaal (Foto: REUTERS)", "Ein Blick in den Plenarsaal"),
        ("Soldaten an der Grenze. Photo: AP/Jane Roe", "Soldaten an der Grenze."),
        ("Protest vor dem Landtag Bild: picture alliance / dpa | Max Muster",
         "Protest vor dem Landtag"),
        ("The minister arrives in Brussels. © Reuters", "The minister arrives in Brussels."),
        ("Crowds at the palace gates Getty Images", "Crowds at the palace gates"),
        ("Crowds at the palace gates. Jane Roe/AFP via Getty Images",
         "Crowds at the palace gates."),
        ("The senator speaks in Ohio. (John Doe / AP)", "The senator speaks in Ohio."),
        ("Talks in Geneva (AP)", "Talks in Geneva"),
        ("Rescue workers at the site Photo by Jane Roe/Anadolu Agency",
         "Rescue workers at the site"),
        ("Lady Smith at Fashion Week John Doe/via Reuters", "Lady Smith at Fashion Week"),
        ("Die Delegation in Kiew. (Archivbild)", "Die Delegation in Kiew."),
        ("Legende: Der Präsident bei seiner Rede.", "Der Präsident bei seiner Rede."),
        ("Erst fiel der linke Turm. Foto: Max Muster/dpa/Archiv", "Erst fiel der linke Turm."),
        # no credit: nothing is cut
        ("Gipfel in Berlin/Brandenburg", "Gipfel in Berlin/Brandenburg"),
        ("Friedrich Merz (CDU/CSU) im Bundestag", "Friedrich Merz (CDU/CSU) im Bundestag"),
        # names that end a caption sentence are no credit after a plain space
        ("Visitors at the Getty", "Visitors at the Getty"),
        ("Jimmy Wales, who founded Wikipedia", "Jimmy Wales, who founded Wikipedia"),
        ("Der Chef der Nachrichtenagentur Reuters", "Der Chef der Nachrichtenagentur Reuters"),
        ("Olaf Scholz und Emmanuel Macron in Paris", "Olaf Scholz und Emmanuel Macron in Paris"),
    ],
)
def test_credits_strip_caption(cutter, caption: str, expected: str) -> None:
    assert cutter.strip_caption(caption) == expected


@pytest.mark.parametrize(
    ("text", "is_credit"),
    [
        ("Foto: picture alliance / dpa", True),
        ("Michael Muster/dpa", True),
        ("© Reuters", True),
        ("Getty Images", True),
        ("AP Photo/Jane Roe", True),
        ("Image: Jane Van Der Roe", True),
        ("Bild: Keystone/The White House via AP/Max Muster", True),
        ("Die Regierung hat den Haushalt beschlossen, sagte ein Sprecher.", False),
        ("Reuters", True),
        ("Reuters reported that talks had stalled.", False),
    ],
)
def test_credits_is_credit(cutter, text: str, is_credit: bool) -> None:
    assert cutter.is_credit(text) is is_credit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline's agency stays: it says who reported, not who took a photo
        ("LONDON (Reuters) - The government fell.", "LONDON (Reuters) - The government fell."),
        ("Der Minister (Foto: dpa) trat zurück.", "Der Minister trat zurück."),
        ("Der Minister trat zurück (Bild: Max Muster/AFP).", "Der Minister trat zurück."),
        ("Der Minister trat zurück (Max Muster/AFP).", "Der Minister trat zurück."),
        # parties and places in brackets are no credits
        ("Die Union (CDU/CSU) lehnte ab.", "Die Union (CDU/CSU) lehnte ab."),
        ("Die Ampel (SPD/Grüne/FDP) zerbrach.", "Die Ampel (SPD/Grüne/FDP) zerbrach."),
    ],
)
def test_credits_strip_running_text(cutter, text: str, expected: str) -> None:
    assert cutter.strip_running_text(text) == expected


def test_credits_vocabulary_loads() -> None:
    vocabulary = load_vocabulary()
    assert {"dpa", "reuters", "getty"} <= {agency.id for agency in vocabulary.agencies}


def test_credits_vocabulary_reports_all_errors(tmp_path: Path) -> None:
    path = tmp_path / "credits.yaml"
    path.write_text(
        "kind: credits\nlang: mul\nschema_version: 1\nsymbols: ['©']\n"
        "markers: [{id: x, lang: fr, forms: [Photo], joiners: [':']}]\n"
        "agencies: [{id: a, names: [A]}, {id: a, names: [B], colour: red}]\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as error:
        load_vocabulary(path)
    message = str(error.value)
    assert "markers.0.lang" in message
    assert "colour" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pendler am Bahnsteig im Regionalverkehr. Bild: Max Muster",
         ("Pendler am Bahnsteig im Regionalverkehr.", True)),
        ("Die Regierung trat zurück.Foto: Jane Roe/AFP", ("Die Regierung trat zurück.", True)),
        # a text source under an agency report is no image credit
        ("Die Regierung trat am Abend zurück. Quelle: dpa",
         ("Die Regierung trat am Abend zurück. Quelle: dpa", False)),
        # a marker word inside a sentence is no credit
        ("Wir sahen das Bild: Ein Mann läuft über die Straße. Dann kam die Polizei.",
         ("Wir sahen das Bild: Ein Mann läuft über die Straße. Dann kam die Polizei.", False)),
    ],
)
def test_credits_split_trailing_credit(cutter, text: str, expected: tuple[str, bool]) -> None:
    assert cutter.split_trailing_credit(text) == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Archivbild (16.08.2024): Soldaten an einem Kontrollpunkt",
         "Soldaten an einem Kontrollpunkt"),
        ("Demonstrators in Lahore, Wednesday, May 7, 2025. / AP",
         "Demonstrators in Lahore, Wednesday, May 7, 2025."),
        ("Migrants at the border fence AP Photo", "Migrants at the border fence"),
        ("The tower on Main Street. / Example Media News", "The tower on Main Street."),
        ("[2/5] Rescue workers in the rubble. REUTERS/Jane Roe", "Rescue workers in the rubble."),
        # the last name of the caption is no part of the credit after it
        ("Trauer um die 22-jährige Jina Amini. Uncredited/AP/dpa",
         "Trauer um die 22-jährige Jina Amini."),
        ("Guest rooms have been redesigned from the ground up. Supplied",
         "Guest rooms have been redesigned from the ground up."),
    ],
)
def test_credits_strip_caption_labels_and_tails(cutter, caption: str, expected: str) -> None:
    assert cutter.strip_caption(caption) == expected


def test_credits_names_only_list_is_credit(cutter) -> None:
    assert cutter.is_credit("Fotos: JANE ROE Styling: MAX MUSTER Haare: ANNA BEISPIEL "
                            "Make-up: LENA PROBE mit Dank an STUDIO NORD, LONDON")
