#include "domain/error.h"
#include "exchange/ocdsrelease.h"
#include "exchange/tendertemplates.h"
#include "ocdsvalidation.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <charconv>
#include <stdexcept>
#include <string>

using namespace td;
using namespace td::test;

Q_DECLARE_METATYPE(td::TenderCategory)
Q_DECLARE_METATYPE(td::ReleaseKind)
Q_DECLARE_METATYPE(td::PurchaseKind)

namespace {

// Askers get ids no other number in a release comes near, so that finding one in the JSON text
// means an asker leaked.
constexpr qint64 answeredAsker = 987'654'321;
constexpr qint64 unansweredAsker = 876'543'219;
const QString fingerprint =
    QStringLiteral("3f1c0a9be6d54e2f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f");
const AuditHead auditHead{
    41, QStringLiteral("e6007351427a13ab2b132c48f5b625ebf8bd29657b57b43ab4d676550dea5ef9")};

Organization stateGrid()
{
    Organization o;
    o.id = 7;
    o.name = QStringLiteral("国家电网有限公司");
    o.nameEnglish = QStringLiteral("State Grid Corporation of China");
    o.shortName = QStringLiteral("国家电网");
    o.uscc = QStringLiteral("91110108551385082Q");
    o.kind = OrganizationKind::CentralSoe;
    o.city = QStringLiteral("北京");
    return o;
}

QString unansweredQuestion(TenderCategory category)
{
    return QStringLiteral("UNANSWERED-QUESTION-%1: 可否延长投标截止时间？").arg(codeOf(category));
}

QString answeredQuestion(TenderCategory category)
{
    return QStringLiteral("ANSWERED-QUESTION-%1: 是否接受昇腾910B部署？\n详细说明见附件。")
        .arg(codeOf(category));
}

// The template tender of a category, published by State Grid, with one answered question, one
// unanswered and one whose "answer" is blank (unanswered too).
Tender sampleTender(TenderCategory category)
{
    Tender t = tenderFromTemplate(category, QDate(2025, 6, 2));
    t.id = 3;
    t.reference =
        QStringLiteral("SGCC-2025-GAI-%1").arg(int(category) + 1, 6, 10, QLatin1Char('0'));
    t.buyerId = 7;
    t.buyerName = stateGrid().name;
    t.status = TenderStatus::Tendering;
    const QDateTime day = t.publishedAt;
    t.clarifications = {
        {11, day.addDays(1), answeredAsker, answeredQuestion(category),
         QStringLiteral("接受，须满足国产加速卡占比要求。"), day.addDays(2)},
        {12, day.addDays(3), unansweredAsker, unansweredQuestion(category), QString(), {}},
        {13, day.addDays(3), unansweredAsker, QStringLiteral("BLANK-ANSWER-QUESTION"),
         QStringLiteral("  "), day.addDays(4)},
    };
    return t;
}

ocds::ReleaseContext context(const Tender& t, int number, ReleaseKind kind)
{
    ocds::ReleaseContext c;
    c.number = number;
    c.kind = kind;
    c.date = t.publishedAt.addDays(number - 1);
    c.buyer = stateGrid();
    c.sealingKeyFingerprint = fingerprint;
    c.auditHead = auditHead;
    return c;
}

// Every key and every string value in a JSON value, however deep.
void collect(const QJsonValue& value, QStringList* keys, QStringList* strings)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            keys->append(it.key());
            collect(it.value(), keys, strings);
        }
    } else if (value.isArray()) {
        for (const QJsonValue& v : value.toArray())
            collect(v, keys, strings);
    } else if (value.isString()) {
        strings->append(value.toString());
    }
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

