// SPDX-License-Identifier: MIT
#include "apitoken.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

#include <sys/stat.h>

namespace {
constexpr int TokenBytes = 32;
}

ApiToken::ApiToken(const QString &dataDir)
    : m_dataDir(dataDir)
{
}

QByteArray ApiToken::current()
{
    // Every write renames a new file over the old one: a new inode, even
    // for two rotations within the same millisecond.
    struct stat info = {};
    const QByteArray path = QFile::encodeName(filePath(m_dataDir));
    const FileStamp stamp = ::stat(path.constData(), &info) == 0
        ? FileStamp{qint64(info.st_ino), qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec,
                    qint64(info.st_size)}
        : FileStamp{};
    if (stamp != m_stamp || m_token.isEmpty()) {
        m_token = readFile(m_dataDir);
        m_stamp = stamp;
    }
    return m_token;
}

QByteArray ApiToken::generate()
{
    QByteArray bytes(TokenBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + bytes.size()));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool ApiToken::matches(const QByteArray &expected, const QByteArray &given)
{
    if (expected.isEmpty() || expected.size() != given.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected.at(i) ^ given.at(i));
    return difference == 0;
}

QString ApiToken::filePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("api-token"));
}

QString ApiToken::keychainName(const QString &dataDir)
{
    const QByteArray folder = QFile::encodeName(QDir(dataDir).canonicalPath());
    return QStringLiteral("api-token-")
        + QString::fromLatin1(QCryptographicHash::hash(folder, QCryptographicHash::Sha256).toHex().left(16));
}

bool ApiToken::looksValid(const QByteArray &token)
{
    if (token.size() < 43)
        return false;
    for (const char c : token) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

QByteArray ApiToken::readFile(const QString &dataDir)
{
    QFile file(filePath(dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray token = file.read(256).trimmed();
    return looksValid(token) ? token : QByteArray();
}

SpawnError ApiToken::writeFile(const QString &dataDir, const QByteArray &token)
{
    QSaveFile file(filePath(dataDir));
    // The permissions are set before a byte is written, so the token is
    // never readable by others, not even for a moment.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return SpawnError::system(QCoreApplication::translate("ApiToken", "Cannot write the API token to %1: %2")
                                      .arg(file.fileName(), file.errorString()));
    }
    file.write(token + '\n');
    if (!file.commit()) {
        return SpawnError::system(QCoreApplication::translate("ApiToken", "Cannot write the API token to %1: %2")
                                      .arg(file.fileName(), file.errorString()));
    }
    return {};
}
