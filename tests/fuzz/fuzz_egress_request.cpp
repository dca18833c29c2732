// SPDX-License-Identifier: MIT
// The install proxy's request head (EgressRequest) and allow-list on any
// bytes: no crash; a head is decided the same way whatever follows it; an
// accepted request names a host the allow-list can be asked about (no
// whitespace, no control bytes, a port in range), and what goes upstream
// is one clean head that ends the connection after one request.
#include "fuzzsupport.h"
#include "sandbox/egressallowlist.h"
#include "sandbox/local/egressrequest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size).toByteArray();
    const EgressRequest request = EgressRequest::parse(input);
    if (request.status == EgressRequest::Status::Ok) {
        FUZZ_CHECK(!request.host.isEmpty());
        FUZZ_CHECK(request.port >= 1 && request.port <= 65535);
        FUZZ_CHECK(request.headBytes > 0 && request.headBytes <= input.size());
        for (const QChar c : request.host)
            FUZZ_CHECK(c.unicode() > 0x20 && c.unicode() < 0x7f && c != u'/' && c != u'@');
        // Bytes after the head never change how the head was read.
        const EgressRequest again = EgressRequest::parse(input.left(request.headBytes) + "\r\nmore");
        FUZZ_CHECK(again.status == request.status && again.host == request.host && again.port == request.port);
        if (!request.tunnel) {
            FUZZ_CHECK(request.upstreamHead.endsWith("Connection: close\r\n\r\n"));
            FUZZ_CHECK(request.upstreamHead.count("\r\n\r\n") == 1);
            FUZZ_CHECK(!request.upstreamHead.toLower().contains("\r\nproxy-"));
            FUZZ_CHECK(request.upstreamHead.toLower().count("\r\nhost:") == 1);
        }
        const EgressAllowList list = EgressAllowList::parse({request.host, QStringLiteral("*.") + request.host});
        list.match(request.host, request.port);
    }
    // The allow-list's own syntax, one entry a line, and a match of each.
    const QStringList entries = QString::fromUtf8(input).split(u'\n');
    const EgressAllowList list = EgressAllowList::parse(entries);
    for (const QString &entry : entries)
        list.match(entry, 443);
    return 0;
}
