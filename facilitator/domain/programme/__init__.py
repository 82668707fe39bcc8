"""Reading programmes as people write them (text, tables, Word, spreadsheets) and printing them back.

``model`` holds what a programme is; ``reader`` parses lines from any source; ``sources`` turns
files and clipboard contents into those lines; ``printer`` writes the plain-text form back.
"""
