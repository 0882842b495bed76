// The tender document bidders read: its HTML in Chinese and English (sections, escaping, what
// the clarifications disclose, the formats of each language), then the PDF that Qt WebEngine
// prints from it, read back with Poppler: its text, its fonts and the ink on its cover.
#include "domain/error.h"
#include "exchange/documentformat.h"
#include "exchange/tenderdocument.h"
#include "exchange/tendertemplates.h"
#include "print/chinesefonts.h"
#include "print/htmlpdfprinter.h"
#include "print/pdfprinting.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <memory>
#include <poppler-qt6.h>

using namespace td;

Q_DECLARE_METATYPE(td::DocumentLanguage)

namespace {

const QString trickyTitle = QStringLiteral("企业知识库问答 <b>&\"</b> {{lots}}");
const QString answeredQuestion = QStringLiteral("是否接受昇腾910C替代910B？");
const QString answer = QStringLiteral("接受，型号须在加速卡目录中。");
const QString unansweredQuestion = QStringLiteral("UNANSWERED-7731 评标专家名单何时公布？");
const qint64 askerId = 918273645;
const QString fingerprint =
    QStringLiteral("3f9a1c0e5b7d24681357acef02468ace13579bdf0246813579bdf02468ace135");
const AuditHead auditHead{
    41, QStringLiteral("e6007351427a13ab2b132c48f5b625ebf8bd29657b57b43ab4d676550dea5ef9")};

Tender sampleTender()
{
    Tender t = tenderFromTemplate(TenderCategory::KnowledgeAssistant, QDate(2026, 3, 2));
    t.reference = QStringLiteral("SGCC-2026-GAI-000042");
    t.title = trickyTitle;
    t.buyerName = QStringLiteral("国家电网有限公司");
    t.description += QStringLiteral("\n\n<script>alert(1)</script> 第二段。");
    Clarification answered;
    answered.askedAt = QDateTime(QDate(2026, 3, 4), QTime(2, 15), QTimeZone::utc());
    answered.askerId = askerId;
    answered.question = answeredQuestion;
    answered.answer = answer;
    answered.answeredAt = QDateTime(QDate(2026, 3, 5), QTime(8, 0), QTimeZone::utc());
    Clarification open;
    open.askedAt = QDateTime(QDate(2026, 3, 6), QTime(3, 0), QTimeZone::utc());
    open.askerId = askerId + 1;
    open.question = unansweredQuestion;
    t.clarifications = {answered, open};
    return t;
}

TenderDocumentContext sampleContext(bool withAmendment = true)
{
    TenderDocumentContext c;
    c.buyer.name = QStringLiteral("国家电网有限公司");
    c.buyer.nameEnglish = QStringLiteral("State Grid Corporation of China");
    c.buyer.uscc = QStringLiteral("91110000710931141J");
    c.releaseNumber = 2;
    c.releaseDate = QDateTime(QDate(2026, 3, 5), QTime(8, 0), QTimeZone::utc());
    c.sealingKeyFingerprint = fingerprint;
    c.auditHead = auditHead;
    c.domesticByModel = {{QStringLiteral("Huawei Ascend 910B"), true},
                         {QStringLiteral("Hygon DCU K100"), true},
                         {QStringLiteral("NVIDIA H20"), false}};
    if (withAmendment) {
        ocds::Amendment a;
        a.date = QDateTime(QDate(2026, 3, 5), QTime(8, 0), QTimeZone::utc());
        a.rationale = QStringLiteral("延长投标期限 <i>");
        a.changes = {{QStringLiteral("bidDeadline"), QStringLiteral("2026-03-22T01:30:00Z"),
                      QStringLiteral("2026-03-29T01:30:00Z")},
                     {QStringLiteral("lots[1].budget"), QStringLiteral("2100000.00"),
                      QStringLiteral("2000000.00")}};
        c.amendments = {a};
    }
    return c;
}

// PDF text breaks lines and adds spaces where the layout did: compare without white space.
QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

struct PdfText
{
    int pages = 0;
    QString text;
};

PdfText readPdf(const QByteArray& pdf)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document || document->isLocked())
        return {};
    PdfText out;
    out.pages = document->numPages();
    for (int i = 0; i < out.pages; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        out.text += page->text(QRectF()) + QLatin1Char('\n');
    }
    return out;
}

