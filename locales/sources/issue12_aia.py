# Issue 12, section 2 (first bullet) and section 5: Canada's Algorithmic Impact Assessment read from its
# SurveyJS file and scored as the tool scores it; the refusals of a file forkant cannot read faithfully
# and of an answer that is not among a question's choices.
T = {
"error.survey_not_json": ("Spørgeskemaet kan ikke læses: filen er ikke gyldig JSON (fejl ved byte {offset}).", "The questionnaire cannot be read: the file is not valid JSON (error at byte {offset})."),
"error.survey_number_overflow": ("Spørgeskemaet kan ikke læses: filen indeholder et tal, der er for stort.", "The questionnaire cannot be read: the file holds a number that is too large."),
"error.survey_too_large": ("Spørgeskemaet kan ikke læses: filen er større end {max}.", "The questionnaire cannot be read: the file is larger than {max}."),
"error.survey_malformed": ("Spørgeskemaet kan ikke læses: {path} har ikke den form, en SurveyJS-fil skal have (på engelsk: {reason}).", "The questionnaire cannot be read: {path} is not shaped as a SurveyJS file must be ({reason})."),
"error.survey_missing_name": ("Spørgeskemaet kan ikke læses: {path} har intet navn.", "The questionnaire cannot be read: {path} has no name."),
"error.survey_too_deep": ("Spørgeskemaet kan ikke læses: {path} ligger i mere end {max} paneler inden i hinanden.", "The questionnaire cannot be read: {path} lies inside more than {max} nested panels."),
"error.survey_unsupported_type": ("Spørgeskemaet kan ikke læses: {path} har spørgsmålstypen »{type}«, som forkant ikke understøtter.", "The questionnaire cannot be read: {path} has the question type “{type}”, which forkant does not support."),
"error.survey_unsupported_feature": ("Spørgeskemaet kan ikke læses: {path} bruger »{key}«, som forkant ikke understøtter.", "The questionnaire cannot be read: {path} uses “{key}”, which forkant does not support."),
"error.survey_duplicate_name": ("Spørgeskemaet kan ikke læses: navnet »{name}« ved {path} er brugt til et andet spørgsmål før.", "The questionnaire cannot be read: the name “{name}” at {path} is already used by another question."),
"error.survey_condition_unsupported": ("Spørgeskemaet kan ikke læses: betingelsen »{condition}« ved {path} kan forkant ikke vurdere.", "The questionnaire cannot be read: forkant cannot evaluate the condition “{condition}” at {path}."),
"error.survey_condition_unknown_question": ("Spørgeskemaet kan ikke læses: betingelsen ved {path} nævner spørgsmålet »{name}«, som ikke findes i filen.", "The questionnaire cannot be read: the condition at {path} names the question “{name}”, which is not in the file."),
"error.condition_unsupported": ("Betingelsen »{condition}« kan forkant ikke vurdere.", "forkant cannot evaluate the condition “{condition}”."),
"error.aia_unknown_rule": ("Der findes ingen version {rule} af AIA-beregningen; vælg 1 eller 2.", "There is no version {rule} of the AIA scoring rule; choose 1 or 2."),
"error.impact_unknown_question": ("Spørgsmålet »{question}« findes ikke i spørgeskemaet.", "The question “{question}” is not in the questionnaire."),
"error.impact_not_a_question": ("»{question}« er en tekst eller en gruppe i spørgeskemaet og kan ikke besvares.", "“{question}” is a text or a group in the questionnaire and takes no answer."),
"error.impact_answer_type": ("Svaret på spørgsmålet »{question}« har ikke den rette form.", "The answer to the question “{question}” is not of the right kind."),
"error.impact_not_a_choice": ("Svaret »{value}« er ikke en af valgmulighederne til spørgsmålet »{question}«.", "The answer “{value}” is not one of the choices of the question “{question}”."),
"error.impact_text_too_long": ("Svaret på spørgsmålet »{question}« er for langt: højst {max} tegn.", "The answer to the question “{question}” is too long: at most {max} characters."),
"error.impact_invalid_utf8": ("Svaret på spørgsmålet »{question}« indeholder ugyldige tegn.", "The answer to the question “{question}” contains invalid characters."),
}
