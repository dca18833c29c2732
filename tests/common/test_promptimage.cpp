// SPDX-License-Identifier: MIT
#include "common/imageheader.h"
#include "common/imagescaler.h"
#include "common/paths.h"
#include "common/promptimagecheck.h"
#include "llm/localcontextplan.h"
#include "store/promptimagestore.h"
#include "workflow/openingrequest.h"
#include "testimages.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPromptImage final : public QObject
{
    Q_OBJECT

private slots:
    void header_readsEachFormatsSize_data();
    void header_readsEachFormatsSize();
    void header_realWebpForms_areRead();
    void header_hostileInput_isRefusedNotRead();
    void header_everyTruncation_neverReadsPastTheEnd();
    void check_limits_refusedWithTheFileAndTheLimit();
    void check_typeIsByContent_notByName();
    void check_largeImage_scaledOrCountedAtTheScaledSize();
    void check_base64AndDataUri_decode();
    void store_namesByContent_andGoesWithTheSession();
    void estimate_countsEachPictureAtWidthTimesHeightOver750();
};

void TestPromptImage::header_readsEachFormatsSize_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::newRow("png") << TestImages::png(640, 480) << u"image/png"_s << 640 << 480;
    QTest::newRow("jpeg") << TestImages::jpeg(1024, 768) << u"image/jpeg"_s << 1024 << 768;
    QTest::newRow("gif") << TestImages::gif(300, 200) << u"image/gif"_s << 300 << 200;
    QTest::newRow("webp-vp8x") << TestImages::webp(4000, 3000) << u"image/webp"_s << 4000 << 3000;
}

void TestPromptImage::header_readsEachFormatsSize()
{
    QFETCH(QByteArray, bytes);
    const std::optional<ImageHeader> header = ImageHeader::read(bytes);
    QVERIFY(header);
    QTEST(header->mediaType, "type");
    QTEST(header->width, "width");
    QTEST(header->height, "height");
}

void TestPromptImage::header_realWebpForms_areRead()
{
    // A lossy VP8 frame header (keyframe, start code 9d 01 2a, 14-bit sizes)
    // and a lossless VP8L one (0x2f, then 14-bit sizes minus one).
    QByteArray vp8 = QByteArray("RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00", 20)
                     + QByteArray("\x30\x01\x00\x9d\x01\x2a", 6) + QByteArray("\x40\x01\xf0\x00", 4) + QByteArray(8, '\0');
    std::optional<ImageHeader> header = ImageHeader::read(vp8);
    QVERIFY(header);
    QCOMPARE(header->width, 320);
    QCOMPARE(header->height, 240);
    // 100 x 50: (99) | (49 << 14) little-endian after the 0x2f signature.
    const quint32 bits = 99u | (49u << 14);
    QByteArray vp8l = QByteArray("RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00\x2f", 21);
    for (int i = 0; i < 4; ++i)
        vp8l += char((bits >> (8 * i)) & 0xff);
    vp8l += QByteArray(8, '\0');
    header = ImageHeader::read(vp8l);
    QVERIFY(header);
    QCOMPARE(header->width, 100);
    QCOMPARE(header->height, 50);
}

void TestPromptImage::header_hostileInput_isRefusedNotRead()
{
    QVERIFY(!ImageHeader::read({}));
    QVERIFY(!ImageHeader::read("not an image at all, just text"));
    QVERIFY(!ImageHeader::read("%PDF-1.7\n"));
    QVERIFY(!ImageHeader::read(QByteArray("\x89PNG\r\n\x1a\n", 8)));  // the signature alone
    QVERIFY(!ImageHeader::read(TestImages::png(0, 10)));               // no pixels
    QVERIFY(!ImageHeader::read(TestImages::png(0xffffffffu, 10)));    // beyond any int
    QByteArray notIhdr = TestImages::png(10, 10);
    notIhdr.replace(12, 4, "IDAT");
    QVERIFY(!ImageHeader::read(notIhdr));
    // JPEG: a segment length of 0 or 1 would loop forever or step backwards.
    QVERIFY(!ImageHeader::read(QByteArray("\xff\xd8\xff\xe0\x00\x00", 6)));
    QVERIFY(!ImageHeader::read(QByteArray("\xff\xd8\xff\xe0\x00\x01\xff\xc0", 8)));
    // A length that jumps far past the end.
    QVERIFY(!ImageHeader::read(QByteArray("\xff\xd8\xff\xe0\xff\xff", 6)));
    // Scan data before any frame header.
    QVERIFY(!ImageHeader::read(QByteArray("\xff\xd8\xff\xda\x00\x08", 6)));
    QVERIFY(!ImageHeader::read(QByteArray("RIFF\x00\x00\x00\x00WEBPVP8Q", 16) + QByteArray(20, '\0')));
    // Random bytes behind each magic: never a crash, a size only if positive.
    QRandomGenerator random(14);
    for (const QByteArray &magic : {QByteArray("\x89PNG\r\n\x1a\n", 8), QByteArray("\xff\xd8\xff", 3),
                                    QByteArray("GIF89a"), QByteArray("RIFF\x10\x00\x00\x00WEBP", 12)}) {
        for (int round = 0; round < 2000; ++round) {
            QByteArray noise(int(random.bounded(64)), '\0');
            for (char &byte : noise)
                byte = char(random.bounded(256));
            if (const std::optional<ImageHeader> header = ImageHeader::read(magic + noise))
                QVERIFY(header->width > 0 && header->height > 0);
        }
    }
}

