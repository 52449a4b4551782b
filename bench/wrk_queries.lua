-- wrk script: rotates over the benchmark queries. The path prefix comes after
-- "--" on the wrk command line, e.g. `-- /api/search?q=`.
local queries = {}
local prefix = "/api/search?q="
local i = 0

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  if args[1] then prefix = args[1] end
  for line in io.lines(os.getenv("LB_QUERIES") or "bench/queries.txt") do
    if #line > 0 then queries[#queries + 1] = urlencode(line) end
  end
end

function request()
  i = i % #queries + 1
  return wrk.format("GET", prefix .. queries[i])
end
