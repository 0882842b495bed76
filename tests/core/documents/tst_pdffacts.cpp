// The text and metadata read from bid PDFs: documents written here with QPdfWriter (Latin and
// Chinese text, title and creator) and by hand (an information dictionary with an author and
// dates in another time zone), and the files refused with a reason: not a PDF, cut short,
// damaged.
#include "documents/pdffacts.h"
#include "domain/error.h"

#include <QBuffer>
#include <QDateTime>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

using namespace td;

namespace {

// A PDF of one page per entry of `pages`, drawn with QPainter in a CJK font.
QByteArray writtenPdf(const QStringList& pages, const QString& title, const QString& creator)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(creator);
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 12));
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.drawText(QRect(0, 0, writer.width(), writer.height()), Qt::TextWordWrap,
                             pages.at(i));
        }
    }
    return buffer.data();
}

// A minimal PDF with an information dictionary, written object by object so the cross-reference
// table holds the true offsets.
QByteArray handMadePdf(const QByteArray& info)
{
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        info,
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R /Info 4 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QString refusal(const QByteArray& bytes)
{
    try {
        readPdfFacts(bytes);
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

} // namespace

class TestPdfFacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textOfEveryPageInOrder()
    {
        const QString english = QStringLiteral("Technical proposal for the knowledge assistant");
        const QString chinese = QStringLiteral("投标文件技术方案：私有化部署与国产算力");
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
        const PdfFacts facts =
            readPdfFacts(writtenPdf({english, chinese}, QStringLiteral("技术方案 Technical"),
                                    QStringLiteral("TenderDesk test writer")));
        QCOMPARE(facts.pageCount, 2);
        const QStringList pages = facts.text.split(QChar(u'\f'));
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages.at(0).simplified(), english);
        // Poppler may put spaces between CJK glyphs; the characters come back in order.
        QCOMPARE(pages.at(1).simplified().remove(QChar(u' ')), chinese);

        QCOMPARE(facts.metadata.value(QStringLiteral("title")).toString(),
                 QStringLiteral("技术方案 Technical"));
        QCOMPARE(facts.metadata.value(QStringLiteral("creator")).toString(),
                 QStringLiteral("TenderDesk test writer"));
        QVERIFY(facts.metadata.value(QStringLiteral("producer"))
                    .toString()
                    .contains(QLatin1String("Qt")));
        const QDateTime created = QDateTime::fromString(
            facts.metadata.value(QStringLiteral("creationDate")).toString(), Qt::ISODate);
        QVERIFY(created.isValid());
        QCOMPARE(created.timeSpec(), Qt::UTC);
        QVERIFY(created >= before && created <= QDateTime::currentDateTimeUtc().addSecs(2));
        QVERIFY(!facts.metadata.contains(QStringLiteral("author")));
    }

    void informationDictionary()
    {
        const PdfFacts facts = readPdfFacts(handMadePdf(
            "<< /Title (Bid) /Author (Zhang Wei) /Subject (Lot 1) /Keywords (LLM, bid) "
            "/Creator (WPS Office) /Producer (WPS PDF) /CreationDate (D:20260301083000+08'00') "
            "/ModDate (D:20260302120000Z) >>"));
        QCOMPARE(facts.pageCount, 1);
        QCOMPARE(facts.text.trimmed(), QString());
        const QJsonObject expected{
            {QStringLiteral("title"), QStringLiteral("Bid")},
            {QStringLiteral("author"), QStringLiteral("Zhang Wei")},
            {QStringLiteral("subject"), QStringLiteral("Lot 1")},
            {QStringLiteral("keywords"), QStringLiteral("LLM, bid")},
            {QStringLiteral("creator"), QStringLiteral("WPS Office")},
            {QStringLiteral("producer"), QStringLiteral("WPS PDF")},
            // 08:30 in UTC+8 is 00:30 UTC.
            {QStringLiteral("creationDate"), QStringLiteral("2026-03-01T00:30:00Z")},
            {QStringLiteral("modificationDate"), QStringLiteral("2026-03-02T12:00:00Z")},
        };
        QCOMPARE(facts.metadata, expected);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray pdf = writtenPdf({QStringLiteral("Commercial offer")},
                                          QStringLiteral("Offer"), QStringLiteral("Writer"));
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a PDF document");
        QTest::newRow("text file") << QByteArray("Dear buyer, our offer follows.\n")
                                   << QStringLiteral("not a PDF document");
        QTest::newRow("zip archive")
            << QByteArray("PK\x03\x04\x14\x00\x00\x00", 8) << QStringLiteral("not a PDF document");
        QTest::newRow("cut in half") << pdf.left(pdf.size() / 2) << QStringLiteral("cut short");
        QTest::newRow("end cut off") << pdf.left(pdf.size() - 7) << QStringLiteral("cut short");
        QTest::newRow("header and end only")
            << QByteArray("%PDF-1.7\nthis is not a document body\n%%EOF\n")
            << QStringLiteral("damaged");
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString message = refusal(bytes);
        QVERIFY2(message.contains(reason), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Ask the bidder")), qPrintable(message));
    }
};

QTEST_MAIN(TestPdfFacts)
#include "tst_pdffacts.moc"
