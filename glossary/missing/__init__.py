"""The editors' report of words readers meet in published summaries that the glossary
does not explain yet, most used first, each with a one-click "add to glossary".

`words` says which words of a summary count and how uses group into one word;
`counting` keeps the stored counts (glossary.models.missing_words) up to date;
`receivers` and `tasks` recount in the background when a summary or the glossary
changes; `views` is the report; `prefill` fills the glossary's add form from it.
"""
