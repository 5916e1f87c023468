T = {
"error.integer_out_of_range": ("Værdien {value} i feltet {field} er uden for det tilladte område.", "The value {value} in the field {field} is outside the permitted range."),
"error.filter_kind": ("Filteret »Type« skal være besluttet, fravalgt eller udskudt.", "The “Type” filter must be decided, not pursued or postponed."),
"error.filter_question": ("Filteret »Spørgsmål« skal være et spørgsmål fra 1 til 10.", "The “Question” filter must be a question from 1 to 10."),
"error.filter_owner": ("Filteret »Ansvarlig« skal være en person fra listen.", "The “Owner” filter must be a person from the list."),
"error.filter_from": ("Filteret »Fra dato« skal være en gyldig dato (ÅÅÅÅ-MM-DD).", "The “From” filter must be a valid date (YYYY-MM-DD)."),
"error.filter_to": ("Filteret »Til dato« skal være en gyldig dato (ÅÅÅÅ-MM-DD).", "The “To” filter must be a valid date (YYYY-MM-DD)."),
}
