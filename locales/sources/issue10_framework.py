# Issue 10, items 15-17: the respondent's pages say precisely what is and is not possible with the link.
T = {
"respond.draft_visible": ("Indtil du indsender, er dine svar en kladde, som alle, der har linket, kan åbne – også den, der har sendt dig det, og som kan vide, at linket er dit. Hold derfor linket for dig selv, og indsend, når du er færdig.", "Until you submit, your answers are a draft that anyone who has the link can open – including the person who sent it to you, who may know that the link is yours. So keep the link to yourself, and submit when you are done."),
}
