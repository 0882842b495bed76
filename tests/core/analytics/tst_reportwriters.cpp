// The report writers that need no WebEngine, on a report built by hand: CSV (bytes, quoting,
// one file per table), XLSX (read back from its zip: sheet names, numbers stored as numbers
// with their formats, the frozen header row) and HTML (figures, escaping, the inlined chart).
#include "analytics/reportcsv.h"
#include "analytics/reporthtml.h"
#include "analytics/reportxlsx.h"
#include "domain/error.h"
#include "exchange/ziparchive.h"
#include "samplereport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::analytics;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray zipEntry(const QList<ArchiveEntry>& entries, const QString& path)
{
    for (const ArchiveEntry& entry : entries)
        if (entry.path == path)
            return entry.content;
    return {};
}

// The <c> element of `cell` ("D2") in a worksheet's XML.
QString cellXml(const QByteArray& sheet, const QString& cell)
{
    const QRegularExpression pattern(QStringLiteral("<c r=\"%1\"[^>]*(/>|>.*?</c>)").arg(cell));
    return pattern.match(QString::fromUtf8(sheet)).captured(0);
}

// The number a cell stores.
double cellValue(const QString& cell)
{
    return QRegularExpression(QStringLiteral("<v>([^<]*)</v>")).match(cell).captured(1).toDouble();
}

// The number format code of the style a cell uses, looked up in styles.xml.
QString cellFormat(const QByteArray& styles, const QString& cell)
{
    const int style =
        QRegularExpression(QStringLiteral("s=\"(\\d+)\"")).match(cell).captured(1).toInt();
    const QString text = QString::fromUtf8(styles);
    const QString cellXfs =
        QRegularExpression(QStringLiteral("<cellXfs[^>]*>(.*?)</cellXfs>")).match(text).captured(1);
    QList<QString> xfs;
    auto it =
        QRegularExpression(QStringLiteral("<xf [^>]*numFmtId=\"(\\d+)\"")).globalMatch(cellXfs);
    while (it.hasNext())
        xfs.append(it.next().captured(1));
    if (style >= xfs.size())
        return {};
    const QString id = xfs.at(style);
    return QRegularExpression(
               QStringLiteral("<numFmt numFmtId=\"%1\" formatCode=\"([^\"]*)\"").arg(id))
        .match(text)
        .captured(1);
}

} // namespace

class TestReportWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvTableBytes();
    void csvOneFilePerTable();
    void csvSingleTableKeepsThePath();
    void csvWithoutTablesIsRefused();
    void xlsxSheetNames_data();
    void xlsxSheetNames();
    void xlsxReadBack();
    void xlsxReplacesAnOldFileWhole();
    void htmlFiguresAndLanguage_data();
    void htmlFiguresAndLanguage();
    void htmlEscapesTextAndScript();
    void htmlLinkedLibraryStaysSmall();
};

void TestReportWriters::csvTableBytes()
{
    const Report report = test::sampleReport(QStringLiteral("en"));
    const QByteArray csv = tableCsv(report.sections.at(1).tables.at(0));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.at(0), QStringLiteral("vendor,bids,avg_score,won_value,win_rate,last_win"));
    QCOMPARE(lines.at(1), QStringLiteral("华为技术有限公司,12,87.46,9876543.21,25.00%,2026-03-14"));
    // The name with a comma, quotes and a line break is quoted, its quotes doubled; the line
    // break stays inside the field (split above cut it only at CRLF).
    QCOMPARE(lines.at(2),
             QStringLiteral("\"Acme, \"\"Cloud\"\"\nLtd\",1234,70.00,0.05,12.50%,2025-12-31"));
    QCOMPARE(lines.at(3), QStringLiteral("浪潮,0,,0.00,0.00%,"));
    QCOMPARE(lines.at(4), QString());
    QCOMPARE(lines.size(), 5);
}

void TestReportWriters::csvOneFilePerTable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Report report = test::sampleReport(QStringLiteral("zh_CN"));
    const QString asked = dir.filePath(QStringLiteral("market.csv"));
    const QStringList written = writeReportCsv(report, asked);
    const QStringList expected = {
        dir.filePath(QStringLiteral("market-tenders_by_month.csv")),
        dir.filePath(QStringLiteral("market-vendor_wins.csv")),
        dir.filePath(QStringLiteral("market-vendors_by_accelerator_and_model_family_long.csv")),
    };
    QCOMPARE(written, expected);
    QCOMPARE(reportCsvPaths(report, asked), expected);
    QVERIFY(!QFile::exists(asked));
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY(readFile(expected.at(i)).startsWith("\xEF\xBB\xBF"));
    QCOMPARE(readFile(expected.at(0)),
             QByteArray("\xEF\xBB\xBFmonth,tenders,budget\r\n2026-01,4,1234567.89\r\n"
                        "2026-02,7,2469135.78\r\n2026-03,2,3703703.67\r\n"));
}

