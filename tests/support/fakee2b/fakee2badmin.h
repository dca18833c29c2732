// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"

class FakeE2bConnection;
class FakeE2bServer;

// The fake server's own endpoints under /_fake/, for a test that runs it as
// a separate process (fake-e2b-server): observe it and inject faults over
// HTTP. No real E2B server has them.
//   GET    /_fake/state     {"live":[ids],"creates":N,"kills":N,"expired":N}
//   GET    /_fake/requests  [{"route","sandboxId","method","target","headers":{},"body":"<base64>"}]
//   POST   /_fake/faults    {"route","action":"respond|drop|cut|delay","skip","times","status",
//                            "body","headers":{},"cutAfterFrames","delayMs"}
//   DELETE /_fake/faults    removes them all
//   POST   /_fake/latency   {"ms":N}
namespace FakeE2bAdmin {

void handle(FakeE2bConnection *connection, const HttpRequest &request, FakeE2bServer *server);

} // namespace FakeE2bAdmin
