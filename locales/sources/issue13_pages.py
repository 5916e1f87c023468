# Issue 13, item 3: the overview lists the oldest decisions due for review and counts the rest, with a
# link to the register sorted by review date (it listed every one: 1,250 lines in a register of 5,000).
T = {
"overview.reviews_more": ("Og {count} flere beslutninger, der skal tages op igen – se dem i registret efter revurderingsdato", "And {count} more decisions due for review – see them in the register by review date"),
"overview.reviews_more_one": ("Og én beslutning mere, der skal tages op igen – se den i registret efter revurderingsdato", "And one more decision due for review – see it in the register by review date"),
}