void TestReportWriters::csvSingleTableKeepsThePath()
{
    QTemporaryDir dir;
    Report report = test::sampleReport(QStringLiteral("en"));
    report.sections.removeLast();
    const QString asked = dir.filePath(QStringLiteral("months.csv"));
    QCOMPARE(writeReportCsv(report, asked), QStringList{asked});
    QCOMPARE(readFile(asked), tableCsv(report.sections.at(0).tables.at(0)));
}

void TestReportWriters::csvWithoutTablesIsRefused()
{
    QTemporaryDir dir;
    Report report = test::sampleReport(QStringLiteral("en"));
    for (ReportSection& section : report.sections)
        section.tables.clear();
    QVERIFY_THROWS_EXCEPTION(Error, writeReportCsv(report, dir.filePath(QStringLiteral("x.csv"))));
    QVERIFY_THROWS_EXCEPTION(Error,
                             writeReportXlsx(report, dir.filePath(QStringLiteral("x.xlsx"))));
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestReportWriters::xlsxSheetNames_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("plain") << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                           << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("refused characters") << QStringList{QStringLiteral("a/b:c[d]*?\\")}
                                        << QStringList{QStringLiteral("a_b_c_d____")};
    QTest::newRow("too long, then clashing")
        << QStringList{QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789"),
                       QStringLiteral("abcdefghijklmnopqrstuvwxyz01234XYZ")}
        << QStringList{QStringLiteral("abcdefghijklmnopqrstuvwxyz01234"),
                       QStringLiteral("abcdefghijklmnopqrstuvwxyz012~2")};
    QTest::newRow("same without case")
        << QStringList{QStringLiteral("Vendors"), QStringLiteral("vendors"),
                       QStringLiteral("VENDORS")}
        << QStringList{QStringLiteral("Vendors"), QStringLiteral("vendors~2"),
                       QStringLiteral("VENDORS~3")};
    QTest::newRow("empty") << QStringList{QString()} << QStringList{QStringLiteral("Sheet")};
}

void TestReportWriters::xlsxSheetNames()
{
    QFETCH(QStringList, ids);
    QFETCH(QStringList, names);
    Report report;
    ReportSection section;
    for (const QString& id : std::as_const(ids)) {
        ReportTable table;
        table.id = id;
        section.tables.append(table);
    }
    report.sections = {section};
    const QStringList made = analytics::xlsxSheetNames(report);
    QCOMPARE(made, names);
    for (const QString& name : made)
        QVERIFY(name.size() <= 31);
}

void TestReportWriters::xlsxReadBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("market.xlsx"));
    writeReportXlsx(test::sampleReport(QStringLiteral("zh_CN")), path);
    const QList<ArchiveEntry> entries = readZip(path);

    const QString workbook =
        QString::fromUtf8(zipEntry(entries, QStringLiteral("xl/workbook.xml")));
    QVERIFY(workbook.contains(QStringLiteral("<sheet name=\"tenders_by_month\"")));
    QVERIFY(workbook.contains(QStringLiteral("<sheet name=\"vendor_wins\"")));
    QVERIFY(workbook.contains(QStringLiteral("<sheet name=\"vendors_by_accelerator_and_mode\"")));

    const QByteArray styles = zipEntry(entries, QStringLiteral("xl/styles.xml"));
    const QByteArray sheet = zipEntry(entries, QStringLiteral("xl/worksheets/sheet2.xml"));
    QVERIFY(!sheet.isEmpty());
    // The header row: shared strings in a bold style; frozen above the rows.
    QVERIFY(cellXml(sheet, QStringLiteral("A1")).contains(QStringLiteral("t=\"s\"")));
    QVERIFY(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                           "state=\"frozen\"/>"));
    QVERIFY(styles.contains("<b/>"));
    // Figures are numbers (no t="s"), with their formats.
    const QString bids = cellXml(sheet, QStringLiteral("B2"));
    QVERIFY2(bids.contains(QStringLiteral("<v>12</v>")), qPrintable(bids));
    QVERIFY(!bids.contains(QStringLiteral("t=\"")));
    QCOMPARE(cellFormat(styles, bids), QStringLiteral("#,##0"));
    const QString money = cellXml(sheet, QStringLiteral("D2"));
    QVERIFY2(qFuzzyCompare(cellValue(money), 9876543.21), qPrintable(money));
    QCOMPARE(cellFormat(styles, money), QStringLiteral("#,##0.00"));
    const QString share = cellXml(sheet, QStringLiteral("E2"));
    QVERIFY2(share.contains(QStringLiteral("<v>0.25</v>")), qPrintable(share));
    QCOMPARE(cellFormat(styles, share), QStringLiteral("0.0%"));
    // 2026-03-14 is day 46095 of Excel's 1900 date system.
    const QString date = cellXml(sheet, QStringLiteral("F2"));
    QVERIFY2(date.contains(QStringLiteral("<v>46095</v>")), qPrintable(date));
    QCOMPARE(cellFormat(styles, date), QStringLiteral("yyyy-mm-dd"));
    // A null value leaves its cell out.
    QVERIFY(cellXml(sheet, QStringLiteral("C4")).isEmpty());
    QVERIFY(cellXml(sheet, QStringLiteral("F4")).isEmpty());
    // Columns are sized to what they hold: the Chinese company name is wider than the default.
    const QRegularExpressionMatch firstColumn =
        QRegularExpression(QStringLiteral("<col min=\"1\" max=\"1\" width=\"([0-9.]+)\""))
            .match(QString::fromUtf8(sheet));
    QVERIFY(firstColumn.hasMatch());
    QVERIFY(firstColumn.captured(1).toDouble() > 16);
}

