T = {
"error.join_password_refused": ("Adgangskoden blev ikke godtaget. Har du allerede en konto med denne e-mailadresse, så skriv dens adgangskode. Ellers vælg en ny adgangskode på 12 til 128 tegn, som ikke er blandt de mest brugte.", "The password was not accepted. If you already have an account with this e-mail address, type its password. Otherwise choose a new password of 12 to 128 characters that is not among the most used."),
"error.invitation_used": ("Invitationen er allerede brugt. Log ind, eller bed en ejer om en ny invitation.", "The invitation has already been used. Sign in, or ask an owner for a new invitation."),
"join.name_hint_either": ("Har du allerede en konto med denne e-mailadresse, beholder den sit navn.", "If you already have an account with this e-mail address, it keeps its name."),
"join.password_either": ("Adgangskode", "Password"),
"join.password_hint_either": ("Har du allerede en konto med denne e-mailadresse, så skriv dens adgangskode. Ellers vælg en ny på mindst 12 tegn – en sætning, du kan huske, virker godt.", "If you already have an account with this e-mail address, type its password. Otherwise choose a new one of at least 12 characters – a sentence you can remember works well."),
}
