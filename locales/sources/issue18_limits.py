# Issue 18: limits on expensive actions (web/rate_limits.hpp).
T = {
    "error.rate_limited": (
        "Grænsen for denne handling er nået for nu. Prøv igen om {retry_after} sekunder.",
        "The limit for this action has been reached for now. Try again in {retry_after} seconds.",
    ),
}