class TestOcdsRelease : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(ocdsSchemaDir() + QStringLiteral("/release-schema.json")),
                 qPrintable(QStringLiteral("The OCDS schema is missing from ") + ocdsSchemaDir()));
    }

    void ids_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("expected");
        QTest::newRow("first") << 1 << "ocds-tdesk1-CNPC-2026-GAI-000001-001";
        QTest::newRow("second") << 2 << "ocds-tdesk1-CNPC-2026-GAI-000001-002";
        QTest::newRow("twelfth") << 12 << "ocds-tdesk1-CNPC-2026-GAI-000001-012";
        QTest::newRow("three digits") << 123 << "ocds-tdesk1-CNPC-2026-GAI-000001-123";
        QTest::newRow("past three digits") << 1000 << "ocds-tdesk1-CNPC-2026-GAI-000001-1000";
    }
    void ids()
    {
        QFETCH(int, number);
        QFETCH(QString, expected);
        const QString reference = QStringLiteral("CNPC-2026-GAI-000001");
        QCOMPARE(ocds::ocidPrefix(), QStringLiteral("ocds-tdesk1"));
        QCOMPARE(ocds::ocid(reference), QStringLiteral("ocds-tdesk1-CNPC-2026-GAI-000001"));
        QCOMPARE(ocds::releaseId(reference, number), expected);
    }

    void tags_data()
    {
        QTest::addColumn<ReleaseKind>("kind");
        QTest::addColumn<QString>("tag");
        QTest::newRow("publication") << ReleaseKind::Publication << "tender";
        QTest::newRow("amendment") << ReleaseKind::Amendment << "tenderAmendment";
        QTest::newRow("answer") << ReleaseKind::Clarification << "tenderUpdate";
        QTest::newRow("cancellation") << ReleaseKind::Cancellation << "tenderCancellation";
        QTest::newRow("award") << ReleaseKind::Award << "award";
    }
    void tags()
    {
        QFETCH(ReleaseKind, kind);
        QFETCH(QString, tag);
        QCOMPARE(ocds::releaseTag(kind), tag);
        const Tender t = sampleTender(TenderCategory::KnowledgeAssistant);
        const QJsonObject release = ocds::tenderRelease(t, context(t, 2, kind));
        QCOMPARE(release.value(QLatin1String("tag")).toArray(), QJsonArray{tag});
    }

    void moneyIsExact_data()
    {
        QTest::addColumn<qint64>("minorUnits");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("amount"); // as the JSON text must write it
        QTest::newRow("fen") << qint64(123456789) << "CNY"
                             << "1234567.89";
        QTest::newRow("one fen") << qint64(1) << "CNY"
                                 << "0.01";
        QTest::newRow("ten fen") << qint64(10) << "CNY"
                                 << "0.1";
        QTest::newRow("whole yuan") << qint64(100) << "CNY"
                                    << "1";
        QTest::newRow("zero") << qint64(0) << "CNY"
                              << "0";
        QTest::newRow("template ceiling") << qint64(300000000) << "CNY"
                                          << "3000000";
        QTest::newRow("0.1 + 0.2 trap") << qint64(30) << "CNY"
                                        << "0.3";
        QTest::newRow("largest exact") << qint64(999999999999999) << "CNY"
                                       << "9999999999999.99";
        QTest::newRow("negative") << qint64(-150) << "CNY"
                                  << "-1.5";
        QTest::newRow("yen, no decimals") << qint64(5000) << "JPY"
                                          << "5000";
        QTest::newRow("dinar, three decimals") << qint64(1234567) << "KWD"
                                               << "1234.567";
    }
    void moneyIsExact()
    {
        QFETCH(qint64, minorUnits);
        QFETCH(QString, currency);
        QFETCH(QString, amount);
        const Money money(minorUnits, currency);
        const QJsonObject value = ocds::value(money);
        QCOMPARE(compact(value),
                 QStringLiteral("{\"amount\":%1,\"currency\":\"%2\"}").arg(amount, currency));
        // A reader gets the same number back as the decimal text says.
        const std::string decimal = amount.toStdString();
        double expected = 0;
        std::from_chars(decimal.data(), decimal.data() + decimal.size(), expected);
        QCOMPARE(QJsonDocument::fromJson(compact(value).toUtf8())
                     .object()
                     .value(QLatin1String("amount"))
                     .toVariant()
                     .value<double>(),
                 expected);
        // And the release carries the ceiling the same way.
        Tender t = sampleTender(TenderCategory::CodeGeneration);
        t.budgetCeiling = money;
        const QJsonObject release = ocds::tenderRelease(t, context(t, 1, ReleaseKind::Publication));
        QCOMPARE(release.value(QLatin1String("tender"))
                     .toObject()
                     .value(QLatin1String("value"))
                     .toObject(),
                 value);
    }

    void amountsTooLargeToBeExactAreRefused()
    {
        QVERIFY_THROWS_EXCEPTION(Error, ocds::value(Money::yuan(1'000'000'000'000'000)));
        QVERIFY_THROWS_EXCEPTION(Error, ocds::value(Money::yuan(-1'000'000'000'000'000)));
    }

    void releasesOfEveryCategory_data()
    {
        QTest::addColumn<TenderCategory>("category");
        for (TenderCategory c : Codes<TenderCategory>::all())
            QTest::newRow(qPrintable(codeOf(c))) << c;
    }
    void releasesOfEveryCategory()
    {
        QFETCH(TenderCategory, category);
        Tender t = sampleTender(category);
        const QString ocid = ocds::ocid(t.reference);

        // Publication, an answer, an amendment that moves the deadline, a cancellation.
        QList<QJsonObject> releases;
        releases.append(ocds::tenderRelease(t, context(t, 1, ReleaseKind::Publication)));
        releases.append(ocds::tenderRelease(t, context(t, 2, ReleaseKind::Clarification)));
        const QDateTime oldDeadline = t.bidDeadline;
        t.bidDeadline = t.bidDeadline.addDays(7);
        ocds::ReleaseContext amended = context(t, 3, ReleaseKind::Amendment);
        const ocds::Amendment amendment{
            amended.date,
            QStringLiteral("回应投标人澄清请求，延长投标截止时间。"),
            {{QStringLiteral("bidDeadline"), oldDeadline.toString(Qt::ISODate),
              t.bidDeadline.toString(Qt::ISODate)}},
            ocds::releaseId(t.reference, 2),
            ocds::releaseId(t.reference, 3)};
        amended.amendments = {amendment};
        releases.append(ocds::tenderRelease(t, amended));
        t.status = TenderStatus::Cancelled;
        ocds::ReleaseContext cancelled = context(t, 4, ReleaseKind::Cancellation);
        cancelled.amendments = {amendment};
        releases.append(ocds::tenderRelease(t, cancelled));

        const QStringList tags{QStringLiteral("tender"), QStringLiteral("tenderUpdate"),
                               QStringLiteral("tenderAmendment"),
                               QStringLiteral("tenderCancellation")};
        for (qsizetype i = 0; i < releases.size(); ++i) {
            const QJsonObject& r = releases.at(i);
            const QString text = compact(r);
            QCOMPARE(r.value(QLatin1String("ocid")).toString(), ocid);
            QCOMPARE(r.value(QLatin1String("id")).toString(),
                     ocid + QStringLiteral("-00%1").arg(i + 1));
            QCOMPARE(r.value(QLatin1String("tag")).toArray(), QJsonArray{tags.at(i)});
            QCOMPARE(r.value(QLatin1String("date")).toString(),
                     t.publishedAt.addDays(i).toString(Qt::ISODate));
            QVERIFY(r.value(QLatin1String("date")).toString().endsWith(QLatin1Char('Z')));
            QCOMPARE(r.value(QLatin1String("initiationType")).toString(), QStringLiteral("tender"));
            QCOMPARE(r.value(QLatin1String("language")).toString(), QStringLiteral("zh"));

            // The buyer, identified by its USCC.
            const QJsonArray parties = r.value(QLatin1String("parties")).toArray();
            QCOMPARE(parties.size(), 1);
            const QJsonObject party = parties.first().toObject();
            QCOMPARE(party.value(QLatin1String("id")).toString(),
                     QStringLiteral("CN-USCC-91110108551385082Q"));
            QCOMPARE(party.value(QLatin1String("roles")).toArray(),
                     QJsonArray{QStringLiteral("buyer")});
            QCOMPARE(party.value(QLatin1String("name_en")).toString(), stateGrid().nameEnglish);
            const QJsonObject identifier = party.value(QLatin1String("identifier")).toObject();
            QCOMPARE(identifier.value(QLatin1String("scheme")).toString(),
                     QStringLiteral("CN-USCC"));
            QCOMPARE(identifier.value(QLatin1String("id")).toString(), stateGrid().uscc);
            QCOMPARE(identifier.value(QLatin1String("legalName")).toString(), stateGrid().name);
            QCOMPARE(party.value(QLatin1String("address"))
                         .toObject()
                         .value(QLatin1String("locality"))
                         .toString(),
                     QStringLiteral("北京"));
            QCOMPARE(r.value(QLatin1String("buyer")).toObject(),
                     (QJsonObject{{QStringLiteral("id"), party.value(QLatin1String("id"))},
                                  {QStringLiteral("name"), stateGrid().name}}));

            const QJsonObject tender = r.value(QLatin1String("tender")).toObject();
            QCOMPARE(tender.value(QLatin1String("id")).toString(), t.reference);
            QCOMPARE(tender.value(QLatin1String("title")).toString(), t.title);
            QCOMPARE(tender.value(QLatin1String("status")).toString(),
                     QString::fromLatin1(i == 3 ? "cancelled" : "active"));
            QCOMPARE(tender.value(QLatin1String("procurementMethod")).toString(),
                     QStringLiteral("open"));
            QCOMPARE(tender.value(QLatin1String("procurementMethodDetails")).toString(),
                     QStringLiteral("公开招标（openTender）"));
            // The templates buy goods and services: a model deployed and run to service
            // levels, with the hardware it runs on.
            QCOMPARE(tender.value(QLatin1String("mainProcurementCategory")).toString(),
                     QStringLiteral("services"));
            QCOMPARE(tender.value(QLatin1String("additionalProcurementCategories")).toArray(),
                     QJsonArray{QStringLiteral("goods")});
            QCOMPARE(tender.value(QLatin1String("value")).toObject(), ocds::value(t.budgetCeiling));
            QCOMPARE(
                tender.value(QLatin1String("tenderPeriod")).toObject(),
                (QJsonObject{{QStringLiteral("startDate"), t.publishedAt.toString(Qt::ISODate)},
                             {QStringLiteral("endDate"),
                              (i < 2 ? oldDeadline : t.bidDeadline).toString(Qt::ISODate)}}));
            QCOMPARE(
                tender.value(QLatin1String("enquiryPeriod")).toObject(),
                (QJsonObject{
                    {QStringLiteral("startDate"), t.publishedAt.toString(Qt::ISODate)},
                    {QStringLiteral("endDate"), t.clarificationDeadline.toString(Qt::ISODate)}}));
            QCOMPARE(tender.value(QLatin1String("submissionMethod")).toArray(),
                     QJsonArray{QStringLiteral("electronicSubmission")});
            QVERIFY(tender.value(QLatin1String("submissionMethodDetails"))
                        .toString()
                        .contains(fingerprint));

            // The bid opening, scheduled until the tender is cancelled (when it is unknown
            // whether the opening took place).
            const QJsonArray milestones = tender.value(QLatin1String("milestones")).toArray();
            QCOMPARE(milestones.size(), 1);
            const QJsonObject opening = milestones.first().toObject();
            QCOMPARE(opening.value(QLatin1String("title")).toString(), QStringLiteral("开标"));
            QCOMPARE(opening.value(QLatin1String("type")).toString(), QStringLiteral("engagement"));
            QCOMPARE(opening.value(QLatin1String("dueDate")).toString(),
                     t.openingAt.toString(Qt::ISODate));
            QCOMPARE(opening.value(QLatin1String("status")).toString(),
                     i == 3 ? QString() : QStringLiteral("scheduled"));

            // Lots, known by their number.
            const QJsonArray lots = tender.value(QLatin1String("lots")).toArray();
            QCOMPARE(lots.size(), t.lots.size());
            for (qsizetype l = 0; l < lots.size(); ++l) {
                const QJsonObject lot = lots.at(l).toObject();
                QCOMPARE(lot.value(QLatin1String("id")).toString(), QString::number(l + 1));
                QCOMPARE(lot.value(QLatin1String("title")).toString(), t.lots.at(l).title);
                QCOMPARE(lot.value(QLatin1String("value")).toObject(),
                         ocds::value(t.lots.at(l).budget));
            }

            // Criteria and weights, hardware rules, service levels, benchmark suite.
            QCOMPARE(tender.value(QLatin1String("awardCriteria")).toString(),
                     QStringLiteral("ratedCriteria"));
            const QString details = tender.value(QLatin1String("awardCriteriaDetails")).toString();
            for (const Criterion& c : t.criteria)
                QVERIFY2(details.contains(QStringLiteral("%1（%2）%3%")
                                              .arg(c.name, c.code, QString::number(c.weight))),
                         qPrintable(details));
            const QString eligibility =
                tender.value(QLatin1String("eligibilityCriteria")).toString();
            QVERIFY2(eligibility.contains(QStringLiteral("国产加速卡数量占比不低于50%")),
                     qPrintable(eligibility));
            QVERIFY2(eligibility.contains(QStringLiteral("NVIDIA H20、AMD Instinct MI308")),
                     qPrintable(eligibility));
            QVERIFY2(
                eligibility.contains(QStringLiteral("首字延迟（第95百分位）不超过%1毫秒")
                                         .arg(QString::number(t.workload.sloTimeToFirstTokenMs))),
                qPrintable(eligibility));
            QVERIFY2(eligibility.contains(t.benchmarkSuite), qPrintable(eligibility));
            const QJsonObject extension = tender.value(QLatin1String("tenderdesk")).toObject();
            QCOMPARE(extension.value(QLatin1String("category")).toString(), codeOf(category));
            QCOMPARE(extension.value(QLatin1String("benchmarkSuite")).toString(), t.benchmarkSuite);
            QCOMPARE(extension.value(QLatin1String("hardwareRules"))
                         .toObject()
                         .value(QLatin1String("excludedModels"))
                         .toArray(),
                     QJsonArray::fromStringList(t.hardwareRules.excludedModels));
            const QJsonObject workload = extension.value(QLatin1String("workload")).toObject();
            QCOMPARE(workload.value(QLatin1String("contractedTokensPerYear")).toInteger(),
                     t.workload.contractedTokensPerYear);
            QCOMPARE(workload.value(QLatin1String("sloTimePerOutputTokenMs")).toInt(),
                     t.workload.sloTimePerOutputTokenMs);

            // Only the answered question, without who asked it.
            QCOMPARE(tender.value(QLatin1String("hasEnquiries")).toBool(), true);
            const QJsonArray enquiries = tender.value(QLatin1String("enquiries")).toArray();
            QCOMPARE(enquiries.size(), 1);
            const QJsonObject enquiry = enquiries.first().toObject();
            const Clarification& answered = t.clarifications.first();
            // Numbered by its place among the questions asked, not by its database id.
            QCOMPARE(enquiry,
                     (QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                  {QStringLiteral("date"), answered.askedAt.toString(Qt::ISODate)},
                                  {QStringLiteral("title"),
                                   QStringLiteral("ANSWERED-QUESTION-%1: 是否接受昇腾910B部署？")
                                       .arg(codeOf(category))},
                                  {QStringLiteral("description"), answeredQuestion(category)},
                                  {QStringLiteral("answer"), answered.answer},
                                  {QStringLiteral("dateAnswered"),
                                   answered.answeredAt.toString(Qt::ISODate)}}));
            QStringList keys;
            QStringList strings;
            collect(r, &keys, &strings);
            for (const QString& forbidden :
                 {QStringLiteral("author"), QStringLiteral("asker"), QStringLiteral("askerId")})
                QVERIFY2(!keys.contains(forbidden, Qt::CaseInsensitive), qPrintable(forbidden));
            QVERIFY(!text.contains(QString::number(answeredAsker)));
            QVERIFY(!text.contains(QString::number(unansweredAsker)));
            QVERIFY(!text.contains(QStringLiteral("UNANSWERED-QUESTION")));
            QVERIFY(!text.contains(QStringLiteral("BLANK-ANSWER-QUESTION")));
            // Nothing unknown is written as an empty string.
            QVERIFY(!strings.contains(QString()));

            // Amendments: cumulative, described, chained to the releases, without the
            // deprecated `changes`.
            const QJsonArray amendments = tender.value(QLatin1String("amendments")).toArray();
            QCOMPARE(amendments.size(), i < 2 ? 0 : 1);
            if (i >= 2) {
                const QJsonObject a = amendments.first().toObject();
                QCOMPARE(a.value(QLatin1String("id")).toString(), QStringLiteral("1"));
                QCOMPARE(a.value(QLatin1String("date")).toString(),
                         amendment.date.toString(Qt::ISODate));
                QCOMPARE(a.value(QLatin1String("rationale")).toString(), amendment.rationale);
                QCOMPARE(a.value(QLatin1String("description")).toString(),
                         QStringLiteral("变更：bidDeadline：%1 → %2。")
                             .arg(oldDeadline.toString(Qt::ISODate),
                                  t.bidDeadline.toString(Qt::ISODate)));
                QCOMPARE(a.value(QLatin1String("amendsReleaseID")).toString(),
                         ocid + QStringLiteral("-002"));
                QCOMPARE(a.value(QLatin1String("releaseID")).toString(),
                         ocid + QStringLiteral("-003"));
                QVERIFY(!a.contains(QLatin1String("changes")));
            }
        }

        const OcdsValidation v = validateReleases(releases);
        QVERIFY2(v.ran, qPrintable(v.output));
        QVERIFY2(v.exitCode == 0, qPrintable(v.output));
    }

    // OCDS's procurement categories follow what the tender buys, and the release stays valid.
    void procurementCategoriesFollowWhatTheTenderBuys_data()
    {
        QTest::addColumn<PurchaseKind>("kind");
        QTest::addColumn<QString>("main");
        QTest::addColumn<QJsonArray>("additional"); // empty: the key is left out
        QTest::newRow("goods") << PurchaseKind::Goods << "goods" << QJsonArray();
        QTest::newRow("services") << PurchaseKind::Services << "services" << QJsonArray();
        QTest::newRow("goods and services")
            << PurchaseKind::GoodsAndServices << "services" << QJsonArray{QStringLiteral("goods")};
    }
    void procurementCategoriesFollowWhatTheTenderBuys()
    {
        QFETCH(PurchaseKind, kind);
        QFETCH(QString, main);
        QFETCH(QJsonArray, additional);
        Tender t = sampleTender(TenderCategory::KnowledgeAssistant);
        t.purchaseKind = kind;
        const QJsonObject release = ocds::tenderRelease(t, context(t, 1, ReleaseKind::Publication));
        const QJsonObject tender = release.value(QLatin1String("tender")).toObject();
        QCOMPARE(tender.value(QLatin1String("mainProcurementCategory")).toString(), main);
        QCOMPARE(tender.contains(QLatin1String("additionalProcurementCategories")),
                 !additional.isEmpty());
        QCOMPARE(tender.value(QLatin1String("additionalProcurementCategories")).toArray(),
                 additional);
        // TenderDesk's own code, for readers that know it.
        QCOMPARE(tender.value(QLatin1String("tenderdesk"))
                     .toObject()
                     .value(QLatin1String("purchaseKind"))
                     .toString(),
                 codeOf(kind));
        const OcdsValidation v = validateReleases({release});
        QVERIFY2(v.ran && v.exitCode == 0, qPrintable(v.output));
    }

    void englishReleasesSayTheSameInEnglish()
    {
        const Tender t = sampleTender(TenderCategory::DataAnalysis);
        ocds::ReleaseContext c = context(t, 1, ReleaseKind::Publication);
        c.language = QStringLiteral("en");
        const QJsonObject release = ocds::tenderRelease(t, c);
        QCOMPARE(release.value(QLatin1String("language")).toString(), QStringLiteral("en"));
        const QJsonObject tender = release.value(QLatin1String("tender")).toObject();
        QCOMPARE(tender.value(QLatin1String("procurementMethodDetails")).toString(),
                 QStringLiteral("Open tender (openTender)"));
        const QString eligibility = tender.value(QLatin1String("eligibilityCriteria")).toString();
        QVERIFY2(eligibility.startsWith(
                     QStringLiteral("At least 50% of the accelerators serving the model, by "
                                    "count, must be domestically produced. Excluded accelerator "
                                    "models: NVIDIA H20, AMD Instinct MI308.")),
                 qPrintable(eligibility));
        QVERIFY2(tender.value(QLatin1String("awardCriteriaDetails"))
                     .toString()
                     .startsWith(QStringLiteral("Comprehensive scoring method: ")),
                 qPrintable(tender.value(QLatin1String("awardCriteriaDetails")).toString()));
        QCOMPARE(tender.value(QLatin1String("submissionMethodDetails")).toString(),
                 QStringLiteral("Bids are submitted electronically, sealed to the public key "
                                "whose SHA-256 fingerprint is %1.")
                     .arg(fingerprint));
        const OcdsValidation v = validateReleases({release});
        QVERIFY2(v.ran && v.exitCode == 0, qPrintable(v.output));
    }

    void unsetTimesAndTextsAreLeftOut()
    {
        Tender t = sampleTender(TenderCategory::ProcessAutomation);
        t.bidDeadline = {};
        t.clarificationDeadline = {};
        t.openingAt = {};
        t.description.clear();
        t.benchmarkSuite.clear();
        t.clarifications = {
            {0, {}, answeredAsker, QStringLiteral("问题"), QStringLiteral("答复"), {}}};
        t.criteria = {{0, QStringLiteral("price"), QStringLiteral("价格"), 100}};
        ocds::ReleaseContext c = context(t, 2, ReleaseKind::Amendment);
        c.sealingKeyFingerprint.clear();
        c.amendments = {{{}, QString(), {}, QString(), ocds::releaseId(t.reference, 2)}};
        Organization buyer = stateGrid();
        buyer.nameEnglish.clear();
        buyer.city.clear();
        c.buyer = buyer;
        const QJsonObject release = ocds::tenderRelease(t, c);
        const QJsonObject tender = release.value(QLatin1String("tender")).toObject();

        QCOMPARE(tender.value(QLatin1String("tenderPeriod")).toObject(),
                 (QJsonObject{{QStringLiteral("startDate"), t.publishedAt.toString(Qt::ISODate)}}));
        QCOMPARE(tender.value(QLatin1String("enquiryPeriod")).toObject(),
                 (QJsonObject{{QStringLiteral("startDate"), t.publishedAt.toString(Qt::ISODate)}}));
        QVERIFY(!tender.contains(QLatin1String("milestones")));
        QVERIFY(!tender.contains(QLatin1String("description")));
        QVERIFY(!tender.contains(QLatin1String("submissionMethodDetails")));
        QCOMPARE(tender.value(QLatin1String("awardCriteria")).toString(),
                 QStringLiteral("priceOnly"));
        QCOMPARE(tender.value(QLatin1String("enquiries")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                         {QStringLiteral("title"), QStringLiteral("问题")},
                                         {QStringLiteral("description"), QStringLiteral("问题")},
                                         {QStringLiteral("answer"), QStringLiteral("答复")}}}));
        QCOMPARE(tender.value(QLatin1String("amendments")).toArray(),
                 (QJsonArray{
                     QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                 {QStringLiteral("releaseID"), ocds::releaseId(t.reference, 2)}}}));
        const QJsonObject party =
            release.value(QLatin1String("parties")).toArray().first().toObject();
        QVERIFY(!party.contains(QLatin1String("address")));
        QVERIFY(!party.contains(QLatin1String("name_en")));

        t.publishedAt = {};
        const QJsonObject undated =
            ocds::tenderRelease(t, c).value(QLatin1String("tender")).toObject();
        QVERIFY(!undated.contains(QLatin1String("tenderPeriod")));
        QVERIFY(!undated.contains(QLatin1String("enquiryPeriod")));

        QStringList keys;
        QStringList strings;
        collect(release, &keys, &strings);
        collect(undated, &keys, &strings);
        QVERIFY(!strings.contains(QString()));
        const OcdsValidation v = validateReleases({release});
        QVERIFY2(v.ran && v.exitCode == 0, qPrintable(v.output));
    }

    // The audit head rides in the release's own tenderdesk object, which the schema lets
    // through: every release validated here carries one. Without a head there is no object.
    void carriesTheAuditHead()
    {
        const Tender t = sampleTender(TenderCategory::KnowledgeAssistant);
        const QJsonObject release = ocds::tenderRelease(t, context(t, 2, ReleaseKind::Amendment));
        QCOMPARE(release.value(QLatin1String("tenderdesk")).toObject(),
                 (QJsonObject{{QStringLiteral("auditHead"),
                               QJsonObject{{QStringLiteral("seq"), 41},
                                           {QStringLiteral("hash"), auditHead.hash}}}}));
        const OcdsValidation v = validateReleases({release});
        QVERIFY2(v.ran && v.exitCode == 0, qPrintable(v.output));
        ocds::ReleaseContext none = context(t, 1, ReleaseKind::Publication);
        none.auditHead = {};
        QVERIFY(!ocds::tenderRelease(t, none).contains(QLatin1String("tenderdesk")));
    }

    void releasesNeedAReferenceAndADate()
    {
        Tender t = sampleTender(TenderCategory::KnowledgeAssistant);
        ocds::ReleaseContext c = context(t, 1, ReleaseKind::Publication);
        c.date = {};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ocds::tenderRelease(t, c));
        c = context(t, 1, ReleaseKind::Publication);
        t.reference.clear();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ocds::tenderRelease(t, c));
    }

    // The schema check must be able to fail, or its passing says nothing.
    void brokenReleasesFailValidation_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("broken");
        QTest::newRow("amount as a string")
            << "/tender/value/amount" << QJsonValue(QStringLiteral("3000000.00"));
        QTest::newRow("date without its offset")
            << "/date" << QJsonValue(QStringLiteral("2025-06-02 09:00:00"));
        QTest::newRow("tag outside the codelist") << "/tag/0" << QJsonValue(QStringLiteral("open"));
        QTest::newRow("status outside the codelist")
            << "/tender/status" << QJsonValue(QStringLiteral("tendering"));
        // Our own code for goods and services is not OCDS's: the closed codelist refuses it.
        QTest::newRow("procurement category outside the codelist")
            << "/tender/mainProcurementCategory" << QJsonValue(QStringLiteral("goodsAndServices"));
    }
    void brokenReleasesFailValidation()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, broken);
        const Tender t = sampleTender(TenderCategory::CodeGeneration);
        QJsonObject release = ocds::tenderRelease(t, context(t, 1, ReleaseKind::Publication));
        const OcdsValidation valid = validateReleases({release});
        QVERIFY2(valid.ran && valid.exitCode == 0, qPrintable(valid.output));

        QJsonObject tender = release.value(QLatin1String("tender")).toObject();
        if (path == QLatin1String("/tender/value/amount")) {
            QJsonObject value = tender.value(QLatin1String("value")).toObject();
            value.insert(QStringLiteral("amount"), broken);
            tender.insert(QStringLiteral("value"), value);
        } else if (path == QLatin1String("/tender/status")) {
            tender.insert(QStringLiteral("status"), broken);
        } else if (path == QLatin1String("/tender/mainProcurementCategory")) {
            tender.insert(QStringLiteral("mainProcurementCategory"), broken);
        } else if (path == QLatin1String("/tag/0")) {
            release.insert(QStringLiteral("tag"), QJsonArray{broken});
        } else {
            release.insert(QStringLiteral("date"), broken);
        }
        release.insert(QStringLiteral("tender"), tender);
        const OcdsValidation v = validateReleases({release});
        QVERIFY2(v.ran, qPrintable(v.output));
        QVERIFY2(v.exitCode == 1, qPrintable(v.output)); // 1: invalid, not a failure to check
        QVERIFY2(v.output.contains(QStringLiteral(": %1: ").arg(path)), qPrintable(v.output));
    }
};

QTEST_GUILESS_MAIN(TestOcdsRelease)
#include "tst_ocdsrelease.moc"