void TestPromptImage::header_everyTruncation_neverReadsPastTheEnd()
{
    for (const QByteArray &whole : {TestImages::png(64, 64), TestImages::jpeg(64, 64), TestImages::gif(64, 64),
                                    TestImages::webp(64, 64)}) {
        QVERIFY(ImageHeader::read(whole));
        // Cut anywhere before the size is complete: refused. (Run under
        // ASan, a read past the end would also fail here.)
        const std::optional<ImageHeader> full = ImageHeader::read(whole);
        for (qsizetype cut = 0; cut < whole.size(); ++cut) {
            const QByteArray part(whole.constData(), cut);  // a copy: no bytes beyond `cut` to read
            if (const std::optional<ImageHeader> header = ImageHeader::read(part))
                QCOMPARE(header->width, full->width);
        }
    }
}

void TestPromptImage::check_limits_refusedWithTheFileAndTheLimit()
{
    SpawnError error;
    QVERIFY(!PromptImageCheck::fromBytes(TestImages::png(8001, 100), u"wide.png"_s, &error));
    QCOMPARE(error.kind, ErrorKind::User);
    QVERIFY2(error.message.contains(u"wide.png") && error.message.contains(u"8000"), qPrintable(error.message));

    QByteArray big = TestImages::png(100, 100);
    big += QByteArray(int(PromptImageCheck::MaxBytes) - int(big.size()) + 1, 'x');
    QVERIFY(!PromptImageCheck::fromBytes(big, u"big.png"_s, &error));
    QVERIFY2(error.message.contains(u"big.png") && error.message.contains(u"5 MB"), qPrintable(error.message));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"huge.png"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(big);
    file.close();
    QVERIFY(!PromptImageCheck::fromFile(path, &error));
    QVERIFY2(error.message.contains(u"huge.png") && error.message.contains(u"5 MB"), qPrintable(error.message));
    QVERIFY(!PromptImageCheck::fromFile(dir.filePath(u"missing.png"_s), &error));
    QVERIFY(error.message.contains(u"missing.png"));

    QVERIFY(PromptImageCheck::checkCount(PromptImageCheck::MaxImages).isError() == false);
    QVERIFY(PromptImageCheck::checkCount(PromptImageCheck::MaxImages + 1).isError());
    // At the limits exactly: taken.
    QVERIFY(PromptImageCheck::fromBytes(TestImages::gif(8000, 8000), u"edge.gif"_s, &error));
}

void TestPromptImage::check_typeIsByContent_notByName()
{
    QTemporaryDir dir;
    const QString renamed = dir.filePath(u"photo.png"_s);  // a JPEG with a PNG name
    QFile file(renamed);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(TestImages::jpeg(200, 100));
    file.close();
    SpawnError error;
    const std::optional<PromptImage> image = PromptImageCheck::fromFile(renamed, &error);
    QVERIFY2(image, qPrintable(error.message));
    QCOMPARE(image->mediaType, u"image/jpeg"_s);
    QCOMPARE(image->source, u"photo.png"_s);

    const QString text = dir.filePath(u"notes.jpg"_s);
    QFile notes(text);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("these are notes, not a picture");
    notes.close();
    QVERIFY(!PromptImageCheck::fromFile(text, &error));
    QVERIFY2(error.message.contains(u"notes.jpg") && error.message.contains(u"PNG, JPEG, WebP or GIF"),
             qPrintable(error.message));
}

namespace {
class HalvingScaler final : public ImageScaler
{
public:
    Scaled scale(const QByteArray &, const QString &, int longSide) const override
    {
        ++calls;
        return {TestImages::png(quint32(longSide), quint32(longSide / 2)), u"image/png"_s, longSide, longSide / 2};
    }
    mutable int calls = 0;
};
} // namespace

void TestPromptImage::check_largeImage_scaledOrCountedAtTheScaledSize()
{
    SpawnError error;
    // No scaler (a process without QtGui): sent as it is, counted as the
    // service will scale it, 1568 on the long side.
    std::optional<PromptImage> image = PromptImageCheck::fromBytes(TestImages::jpeg(3136, 2000), u"a.jpg"_s, &error);
    QVERIFY(image);
    QCOMPARE(image->width, 1568);
    QCOMPARE(image->height, 1000);
    QCOMPARE(image->data, TestImages::jpeg(3136, 2000));
    QCOMPARE(image->tokens(), (1568 * 1000 + 749) / 750);

    HalvingScaler scaler;
    PromptImageCheck::setScaler(&scaler);
    image = PromptImageCheck::fromBytes(TestImages::jpeg(3136, 1568), u"b.jpg"_s, &error);
    PromptImageCheck::setScaler(nullptr);
    QVERIFY(image);
    QCOMPARE(scaler.calls, 1);
    QCOMPARE(image->mediaType, u"image/png"_s);
    QCOMPARE(image->width, 1568);
    QCOMPARE(image->data, TestImages::png(1568, 784));

    // Small enough: never scaled.
    PromptImageCheck::setScaler(&scaler);
    image = PromptImageCheck::fromBytes(TestImages::png(1568, 1568), u"c.png"_s, &error);
    PromptImageCheck::setScaler(nullptr);
    QCOMPARE(scaler.calls, 1);
    QCOMPARE(image->tokens(), 3279);  // 1568 * 1568 / 750, rounded up
}

