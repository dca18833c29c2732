// SPDX-License-Identifier: MIT
#include "e2bapikey.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace {
const QString Prefix = QStringLiteral("e2b_");
// Short enough keys show nothing of themselves.
constexpr qsizetype ShownTail = 4;
constexpr qsizetype MinLengthToShow = 12;
}

QString E2bApiKey::normalized(const QString &key)
{
    return key.trimmed();
}

bool E2bApiKey::isWellFormed(const QString &key)
{
    static const QRegularExpression pattern(
        QStringLiteral("^e2b_[0-9a-f]{%1,}$").arg(MinHexDigits));
    return pattern.match(normalized(key)).hasMatch();
}

QString E2bApiKey::problem(const QString &key)
{
    if (isWellFormed(key))
        return {};
    return tr("This does not look like an E2B key: E2B's keys are e2b_ followed by at least %1 hex digits (0-9, a-f). "
              "Copy it again from the API Keys page of E2B's dashboard.")
        .arg(MinHexDigits);
}

QString E2bApiKey::masked(const QString &key)
{
    const QString trimmed = normalized(key);
    if (trimmed.size() < MinLengthToShow)
        return QStringLiteral("…");
    const QString prefix = trimmed.startsWith(Prefix) ? Prefix : QString();
    return prefix + u'…' + trimmed.right(ShownTail);
}

QString E2bApiKey::fingerprint(const QString &key)
{
    const QString normal = normalized(key);
    if (normal.isEmpty())
        return {};
    // Salted, so the hash is of no use to look the key up anywhere else.
    const QByteArray salted = QByteArrayLiteral("spawnai-e2b-key:") + normal.toUtf8();
    const QByteArray hash = QCryptographicHash::hash(salted, QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(12));
}
