"""Time: German and English temporal expressions (TIMEX3 values) and narrative time.

    build_stage(language)   the pipeline stage "time" -> doc.times, doc.narrative
    TimeTagger              rules from data/time/<lang>.yaml, resolved in text order
    NarrativeTime           date_for(start, end) -> (value, basis)
"""

from chronist.time.lexicon import TimeLexicon, load_lexicon, parse_lexicon
from chronist.time.narrative import NarrativeTime
from chronist.time.publication import infer_published
from chronist.time.stage import TimeStage, build_stage
from chronist.time.tagger import TimeTagger

__all__ = [
    "NarrativeTime",
    "TimeLexicon",
    "TimeStage",
    "TimeTagger",
    "build_stage",
    "infer_published",
    "load_lexicon",
    "parse_lexicon",
]
