# Issue 11, item 5: the opt-in public page of decisions and deliberate non-choices (/p/{organisation}),
# publishing from a decision's page, and the owner's settings of the page.
T = {
"nav.public_page": ("Offentlig side", "Public page"),

# The public page
"public.title": ("{org}: valg og fravalg", "{org}: choices and decisions not to pursue"),
"public.intro": ("Her viser ledelsen, hvad den har valgt at gøre – og hvad den med vilje har valgt ikke at gøre – med den digitale omstilling, og hvorfor. Hver beslutning har en kort forklaring, det spørgsmål den svarer på, datoen og hvornår den tages op igen.", "Here management shows what it has chosen to do – and what it has deliberately chosen not to do – in its digital transformation, and why. Each decision has a short explanation, the question it answers, its date and when it will be reviewed."),
"public.counts": ("{chosen} valgt, {not_pursued} fravalgt.", "{chosen} chosen, {not_pursued} not pursued."),
"public.feed_link": ("Følg med i nye beslutninger (Atom-feed)", "Follow new decisions (Atom feed)"),
"public.feed_title": ("{org}: valg og fravalg", "{org}: choices and decisions not to pursue"),
"public.empty": ("Der er ikke offentliggjort nogen beslutninger endnu.", "No decisions have been published yet."),
"public.kind.decided": ("Valgt", "Chosen"),
"public.kind.deselected": ("Fravalgt", "Not pursued"),
"public.field.questions": ("Spørgsmål", "Question"),
"public.field.decided_on": ("Besluttet", "Decided"),
"public.field.review_on": ("Tages op igen", "To be reviewed"),
"public.field.published_on": ("Offentliggjort", "Published"),
"public.updated": ("opdateret", "updated"),
"public.language_nav": ("Sprog", "Language"),
"public.footer": ("Siden viser kun det, ledelsen selv har valgt at offentliggøre. Udgivet med forkant.", "This page shows only what management itself has chosen to publish. Published with forkant."),

# Publishing from a decision's page
"publication.heading": ("Den offentlige side", "The public page"),
"publication.page_on": ("Organisationens offentlige side:", "The organisation's public page:"),
"publication.page_off": ("Den offentlige side er slået fra. Det, I offentliggør, vises først, når ejeren slår siden til.", "The public page is turned off. What you publish is shown only once the owner turns the page on."),
"publication.settings_link": ("Indstil den offentlige side", "Set up the public page"),
"publication.not_published": ("Beslutningen er ikke offentliggjort.", "The decision is not published."),
"publication.published_on": ("Offentliggjort {date}.", "Published {date}."),
"publication.updated_on": ("Opdateret {date}.", "Updated {date}."),
"publication.current": ("Sådan står den på den offentlige side:", "This is how it reads on the public page:"),
"publication.stale": ("Beslutningen er rettet, siden den blev offentliggjort. Den offentlige side viser stadig den udgivne tekst, indtil I udgiver ændringerne.", "The decision has been edited since it was published. The public page still shows the published text until you publish the changes."),
"publication.summary": ("Kort forklaring til borgerne", "Short explanation for citizens"),
"publication.summary_hint": ("Skriv med jeres egne ord, hvad I har valgt eller fravalgt, og hvorfor – i korte sætninger og uden interne forkortelser. Teksten vises på den offentlige side i stedet for den interne begrundelse, sammen med titlen, spørgsmålet og datoerne. Højst 2000 tegn.", "Say in your own words what you chose or decided not to pursue, and why – in short sentences and without internal abbreviations. The text is shown on the public page instead of the internal rationale, together with the title, the question and the dates. At most 2000 characters."),
"publication.publish": ("Publicér", "Publish"),
"publication.republish": ("Udgiv ændringer", "Publish changes"),
"publication.unpublish": ("Fjern fra den offentlige side", "Unpublish"),

# The owner's settings
"public_settings.title": ("Offentlig side", "Public page"),
"public_settings.intro": ("Organisationen kan vise udvalgte valg og fravalg på en offentlig side uden log ind, med en kort forklaring skrevet til borgerne og et Atom-feed. Siden er slået fra, indtil I slår den til. Den viser aldrig navne, interne begrundelser eller noget, der ikke er offentliggjort.", "The organisation can show chosen decisions and deliberate non-choices on a public page without sign-in, with a short explanation written for citizens and an Atom feed. The page is off until you turn it on. It never shows names, internal rationales or anything that has not been published."),
"public_settings.is_on": ("Den offentlige side er slået til:", "The public page is on:"),
"public_settings.is_off": ("Den offentlige side er slået fra.", "The public page is off."),
"public_settings.address": ("Sidens adresse", "The page's address"),
"public_settings.address_hint": ("Den sidste del af adressen, fx demo-kommune: små bogstaver a-z, tal og bindestreger, 3-60 tegn.", "The last part of the address, e.g. demo-kommune: lower-case letters a-z, digits and hyphens, 3-60 characters."),
"public_settings.enabled": ("Vis den offentlige side", "Show the public page"),
"public_settings.save": ("Gem", "Save"),
"public_settings.published_heading": ("Offentliggjort nu", "Published now"),
"public_settings.none_published": ("Intet er offentliggjort endnu.", "Nothing has been published yet."),
"public_settings.how_to_publish": ("En koordinator offentliggør en beslutning fra beslutningens egen side, med en kort forklaring til borgerne.", "A coordinator publishes a decision from the decision's own page, with a short explanation for citizens."),

# Errors
"error.summary_required": ("Skriv en kort forklaring til borgerne, før beslutningen offentliggøres.", "Write a short explanation for citizens before the decision is published."),
"error.summary_too_long": ("Forklaringen må højst være på {max} tegn.", "The explanation can be at most {max} characters long."),
"error.publish_postponed": ("En udskudt beslutning kan ikke offentliggøres: kun valg og fravalg vises på den offentlige side.", "A postponed decision cannot be published: only choices and decisions not to pursue are shown on the public page."),
"error.publish_superseded": ("Beslutningen er afløst af en ny og kan ikke længere offentliggøres. Offentliggør den nye beslutning i stedet.", "The decision has been superseded and can no longer be published. Publish the new decision instead."),
"error.not_published": ("Beslutningen er ikke på den offentlige side.", "The decision is not on the public page."),
"error.public_address_invalid": ("Adressen må kun indeholde små bogstaver a-z, tal og enkelte bindestreger (ikke først eller sidst) og skal være {min}-{max} tegn lang, fx demo-kommune.", "The address may contain only lower-case letters a-z, digits and single hyphens (not first or last) and must be {min}-{max} characters long, e.g. demo-kommune."),
"error.public_address_required": ("Skriv en adresse til den offentlige side, før du slår den til.", "Enter an address for the public page before you turn it on."),
"error.public_address_taken": ("Adressen »{address}« bruges allerede af en anden organisation. Vælg en anden.", "The address “{address}” is already used by another organisation. Choose another."),

# The change log
"audit.say.decision.published": ("{actor} offentliggjorde beslutningen »{object}« på den offentlige side.", "{actor} published the decision “{object}” on the public page."),
"audit.say.decision.republished": ("{actor} udgav ændringer af beslutningen »{object}« på den offentlige side.", "{actor} published changes to the decision “{object}” on the public page."),
"audit.say.decision.unpublished": ("{actor} fjernede beslutningen »{object}« fra den offentlige side.", "{actor} removed the decision “{object}” from the public page."),
"audit.say.organisation.public_page_enabled": ("{actor} slog den offentlige side til på adressen /p/{address}.", "{actor} turned the public page on at the address /p/{address}."),
"audit.say.organisation.public_page_disabled": ("{actor} slog den offentlige side fra.", "{actor} turned the public page off."),
"error.public_page_switch": ("Feltet »{label}« kan kun være slået til eller fra.", "The field “{label}” can only be on or off."),
}
