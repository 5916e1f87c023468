# Issue 12, section 2 (second bullet) and section 3: forkant's own impact files (frameworks/impact/*.toml:
# the Danish screening, the AIA levels' obligations, an organisation's routing table), refused with the
# line and the reason (formats/screening_toml.hpp).
T = {
"error.impact_file.syntax": ("Linje {line}: filen kan ikke læses som TOML (på engelsk: {reason}).", "Line {line}: the file cannot be read as TOML ({reason})."),
"error.impact_file.unknown_key": ("Linje {line}: nøglen »{key}« kendes ikke her; tilladt er {allowed}.", "Line {line}: the key “{key}” is not known here; allowed are {allowed}."),
"error.impact_file.missing": ("Linje {line}: »{key}« mangler.", "Line {line}: “{key}” is missing."),
"error.impact_file.wrong_type": ("Linje {line}: »{key}« skal have TOML-typen {expected}.", "Line {line}: “{key}” must be of the TOML type {expected}."),
"error.impact_file.missing_text": ("Linje {line}: »{key}« mangler en tekst på sproget »{lang}« (både da og en skal udfyldes).", "Line {line}: “{key}” lacks a text in the language “{lang}” (both da and en must be filled in)."),
"error.impact_file.bad_id": ("Linje {line}: »{id}« kan ikke bruges som navn: brug små bogstaver a–z, tal, _ og -, højst 64 tegn, og start med et bogstav eller tal.", "Line {line}: “{id}” cannot be used as a name: use lower-case letters a–z, digits, _ and -, at most 64 characters, starting with a letter or digit."),
"error.impact_file.duplicate": ("Linje {line}: »{id}« er allerede brugt i linje {first_line}.", "Line {line}: “{id}” is already used on line {first_line}."),
"error.impact_file.unknown_finding": ("Linje {line}: fundet »{finding}« er ikke defineret i filen.", "Line {line}: the finding “{finding}” is not defined in the file."),
"error.impact_file.unknown_obligation": ("Linje {line}: forpligtelsen »{obligation}« er ikke defineret i filen.", "Line {line}: the obligation “{obligation}” is not defined in the file."),
"error.impact_file.unknown_forum": ("Linje {line}: »{forum}« er ikke et forum; brug fagchef, dpo, jurist, direktion, dataetisk_udvalg, oekonomiudvalget eller kommunalbestyrelsen.", "Line {line}: “{forum}” is not a forum; use fagchef, dpo, jurist, direktion, dataetisk_udvalg, oekonomiudvalget or kommunalbestyrelsen."),
"error.impact_file.bad_date": ("Linje {line}: »{key}« er ikke en dato; skriv den som 2027-12-02.", "Line {line}: “{key}” is not a date; write it as 2027-12-02."),
"error.impact_file.unknown_type": ("Linje {line}: spørgsmålstypen »{type}« findes ikke; brug radiogroup, checkbox, dropdown, comment, text, boolean eller html.", "Line {line}: there is no question type “{type}”; use radiogroup, checkbox, dropdown, comment, text, boolean or html."),
"error.impact_file.no_choices": ("Linje {line}: spørgsmålet »{question}« har ingen svarmuligheder.", "Line {line}: the question “{question}” has no choices."),
"error.impact_file.choices_not_allowed": ("Linje {line}: spørgsmålet »{question}« er af en type, der ikke har svarmuligheder.", "Line {line}: the question “{question}” is of a type that has no choices."),
"error.impact_file.condition": ("Linje {line}: betingelsen »{condition}« kan forkant ikke vurdere (på engelsk: {reason}).", "Line {line}: forkant cannot evaluate the condition “{condition}” ({reason})."),
"error.impact_file.unknown_question": ("Linje {line}: betingelsen nævner spørgsmålet »{name}«, som ikke findes i filen.", "Line {line}: the condition names the question “{name}”, which is not in the file."),
}
