// The vendored Apache ECharts: the file embedded in the programs is the one recorded in
// resources/web/README.md (version and SHA-256), so a changed or corrupted copy cannot slip in
// unnoticed, and refresh-echarts.sh is the only way to move it.
#include "analytics/reporthtml.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestEchartsResource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embeddedFileMatchesTheRecordedChecksum();
    void embeddedFileIsTheRecordedVersion();
    void licenceIsKeptBesideIt();

private:
    QString readme() const;
    QString recorded(const QString& label) const;
};

QString TestEchartsResource::readme() const
{
    QFile file(QStringLiteral(TENDERDESK_SOURCE_DIR "/resources/web/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString TestEchartsResource::recorded(const QString& label) const
{
    const QRegularExpression line(
        QStringLiteral("^- %1: (\\S+)$").arg(QRegularExpression::escape(label)),
        QRegularExpression::MultilineOption);
    return line.match(readme()).captured(1);
}

void TestEchartsResource::embeddedFileMatchesTheRecordedChecksum()
{
    QFile embedded(QStringLiteral(":/web/echarts.min.js"));
    QVERIFY(embedded.open(QIODevice::ReadOnly));
    const QByteArray bytes = embedded.readAll();
    QVERIFY(bytes.size() > 500000);
    const QString sha = recorded(QStringLiteral("SHA-256 of echarts.min.js"));
    QCOMPARE(sha.size(), 64);
    QCOMPARE(
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
        sha);
    // The writers inline exactly this file.
    QCOMPARE(td::analytics::chartLibraryScript().toUtf8(), bytes);
}

void TestEchartsResource::embeddedFileIsTheRecordedVersion()
{
    const QString version = recorded(QStringLiteral("Version"));
    QVERIFY(QRegularExpression(QStringLiteral("^5\\.\\d+\\.\\d+$")).match(version).hasMatch());
    QFile embedded(QStringLiteral(":/web/echarts.min.js"));
    QVERIFY(embedded.open(QIODevice::ReadOnly));
    QVERIFY(embedded.readAll().contains(QStringLiteral("version=\"%1\"").arg(version).toLatin1()));
}

void TestEchartsResource::licenceIsKeptBesideIt()
{
    QFile licence(QStringLiteral(TENDERDESK_SOURCE_DIR "/resources/web/LICENSE"));
    QVERIFY(licence.open(QIODevice::ReadOnly));
    QVERIFY(licence.readAll().contains("Apache License"));
}

QTEST_GUILESS_MAIN(TestEchartsResource)
#include "tst_echartsresource.moc"
