// SPDX-License-Identifier: MIT
// `spawnai mcp` driven by the official MCP TypeScript SDK client, against a
// small host of this script's own (the REST routes the tools call, behind
// <data>/api.json and <data>/api-token). Usage: node client.mjs SPAWNAI_BINARY
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { LATEST_PROTOCOL_VERSION } from "@modelcontextprotocol/sdk/types.js";
import Ajv2020 from "ajv/dist/2020.js";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";

const binary = process.argv[2];
const dataDir = mkdtempSync(join(tmpdir(), "spawnai-mcp-sdk-"));
const token = randomUUID();
const requests = [];
const posted = [];
const sessions = new Map();

function sessionJson(session) {
  const status = session.script[session.step];
  return {
    id: session.id, status, prompt: session.prompt, type: "webapp", sandbox: "local",
    url: status === "ready" ? "http://127.0.0.1:4321/" : null,
    error: null, estimatedCost: 0.02, actualCost: 0.01, versions: 1,
    createdAt: "2026-12-07T06:00:00.000Z", updatedAt: null, expiresAt: null,
  };
}

const host = http.createServer((request, response) => {
  let body = "";
  request.on("data", (chunk) => (body += chunk));
  request.on("end", () => {
    const url = new URL(request.url, "http://127.0.0.1");
    requests.push(`${request.method} ${url.pathname}${url.search}`);
    const send = (status, object) => {
      response.writeHead(status, { "Content-Type": "application/json" });
      response.end(JSON.stringify(object));
    };
    if (request.headers.authorization !== `Bearer ${token}`)
      return send(401, { error: { kind: "user", message: "No valid token", recoverable: false } });
    if (request.method === "GET" && url.pathname === "/api/v1/costs")
      return send(200, { since: url.searchParams.get("since") ?? "2026-12-01", until: "2026-12-31", totals: { total: 1.25 }, budget: {} });
    if (request.method === "GET" && url.pathname === "/api/v1/sessions")
      return send(200, { sessions: [...sessions.values()].map(sessionJson), total: sessions.size, nextCursor: null });
    if (request.method === "POST" && url.pathname === "/api/v1/sessions") {
      posted.push(JSON.parse(body));
      const prompt = JSON.parse(body).prompt;
      const session = { id: randomUUID(), prompt, step: 0,
        script: prompt === "slow" ? ["queued", "generating"] : ["queued", "generating", "deploying", "ready"] };
      sessions.set(session.id, session);
      return send(202, { id: session.id, status: "queued", estimatedCost: 0.02, estimatedSeconds: 30, links: {} });
    }
    const match = url.pathname.match(/^\/api\/v1\/sessions\/([^/]+)$/);
    const session = match && sessions.get(match[1]);
    if (!session)
      return send(404, { error: { kind: "user", message: "There is no such session", recoverable: false, field: "id" } });
    if (request.method === "DELETE") {
      session.script = ["stopped"];
      session.step = 0;
      return send(200, sessionJson(session));
    }
    const now = sessionJson(session);
    session.step = Math.min(session.step + 1, session.script.length - 1);
    return send(200, now);
  });
});
await new Promise((resolve) => host.listen(0, "127.0.0.1", resolve));
writeFileSync(join(dataDir, "api-token"), token + "\n", { mode: 0o600 });
writeFileSync(join(dataDir, "api.json"), JSON.stringify({
  url: `http://127.0.0.1:${host.address().port}/`, pid: process.pid, tokenFile: join(dataDir, "api-token"),
}), { mode: 0o600 });

