"""`spacy train --code` hook: registers chronist's German components (sentence rules,
HanTa tagger, morphology), which the trained pipelines run before their own layers."""

import chronist.nlp.german  # noqa: F401
