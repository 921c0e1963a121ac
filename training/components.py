"""`spacy train --code` hook: registers chronist's components (German sentence rules,
HanTa tagger, morphology) and architectures (the English UD tagger's network), which the
trained pipelines use."""

import chronist.nlp.german  # noqa: F401
import chronist.nlp.tagger_ud  # noqa: F401
