// The evaluation report of an evaluated tender made by hand (handmadeevaluation.h, where every
// expected number is worked out): its HTML in Chinese and English (sections, escaping, each
// evaluator's points with the extremes left out, sealed sheets before every one is in, the flags
// with the values that fired them and how each was settled, ranking, award and loss-making flag),
// then the PDF that Qt WebEngine prints from it, read back with pdftotext and pdfinfo, and with
// Poppler for its fonts and the ink of its Chinese text.
#include "domain/error.h"
#include "evaluation/evaluationreport.h"
#include "handmadeevaluation.h"
#include "print/pdfprinting.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <poppler-qt6.h>

using namespace td;
using namespace td::test;

Q_DECLARE_METATYPE(td::DocumentLanguage)

namespace {

// PDF text breaks lines and adds spaces where the layout did: compare without white space.
QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

EvaluationReportContext context()
{
    EvaluationReportContext c;
    c.buyer.name = QStringLiteral("国家电网有限公司");
    c.buyer.nameEnglish = QStringLiteral("State Grid Corporation of China");
    c.auditHead = {
        57, QStringLiteral("e6007351427a13ab2b132c48f5b625ebf8bd29657b57b43ab4d676550dea5ef9")};
    c.printedAt = utc(7, 2, 1);
    return c;
}

// A tool of poppler-utils on `pdf`, its standard output.
QString runTool(const QString& tool, const QStringList& arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Whether a font of the PDF, by its name, is one of the Chinese families Debian packages.
bool isChineseFontName(const QString& name)
{
    static const QRegularExpression chinese(
        QStringLiteral("CJK|WenQuanYi|Hei|UMing|UKai|DroidSansFallback|Han ?Sans|Han ?Serif"),
        QRegularExpression::CaseInsensitiveOption);
    return chinese.match(name).hasMatch();
}

// Chromium embeds Noto CJK as Type 3 fonts, nameless to Poppler: their name is in their font
// descriptor, which Chromium writes uncompressed.
QStringList fontNames(const QByteArray& pdf, const Poppler::Document& document)
{
    QStringList names;
    for (const Poppler::FontInfo& font : document.fonts())
        if (!font.name().isEmpty())
            names.append(font.name());
    static const QRegularExpression descriptorName(
        QStringLiteral("/FontName\\s*/([^\\s/<>\\[\\]()]+)"));
    for (const QRegularExpressionMatch& m : descriptorName.globalMatch(QString::fromLatin1(pdf)))
        names.append(m.captured(1));
    return names;
}

double inkShare(const QImage& image, const QRectF& points, double dpi)
{
    const double scale = dpi / 72.0;
    const QRect pixels =
        QRectF(points.topLeft() * scale, points.size() * scale).toAlignedRect() & image.rect();
    if (pixels.isEmpty())
        return 0;
    qint64 dark = 0;
    for (int y = pixels.top(); y <= pixels.bottom(); ++y)
        for (int x = pixels.left(); x <= pixels.right(); ++x)
            if (qGray(image.pixel(x, y)) < 128)
                ++dark;
    return double(dark) / (double(pixels.width()) * pixels.height());
}

// What the text of the report must hold in `language`: section headings, the panel, one
// evaluator's points, the flag's rule and values and its settlement, the winner and the
// loss-making verdict. Values from handmadeevaluation.h.
QStringList expectedText(DocumentLanguage language)
{
    const QStringList both{
        QStringLiteral("TD-2030-EVAL-0001"),
        // The panel.
        QStringLiteral("张伟"), QStringLiteral("李娜"), QStringLiteral("王芳"),
        QStringLiteral("刘洋"), QStringLiteral("陈静"),
        // 王芳's technical points for 深度求索, the panel's 42.83, and the price working.
        QStringLiteral("45.00"), QStringLiteral("42.83"), QStringLiteral("¥720,000.00"),
        QStringLiteral("27.00"), QStringLiteral("88.83"), QStringLiteral("85.00"),
        // The settlements, in the words of the bidder and the panel.
        acceptedExplanation, acceptedOpinion, rejectedOpinion, QStringLiteral("成本说明.pdf"),
        // The override's justification, its markup shown as text (the next column's name may
        // come between the two in the text layer).
        QStringLiteral("复测首token时延为 950 毫秒，满足要求。"),
        QStringLiteral("<script>x</script>"),
        // The audit head in groups of four.
        QStringLiteral("#57 e600 7351 427a")};
    if (language == DocumentLanguage::Chinese)
        return both +
               QStringList{
                   QStringLiteral("评标报告"),
                   QStringLiteral("五、评委评分"),
                   QStringLiteral("评标委员会主任"),
                   QStringLiteral("低于成本：报价低于服务成本"),
                   QStringLiteral("报价 ¥900,000.00 低于不含算力券的服务成本 ¥950,000.00。"),
                   QStringLiteral("报价 ¥420,000.00 低于限值 ¥450,000.00（最高限价的 45%）。"),
                   QStringLiteral("接受：报价合理，投标有效"),
                   QStringLiteral("不接受：投标无效"),
                   QStringLiteral("符合性审查未通过：逾期递交"),
                   QStringLiteral("推荐中标候选人"),
                   QStringLiteral("中标人深度求索"),
                   QStringLiteral("仅靠算力券不亏损"),
                   QStringLiteral("价格 ¥900,000.00 低于不含算力券的服务成本 ¥950,000.00，"
                                  "但不低于含算力券的服务成本 ¥850,000.00。"),
               };
    return both + QStringList{
                      QStringLiteral("Evaluation report"),
                      QStringLiteral("5 Scores by criterion and evaluator"),
                      QStringLiteral("State Grid Corporation of China"),
                      QStringLiteral("Chair"),
                      QStringLiteral("Below cost: the price is below the cost-to-serve"),
                      QStringLiteral("The price ¥900,000.00 is below the cost-to-serve of "
                                     "¥950,000.00 without a compute voucher."),
                      QStringLiteral("The price ¥420,000.00 is below ¥450,000.00 (45% of the "
                                     "price ceiling)."),
                      QStringLiteral("Accepted: the price is explained, the bid stands"),
                      QStringLiteral("Rejected: the bid is invalid"),
                      QStringLiteral("Failed compliance: Late"),
                      QStringLiteral("Recommended"),
                      QStringLiteral("Winner 深度求索"),
                      QStringLiteral("Profitable only with the voucher: the price ¥900,000.00 is "
                                     "below the cost-to-serve of ¥950,000.00 without a compute "
                                     "voucher, but covers the ¥850,000.00 it costs with one."),
                  };
}

} // namespace

class TestEvaluationReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The hand-made evaluation is scored the way it says in its comments.
        const TenderEvaluation e = handmadeEvaluation();
        const scoring::BidResult* first = e.result.bid(101);
        const scoring::BidResult* second = e.result.bid(102);
        QVERIFY(first && second);
        QCOMPARE(first->rank, 1);
        QCOMPARE(second->rank, 2);
        QCOMPARE(first->evaluationPriceMinor, 72'000'000);
        QCOMPARE(QString::number(first->totalPoints, 'f', 2), QStringLiteral("88.83"));
        QCOMPARE(QString::number(second->totalPoints, 'f', 2), QStringLiteral("85.00"));
        QCOMPARE(e.result.bid(103)->rank, 0);
        QCOMPARE(e.result.bid(104)->rank, 0);
        QVERIFY(e.result.final());
        QVERIFY(e.sheetsComplete());
    }

    void languages()
    {
        QTest::addColumn<DocumentLanguage>("language");
        QTest::newRow("zh_CN") << DocumentLanguage::Chinese;
        QTest::newRow("en") << DocumentLanguage::English;
    }

    void holdsEverySection_data() { languages(); }
    void holdsEverySection()
    {
        QFETCH(DocumentLanguage, language);
        const QString html = evaluationReportHtml(handmadeEvaluation(), language, context());
        // Nothing typed by people reaches the page as markup.
        QVERIFY(!html.contains(QLatin1String("<script>")));
        QVERIFY(!html.contains(QLatin1String("<b>&")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;x&lt;/script&gt;")));
        // Every part filled, no marker left: the only braces are the title's own, on the cover.
        QCOMPARE(html.count(QLatin1String("{{")), 1);
        QVERIFY(html.contains(QLatin1String("{{flags}}")));
        for (const char* id : {"tender", "settings", "panel", "compliance", "scores", "price",
                               "flags", "ranking", "award"})
            QVERIFY2(html.contains(QStringLiteral("id=\"%1\"").arg(QLatin1String(id))), id);
        // The two extremes of each five-score criterion are struck through: 101's technical
        // (38, 47) and service (14, 18), 102's (equal scores: one low and one high each).
        QCOMPARE(html.count(QLatin1String("dropped")), 8);
        QVERIFY(html.contains(QLatin1String("<s>38.00</s>*")));
        QVERIFY(html.contains(QLatin1String("<s>47.00</s>*")));
        QVERIFY(!html.contains(QLatin1String("<s>45.00</s>")));
    }

    // Before every member has submitted, no evaluator's points are shown to anyone, on paper
    // either.
    void sealsTheSheetsUntilAllAreIn_data() { languages(); }
    void sealsTheSheetsUntilAllAreIn()
    {
        QFETCH(DocumentLanguage, language);
        TenderEvaluation e = handmadeEvaluation();
        e.panel[3].submittedAt.reset(); // 刘洋
        QVERIFY(!e.sheetsComplete());
        const QString html = evaluationReportHtml(e, language, context());
        // Nor any figure made of them: 101's technical 58.83 and total 88.83.
        QVERIFY(!html.contains(QLatin1String("43.50")));
        QVERIFY(!html.contains(QLatin1String("58.83")));
        QVERIFY(!html.contains(QLatin1String("88.83")));
        QVERIFY(!html.contains(QLatin1String("<s>")));
        QVERIFY(html.contains(language == DocumentLanguage::Chinese
                                  ? QStringLiteral("已提交 4 人，共 5 人")
                                  : QStringLiteral("(4 of 5)")));
    }

    // A tender not yet awarded shows the recommended bid and the flag an award would carry; one
    // with explanations pending says the ranking is provisional.
    void beforeTheAward()
    {
        TenderEvaluation e = handmadeEvaluation();
        e.tender.awards.clear();
        e.input.bids[0].lowPriceDecision = scoring::LowPriceDecision::Pending;
        e.reviews[0].decision = scoring::LowPriceDecision::Pending;
        e.result = scoring::evaluate(e.input);
        QVERIFY(!e.result.final());
        const QString html = evaluationReportHtml(e, DocumentLanguage::English, context());
        QVERIFY(html.contains(QLatin1String("No award has been recorded yet.")));
        QVERIFY(html.contains(QStringLiteral("Recommended bid: 深度求索 at ¥900,000.00.")));
        QVERIFY(html.contains(QLatin1String("Profitable only with the voucher")));
        QVERIFY(html.contains(
            QLatin1String("bids awaiting the explanation of an abnormally low price: 1;")));
        QVERIFY(html.contains(QLatin1String("Pending")));
    }

    // The award's loss-making flag as stored with it, each with its amounts: the award of
    // 900,000.00 against the costs given.
    void saysTheLossMakingFlag_data()
    {
        QTest::addColumn<DocumentLanguage>("language");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<qint64>("without"); // 0: none
        QTest::addColumn<qint64>("with");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("profitable")
            << DocumentLanguage::English << QStringLiteral("profitable") << qint64(80'000'000)
            << qint64(70'000'000)
            << QStringLiteral("Profitable: the price ¥900,000.00 covers the cost-to-serve of "
                              "¥800,000.00 without a compute voucher.");
        QTest::newRow("below cost")
            << DocumentLanguage::English << QStringLiteral("belowCost") << qint64(95'000'000)
            << qint64(92'000'000)
            << QStringLiteral("Below cost: the price ¥900,000.00 is below the cost-to-serve even "
                              "with a compute voucher (¥950,000.00 without, ¥920,000.00 with).");
        QTest::newRow("below cost, zh")
            << DocumentLanguage::Chinese << QStringLiteral("belowCost") << qint64(95'000'000)
            << qint64(92'000'000)
            << QStringLiteral(
                   "低于成本：即使使用算力券，价格 ¥900,000.00 仍低于服务成本（不含算力券 "
                   "¥950,000.00，含算力券 ¥920,000.00）。");
        QTest::newRow("no benchmark")
            << DocumentLanguage::English << QStringLiteral("noBenchmark") << qint64(0) << qint64(0)
            << QStringLiteral("No benchmark: the bid's deployment has no benchmark run, so its "
                              "cost-to-serve is unknown.");
    }
    void saysTheLossMakingFlag()
    {
        QFETCH(DocumentLanguage, language);
        QFETCH(QString, verdict);
        QFETCH(qint64, without);
        QFETCH(qint64, with);
        QFETCH(QString, sentence);
        TenderEvaluation e = handmadeEvaluation();
        Award& award = e.tender.awards[0];
        award.costVerdict = verdict;
        award.costWithoutVoucher =
            without ? std::optional<Money>(Money::yuan(without)) : std::nullopt;
        award.costWithVoucher = with ? std::optional<Money>(Money::yuan(with)) : std::nullopt;
        const QString html = evaluationReportHtml(e, language, context());
        QVERIFY2(html.contains(sentence.toHtmlEscaped()), qPrintable(sentence));
        // Only loss-making flags are marked so.
        QCOMPARE(html.contains(QLatin1String("verdict loss")),
                 verdict == QLatin1String("belowCost"));
    }

    void refusesAnUnknownTimeZone()
    {
        TenderEvaluation e = handmadeEvaluation();
        e.tender.timeZone = QStringLiteral("Mars/Olympus_Mons");
        QVERIFY_THROWS_EXCEPTION(Error,
                                 evaluationReportHtml(e, DocumentLanguage::Chinese, context()));
    }

    void printsAReadablePdf_data() { languages(); }
    void printsAReadablePdf()
    {
        QFETCH(DocumentLanguage, language);
        const QByteArray pdf =
            printHtmlToPdf(evaluationReportHtml(handmadeEvaluation(), language, context()), 120000,
                           evaluationReportBaseUrl());
        QVERIFY(pdf.startsWith("%PDF-"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(pdf) == pdf.size());
        file.close();
        // For a person to look at: TENDERDESK_TEST_OUTPUT_DIR, as tst_tenderdocument.
        if (const QString out = qEnvironmentVariable("TENDERDESK_TEST_OUTPUT_DIR");
            !out.isEmpty()) {
            QDir().mkpath(out);
            QFile::copy(path, QDir(out).filePath(
                                  QStringLiteral("evaluation-%1.pdf").arg(languageCode(language))));
        }

        const QString info = runTool(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(info.contains(QLatin1String("Pages:")), qPrintable(info));
        QVERIFY2(info.contains(QLatin1String("A4")), qPrintable(info));

        // Tables read column by column in the plain text and row by row in the layout text:
        // a needle may be in either.
        const QString text =
            squeezed(runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})) +
            QLatin1Char('|') +
            squeezed(runTool(QStringLiteral("pdftotext"),
                             {QStringLiteral("-layout"), path, QStringLiteral("-")}));
        QVERIFY(!text.isEmpty());
        for (const QString& needle : expectedText(language))
            QVERIFY2(text.contains(squeezed(needle)),
                     qPrintable(needle + QStringLiteral(" not in: ") + text.left(3000)));
        // The other language's headings are not there.
        QVERIFY(!text.contains(squeezed(language == DocumentLanguage::Chinese
                                            ? QStringLiteral("Scores by criterion")
                                            : QStringLiteral("评委评分"))));
    }

    // The text layer holds every character even where no glyph was drawn: here, the fonts are
    // embedded, one of them Chinese, and the panel's names on the page have ink.
    void drawsTheChineseText_data() { languages(); }
    void drawsTheChineseText()
    {
        QFETCH(DocumentLanguage, language);
        const QByteArray pdf =
            printHtmlToPdf(evaluationReportHtml(handmadeEvaluation(), language, context()), 120000,
                           evaluationReportBaseUrl());
        const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
        QVERIFY(document && !document->isLocked());
        for (const Poppler::FontInfo& font : document->fonts())
            QVERIFY2(font.isEmbedded(), qPrintable(font.name()));
        const QStringList names = fontNames(pdf, *document);
        QVERIFY2(std::any_of(names.cbegin(), names.cend(), isChineseFontName),
                 qPrintable(names.join(u", ")));

        const QString name = QStringLiteral("王芳");
        constexpr double dpi = 144;
        bool found = false;
        for (int p = 0; p < document->numPages() && !found; ++p) {
            const std::unique_ptr<Poppler::Page> page = document->page(p);
            QString characters;
            QList<QRectF> boxes;
            for (const std::unique_ptr<Poppler::TextBox>& word : page->textList())
                for (int i = 0; i < word->text().size(); ++i) {
                    characters += word->text().at(i);
                    boxes.append(word->charBoundingBox(i));
                }
            const qsizetype at = characters.indexOf(name);
            if (at < 0)
                continue;
            found = true;
            const QImage image = page->renderToImage(dpi, dpi);
            for (qsizetype i = at; i < at + name.size(); ++i) {
                const double ink = inkShare(image, boxes.at(i), dpi);
                QVERIFY2(ink > 0.05, qPrintable(QStringLiteral("%1: %2% ink")
                                                    .arg(characters.at(i))
                                                    .arg(ink * 100, 0, 'f', 1)));
            }
        }
        QVERIFY(found);
    }
};

int main(int argc, char* argv[])
{
    preparePdfPrinting();
    QGuiApplication app(argc, argv);
    TestEvaluationReport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_evaluationreport.moc"