void TestPromptImage::check_base64AndDataUri_decode()
{
    const QByteArray png = TestImages::png(20, 10);
    SpawnError error;
    std::optional<PromptImage> image =
        PromptImageCheck::fromBase64(QString::fromLatin1(png.toBase64()), u"image/png"_s, u"images[0]"_s, &error);
    QVERIFY(image);
    QCOMPARE(image->data, png);
    image = PromptImageCheck::fromBase64(u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64()), {},
                                         u"images[1]"_s, &error);
    QVERIFY(image);
    QCOMPARE(image->dataUri(), "data:image/png;base64," + png.toBase64());
    QVERIFY(!PromptImageCheck::fromBase64(u"data:image/png,rawtext"_s, {}, u"images[2]"_s, &error));
    QVERIFY(error.message.contains(u"images[2]"));
    QVERIFY(!PromptImageCheck::fromBase64(u"!!!not base64!!!"_s, u"image/png"_s, u"images[3]"_s, &error));
    QVERIFY(error.message.contains(u"images[3]"));
}

void TestPromptImage::store_namesByContent_andGoesWithTheSession()
{
    QTemporaryDir data;
    Paths::setDataDirOverride(data.path());
    SpawnError error;
    QList<PromptImage> images{*PromptImageCheck::fromBytes(TestImages::png(20, 10), u"a.png"_s, &error),
                              *PromptImageCheck::fromBytes(TestImages::png(20, 10), u"again.png"_s, &error),
                              *PromptImageCheck::fromBytes(TestImages::gif(5, 5), u"b.gif"_s, &error)};
    QVERIFY(!PromptImageStore::save(u"s1"_s, images).isError());
    QCOMPARE(images.at(0).fileName, images.at(1).fileName);  // the same picture: one file
    QVERIFY(images.at(0).fileName.endsWith(u".png"));
    QCOMPARE(images.at(0).fileName.size(), 64 + 4);
    QVERIFY(images.at(2).fileName.endsWith(u".gif"));
    const QDir folder(PromptImageStore::folder(u"s1"_s));
    QCOMPARE(folder.entryList(QDir::Files).size(), 2);
    QVERIFY(folder.absolutePath().startsWith(data.path()));

    const QList<PromptImage> loaded = PromptImageStore::load(u"s1"_s, PromptImageStore::fileNames(images), &error);
    QCOMPARE(loaded.size(), 3);
    QCOMPARE(loaded.at(2).data, TestImages::gif(5, 5));
    QCOMPARE(loaded.at(2).mediaType, u"image/gif"_s);
    // A name from elsewhere never reaches outside the folder.
    QVERIFY(PromptImageStore::load(u"s1"_s, {u"../../spawnai.sqlite"_s}, &error).isEmpty());
    QCOMPARE(error.kind, ErrorKind::System);

    // A reference without bytes (a turn replayed by name) stays as it is.
    QList<PromptImage> named{PromptImage{u"image/png"_s, 20, 10, {}, images.at(0).fileName, {}}};
    QVERIFY(!PromptImageStore::save(u"s1"_s, named).isError());
    QCOMPARE(named.at(0).fileName, images.at(0).fileName);
    QCOMPARE(folder.entryList(QDir::Files).size(), 2);

    PromptImageStore::remove(u"s1"_s);
    QVERIFY(!folder.exists());
    Paths::setDataDirOverride({});
}

void TestPromptImage::estimate_countsEachPictureAtWidthTimesHeightOver750()
{
    GenerationSettings settings;
    settings.model = u"claude-sonnet-4-5"_s;
    const ChatRequest text = openingRequest(settings, u"a page like this"_s);
    SpawnError error;
    const QList<PromptImage> images{*PromptImageCheck::fromBytes(TestImages::png(1000, 750), u"a.png"_s, &error),
                                    *PromptImageCheck::fromBytes(TestImages::jpeg(3136, 1568), u"b.jpg"_s, &error)};
    const ChatRequest pictured = openingRequest(settings, u"a page like this"_s, images);
    QCOMPARE(pictured.messages.first().images.size(), 2);
    // 1000 x 750 / 750 = 1000; the second at its scaled 1568 x 784: 1640 (rounded up).
    QCOMPARE(approximateTokens(pictured) - approximateTokens(text), 1000 + 1640);
    QCOMPARE(LocalContextPlan::estimatePromptTokens(pictured) - LocalContextPlan::estimatePromptTokens(text), 2640);
}

QTEST_GUILESS_MAIN(TestPromptImage)
#include "test_promptimage.moc"
