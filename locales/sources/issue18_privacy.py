T = {
"error.password_check_unavailable": ("Adgangskoden kan ikke kontrolleres lige nu, fordi ordbogen over almindelige adgangskoder mangler på serveren. Kontakt driften.", "The password cannot be checked right now because the server's dictionary of common passwords is missing. Contact your operations team."),
"error.erase_self": ("Du kan ikke slette dine egne personoplysninger her. Bed en anden ejer om det.", "You cannot delete your own personal data here. Ask another owner."),
"error.erase_other_orgs": ("Personen er også medlem af en anden organisation, så deres personoplysninger kan ikke slettes herfra. Bed de andre organisationers ejere om at fjerne personen først.", "This person is also a member of another organisation, so their personal data cannot be deleted from here. Ask the other organisations' owners to remove them first."),
"error.erase_not_confirmed": ("Sæt flueben for at bekræfte, at personoplysningerne skal slettes.", "Tick the box to confirm that the personal data is to be deleted."),
"members.personal_data": ("Personoplysninger", "Personal data"),
"members.erase_confirm": ("Bekræft sletning af personoplysninger om", "Confirm deleting the personal data of"),
"members.erase_submit": ("Slet personoplysninger", "Delete personal data"),
"members.erased": ("Medlemmets navn, e-mailadresse og adgang er slettet. Det, personen har lavet, står nu som »Tidligere medlem«.", "The member's name, e-mail address and access are deleted. What they made now shows as “Former member”."),
"member.former": ("Tidligere medlem", "Former member"),
"password.my_data_note": ("Du kan hente alt, hvad forkant har gemt om dig, som en JSON-fil:", "You can download everything forkant holds about you as a JSON file:"),
"password.my_data_link": ("Hent mine data", "Download my data"),
"audit.actor_cleared": ("(slettet efter opbevaringsperioden)", "(deleted after the retention period)"),
}
