-- wrk script for durable saves: each request saves one questionnaire page (the six rated answers of one
-- question) through the next respondent link, a PUT committed with synchronous=FULL before the reply.
-- TOKENS names the links file (save.tokens of bench_data); the links are reused round-robin, as
-- respondents save page after page. Every visit to a link changes its answers: SQLite writes nothing,
-- and so syncs nothing, for a transaction that leaves every page as it was, and that would not measure
-- a durable save.
local tokens = {}
for line in io.lines(os.getenv("TOKENS")) do tokens[#tokens + 1] = line end
local items = {"s1", "s2", "s3", "s4", "position", "importance"}
local first_visit = os.getenv("BENCH_PHASE") == "warmup" and 2 or 0  -- the run must not repeat the warm-up
local n = 0
request = function()
  local t, pass = n % #tokens, math.floor(n / #tokens)
  n = n + 1
  local q = "q" .. (pass % 10 + 1) .. "."
  local answers = {}
  local visit = first_visit + math.floor(pass / 10)  -- how often this link has had this page before
  for k, item in ipairs(items) do answers[k] = '"' .. q .. item .. '":' .. ((t + k + visit) % 5 + 1) end
  return wrk.format("PUT", "/api/v1/responses/" .. tokens[t + 1], {["Content-Type"] = "application/json"},
                    '{"answers":{' .. table.concat(answers, ",") .. '}}')
end
