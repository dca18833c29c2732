#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# A WebSocket client this repository did not write the protocol side of:
# Debian's python3-websockets. Connects to SpawnAI's rooms with the token
# of $SPAWNAI_TOKEN (a header, or the "bearer." subprotocol a browser would
# use), subscribes and prints every message as one JSON line, until --count
# messages came or --timeout seconds passed. test_api_events drives it.
import argparse
import asyncio
import json
import os
import sys

import websockets


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--session", default="*")
    parser.add_argument("--after", type=int)
    parser.add_argument("--count", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=20.0)
    parser.add_argument("--token-as", choices=["header", "subprotocol"], default="header")
    args = parser.parse_args()
    token = os.environ["SPAWNAI_TOKEN"]
    options = {}
    if args.token_as == "header":
        options["extra_headers"] = {"Authorization": "Bearer " + token}
    else:
        options["subprotocols"] = ["bearer." + token]
    subscribe = {"type": "subscribe", "sessions": [args.session]}
    if args.after is not None:
        subscribe["after"] = args.after
    received = 0
    async with websockets.connect(args.url, **options) as socket:
        await socket.send(json.dumps(subscribe))
        try:
            while args.count == 0 or received < args.count:
                message = await asyncio.wait_for(socket.recv(), timeout=args.timeout)
                print(json.dumps(json.loads(message), sort_keys=True), flush=True)
                received += 1
        except asyncio.TimeoutError:
            print("timed out after %d messages" % received, file=sys.stderr)
            return 1
    return 0


sys.exit(asyncio.run(main()))
