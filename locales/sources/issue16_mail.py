# E-mail (issue 16): a round's links and reminders by e-mail, password reset by e-mail, the mails' texts.
T = {
    # The audit log's sentences (domain/audit/audit_sentence.cpp)
    "audit.say.round.links_mailed": (
        "{actor} sendte {count} links til {group} i målingen »{object}« med e-mail.",
        "{actor} e-mailed {count} links for {group} in the assessment “{object}”.",
    ),
    "audit.say.round.reminders_mailed": (
        "{actor} sendte {count} påmindelser i målingen »{object}«.",
        "{actor} sent {count} reminders in the assessment “{object}”.",
    ),
    "audit.say.user.password_reset": (
        "{actor} satte en ny adgangskode med et link fra en e-mail.",
        "{actor} set a new password with a link from an e-mail.",
    ),
    # Errors
    "error.mail_not_configured": (
        "E-mail er ikke sat op på denne forkant. Bed driften om at angive en mailserver (--smtp-url).",
        "E-mail is not set up on this forkant. Ask your operations staff to configure a mail server (--smtp-url).",
    ),
    "error.mail_needs_key": (
        "Serveren har ingen nøgle til at beskytte de udsendte links (forkant serve --key-file). Intet er sendt.",
        "The server has no key to protect the links it mails (forkant serve --key-file). Nothing was sent.",
    ),
    "error.mail_address_invalid": (
        "»{address}« er ikke en e-mailadresse.",
        "“{address}” is not an e-mail address.",
    ),
    "error.mail_addresses_empty": ("Skriv mindst én e-mailadresse.", "Enter at least one e-mail address."),
    "error.mail_addresses_too_many": (
        "Højst {max} adresser ad gangen.",
        "At most {max} addresses at a time.",
    ),
    "error.reset_link_invalid": (
        "Linket til at nulstille adgangskoden er brugt eller udløbet. Bed om et nyt.",
        "The password reset link has been used or has expired. Ask for a new one.",
    ),
    # The round's page
    "round.mail_heading": ("Send links med e-mail", "Send links by e-mail"),
    "round.mail_not_configured": (
        "E-mail er ikke sat op på denne forkant, så links kan ikke sendes herfra. Hent dem som CSV-fil ovenfor.",
        "E-mail is not set up on this forkant, so links cannot be sent from here. Download them as a CSV file above.",
    ),
    "round.mail_hint": (
        "Hver adresse får sit eget private link, én gang. En adresse, der allerede har fået et link i denne måling, springes over.",
        "Each address gets its own private link, once. An address that has already been sent a link in this assessment is skipped.",
    ),
    "round.mail_privacy": (
        "Adresserne gemmes adskilt fra svarene og bruges kun til linket og påmindelser. Ingen kan se, hvem der har svaret. Adresserne slettes, når målingen lukkes.",
        "The addresses are kept apart from the answers and used only for the link and reminders. Nobody can see who has answered. The addresses are deleted when the assessment closes.",
    ),
    "round.mail_addresses": ("E-mailadresser", "E-mail addresses"),
    "round.mail_addresses_hint": ("Én adresse pr. linje.", "One address per line."),
    "round.mail_submit": ("Send links", "Send links"),
    "round.mail_sent": ("{count} links sendes med e-mail.", "{count} links are being sent by e-mail."),
    "round.mail_sent_skipped": (
        "{count} links sendes med e-mail. {skipped} adresser havde allerede fået et link og blev sprunget over.",
        "{count} links are being sent by e-mail. {skipped} addresses had already been sent a link and were skipped.",
    ),
    "round.mail_recipients": (
        "{count} adresser har fået et link med e-mail.",
        "{count} addresses have been sent a link by e-mail.",
    ),
    "round.mail_remind_heading": ("Påmind", "Remind"),
    "round.mail_remind_hint": (
        "En påmindelse går kun til de adresser, hvis link endnu ikke er indsendt. Du får kun antallet at vide, ikke hvem.",
        "A reminder goes only to the addresses whose link has not been submitted yet. You are told how many, not who.",
    ),
    "round.mail_remind_submit": ("Send påmindelse", "Send reminder"),
    "round.mail_reminded": ("{count} påmindelser sendes.", "{count} reminders are being sent."),
    # The respondent's intro page
    "respond.mail_note": (
        "Har du fået linket med e-mail, gemmes din adresse adskilt fra dine svar og slettes, når målingen lukkes.",
        "If you were sent this link by e-mail, your address is kept apart from your answers and deleted when the assessment closes.",
    ),
    # The mails
    "mail.invitation.subject": ("Spørgeskema: {round}", "Questionnaire: {round}"),
    "mail.invitation.body": (
        "Hej\n\nDu er inviteret til at svare på spørgeskemaet »{round}«. Linket herunder er kun til dig og kan bruges af én person:\n\n{link}\n\nDu kan gemme undervejs og vende tilbage via det samme link, indtil du indsender.",
        "Hello\n\nYou are invited to answer the questionnaire “{round}”. The link below is for you alone and can be used by one person:\n\n{link}\n\nYou can save as you go and come back through the same link until you submit.",
    ),
    "mail.reminder.subject": ("Påmindelse: {round}", "Reminder: {round}"),
    "mail.reminder.body": (
        "Hej\n\nEn venlig påmindelse om spørgeskemaet »{round}«. Har du allerede svaret, kan du se bort fra denne e-mail. Dit link:\n\n{link}",
        "Hello\n\nA friendly reminder about the questionnaire “{round}”. If you have already answered, please ignore this e-mail. Your link:\n\n{link}",
    ),
    "mail.address_note": (
        "Dine svar gemmes uden forbindelse til din e-mailadresse. Adressen opbevares adskilt fra svarene, bruges kun til dette link og til påmindelser og slettes, når målingen lukkes.",
        "Your answers are stored without any connection to your e-mail address. The address is kept apart from the answers, used only for this link and reminders, and deleted when the assessment closes.",
    ),
    "mail.password_changed.subject": ("Din adgangskode til forkant er ændret", "Your forkant password was changed"),
    "mail.password_changed.body": (
        "Hej\n\nAdgangskoden til din konto i forkant er netop blevet ændret, og alle dine andre sessioner og API-nøgler er lukket.\n\nVar det ikke dig, så nulstil adgangskoden straks her og fortæl det til jeres it-sikkerhed:\n\n{link}",
        "Hello\n\nThe password of your forkant account has just been changed, and all your other sessions and API tokens have been closed.\n\nIf it was not you, reset the password at once here and tell your IT security staff:\n\n{link}",
    ),
    "mail.password_reset.subject": ("Nulstil din adgangskode til forkant", "Reset your forkant password"),
    "mail.password_reset.body": (
        "Hej\n\nNogen (forhåbentlig dig) har bedt om at nulstille adgangskoden til din konto i forkant. Linket virker én gang og i 30 minutter:\n\n{link}\n\nHar du ikke bedt om det, kan du se bort fra denne e-mail: din adgangskode er uændret.",
        "Hello\n\nSomeone (hopefully you) asked to reset the password of your forkant account. The link works once and for 30 minutes:\n\n{link}\n\nIf you did not ask for this, please ignore this e-mail: your password is unchanged.",
    ),
    # Password reset pages
    "signin.forgot": ("Glemt adgangskoden?", "Forgot your password?"),
    "forgot.title": ("Glemt adgangskode", "Forgotten password"),
    "forgot.intro": (
        "Skriv din e-mailadresse. Har den en konto, sender vi et link, som du kan vælge en ny adgangskode med. Linket virker én gang og i 30 minutter.",
        "Enter your e-mail address. If it has an account, we send a link to choose a new password with. The link works once and for 30 minutes.",
    ),
    "forgot.submit": ("Send link", "Send link"),
    "forgot.sent": (
        "Hvis adressen har en konto, er et link på vej. Se efter i din indbakke om lidt.",
        "If the address has an account, a link is on its way. Look in your inbox in a moment.",
    ),
    "forgot.not_configured": (
        "E-mail er ikke sat op på denne forkant, så adgangskoden kan ikke nulstilles med e-mail. Bed en ejer af din organisation eller driften om hjælp.",
        "E-mail is not set up on this forkant, so the password cannot be reset by e-mail. Ask an owner of your organisation or your operations staff for help.",
    ),
    "forgot.back": ("Tilbage til log ind", "Back to sign in"),
    "reset.title": ("Vælg en ny adgangskode", "Choose a new password"),
    "reset.intro": (
        "Når du gemmer, logges alle dine sessioner ud, og dine API-nøgler tilbagekaldes. Log derefter ind med den nye adgangskode.",
        "When you save, all your sessions are signed out and your API tokens are revoked. Then sign in with the new password.",
    ),
    "reset.submit": ("Gem ny adgangskode", "Save new password"),
    "reset.done": (
        "Din adgangskode er skiftet. Log ind med den nye.",
        "Your password has been changed. Sign in with the new one.",
    ),
    # Member invitations by e-mail
    "members.invite_send_mail": ("Send også invitationen med e-mail", "Also send the invitation by e-mail"),
    "members.invite_mailed": (
        "Invitationen sendes også med e-mail til adressen.",
        "The invitation is also being sent by e-mail to the address.",
    ),
    "mail.member_invitation.subject": ("Invitation til {org} i forkant", "Invitation to {org} in forkant"),
    "mail.member_invitation.body": (
        "Hej\n\n{inviter} har inviteret dig til {org} i forkant som {role}. Tag imod invitationen her (linket virker i 14 dage og kun én gang):\n\n{link}",
        "Hello\n\n{inviter} has invited you to {org} in forkant as {role}. Accept the invitation here (the link works for 14 days and only once):\n\n{link}",
    ),
}
