"""“Was this summary helpful?”: the readers' answers, how they are stored, and the
editors' report of them."""
