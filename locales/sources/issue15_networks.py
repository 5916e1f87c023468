# Issue 15, item 1: networks of organisations - membership, invitations, coordinators, leaving; an
# organisation's inhabitants (its size band). Helper "networks".
T = {
# Errors
"error.org_inhabitants_invalid": ("Antallet af indbyggere skal være et helt tal mellem 0 og 100.000.000.", "The number of inhabitants must be a whole number between 0 and 100,000,000."),
"error.network_name_required": ("Skriv netværkets navn.", "Write the network's name."),
"error.network_name_too_long": ("Netværkets navn må højst være {max} tegn.", "The network's name can be at most {max} characters."),
"error.network_purpose_too_long": ("Formålet må højst være {max} tegn.", "The purpose can be at most {max} characters."),
"error.network_org_unknown": ("Der er ingen organisation med præcis det navn. Skriv navnet, som organisationen selv staver det.", "There is no organisation with exactly that name. Write the name as the organisation itself spells it."),
"error.network_org_already_member": ("{org} er allerede medlem af netværket.", "{org} is already a member of the network."),
"error.network_invitation_open": ("{org} er allerede inviteret og har ikke svaret endnu.", "{org} has already been invited and has not answered yet."),
"error.network_invitation_answered": ("Invitationen er allerede besvaret.", "The invitation has already been answered."),
"error.network_coordinator_invalid": ("Koordinatorer vælges blandt ejere og koordinatorer i netværkets medlemsorganisationer.", "Coordinators are chosen from the owners and coordinators of the network's member organisations."),
"error.network_coordinator_already": ("Personen er allerede koordinator i netværket.", "The person is already a coordinator of the network."),
# The audit log
"audit.say.organisation.profile_changed": ("{actor} ændrede organisationens profil (type og antal indbyggere).", "{actor} changed the organisation's profile (kind and inhabitants)."),
"audit.kind.network": ("Netværk", "Networks"),
"audit.say.network.created": ("{actor} oprettede netværket »{title}«.", "{actor} created the network “{title}”."),
"audit.say.network.invited": ("{actor} inviterede {org} til netværket »{title}«.", "{actor} invited {org} to the network “{title}”."),
"audit.say.network.joined": ("{actor} takkede ja til invitationen, og organisationen blev medlem af netværket »{title}«.", "{actor} accepted the invitation, and the organisation joined the network “{title}”."),
"audit.say.network.declined": ("{actor} takkede nej til invitationen til netværket »{title}«.", "{actor} declined the invitation to the network “{title}”."),
"audit.say.network.left": ("{actor} meldte organisationen ud af netværket »{title}«.", "{actor} took the organisation out of the network “{title}”."),
"audit.say.network.contribution_withdrawn_on_leaving": ("Et bidrag med måleresultater blev trukket tilbage fra netværket »{title}« ved udmeldelsen.", "A contribution of results was withdrawn from the network “{title}” on leaving."),
"audit.say.network.share_withdrawn_on_leaving": ("En delt tekst blev trukket tilbage fra netværket »{title}« ved udmeldelsen.", "A shared text was withdrawn from the network “{title}” on leaving."),
"audit.say.network.coordinator_appointed": ("{actor} udpegede {person} som koordinator i netværket »{title}«.", "{actor} appointed {person} coordinator of the network “{title}”."),
"audit.say.network.coordinator_ended": ("{actor} afsluttede koordinatorperioden for {person} i netværket »{title}«.", "{actor} ended the coordinator term of {person} in the network “{title}”."),
}
