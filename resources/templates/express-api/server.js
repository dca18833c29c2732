// SpawnAI starter: a small JSON API with Express 4 and an in-memory notes store.
"use strict";

const path = require("path");
const express = require("express");

const PORT = Number(process.env.PORT) || 3000;
const HOST = "0.0.0.0";
const MAX_TEXT_LENGTH = 500;
const MAX_NOTES = 1000;

const app = express();
app.disable("x-powered-by");
app.use(express.json({ limit: "16kb" }));

// Tiny access log, one line per request (shown in the SpawnAI logs panel).
app.use((req, res, next) => {
  const started = Date.now();
  res.on("finish", () => {
    console.log(`${req.method} ${req.originalUrl} -> ${res.statusCode} (${Date.now() - started} ms)`);
  });
  next();
});

// ---- In-memory store: resets every time the app restarts.
let nextId = 1;
const notes = new Map();

function addNote(text) {
  const note = { id: nextId++, text, createdAt: new Date().toISOString() };
  notes.set(note.id, note);
  return note;
}

addNote("Welcome! This note lives in memory.");
addNote("POST /api/notes with {\"text\": \"...\"} to add another.");

function httpError(status, message) {
  const error = new Error(message);
  error.status = status;
  return error;
}

function validateNote(body) {
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return "Request body must be a JSON object like {\"text\": \"...\"}.";
  }
  if (typeof body.text !== "string") {
    return "Field \"text\" is required and must be a string.";
  }
  const text = body.text.trim();
  if (text.length === 0) return "Field \"text\" must not be empty.";
  if (text.length > MAX_TEXT_LENGTH) {
    return `Field "text" must be at most ${MAX_TEXT_LENGTH} characters.`;
  }
  return null;
}

function findNote(idParam) {
  const id = /^\d+$/.test(idParam) ? Number(idParam) : NaN;
  const note = notes.get(id);
  if (!note) throw httpError(404, `Note ${JSON.stringify(idParam)} not found.`);
  return note;
}

// ---- Routes
app.get("/", (req, res) => {
  res.sendFile(path.join(__dirname, "index.html"));
});

app.get("/api/health", (req, res) => {
  res.json({ status: "ok" });
});

app.get("/api/notes", (req, res) => {
  const list = [...notes.values()];
  res.json({ count: list.length, notes: list });
});

app.get("/api/notes/:id", (req, res) => {
  res.json(findNote(req.params.id));
});

app.post("/api/notes", (req, res) => {
  const problem = validateNote(req.body);
  if (problem) throw httpError(400, problem);
  if (notes.size >= MAX_NOTES) throw httpError(409, `At most ${MAX_NOTES} notes can be stored.`);
  const note = addNote(req.body.text.trim());
  res.status(201).location(`/api/notes/${note.id}`).json(note);
});

app.delete("/api/notes/:id", (req, res) => {
  const note = findNote(req.params.id);
  notes.delete(note.id);
  res.status(204).end();
});

// Unknown routes: JSON, never an HTML error page.
app.use((req, res) => {
  res.status(404).json({ error: `No route for ${req.method} ${req.path}.` });
});

// Errors (including malformed JSON bodies) as JSON.
// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  let status = Number(err.status || err.statusCode) || 500;
  let message = err.message || "Internal server error.";
  if (err.type === "entity.parse.failed") message = "Request body is not valid JSON.";
  if (err.type === "entity.too.large") message = "Request body is too large.";
  if (status >= 500) {
    console.error(err);
    status = 500;
    message = "Internal server error.";
  }
  res.status(status).json({ error: message });
});

// ---- Start and stop
const server = app.listen(PORT, HOST, () => {
  console.log(`express-api listening on http://${HOST}:${PORT}`);
});

function shutdown(signal) {
  console.log(`${signal} received, shutting down...`);
  server.close(() => {
    console.log("Server closed.");
    process.exit(0);
  });
  server.closeIdleConnections?.();
  // Do not hang forever on long-lived connections.
  setTimeout(() => process.exit(0), 5000).unref();
}

process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
