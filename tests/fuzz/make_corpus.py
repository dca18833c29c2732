#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the seed corpora of tests/fuzz/corpus/ from the unit tests' real
examples (tests/llm/llmfixtures.h, tests/e2b, tests/deploy, tests/generation,
resources/templates). Run it again when those change; crash inputs added by
hand (crash-*, see README.md) are left alone."""
import json
import os
import struct
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))


def write(target, name, data):
    folder = os.path.join(here, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def read(path):
    with open(os.path.join(root, path), "rb") as f:
        return f.read()


# --- Anthropic SSE (llmfixtures.h: thinkingThenText) --------------------------
def event(name, obj):
    return "event: %s\ndata: %s\n\n" % (name, json.dumps(obj, ensure_ascii=False, separators=(",", ":")))


anthropic = "".join([
    event("message_start", {"type": "message_start", "message": {"id": "msg_01XFDUDYJgAACzvnptvVoYEL", "type": "message", "role": "assistant", "model": "claude-sonnet-5-5", "content": [], "stop_reason": None, "stop_sequence": None, "usage": {"input_tokens": 412, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 3900, "output_tokens": 1}}}),
    event("content_block_start", {"type": "content_block_start", "index": 0, "content_block": {"type": "thinking", "thinking": "", "signature": ""}}),
    event("ping", {"type": "ping"}),
    event("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {"type": "thinking_delta", "thinking": "The user wants a greeting."}}),
    event("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {"type": "signature_delta", "signature": "EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds"}}),
    event("content_block_stop", {"type": "content_block_stop", "index": 0}),
    event("content_block_start", {"type": "content_block_start", "index": 1, "content_block": {"type": "text", "text": ""}}),
    event("content_block_delta", {"type": "content_block_delta", "index": 1, "delta": {"type": "text_delta", "text": "Hello"}}),
    event("content_block_delta", {"type": "content_block_delta", "index": 1, "delta": {"type": "text_delta", "text": ", wörld ✓"}}),
    event("content_block_stop", {"type": "content_block_stop", "index": 1}),
    event("message_delta", {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None}, "usage": {"output_tokens": 15}}),
    event("message_stop", {"type": "message_stop"}),
])
anthropic_error = anthropic.split("event: content_block_start")[0] + event(
    "error", {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}})
anthropic_cut = anthropic[: anthropic.index("event: message_delta")]
anthropic_max = anthropic.replace('"end_turn"', '"max_tokens"')
for target in ("anthropic_stream", "sse"):
    write(target, "thinking-then-text.sse", anthropic)
    write(target, "error-event.sse", anthropic_error)
    write(target, "cut-before-stop.sse", anthropic_cut)
write("anthropic_stream", "max-tokens.sse", anthropic_max)
write("sse", "crlf.sse", anthropic.replace("\n", "\r\n"))
write("sse", "cr.sse", anthropic.replace("\n", "\r"))
write("sse", "fields.sse", ": keep-alive comment\r\nretry: 3000\nid: 7\ndata:no space\ndata:  two spaces\ndata\n\n"
      "event: ping\ndata: {\"type\":\"ping\"}\nid\n\n\ufeffdata: x\n\ndata: unterminated")

# --- OpenAI-compatible SSE (llmfixtures.h: openAiChunk ...) -------------------
def chunk(choices, extra=None):
    obj = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1764000000, "model": "qwen3-coder:30b", "system_fingerprint": "fp_ollama", "choices": choices}
    if extra:
        obj.update(extra)
    return "data: " + json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n\n"


def text(t):
    return chunk([{"index": 0, "delta": {"content": t}, "finish_reason": None}])


openai = (text("Hello") + text(", wörld ✓") + chunk([{"index": 0, "delta": {}, "finish_reason": "stop"}])
          + chunk([], {"usage": {"prompt_tokens": 412, "completion_tokens": 15, "total_tokens": 427}}) + "data: [DONE]\n\n")
write("openai_stream", "text-finish-usage-done.sse", openai)
write("openai_stream", "length.sse", openai.replace('"stop"', '"length"'))
write("openai_stream", "closed-without-finish.sse", text("Hello") + text(" <think>hmm</think>there"))
write("openai_stream", "error-object.sse", 'data: {"error":{"message":"model not found","type":"not_found_error"}}\n\n')
write("sse", "openai.sse", openai)

# --- Ollama NDJSON (tests/llm/fakelocalservers.cpp) ---------------------------
def line(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n"


def msg(content, thinking=None):
    m = {"role": "assistant", "content": content}
    if thinking is not None:
        m["thinking"] = thinking
    return line({"model": "qwen3", "created_at": "2026-12-07T10:00:00Z", "message": m, "done": False})


done = line({"model": "qwen3", "created_at": "2026-12-07T10:00:01Z", "message": {"role": "assistant", "content": ""}, "done": True, "done_reason": "stop", "total_duration": 1000, "prompt_eval_count": 412, "eval_count": 15})
write("ollama_stream", "thinking-field.ndjson", msg("", "The user wants a greeting.") + msg("Hello") + msg(", wörld ✓") + done)
write("ollama_stream", "think-tags-split.ndjson", msg("<thi") + msg("nk>plan</th") + msg("ink>Hello") + done.replace('"stop"', '"length"'))
write("ollama_stream", "no-done.ndjson", msg("Hello") + msg(" there"))
write("ollama_stream", "error.ndjson", line({"error": "model 'qwen3' not found"}))

# --- <app> answers (tests/generation/fixtures) --------------------------------
answer = read("tests/generation/fixtures/todo-answer.txt")
small = (b"Here is the app.\n<app>\n<manifest>\n{\"type\": \"webapp\", \"port\": 3000}\n</manifest>\n"
         b"<file path=\"index.html\">\n<h1>Hi \xc3\xa9t\xc3\xa9 \xf0\x9f\x98\x80</h1>\n</file>\n"
         b"<delete path=\"old.js\"/>\n<file path=\"app.js\">\nconsole.log('</file> in a string');\n</file>\n</app>\nDone.\n")
for target in ("app_parser", "stitcher"):
    write(target, "todo-answer.txt", answer)
    write(target, "small-answer.txt", small)
write("app_parser", "truncated.txt", small[: small.index(b"</file>\n<delete")])
write("app_parser", "nested-file.txt", b"<app>\n<file path=\"a.js\">\n<file path=\"b.js\">\n</file>\n</app>\n")
write("app_parser", "crlf.txt", small.replace(b"\n", b"\r\n"))

# --- Connect (tests/e2b/test_e2b_envelope.cpp, test_e2b_connecterror.cpp) -----
def envelope(payload, flags=0):
    payload = payload.encode() if isinstance(payload, str) else payload
    return struct.pack(">BI", flags, len(payload)) + payload


write("connect_frames", "process-stream.bin", envelope('{"event":{"start":{"pid":7}}}')
      + envelope('{"event":{"data":{"stdout":"aGkK"}}}') + envelope('{"event":{"keepalive":{}}}')
      + envelope('{"event":{"end":{"exitCode":0,"status":"exit status 0"}}}') + envelope("{}", 2))
write("connect_frames", "end-with-error.bin", envelope("1") + envelope("22") + envelope("")
      + envelope('{"error":{"code":"deadline_exceeded","message":"x"}}', 2))
write("connect_frames", "compressed.bin", envelope("xx", 1))
write("connect_frames", "after-end.bin", envelope("{}", 2) + envelope("{}"))
write("connect_frames", "partial.bin", envelope('{"event":{"start":{"pid":7}}}')[:9])
for name, body in {
    "not-found.json": '{"code":"not_found","message":"process 7 not found"}',
    "integer-code.json": '{"code":401,"message":"unauthorized access"}',
    "sandbox-gone.json": '{"sandboxId":"i1","message":"The sandbox was not found","code":502}',
    "port-closed.json": '{"sandboxId":"i1","message":"The sandbox is running but port is not open","port":49983,"code":502}',
    "end-ok.json": "{}",
    "end-metadata.json": '{"metadata":{"k":["v"]}}',
    "end-error.json": '{"error":{"code":"deadline_exceeded","message":"x"}}',
    "plain.txt": "Invalid host",
}.items():
    write("connect_error", name, body)

# --- paths (tests/deploy/test_pathvalidator.cpp) ------------------------------
for i, p in enumerate(["index.html", "src/app.js", "public/css/site.min.css", ".env.example", "a b/c d.txt",
                       "données/été.json", "x..y/z", "sub/.npmrc", "../etc/passwd", "/etc/passwd", "a//b",
                       "a/./b", "C:/x", "node_modules/x.js", ".spawnai/x", "a\\b", "~/x", "a\u202eb"]):
    write("path_validator", "path-%02d" % i, p)

# --- manifests (tests/deploy/test_manifest.cpp, resources/templates) ----------
write("manifest", "full.json", '{"type": "api", "port": 8080, "start": "node index.js", "build": "npm run build",'
      ' "install": {"npm": ["express@^4.19.2", "@types/node@20"], "pip": ["requests==2.31.0"]},'
      ' "name": "Notes", "description": "A notes API"}')
write("manifest", "null-start.json", '{"type": "webapp", "start": null, "install": {"npm": []}}')
write("manifest", "bad-spec.json", '{"type": "api", "install": {"npm": ["git+https://x.test/a.git"]}}')
for template in ("express-api", "python-script", "static-site"):
    write("manifest", template + ".json", read("resources/templates/%s/spawnai.json" % template))

# --- package.json and lock files (tests/deploy/test_packagespec.cpp) ----------
write("package_json", "express-api.json", read("resources/templates/express-api/package.json"))
write("package_json", "git.json", '{"dependencies": {"x": "git+https://github.com/a/b.git"}}')
write("package_json", "alias.json", '{"dependencies": {"x": "npm:evil@1"}, "overrides": {"y": "https://evil.test/x.tgz"}}')
write("package_json", "lock.json", '{"lockfileVersion": 3, "packages": {"": {"name": "x", "dependencies": {"express": "^4.19.2"}},'
      ' "node_modules/express": {"version": "4.19.2", "resolved": "https://registry.npmjs.org/express/-/express-4.19.2.tgz"}}}')
write("package_spec", "npm-good.txt", "express\nexpress@^4.19.2\n@types/node@20\nleft-pad@latest\n")
write("package_spec", "pip-good.txt", "requests\nrequests==2.31.0\nnumpy>=1.26,<2\nuvicorn[standard]\n")
write("package_spec", "bad.txt", "git+https://github.com/x/y.git\nfile:../x\n-e .\n--registry=https://evil.test\n"
      "x; rm -rf /\n$(id)\nexpress@\nexpress@^4.19.2 || evil\nnpm:other@1\n")

# --- POST /api/v1/sessions bodies (tests/api) ---------------------------------
for name, body in {
    "template.json": '{"template":"static-site"}',
    "unknown-template.json": '{"template":"no-such-template"}',
    "unknown-field.json": '{"template":"static-site","colour":"red"}',
    "wrong-type.json": '{"template":"static-site","internet":"yes"}',
    "two-sources.json": '{"template":"static-site","prompt":"both"}',
    "prompt.json": '{"prompt":"a page","provider":"anthropic","model":"claude-sonnet-4-5","sandbox":"local","internet":true,"timeoutSeconds":600,"appType":"webapp"}',
    "files.json": json.dumps({"files": [{"path": "index.html", "content": "<h1>Hi</h1>"}, {"path": "app.js", "content": "console.log(1)"}],
                              "manifest": {"type": "webapp", "port": 3000}}),
    "files-bad-path.json": '{"files":[{"path":"../x","content":""}],"manifest":{"type":"webapp"}}',
    "not-json.json": "{",
}.items():
    write("session_start", name, body)

# --- ZIP round trip: "path\ncontent" records separated by NUL -----------------
records = []
for template in ("static-site", "python-script"):
    folder = os.path.join(root, "resources/templates", template)
    for name in sorted(os.listdir(folder)):
        records.append(name.encode() + b"\n" + read("resources/templates/%s/%s" % (template, name)))
    write("zip_roundtrip", template + ".records", b"\0".join(records))
    records = []
write("zip_roundtrip", "modes.records", b"*run.sh\n#!/bin/sh\necho hi\n\0empty.txt\n\0donn\xc3\xa9es/\xc3\xa9t\xc3\xa9.json\n{}\n")
write("zip_roundtrip", "unsafe.records", b"a.txt\nx\0../b.txt\ny")

# --- a session's action bodies (tests/api/test_api_host.cpp, test_api_images.cpp):
# the first byte picks the body, see fuzz_api_bodies.cpp ----------------------
def png_1x1():
    import zlib

    def png_chunk(kind, payload):
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0))
            + png_chunk(b"IDAT", zlib.compress(b"\0\xff\0\0\xff")) + png_chunk(b"IEND", b""))


import base64
png = base64.b64encode(png_1x1()).decode()
for name, body in {
    "message.json": 'm{"text":"make it blue"}',
    "message-unknown-field.json": 'm{"words":"make it blue"}',
    "message-blank.json": 'm{"text":"  \\n "}',
    "message-image-uri.json": 'm{"text":"like this","images":["data:image/png;base64,%s"]}' % png,
    "message-image-object.json": 'm{"text":"like this","images":[{"mediaType":"image/png","data":"%s"}]}' % png,
    "message-not-an-image.json": 'm{"text":"like this","images":["data:image/png;base64,aGVsbG8="]}',
    "extend.json": 'e{"minutes":5}',
    "extend-word.json": 'e{"minutes":"five"}',
    "extend-empty.json": "e",
    "extend-too-long.json": 'e{"minutes":1441}',
    "redeploy.json": "r{}",
    "redeploy-internet.json": 'r{"internet":true}',
    "redeploy-not-bool.json": 'r{"internet":"yes"}',
    "restore.json": 'v{"version":7}',
    "restore-fraction.json": 'v{"version":1.5}',
    "restore-huge.json": 'v{"version":1e300}',
    "not-json.json": "v{",
    "array.json": "[1]",
}.items():
    write("api_bodies", name, body)

# --- WebSocket room messages (tests/api/test_api_events.cpp, ws_client.py) ---
session_id = "0b3f4e2a-6c1d-4b8e-9a7f-2d5c8e1f3a60"
for name, body in {
    "all.json": '{"type":"subscribe","sessions":["*"]}',
    "all-after.json": '{"type":"subscribe","sessions":["*"],"after":12}',
    "one-after.json": '{"type":"subscribe","sessions":["%s"],"after":0}' % session_id,
    "two.json": '{"type":"subscribe","sessions":["%s","%s","%s"]}' % (session_id, session_id.replace("0b", "1c"), session_id),
    "unsubscribe.json": '{"type":"unsubscribe","sessions":["*"],"after":"ignored"}',
    "hello.json": '{"type":"hello"}',
    "not-an-id.json": '{"type":"subscribe","sessions":["not-an-id"]}',
    "after-negative.json": '{"type":"subscribe","sessions":["*"],"after":-1}',
    "after-huge.json": '{"type":"subscribe","sessions":["*"],"after":1e19}',
    "unknown-field.json": '{"type":"subscribe","sessions":["*"],"colour":1}',
    "no-sessions.json": '{"type":"subscribe"}',
    "all-and-one.json": '{"type":"subscribe","sessions":["*","%s"]}' % session_id,
    "not-json.txt": "not json",
}.items():
    write("room_command", name, body)
