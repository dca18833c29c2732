// SPDX-License-Identifier: MIT
#include "egressrequest.h"

#include <QHostAddress>
#include <QList>
#include <QUrl>

namespace {
bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    }
    return true;
}

bool isPrintable(const QByteArray &text)
{
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\t') || byte == 0x7f)
            return false;
    }
    return true;
}

// A name of letters, digits, '-' and '.', or an IPv6 literal: nothing a
// resolver or the allow-list could read two ways.
bool isHostText(const QByteArray &name)
{
    for (const char c : name) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '.' || c == ':';
        if (!allowed)
            return false;
    }
    return !name.isEmpty() && (!name.contains(':') || !QHostAddress(QString::fromLatin1(name)).isNull());
}

// "host:port" of a CONNECT line, or "[v6]:port".
bool splitAuthority(const QByteArray &authority, QString *host, int *port)
{
    qsizetype colon = authority.lastIndexOf(':');
    if (colon <= 0)
        return false;
    QByteArray name = authority.left(colon);
    if (name.startsWith('[') && name.endsWith(']'))
        name = name.mid(1, name.size() - 2);
    else if (name.contains(':') || name.contains('['))
        return false;
    bool ok = false;
    const QByteArray portText = authority.mid(colon + 1);
    *port = portText.toInt(&ok);
    if (!ok || *port < 1 || *port > 65535 || portText.size() > 5 || !isToken(portText))
        return false;
    if (!isHostText(name))
        return false;
    *host = QString::fromLatin1(name).toLower();
    return true;
}
} // namespace

EgressRequest EgressRequest::parse(const QByteArray &data)
{
    EgressRequest request;
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0) {
        request.status = data.size() > MaxHeadBytes ? Status::TooLarge : Status::Incomplete;
        return request;
    }
    if (end + 4 > MaxHeadBytes) {
        request.status = Status::TooLarge;
        return request;
    }
    request.headBytes = end + 4;
    request.status = Status::Malformed;
    const QList<QByteArray> lines = data.left(end).split('\n');
    QList<QByteArray> headers;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (!line.endsWith('\r') && i + 1 < lines.size())
            return request;  // a bare LF: request smuggling's favourite trick
        line.chop(line.endsWith('\r') ? 1 : 0);
        if (line.contains('\r') || !isPrintable(line))
            return request;
        if (i > 0) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || !isToken(line.left(colon)))
                return request;  // also refuses obsolete folded lines
            headers << line;
        }
    }
    const QByteArray requestLine = lines.first().chopped(lines.first().endsWith('\r') ? 1 : 0);
    for (const char c : requestLine) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return request;  // ASCII only: no second reading of a host name
    }
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0"))
        return request;
    const QByteArray method = parts.at(0);
    const QByteArray target = parts.at(1);
    if (method == "CONNECT") {
        if (!splitAuthority(target, &request.host, &request.port))
            return request;
        request.tunnel = true;
        request.status = Status::Ok;
        return request;
    }
    if (!target.startsWith("http://")) {
        request.status = target.startsWith("https://") || target.contains("://") ? Status::Unsupported : Status::Malformed;
        return request;
    }
    const QUrl url(QString::fromLatin1(target), QUrl::StrictMode);
    if (!url.isValid() || !url.userInfo().isEmpty() || !isHostText(url.host(QUrl::FullyEncoded).toLatin1()))
        return request;
    request.host = url.host(QUrl::FullyEncoded).toLower();
    request.port = url.port(80);
    // Origin form, the request's own headers but the proxy's, and one
    // request per connection: a kept-alive connection could not be re-checked.
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    // The Host header is the URL's: another name there could route the
    // request, at a CDN shared with the registry, to some other site.
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() > 0)
        host += ':' + QByteArray::number(url.port());
    QByteArray head = method + ' ' + path + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const QByteArray &header : std::as_const(headers)) {
        const QByteArray name = header.left(header.indexOf(':')).toLower();
        if (name.startsWith("proxy-") || name == "connection" || name == "keep-alive" || name == "host")
            continue;
        head += header + "\r\n";
    }
    head += "Connection: close\r\n\r\n";
    request.upstreamHead = head;
    request.status = Status::Ok;
    return request;
}
