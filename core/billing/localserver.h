// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

// Which model servers are the user's own, so that a model without a price
// may be counted as free. A server on this machine or on a private network
// (Ollama, llama.cpp, LM Studio on the desk or in the basement) costs
// nothing per token; a hosted model costs money even when a proxy on
// localhost forwards to it (LiteLLM, a corporate gateway), so those names
// are never free by address alone.
namespace LocalServer {
// Loopback, RFC 1918, carrier-grade NAT (Tailscale), link-local and IPv6
// unique-local addresses, "localhost", and names that only resolve on a
// local network: one label ("gpu-box"), .local, .lan, .internal, .home.arpa.
bool isPrivateAddress(const QUrl &url);
// A model a hosted vendor bills for: Claude, GPT and o-series, Gemini, Grok
// (not OpenAI's open-weight gpt-oss, which runs anywhere).
bool looksHosted(const QString &model);
// An unpriced model is free when it runs on the user's own server.
bool isFreeServerModel(const QUrl &baseUrl, const QString &model);
} // namespace LocalServer
