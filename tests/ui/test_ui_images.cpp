// SPDX-License-Identifier: MIT
// Issue 14: pictures in prompts, in the window. A user drops, pastes and
// removes pictures in the new-app form and the follow-up line, a refused
// one is explained, the estimate counts them, the model receives them,
// the timeline shows them and an export carries them. The real window, a
// fake Claude that speaks the real protocol.
#include "export/appexporter.h"
#include "llm/modelclients.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "secrets/memorysecretstore.h"
#include "sessioncontrols.h"
#include "testimages.h"
#include "uistreamedanswer.h"
#include "uitestfixture.h"
#include "uiwindowhelpers.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QDropEvent>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace UiStreamedAnswer;
using namespace UiWindowHelpers;

class TestUiImages final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void picturesDroppedAndPasted_reachTheModel_theTimelineAndTheExport();
};

namespace {
// A real picture file (the thumbnails decode it): one colour with a block
// of noise, so that it weighs some 40 KB, as a screenshot does, in the
// fake service's count (request bytes / 4) too.
QString writePicture(const QTemporaryDir &dir, const QString &name, int width, int height, Qt::GlobalColor colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QRandomGenerator noise(42);
    for (int y = 0; y < std::min(height, 120); ++y) {
        for (int x = 0; x < std::min(width, 120); ++x)
            image.setPixel(x, y, noise.generate() | 0xff000000u);
    }
    const QString path = dir.filePath(name);
    return image.save(path, "PNG") ? path : QString();
}

QString writeBytes(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

// Files dragged from a file manager and dropped on `target`, as Qt delivers it.
void dropFiles(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

QList<QAbstractButton *> removeButtons(QWidget *strip)
{
    QList<QAbstractButton *> buttons;
    for (QAbstractButton *button : strip->findChildren<QAbstractButton *>(u"removeImageButton"_s)) {
        if (button->isVisibleTo(strip))
            buttons << button;
    }
    return buttons;
}

// The first amount in the estimate's words ("about $0.25 (a first guess)").
double estimatedUsd(MainWindow &window)
{
    const QString text = child<QLabel>(window, u"costEstimate"_s)->text();
    const QRegularExpressionMatch match = QRegularExpression(u"(\\d+[.,]\\d+)"_s).match(text);
    return match.hasMatch() ? match.captured(1).replace(u',', u'.').toDouble() : -1.0;
}

// The timeline's row for a turn's pictures, with a thumbnail on each picture.
bool timelineShowsPictures(MainWindow &window, const QString &rowText, int count)
{
    auto *timeline = window.findChild<QTreeWidget *>(u"sessionTimeline"_s);
    const QList<QTreeWidgetItem *> rows = timeline ? timeline->findItems(rowText, Qt::MatchExactly, 1) : QList<QTreeWidgetItem *>();
    if (rows.size() != 1 || rows.first()->childCount() != count)
        return false;
    for (int i = 0; i < count; ++i) {
        if (rows.first()->child(i)->icon(1).isNull())
            return false;
    }
    return true;
}
} // namespace

void TestUiImages::initTestCase()
{
    qunsetenv("ANTHROPIC_API_KEY");
    qunsetenv("CLAUDE_API_KEY");
    qunsetenv("ANTHROPIC_BASE_URL");
}

void TestUiImages::picturesDroppedAndPasted_reachTheModel_theTimelineAndTheExport()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    QTemporaryDir files;
    const QString wide = writePicture(files, u"wide.png"_s, 1500, 1000, Qt::darkBlue);
    const QString square = writePicture(files, u"square.png"_s, 1200, 1200, Qt::darkGreen);
    const QString sketch = writePicture(files, u"sketch.png"_s, 400, 300, Qt::red);
    const QString notes = writeBytes(files, u"notes.txt"_s, "just words");
    const QString huge = writeBytes(files, u"huge.png"_s, TestImages::png(9000, 20));
    QVERIFY(!wide.isEmpty() && !square.isEmpty() && !sketch.isEmpty() && !notes.isEmpty() && !huge.isEmpty());

    FakeLlmServer server;
    server.enqueue(streamedAnswer(siteAnswer(u"Version One"_s)));
    server.enqueue(streamedAnswer(u"<app>\n<file path=\"index.html\">\n<!doctype html><html lang=\"en\"><head><title>"
                                  u"Version Two</title></head><body><h1>Version Two</h1></body></html>\n</file>\n</app>\n"_s));
    MemorySecretStore secrets;
    setStored(secrets, SecretNames::Anthropic, u"sk-ant-ui-test"_s);
    MainWindow window(&fixture.manager(), &secrets);
    window.modelClients()->setAnthropicBaseUrl(server.url());
    window.modelClients()->setMaxAttempts(1);
    QVERIFY(showWindow(window));

    typePrompt(window, u"a page like this sketch"_s);
    // The estimate of the prompt alone, counted by the service once typing paused.
    QTRY_VERIFY_WITH_TIMEOUT(!server.countRequests().isEmpty(), 5000);
    QTRY_VERIFY(estimatedUsd(window) > 0.0);
    const double before = estimatedUsd(window);

    auto *prompt = child<QPlainTextEdit>(window, u"promptEdit"_s);
    auto *strip = child<QWidget>(window, u"promptImages"_s);
    QVERIFY(!strip->isVisible());
    dropFiles(prompt->viewport(), {wide, square});
    QCOMPARE(removeButtons(strip).size(), 2);
    QVERIFY(strip->isVisible());
    QCOMPARE(strip->findChildren<QLabel *>(u"imageThumbnail"_s).size(), 2);
    QVERIFY(!strip->findChildren<QLabel *>(u"imageThumbnail"_s).first()->pixmap().isNull());
    // Two pictures of about 2,000 tokens each: the estimate says more, also
    // once the service counted the request with them.
    QTRY_VERIFY_WITH_TIMEOUT(estimatedUsd(window) > before, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(server.countRequests().size() >= 2, 5000);
    QVERIFY(server.countRequests().last().body.contains(R"("type":"image")"));
    QTRY_VERIFY(estimatedUsd(window) > before);

    // A picture copied in another program, pasted with Ctrl+V.
    QImage copied(320, 200, QImage::Format_RGB32);
    copied.fill(Qt::yellow);
    QGuiApplication::clipboard()->setImage(copied);
    prompt->setFocus();
    QTest::keyClick(prompt, Qt::Key_V, Qt::ControlModifier);
    QTRY_COMPARE(removeButtons(strip).size(), 3);
    QCOMPARE(prompt->toPlainText(), u"a page like this sketch"_s);  // no text pasted

    // Not a picture, and one too large: refused with the reason, not added.
    auto *messages = child<MessageBar>(window, u"messageBar"_s);
    dropFiles(prompt->viewport(), {notes});
    QVERIFY2(messages->text().contains(u"notes.txt is not a PNG, JPEG, WebP or GIF image"_s),
             qPrintable(messages->text()));
    dropFiles(prompt->viewport(), {huge});
    QVERIFY2(messages->text().contains(u"at most 8000 pixels"_s), qPrintable(messages->text()));
    QCOMPARE(removeButtons(strip).size(), 3);

    // The square one goes again, with its × (named for the keyboard and screen readers).
    QAbstractButton *removeSquare = removeButtons(strip).at(1);
    QCOMPARE(removeSquare->accessibleName(), u"Remove the picture square.png"_s);
    QCOMPARE(removeSquare->focusPolicy(), Qt::StrongFocus);
    QTest::mouseClick(removeSquare, Qt::LeftButton);
    QTRY_COMPARE(removeButtons(strip).size(), 2);

    QTest::mouseClick(child<QAbstractButton>(window, u"createAppButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!window.currentSessionId().isEmpty());
    const QString id = window.currentSessionId();
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(window), SessionStatus::Ready, 20000);

    // The model received both pictures as image blocks, the file's bytes as they are.
    QCOMPARE(server.requests().size(), 1);
    const QByteArray first = server.requests().first().body;
    QCOMPARE(first.count(R"("type":"image")"), 2);
    QFile wideFile(wide);
    QVERIFY(wideFile.open(QIODevice::ReadOnly));
    QVERIFY(first.contains(wideFile.readAll().toBase64()));
    QFile squareFile(square);
    QVERIFY(squareFile.open(QIODevice::ReadOnly));
    QVERIFY(!first.contains(squareFile.readAll().toBase64()));  // removed before sending
    // The strip is empty for the next app.
    QVERIFY(removeButtons(strip).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(timelineShowsPictures(window, u"The prompt's pictures (2)"_s, 2), 10000);

    // A follow-up with a picture dropped on its line.
    auto *edit = child<QLineEdit>(window, u"followUpEdit"_s);
    auto *followUpStrip = child<QWidget>(window, u"followUpImages"_s);
    QTRY_VERIFY(edit->isEnabled());
    dropFiles(edit, {sketch});
    QCOMPARE(removeButtons(followUpStrip).size(), 1);
    edit->setFocus();
    QTest::keyClicks(edit, u"make it look like the sketch"_s);
    QTest::mouseClick(child<QAbstractButton>(window, u"followUpSendButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 2, 10000);
    QFile sketchFile(sketch);
    QVERIFY(sketchFile.open(QIODevice::ReadOnly));
    QVERIFY(server.requests().at(1).body.contains(sketchFile.readAll().toBase64()));
    QTRY_VERIFY(removeButtons(followUpStrip).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(fixture.store().latestAppVersion(id) && fixture.store().latestAppVersion(id)->version == 2,
                             20000);
    QTRY_VERIFY_WITH_TIMEOUT(timelineShowsPictures(window, u"Pictures with the change (1)"_s, 1), 10000);

    // The export of version 2 carries the three pictures under prompt-images/.
    QTRY_COMPARE_WITH_TIMEOUT(fixture.store().session(id)->status, SessionStatus::Ready, 20000);
    auto *controls = window.findChild<SessionControls *>();
    QVERIFY(controls);
    QVERIFY(controls->selectVersion(2));
    QSignalSpy exported(controls, &SessionControls::exported);
    const QString zipPath = files.filePath(u"app.zip"_s);
    QVERIFY(controls->exportTo(zipPath, true));
    QVERIFY(exported.wait(10000));
    QFile zip(zipPath);
    QVERIFY(zip.open(QIODevice::ReadOnly));
    const QByteArray archive = zip.readAll();
    QStringList names;
    for (const ConversationMessage &message : fixture.store().conversation(id))
        names += message.images;
    QCOMPARE(names.size(), 3);
    for (const QString &name : std::as_const(names)) {
        const QByteArray entry = (AppExporter::promptImagesFolder() + u'/' + name).toUtf8();
        QVERIFY2(archive.contains(entry), entry.constData());
    }
    QVERIFY(!fixture.manager().stop(id, u"test"_s).isError());
}

QTEST_MAIN(TestUiImages)
#include "test_ui_images.moc"
