-- wrk script for durable submissions: each request submits one complete response (about 60 answers, a
-- purpose allocation, sometimes a comment) through a link never used before, committed with
-- synchronous=FULL before the reply. TOKENS and BODIES name bench_data's submit.tokens and submit.bodies.
-- The warm-up (BENCH_PHASE=warmup) takes links from the end of the file and the measured run from the
-- start, so no link is submitted twice; if the links run out, the server answers 404 and bench/run flags
-- the row.
local tokens, bodies = {}, {}
for line in io.lines(os.getenv("TOKENS")) do tokens[#tokens + 1] = line end
for line in io.lines(os.getenv("BODIES")) do bodies[#bodies + 1] = line end
local warmup = os.getenv("BENCH_PHASE") == "warmup"
local i = 0
request = function()
  i = i + 1
  local token = tokens[warmup and #tokens + 1 - i or i] or "links-exhausted"
  return wrk.format("PUT", "/api/v1/responses/" .. token, {["Content-Type"] = "application/json"},
                    bodies[(i - 1) % #bodies + 1])
end