// Whether a font of the PDF, by its name, is one of the Chinese families Debian packages: Noto
// Sans/Serif CJK (NotoSansCJKsc-Regular), WenQuanYi Zen/Micro Hei, AR PL UMing/UKai, Droid Sans
// Fallback, Source Han Sans/Serif.
bool isChineseFontName(const QString& name)
{
    static const QRegularExpression chinese(
        QStringLiteral("CJK|WenQuanYi|Hei|UMing|UKai|DroidSansFallback|Han ?Sans|Han ?Serif"),
        QRegularExpression::CaseInsensitiveOption);
    return chinese.match(name).hasMatch();
}

// The names of the PDF's fonts. Chromium embeds the outlines of Noto CJK (CFF in an OpenType
// collection) as Type 3 fonts, which have no name of their own for Poppler to report: their
// name is in their font descriptor, read here from the file (Chromium writes font objects
// uncompressed).
QStringList fontNames(const QByteArray& pdf, const Poppler::Document& document)
{
    QStringList names;
    for (const Poppler::FontInfo& font : document.fonts())
        if (!font.name().isEmpty())
            names.append(font.name());
    static const QRegularExpression descriptorName(
        QStringLiteral("/FontName\\s*/([^\\s/<>\\[\\]()]+)"));
    const QString latin1 = QString::fromLatin1(pdf);
    for (const QRegularExpressionMatch& m : descriptorName.globalMatch(latin1))
        names.append(m.captured(1));
    names.removeDuplicates();
    return names;
}

// The share of `points` (a box on the page, in points) that is ink (dark pixels) in `image`,
// the page rendered at `dpi`.
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

QStringList headings(DocumentLanguage language)
{
    if (language == DocumentLanguage::Chinese)
        return {QStringLiteral("招标文件"),          QStringLiteral("第一章 采购需求"),
                QStringLiteral("第二章 硬件要求"),   QStringLiteral("第三章 评标方法与权重"),
                QStringLiteral("第四章 时间安排"),   QStringLiteral("第五章 投标文件格式与递交"),
                QStringLiteral("第六章 澄清与答疑"), QStringLiteral("第七章 变更记录")};
    return {QStringLiteral("Tender document"),  QStringLiteral("1 Requirements"),
            QStringLiteral("2 Hardware rules"), QStringLiteral("3 Evaluation method and weights"),
            QStringLiteral("4 Timeline"),       QStringLiteral("5 Bid format and submission"),
            QStringLiteral("6 Clarifications"), QStringLiteral("7 Amendments")};
}

} // namespace

class TestTenderDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languageCodes()
    {
        QCOMPARE(languageCode(DocumentLanguage::Chinese), QStringLiteral("zh_CN"));
        QCOMPARE(languageCode(DocumentLanguage::English), QStringLiteral("en"));
        for (DocumentLanguage l : {DocumentLanguage::Chinese, DocumentLanguage::English})
            QCOMPARE(parseDocumentLanguage(languageCode(l)), l);
        QCOMPARE(parseDocumentLanguage(QStringLiteral("zh")), DocumentLanguage::Chinese);
        QCOMPARE(parseDocumentLanguage(QStringLiteral("fr")), std::nullopt);
        QCOMPARE(parseDocumentLanguage(QString()), std::nullopt);
    }

    void formats_data()
    {
        QTest::addColumn<DocumentLanguage>("language");
        QTest::addColumn<QString>("dateTime");
        QTest::addColumn<QString>("money");
        QTest::addColumn<QString>("oddMoney");
        QTest::addColumn<QString>("tokens");
        QTest::addColumn<QString>("oddCount");
        QTest::newRow("zh") << DocumentLanguage::Chinese << QStringLiteral("2026年3月1日 09:00")
                            << QStringLiteral("¥3,000,000.00（300万元）")
                            << QStringLiteral("¥899,999.99") << QStringLiteral("20亿")
                            << QStringLiteral("1.5亿");
        QTest::newRow("en") << DocumentLanguage::English << QStringLiteral("1 March 2026, 09:00")
                            << QStringLiteral("¥3,000,000.00") << QStringLiteral("¥899,999.99")
                            << QStringLiteral("2,000,000,000") << QStringLiteral("150,000,000");
    }
    void formats()
    {
        QFETCH(DocumentLanguage, language);
        QFETCH(QString, dateTime);
        QFETCH(QString, money);
        QFETCH(QString, oddMoney);
        QFETCH(QString, tokens);
        QFETCH(QString, oddCount);
        const DocumentFormat format(language, QTimeZone("Asia/Shanghai"));
        QCOMPARE(format.dateTime(QDateTime(QDate(2026, 3, 1), QTime(1, 0), QTimeZone::utc())),
                 dateTime);
        QCOMPARE(format.dateTime(QDateTime()), QString());
        QCOMPARE(format.money(Money::yuan(300'000'000)), money);
        QCOMPARE(format.money(Money::yuan(89'999'999)), oddMoney);
        QCOMPARE(format.count(2'000'000'000), tokens);
        QCOMPARE(format.count(150'000'000), oddCount);
        QCOMPARE(format.count(500), QStringLiteral("500"));
        QCOMPARE(format.percent(99.9), QStringLiteral("99.9%"));
    }

    void escapesEverythingTheTenderSays_data() { languages(); }
    void escapesEverythingTheTenderSays()
    {
        QFETCH(DocumentLanguage, language);
        Tender t = sampleTender();
        t.clarifications[0].answer = QStringLiteral("见附件 <img src=x onerror=alert(1)>");
        const QString html = tenderDocumentHtml(t, sampleContext(), language);
        QVERIFY(html.contains(
            QStringLiteral("企业知识库问答 &lt;b&gt;&amp;&quot;&lt;/b&gt; {{lots}}")));
        QVERIFY(!html.contains(QStringLiteral("<b>&\"</b>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(html.contains(QStringLiteral("延长投标期限 &lt;i&gt;")));
        // No template marker is left, and none came from the tender's text except the title's own.
        QCOMPARE(html.count(QStringLiteral("{{")), 1);
    }

    void hasEverySection_data() { languages(); }
    void hasEverySection()
    {
        QFETCH(DocumentLanguage, language);
        const QString html = tenderDocumentHtml(sampleTender(), sampleContext(), language);
        for (const QString& heading : headings(language))
            QVERIFY2(html.contains(heading), qPrintable(heading));
        for (const char* id : {"requirements", "hardware", "evaluation", "timeline", "bid-format",
                               "clarifications", "amendments"})
            QVERIFY2(html.contains(QStringLiteral("id=\"%1\"").arg(QLatin1String(id))), id);
        QVERIFY(html.contains(QStringLiteral("href=\"tender.css\"")));
        QVERIFY(html.contains(QStringLiteral("SGCC-2026-GAI-000042")));
        QVERIFY(html.contains(QStringLiteral("knowledge-qa-v1")));
        QVERIFY(html.contains(QStringLiteral("NVIDIA H20")));
        QVERIFY(html.contains(QStringLiteral("AMD Instinct MI308")));
        QVERIFY(html.contains(QStringLiteral("Asia/Shanghai")));
        QVERIFY(html.contains(QStringLiteral("3f9a 1c0e 5b7d 2468")));
        QVERIFY(html.contains(QStringLiteral("Huawei Ascend 910B")));
        // A non-domestic model of the catalog is not listed among the domestic ones.
        const qsizetype domestic = html.indexOf(QStringLiteral("Hygon DCU K100"));
        QVERIFY(domestic > 0);
        QVERIFY(!html.mid(domestic - 200, 400).contains(QStringLiteral("NVIDIA H20")));
        QCOMPARE(html.count(QStringLiteral("<tr class=\"total\">")), 2); // lots and weights
        QCOMPARE(html.count(QStringLiteral("class=\"amendment\"")), 1);

        // Without amendments there is no amendments chapter.
        const QString plain = tenderDocumentHtml(sampleTender(), sampleContext(false), language);
        QVERIFY(!plain.contains(QStringLiteral("id=\"amendments\"")));
        QVERIFY(!plain.contains(headings(language).constLast()));
    }

    void writesEachLanguagesConventions()
    {
        const QString zh =
            tenderDocumentHtml(sampleTender(), sampleContext(), DocumentLanguage::Chinese);
        QVERIFY(zh.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(zh.contains(QStringLiteral("lang=\"zh-CN\"")));
        QVERIFY(zh.contains(QStringLiteral("2026年3月2日 09:00")));  // publication, CST
        QVERIFY(zh.contains(QStringLiteral("2026年3月22日 09:30"))); // bid deadline
        QVERIFY(zh.contains(QStringLiteral("¥3,000,000.00（300万元）")));
        QVERIFY(zh.contains(QStringLiteral("20亿 tokens/年")));
        QVERIFY(zh.contains(QStringLiteral("中国标准时间")));
        QVERIFY(zh.contains(QStringLiteral("第2版，2026年3月5日 16:00发布")));
        QVERIFY(zh.contains(QStringLiteral("公开招标")));
        QVERIFY(zh.contains(QStringLiteral("知识助手")));
        // What the tender buys, which decides the minimum price weight bidders can expect.
        QVERIFY(zh.contains(QStringLiteral("<th>项目属性</th><td>货物和服务</td>")));
        QVERIFY(zh.contains(QStringLiteral("价格权重为30%，最低有效报价得30分")));
        QVERIFY(!zh.contains(QStringLiteral("Open tender")));

        const QString en =
            tenderDocumentHtml(sampleTender(), sampleContext(), DocumentLanguage::English);
        QVERIFY(en.contains(QStringLiteral("lang=\"en\"")));
        QVERIFY(en.contains(QStringLiteral("2 March 2026, 09:00")));
        QVERIFY(en.contains(QStringLiteral("22 March 2026, 09:30")));
        QVERIFY(en.contains(QStringLiteral("2,000,000,000 tokens a year")));
        QVERIFY(en.contains(QStringLiteral("China Standard Time, UTC+08:00")));
        QVERIFY(en.contains(QStringLiteral("State Grid Corporation of China")));
        QVERIFY(en.contains(QStringLiteral("Open tender")));
        QVERIFY(en.contains(QStringLiteral("Knowledge assistant")));
        QVERIFY(en.contains(QStringLiteral("<th>Purchase kind</th><td>Goods and services</td>")));
        // The buyer's own (Chinese) criterion names stay beside their English names.
        QVERIFY(
            en.contains(QStringLiteral("Technical proposal <span class=\"original\">(技术方案)")));
        QVERIFY(en.contains(QStringLiteral("price weight of this tender is 30%, so the lowest "
                                           "valid bid scores 30 points")));
        // Amended fields by name, the exact field beside a name of its group.
        QVERIFY(en.contains(QStringLiteral("<td>Bid deadline</td>")));
        QVERIFY(en.contains(QStringLiteral("Lots <code>lots[1].budget</code>")));
    }

    void disclosesAnswersButNeverWhoAsked_data() { languages(); }
    void disclosesAnswersButNeverWhoAsked()
    {
        QFETCH(DocumentLanguage, language);
        const QString html = tenderDocumentHtml(sampleTender(), sampleContext(), language);
        QCOMPARE(html.count(answeredQuestion), 1);
        QCOMPARE(html.count(answer), 1);
        QVERIFY(!html.contains(unansweredQuestion));
        QVERIFY(!html.contains(QString::number(askerId)));
        QVERIFY(!html.contains(QString::number(askerId + 1)));

        Tender none = sampleTender();
        none.clarifications.removeFirst(); // only the unanswered one is left
        const QString empty = tenderDocumentHtml(none, sampleContext(), language);
        const QString noneText = language == DocumentLanguage::Chinese
                                     ? QStringLiteral("<p>无。</p>")
                                     : QStringLiteral("<p>None.</p>");
        const qsizetype chapter = empty.indexOf(QStringLiteral("id=\"clarifications\""));
        QVERIFY(chapter > 0);
        QVERIFY(empty.indexOf(noneText, chapter) > chapter);
        QVERIFY(!empty.contains(unansweredQuestion));
    }

    void listsEveryAnswerAndAmendmentOnceInOrder()
    {
        Tender t = sampleTender();
        Clarification later = t.clarifications.at(0);
        later.question = QStringLiteral("SECOND-QUESTION 是否提供培训？");
        later.answer = QStringLiteral("SECOND-ANSWER 提供。");
        t.clarifications.append(later);
        TenderDocumentContext c = sampleContext();
        ocds::Amendment second = c.amendments.at(0);
        second.rationale = QStringLiteral("SECOND-AMENDMENT");
        c.amendments.append(second);
        const QString html = tenderDocumentHtml(t, c, DocumentLanguage::English);
        QCOMPARE(html.count(answeredQuestion), 1);
        QCOMPARE(html.count(QStringLiteral("SECOND-QUESTION")), 1);
        QVERIFY(html.indexOf(answeredQuestion) < html.indexOf(QStringLiteral("SECOND-QUESTION")));
        // Numbered as the buyer's list numbers them: the unanswered second question keeps its
        // number.
        QVERIFY(html.contains(QStringLiteral("<p class=\"meta\">3. ")));
        QCOMPARE(html.count(QStringLiteral("class=\"amendment\"")), 2);
        QCOMPARE(html.count(QStringLiteral("SECOND-AMENDMENT")), 1);
        QVERIFY(html.indexOf(QStringLiteral("延长投标期限")) <
                html.indexOf(QStringLiteral("SECOND-AMENDMENT")));
    }

    // The cover carries the audit head when printed, so that the paper anchors the audit log,
    // with how to check the log against it.
    void coverCarriesTheAuditHead_data() { languages(); }
    void coverCarriesTheAuditHead()
    {
        QFETCH(DocumentLanguage, language);
        const QString html = tenderDocumentHtml(sampleTender(), sampleContext(), language);
        const bool chinese = language == DocumentLanguage::Chinese;
        QVERIFY(html.contains(
            QStringLiteral("<th>%1</th>")
                .arg(chinese ? QStringLiteral("审计链") : QStringLiteral("Audit chain"))));
        QVERIFY(html.contains(QStringLiteral("#41 <span class=\"audit-hash\">e600 7351 427a 13ab "
                                             "2b13 2c48 f5b6 25eb f8bd 2965 7b57 b43a b4d6 7655 "
                                             "0dea 5ef9</span>")));
        QVERIFY(html.contains(QStringLiteral("tenderdesk-cli audit verify --anchor 41:")));
        TenderDocumentContext none = sampleContext();
        none.auditHead = {};
        QVERIFY(!tenderDocumentHtml(sampleTender(), none, language)
                     .contains(QStringLiteral("audit-hash")));
    }

    void aDraftHasNoKeyYet()
    {
        TenderDocumentContext c = sampleContext(false);
        c.releaseNumber = 0;
        c.sealingKeyFingerprint.clear();
        const QString html = tenderDocumentHtml(sampleTender(), c, DocumentLanguage::English);
        QVERIFY(html.contains(QStringLiteral("Draft, not yet published")));
        QVERIFY(html.contains(QStringLiteral("The public key is published with the tender "
                                             "package.")));
        QVERIFY(!html.contains(QStringLiteral("class=\"fingerprint\"")));
    }

    void refusesAnUnknownTimeZone()
    {
        Tender t = sampleTender();
        t.timeZone = QStringLiteral("Mars/Olympus_Mons");
        QVERIFY_THROWS_EXCEPTION(Error,
                                 tenderDocumentHtml(t, sampleContext(), DocumentLanguage::Chinese));
    }

    void printsAReadablePdf_data() { languages(); }
    void printsAReadablePdf()
    {
        QFETCH(DocumentLanguage, language);
        const QByteArray pdf =
            printHtmlToPdf(tenderDocumentHtml(sampleTender(), sampleContext(), language));
        QVERIFY(pdf.startsWith("%PDF-"));
        keepForInspection(pdf, language);
        const PdfText read = readPdf(pdf);
        // The cover on a page of its own, then the chapters.
        QVERIFY2(read.pages >= 3, qPrintable(QString::number(read.pages)));
        const QString text = squeezed(read.text);
        const auto has = [&text](const QString& needle) {
            return text.contains(squeezed(needle));
        };
        QVERIFY2(has(trickyTitle), qPrintable(read.text.left(400)));
        QVERIFY(has(QStringLiteral("SGCC-2026-GAI-000042")));
        QVERIFY(has(QStringLiteral("Asia/Shanghai")));
        QVERIFY(has(answeredQuestion));
        QVERIFY(!has(unansweredQuestion));
        QVERIFY(!text.contains(QString::number(askerId)));
        QVERIFY(has(QStringLiteral("3f9a 1c0e")));
        QVERIFY(has(QStringLiteral("#41 e600 7351 427a 13ab")));
        // The weights, with the criteria they belong to.
        const QStringList weights =
            language == DocumentLanguage::Chinese
                ? QStringList{QStringLiteral("价格30%"), QStringLiteral("技术方案30%"),
                              QStringLiteral("基准测试准确率15%"),
                              QStringLiteral("售后服务与培训5%"), QStringLiteral("合计100%")}
                // The buyer's Chinese name sits under the English one, so the text layer holds
                // it after the weight.
                : QStringList{QStringLiteral("Price 30%"), QStringLiteral("Technical proposal 30%"),
                              QStringLiteral("(价格)"), QStringLiteral("(技术方案)"),
                              QStringLiteral("Total 100%")};
        for (const QString& weight : weights)
            QVERIFY2(has(weight), qPrintable(weight));
        // Each chapter's heading twice: in the contents and above the chapter.
        const QStringList chapters = headings(language);
        QVERIFY(has(chapters.constFirst()));
        for (const QString& heading : chapters.mid(1))
            QVERIFY2(text.count(squeezed(heading)) >= 2, qPrintable(heading));
        // And not the other language's.
        const DocumentLanguage other = language == DocumentLanguage::Chinese
                                           ? DocumentLanguage::English
                                           : DocumentLanguage::Chinese;
        QVERIFY(!has(headings(other).at(1)));
    }

    void drawsTheChineseText_data() { languages(); }
    void drawsTheChineseText()
    {
        // The text layer holds every character even where no glyph was drawn (no Chinese font
        // installed: the page shows blanks), so the text read above proves nothing of what a
        // reader sees. Here: a Chinese font is embedded, and the cover's title has ink.
        QFETCH(DocumentLanguage, language);
        const QByteArray pdf =
            printHtmlToPdf(tenderDocumentHtml(sampleTender(), sampleContext(), language));
        const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
        QVERIFY(document && !document->isLocked());
        for (const Poppler::FontInfo& font : document->fonts())
            QVERIFY2(font.isEmbedded(), qPrintable(font.name()));
        const QStringList names = fontNames(pdf, *document);
        QVERIFY2(std::any_of(names.cbegin(), names.cend(), isChineseFontName),
                 qPrintable(QStringLiteral("fonts: ") + names.join(u", ")));

        // The title's characters on the cover, each with its box, in reading order.
        const std::unique_ptr<Poppler::Page> cover = document->page(0);
        QVERIFY(cover);
        QString characters;
        QList<QRectF> boxes;
        for (const std::unique_ptr<Poppler::TextBox>& word : cover->textList()) {
            const QString text = word->text();
            for (int i = 0; i < text.size(); ++i) {
                characters += text.at(i);
                boxes.append(word->charBoundingBox(i));
            }
        }
        const QString title = QStringLiteral("企业知识库问答");
        const qsizetype at = characters.indexOf(title);
        QVERIFY2(at >= 0, qPrintable(characters));
        constexpr double dpi = 144;
        const QImage image = cover->renderToImage(dpi, dpi);
        QVERIFY(!image.isNull());
        // A drawn glyph darkens a good part of its box; a missing one leaves it white.
        for (qsizetype i = at; i < at + title.size(); ++i) {
            const double ink = inkShare(image, boxes.at(i), dpi);
            QVERIFY2(
                ink > 0.05,
                qPrintable(
                    QStringLiteral("%1: %2% ink").arg(characters.at(i)).arg(ink * 100, 0, 'f', 1)));
        }
    }

    void warnsWithoutAChineseFont()
    {
        const QString warning = missingChineseFontWarning({});
        QVERIFY2(warning.contains(QLatin1String("sudo apt install fonts-noto-cjk")),
                 qPrintable(warning));
        QCOMPARE(missingChineseFontWarning({QStringLiteral("Noto Sans CJK SC")}), QString());
        // The test command installs the font the documents above need: no warning here.
        QVERIFY2(chineseFontWarning().isEmpty(), qPrintable(chineseFontWarning()));
    }

    void neverReachesTheNetwork()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
        const QString html = QStringLiteral("<!DOCTYPE html><html><head>"
                                            "<link rel=\"stylesheet\" href=\"%1/style.css\">"
                                            "</head><body><p>offline</p>"
                                            "<img src=\"%1/pixel.png\"></body></html>")
                                 .arg(origin);
        const QByteArray pdf = printHtmlToPdf(html);
        QVERIFY(readPdf(pdf).text.contains(QStringLiteral("offline")));
        QVERIFY(!server.waitForNewConnection(200));
    }

    void reportsATimeout()
    {
        HtmlPdfPrinter printer;
        printer.setTimeout(1);
        QSignalSpy finished(&printer, &HtmlPdfPrinter::finished);
        QSignalSpy failed(&printer, &HtmlPdfPrinter::failed);
        QVERIFY(printer.print(QStringLiteral("<p>slow</p>")));
        QVERIFY(printer.isBusy());
        QVERIFY(!printer.print(QStringLiteral("<p>second</p>"))); // one at a time
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("longer than")));
        QVERIFY(!printer.isBusy());
        QTest::qWait(300); // the abandoned page's result, if any, must not surface
        QCOMPARE(finished.count(), 0);

        // The same printer prints the next document.
        printer.setTimeout(60000);
        QVERIFY(printer.print(QStringLiteral("<p>next</p>")));
        QVERIFY(finished.wait(60000));
        QCOMPARE(failed.count(), 1);
        QVERIFY(readPdf(finished.at(0).at(0).toByteArray()).text.contains(QStringLiteral("next")));

        QVERIFY_THROWS_EXCEPTION(Error, printHtmlToPdf(QStringLiteral("<p>x</p>"), 1));
    }

    void cancelsQuietly()
    {
        HtmlPdfPrinter printer;
        QSignalSpy finished(&printer, &HtmlPdfPrinter::finished);
        QSignalSpy failed(&printer, &HtmlPdfPrinter::failed);
        QVERIFY(printer.print(QStringLiteral("<p>cancelled</p>")));
        printer.cancel();
        QVERIFY(!printer.isBusy());
        QTest::qWait(1000);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 0);
    }

private:
    void languages()
    {
        QTest::addColumn<DocumentLanguage>("language");
        QTest::newRow("zh_CN") << DocumentLanguage::Chinese;
        QTest::newRow("en") << DocumentLanguage::English;
    }

    // TENDERDESK_TEST_OUTPUT_DIR keeps the printed documents, for people to look at.
    static void keepForInspection(const QByteArray& pdf, DocumentLanguage language)
    {
        const QString dir = qEnvironmentVariable("TENDERDESK_TEST_OUTPUT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QFile file(QDir(dir).filePath(QStringLiteral("tender-%1.pdf").arg(languageCode(language))));
        if (file.open(QIODevice::WriteOnly))
            file.write(pdf);
    }
};

int main(int argc, char** argv)
{
    // WebEngine needs its attributes before the application exists, and a GUI application.
    preparePdfPrinting();
    QGuiApplication app(argc, argv);
    TestTenderDocument test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tenderdocument.moc"
