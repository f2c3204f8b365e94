"""Reports → Site quality: readability grades, reader feedback and jargon, in charts."""
