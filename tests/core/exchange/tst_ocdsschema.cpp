// The schema check itself must be able to pass: the standard's own fictional example (tests/
// data/ocds/samples) passes it, so that a validator refusing everything cannot make
// tst_ocdsrelease's checks look strict. tst_ocdsrelease shows it refuses what is broken.
#include "ocdsvalidation.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace td::test;

class TestOcdsSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(ocdsSchemaDir() + QStringLiteral("/release-schema.json")),
                 qPrintable(QStringLiteral("The OCDS schema is missing from ") + ocdsSchemaDir()));
    }

    void officialSampleReleasesPassValidation_data()
    {
        QTest::addColumn<QString>("package");
        for (const char* name : {"ocds-213czf-000-00001-02-tender.json",
                                 "ocds-213czf-000-00001-03-tenderAmendment.json",
                                 "ocds-213czf-000-00001-04-award.json"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void officialSampleReleasesPassValidation()
    {
        QFETCH(QString, package);
        QFile file(QStringLiteral(TENDERDESK_TEST_DATA_DIR "/ocds/samples/fictional-example/") +
                   package);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QJsonArray releases =
            QJsonDocument::fromJson(file.readAll()).object().value(u"releases").toArray();
        QVERIFY(!releases.isEmpty());
        QList<QJsonObject> objects;
        for (const QJsonValue& r : releases)
            objects.append(r.toObject());
        const OcdsValidation v = validateReleases(objects);
        QVERIFY2(v.ran && v.exitCode == 0, qPrintable(v.output));
    }
};

QTEST_GUILESS_MAIN(TestOcdsSchema)
#include "tst_ocdsschema.moc"
