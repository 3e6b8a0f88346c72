// Mixed turns (searches, questions, draft checks, card buttons, "help") from eight users against the bot, with a
// fixed number of connections, until TURNS answers have come back; prints the count, failures, rate and p99.
// (wrk cannot stop after a number of requests: it always runs its whole duration.)
// Usage: node scripts/load/mixed.mjs <bot url> <connector url> [turns] [connections]
import http from "node:http";

const [target, connector, turnsArg = "10000", connectionsArg = "16"] = process.argv.slice(2);
const turns = Number(turnsArg);
const connections = Number(connectionsArg);
const tenant = "00000000-0000-0000-0000-0000000000001";

const activity = (type, user, rest) => JSON.stringify({
  type, id: `f:${user}`, serviceUrl: connector, channelId: "msteams",
  from: { id: `29:${user}`, aadObjectId: `aaaaaaaa-bbbb-cccc-dddd-00000000000${user}` }, recipient: { id: "28:b" },
  conversation: { id: `a:${user}`, conversationType: "personal", tenantId: tenant },
  channelData: { tenant: { id: tenant } }, locale: "nl-NL", ...rest,
});
const search = (query) => ({ name: "composeExtension/query", value: { commandId: "searchGuidelines", parameters: [{ name: "query", value: query }] } });
const bodies = [
  activity("invoke", "1", search("foto")),
  activity("message", "2", { text: "Mag ik foto's van mijn klas op Instagram zetten?" }),
  activity("message", "3", { text: "controleer: Emma uit groep 6 heeft dyscalculie, ze doet haar best." }),
  activity("invoke", "4", { name: "adaptiveCard/action", value: { action: { type: "Action.Execute", verb: "help.examples", data: {} }, trigger: "manual" } }),
  activity("invoke", "5", search("privacy leerlingen")),
  activity("message", "6", { text: "Wat zegt het protocol over een klassenfoto op de website?" }),
  activity("message", "7", { text: "check: Morgen gaan we met groep 8 naar het museum, leuk!" }),
  activity("message", "8", { text: "help" }),
].map((b) => Buffer.from(b));

const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const url = new URL(target);
const post = (body) => new Promise((resolve) => {
  const started = process.hrtime.bigint();
  const request = http.request({
    agent, host: url.hostname, port: url.port, path: url.pathname, method: "POST",
    headers: { "Content-Type": "application/json", "Content-Length": body.length },
  }, (response) => {
    response.resume();
    response.on("end", () => resolve({ status: response.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
  });
  request.on("error", () => resolve({ status: 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
  request.end(body);
});

let next = 0;
let failed = 0;
const latencies = [];
const started = Date.now();
await Promise.all(Array.from({ length: connections }, async () => {
  while (next < turns) {
    const { status, ms } = await post(bodies[next++ % bodies.length]);
    if (status !== 200) failed++;
    latencies.push(ms);
  }
}));
const seconds = (Date.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const p99 = latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))];
console.log(`mixed turns answered: ${latencies.length}, not 200: ${failed}, ${(latencies.length / seconds).toFixed(0)} turns/s, p99 ${p99.toFixed(1)} ms`);
agent.destroy();
