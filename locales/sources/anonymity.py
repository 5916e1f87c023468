# The anonymity rules for hand-entered responses and spread statistics, and blank submissions
# (PRODUCT.md "Anonymity"; docs/anonymity.md).
T = {
"error.no_rated_answer": ("Besvarelsen har ingen vurderinger endnu. Giv mindst ét udsagn en vurdering fra 1 til 5, før du sender.", "The response has no ratings yet. Rate at least one statement from 1 to 5 before you submit."),
"error.csv_no_rated_answer": ("Række {row}: besvarelsen har ingen vurderinger (mindst én fra 1 til 5 kræves).", "Row {row}: the response has no ratings (at least one from 1 to 5 is required)."),
"respond.no_rating_yet": ("Du har ikke givet nogen vurdering endnu. Giv mindst ét udsagn en vurdering fra 1 til 5 – ellers kan svarene ikke indsendes.", "You have not given any rating yet. Rate at least one statement from 1 to 5 – otherwise your answers cannot be submitted."),
"respond.fix_no_rating": ("Gå til spørgsmål 1", "Go to question 1"),
"results.by_hand": ("Heraf er {count} indtastet i hånden fra papirskemaer af: {who}.", "Of these, {count} were typed in by hand from paper forms by: {who}."),
"results.entered_by_unknown": ("ukendt", "unknown"),
"results.col_by_hand": ("Indtastet i hånden", "Typed in by hand"),
"results.spread_from": ("vises fra {k} svar", "shown from {k} responses"),
"results.spread_note": ("Spredning, median, min, maks og markeringen af uenighed vises kun, hvor mindst {k} har svaret: med færre svar ville de afsløre de enkeltes svar.", "Spread, median, min, max and the disagreement flag are shown only where at least {k} have answered: with fewer responses they would reveal individual answers."),
"round.links_warning": ("Svar ikke selv på links: forkant kan ikke se forskel på en respondent og en koordinator, der besvarer et link. Papirskemaer indtastes med »Indtast et papirskema« (når målingen er åben) eller med import, så resultaterne viser, hvem der har indtastet dem.", "Do not answer links yourself: forkant cannot tell a respondent from a coordinator who answers a link. Type in paper forms with “Enter a paper form” (once the assessment is open) or the import, so that the results show who entered them."),
}
