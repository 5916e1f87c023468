T = {
"error.integer_out_of_range": ("Værdien {value} i feltet {field} er uden for det tilladte område.", "The value {value} in the field {field} is out of range."),
"error.filter_kind": ("Filteret »Type« kender ikke den valgte værdi; vælg besluttet, fravalgt eller udskudt.", "The filter \"Kind\" does not know the chosen value; choose decided, not pursued or postponed."),
"error.filter_question": ("Filteret »Spørgsmål« skal være et spørgsmål fra 1 til 10.", "The filter \"Question\" must be a question from 1 to 10."),
"error.filter_owner": ("Filteret »Ansvarlig« skal være en person fra listen.", "The filter \"Owner\" must be a person from the list."),
"error.filter_from": ("Filteret »Fra dato« skal være en gyldig dato (ÅÅÅÅ-MM-DD).", "The filter \"From\" must be a valid date (YYYY-MM-DD)."),
"error.filter_to": ("Filteret »Til dato« skal være en gyldig dato (ÅÅÅÅ-MM-DD).", "The filter \"To\" must be a valid date (YYYY-MM-DD)."),
}