void TestReportWriters::xlsxReplacesAnOldFileWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("market.xlsx"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older report");
    }
    writeReportXlsx(test::sampleReport(QStringLiteral("en")), path);
    QVERIFY(readFile(path).startsWith("PK"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("market.xlsx")});
}

void TestReportWriters::htmlFiguresAndLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("heading");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh-CN")
                           << QStringLiteral("按月招标数量");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en")
                        << QStringLiteral("Tenders by month");
}

void TestReportWriters::htmlFiguresAndLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, lang);
    QFETCH(QString, heading);
    const QString html = reportHtml(test::sampleReport(language));
    QVERIFY(html.contains(QStringLiteral("<html lang=\"%1\">").arg(lang)));
    QVERIFY(html.contains(QStringLiteral("<h2>%1</h2>").arg(heading)));
    QVERIFY(html.contains(QStringLiteral("<td class=\"figure\">9,876,543.21</td>")));
    QVERIFY(html.contains(QStringLiteral("<td class=\"figure\">1,234</td>")));
    QVERIFY(html.contains(QStringLiteral("<td class=\"figure\">25.0%</td>")));
    QVERIFY(html.contains(QStringLiteral("<td>2026-03-14</td>")));
    // Self-contained: the chart library is inlined, nothing is loaded from anywhere.
    QVERIFY(html.contains(QStringLiteral("version=\"5.6.0\"")));
    QVERIFY(!html.contains(QStringLiteral("<script src")));
    // Each chart's option is inlined with its drill keys, drawn as SVG.
    QVERIFY(html.contains(QStringLiteral("{\"drill\":\"2026-02\",\"value\":7}")));
    QVERIFY(html.contains(QStringLiteral("renderer: 'svg'")));
}

void TestReportWriters::htmlEscapesTextAndScript()
{
    Report report = test::sampleReport(QStringLiteral("en"));
    report.title = QStringLiteral("<b>Market</b>");
    report.sections[0].text = QStringLiteral("</p><script>alert(1)</script>");
    report.sections[0].chart[QStringLiteral("title")] =
        QJsonObject{{QStringLiteral("text"), QStringLiteral("</script><script>alert(2)//")}};
    HtmlReportOptions options;
    options.chartLibrary = HtmlReportOptions::ChartLibrary::Linked;
    const QString html = reportHtml(report, options);
    QVERIFY(html.contains(QStringLiteral("<h1>&lt;b&gt;Market&lt;/b&gt;</h1>")));
    QVERIFY(html.contains(QStringLiteral("&lt;/p&gt;&lt;script&gt;alert(1)")));
    QVERIFY(!html.contains(QStringLiteral("<script>alert(1)")));
    QVERIFY(!html.contains(QStringLiteral("</script><script>alert(2)")));
    QVERIFY(html.contains(QStringLiteral("<\\/script><script>alert(2)")));
    QVERIFY(html.contains(QStringLiteral("&quot;Cloud&quot;")));
}

void TestReportWriters::htmlLinkedLibraryStaysSmall()
{
    HtmlReportOptions options;
    options.chartLibrary = HtmlReportOptions::ChartLibrary::Linked;
    options.chartWidth = 640;
    options.maxTableRows = 2;
    const QString html = reportHtml(test::sampleReport(QStringLiteral("en")), options);
    QVERIFY(html.contains(QStringLiteral("<script src=\"qrc:/web/echarts.min.js\"></script>")));
    QVERIFY(html.size() < 20000);
    QVERIFY(html.contains(QStringLiteral("width: 640, height: 320")));
    QVERIFY(html.contains(QStringLiteral("The first 2 of 3 rows.")));
    QVERIFY(!html.contains(QStringLiteral("浪潮")));
}

QTEST_GUILESS_MAIN(TestReportWriters)
#include "tst_reportwriters.moc"
