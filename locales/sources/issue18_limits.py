# Issue 18: limits on expensive actions (web/rate_limits.hpp).
T = {
    "error.rate_limited": (
        "Grænsen for denne handling er nået for nu. Prøv igen om {retry_after} sekunder.",
        "The limit for this action has been reached for now. Try again in {retry_after} seconds.",
    ),
    "error.sso_busy": (
        "Mange er ved at logge ind hos organisationen lige nu. Prøv igen om {retry_after} sekunder.",
        "Many sign-ins are under way at the organisation right now. Try again in {retry_after} seconds.",
    ),
}