const transport = new StdioClientTransport({ command: binary, args: ["--data-dir", dataDir, "mcp"], stderr: "inherit" });
const client = new Client({ name: "spawnai-sdk-test", version: "1.0.0" });
try {
  await client.connect(transport);
  assert.equal(client.getServerVersion().name, "spawnai");
  assert.ok(client.getServerCapabilities().tools, "the server offers tools");
  console.log(`connected (SDK speaks ${LATEST_PROTOCOL_VERSION})`);

  const { tools } = await client.listTools();
  assert.deepEqual(tools.map((t) => t.name).sort(),
    ["change_app", "get_costs", "get_logs", "get_session", "list_sessions", "spawn_app", "stop_session"]);
  // Every schema compiles under JSON Schema 2020-12, MCP's default dialect.
  const ajv = new Ajv2020({ strict: true, strictTypes: false });
  for (const tool of tools) {
    ajv.compile(tool.inputSchema);
    ajv.compile(tool.outputSchema);
  }
  console.log(`${tools.length} tools, schemas valid`);

  // The SDK checks structuredContent against each tool's outputSchema.
  const costs = await client.callTool({ name: "get_costs", arguments: { since: "2026-12-01" } });
  assert.equal(costs.isError, undefined, JSON.stringify(costs));
  assert.equal(costs.structuredContent.totals.total, 1.25);
  assert.ok(requests.includes("GET /api/v1/costs?since=2026-12-01"));

  const progress = [];
  const spawned = await client.callTool({ name: "spawn_app", arguments: { prompt: "a todo list" } }, undefined,
    { onprogress: (p) => progress.push(p) });
  assert.equal(spawned.isError, undefined, JSON.stringify(spawned));
  assert.equal(spawned.structuredContent.url, "http://127.0.0.1:4321/");
  // One per status; the SDK may drop the last (ready), which arrives just before the answer.
  assert.ok(progress.length >= 3, JSON.stringify(progress));
  assert.ok(progress[0].message.endsWith(": queued") && progress[2].message.endsWith(": deploying"));
  assert.ok(progress.every((p, i) => i === 0 || p.progress > progress[i - 1].progress));

  // A picture and the app's environment reach the host as given (issue 14).
  const png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";
  const pictured = await client.callTool({ name: "spawn_app",
    arguments: { prompt: "a page like this sketch", images: [png], env: { WEATHER_KEY: "k-123" } } });
  assert.equal(pictured.isError, undefined, JSON.stringify(pictured));
  const sent = posted.find((b) => b.prompt === "a page like this sketch");
  assert.deepEqual(sent.images, [png]);
  assert.deepEqual(sent.env, { WEATHER_KEY: "k-123" });
  // A picture that is not one is refused by the tool's own schema.
  const notPicture = await client.callTool({ name: "spawn_app",
    arguments: { prompt: "x", images: ["data:text/plain;base64,aGk="] } });
  assert.equal(notPicture.isError, true);
  console.log("pictures and the environment passed through");

  const listed = await client.callTool({ name: "list_sessions", arguments: {} });
  assert.equal(listed.structuredContent.sessions.length, 2);
  assert.ok(listed.structuredContent.sessions.every((session) => session.status === "ready"));

  const invalid = await client.callTool({ name: "get_session", arguments: {} });
  assert.equal(invalid.isError, true);

  // Aborting a call sends notifications/cancelled: the half-made app is stopped.
  const abort = new AbortController();
  const slow = client.callTool({ name: "spawn_app", arguments: { prompt: "slow" } }, undefined, { signal: abort.signal });
  const slowSession = () => [...sessions.values()].find((s) => s.prompt === "slow");
  // Once the run is being watched (the host has answered a GET for it).
  while (!slowSession() || slowSession().step < 1)
    await new Promise((resolve) => setTimeout(resolve, 50));
  abort.abort("the test gave up");
  await assert.rejects(slow);
  const slowId = slowSession().id;
  for (let i = 0; i < 200 && !requests.includes(`DELETE /api/v1/sessions/${slowId}`); ++i)
    await new Promise((resolve) => setTimeout(resolve, 50));
  assert.ok(requests.includes(`DELETE /api/v1/sessions/${slowId}`), "the cancelled spawn was stopped");
  console.log("tools called; progress, errors and cancellation as expected");
} finally {
  await client.close();
  host.close();
  rmSync(dataDir, { recursive: true, force: true });
}
console.log("PASS");
