-- wrk script: mixed turns (searches, questions, draft checks, card buttons, "help") from eight users; each thread
-- stops after SHARE answers (scripts/load.sh sets SHARE = turns / threads). Replies go to CONNECTOR.
local connector = os.getenv("CONNECTOR") or "http://127.0.0.1:3991/"
local tenant = "00000000-0000-0000-0000-0000000000001"
local share = tonumber(os.getenv("SHARE") or "5000")
local threads = {}

local function activity(kind, user, rest)
  return '{"type":"' .. kind .. '","id":"f:' .. user .. '","serviceUrl":"' .. connector .. '","channelId":"msteams",'
    .. '"from":{"id":"29:' .. user .. '","aadObjectId":"aaaaaaaa-bbbb-cccc-dddd-00000000000' .. user .. '"},"recipient":{"id":"28:b"},'
    .. '"conversation":{"id":"a:' .. user .. '","conversationType":"personal","tenantId":"' .. tenant .. '"},'
    .. '"channelData":{"tenant":{"id":"' .. tenant .. '"}},"locale":"nl-NL",' .. rest .. '}'
end

local bodies = {
  activity("invoke", "1", '"name":"composeExtension/query","value":{"commandId":"searchGuidelines","parameters":[{"name":"query","value":"foto"}]}'),
  activity("message", "2", '"text":"Mag ik foto\'s van mijn klas op Instagram zetten?"'),
  activity("message", "3", '"text":"controleer: Emma uit groep 6 heeft dyscalculie, ze doet haar best."'),
  activity("invoke", "4", '"name":"adaptiveCard/action","value":{"action":{"type":"Action.Execute","verb":"help.examples","data":{}},"trigger":"manual"}'),
  activity("invoke", "5", '"name":"composeExtension/query","value":{"commandId":"searchGuidelines","parameters":[{"name":"query","value":"privacy leerlingen"}]}'),
  activity("message", "6", '"text":"Wat zegt het protocol over een klassenfoto op de website?"'),
  activity("message", "7", '"text":"check: Morgen gaan we met groep 8 naar het museum, leuk!"'),
  activity("message", "8", '"text":"help"'),
}

function setup(thread)
  table.insert(threads, thread)
end

i, count, failed = 0, 0, 0 -- globals: done() reads them with thread:get

function request()
  i = i + 1
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, bodies[(i % #bodies) + 1])
end

function response(status, headers, body)
  count = count + 1
  if status ~= 200 then failed = failed + 1 end
  if count >= share then wrk.thread:stop() end
end

function done(summary, latency, requests)
  local answered, bad = 0, 0
  for _, thread in ipairs(threads) do
    answered = answered + thread:get("count")
    bad = bad + thread:get("failed")
  end
  io.write(string.format("mixed turns answered: %d, not 200: %d\n", answered, bad))
end
