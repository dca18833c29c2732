// SPDX-License-Identifier: MIT
#include "generation/pointedelement.h"
#include "generation/textreplacement.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QList<AppFile> counterApp()
{
    return {
        {u"index.html"_s,
         "<!doctype html><html><head><title>Counter</title></head><body><h1>Counter</h1>"
         "<p class=\"lead note\">Tom &amp; Jerry count</p><input id=\"amount\"><button id=\"add\">Add one</button>"
         "<script src=\"app.js\"></script></body></html>\n",
         false},
        {u"app.js"_s, "document.getElementById('add').onclick = () => console.log('Add one more');\n", false},
        {u"style.css"_s, ".lead { color: red }\n", false},
    };
}
} // namespace

class TestGenerationPointedElement final : public QObject
{
    Q_OBJECT

private slots:
    void fileFor_findsTheOneFileThatHoldsTheElement();
    void withElement_namesTheElementForTheModel();
    void replacement_changesTheOneOccurrence();
    void replacement_refusesTextFoundTwiceOrNowhere();
};

void TestGenerationPointedElement::fileFor_findsTheOneFileThatHoldsTheElement()
{
    const QList<AppFile> files = counterApp();
    // Its text, HTML-escaped in the markup.
    QCOMPARE(PointedElementSource::fileFor({u"p"_s, u"p"_s, u"Tom & Jerry count"_s, {}, {}, {}}, files),
             u"index.html"_s);
    // An input has no text: its id attribute.
    QCOMPARE(PointedElementSource::fileFor({u"input"_s, u"#amount"_s, {}, u"amount"_s, {}, {}}, files),
             u"index.html"_s);
    // "Add one" is in the markup and (as a part of a longer string) in the script: not unique, so its id;
    // "add" is written in both files too, but id="add" only in the markup.
    QCOMPARE(PointedElementSource::fileFor({u"button"_s, u"#add"_s, u"Add one"_s, u"add"_s, {}, {}}, files),
             u"index.html"_s);
    // A class that two files name: no file.
    QCOMPARE(PointedElementSource::fileFor({u"div"_s, u"div"_s, {}, {}, u"lead"_s, {}}, files), QString());
    QCOMPARE(PointedElementSource::fileFor({u"div"_s, u"div"_s, u"Nowhere"_s, {}, {}, {}}, files), QString());
}

void TestGenerationPointedElement::withElement_namesTheElementForTheModel()
{
    const PointedElement element{u"button"_s, u"#add"_s, u"Add \"one\""_s, u"add"_s, {}, u"index.html"_s};
    QCOMPARE(PointedElementSource::withElement(u"make it green"_s, element),
             u"make it green\n\nThe user pointed at this element in the app's page: <button> selector=\"#add\" "
             u"text=\"Add \\\"one\\\"\" file=index.html"_s);
    QCOMPARE(PointedElementSource::withElement(u"make it green"_s, {}), u"make it green"_s);
}

void TestGenerationPointedElement::replacement_changesTheOneOccurrence()
{
    const QList<AppFile> files = counterApp();
    const TextReplacement plain = TextReplacement::apply(files, u"Add one"_s, u"Add two"_s);
    QVERIFY(!plain.isUnique());  // also in "Add one more"
    const TextReplacement escaped = TextReplacement::apply(files, u" Tom & Jerry count "_s, u"Tom & Spike <3"_s);
    QVERIFY(escaped.isUnique());
    QCOMPARE(escaped.changed.path, u"index.html"_s);
    QVERIFY(escaped.changed.content.contains("<p class=\"lead note\">Tom &amp; Spike &lt;3</p>"));
    QVERIFY(!escaped.changed.content.contains("Jerry"));
}

void TestGenerationPointedElement::replacement_refusesTextFoundTwiceOrNowhere()
{
    const QList<AppFile> files = counterApp();
    const TextReplacement twice = TextReplacement::apply(files, u"Counter"_s, u"Clicks"_s);
    QCOMPARE(twice.matches, 2);
    QVERIFY(twice.changed.path.isEmpty());
    QCOMPARE(TextReplacement::apply(files, u"Not there"_s, u"x"_s).matches, 0);
    QCOMPARE(TextReplacement::apply(files, u"  "_s, u"x"_s).matches, 0);
    QCOMPARE(PointedElementSource::changeTextRequest(u"Counter"_s, u"Clicks"_s),
             u"Change the text \"Counter\" to \"Clicks\""_s);
}

QTEST_GUILESS_MAIN(TestGenerationPointedElement)
#include "test_generation_pointedelement.moc"
