#include "domain/hardwarerules.h"

#include <QTest>

using namespace td;

Q_DECLARE_METATYPE(QList<td::HardwareLine>)

class TestHardwareRules : public QObject
{
    Q_OBJECT

    const QHash<QString, bool> catalog = {{QStringLiteral("Huawei Ascend 910B"), true},
                                          {QStringLiteral("Hygon DCU K100-AI"), true},
                                          {QStringLiteral("NVIDIA H20"), false},
                                          {QStringLiteral("NVIDIA L20"), false},
                                          {QStringLiteral("AMD Instinct MI308"), false}};

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QList<HardwareLine>>("lines");
        QTest::addColumn<int>("minimumShare");
        QTest::addColumn<int>("domestic");
        QTest::addColumn<int>("total");
        QTest::addColumn<bool>("meetsShare");
        QTest::addColumn<QStringList>("excluded");
        QTest::addColumn<bool>("compliant");
        const QString ascend = QStringLiteral("Huawei Ascend 910B");
        const QString hygon = QStringLiteral("Hygon DCU K100-AI");
        const QString h20 = QStringLiteral("NVIDIA H20");
        const QString l20 = QStringLiteral("NVIDIA L20");
        QTest::newRow("all domestic")
            << QList<HardwareLine>{{ascend, 16}} << 50 << 16 << 16 << true << QStringList() << true;
        QTest::newRow("exactly half meets 50%") << QList<HardwareLine>{{ascend, 8}, {l20, 8}} << 50
                                                << 8 << 16 << true << QStringList() << true;
        QTest::newRow("just under half") << QList<HardwareLine>{{ascend, 7}, {l20, 8}} << 50 << 7
                                         << 15 << false << QStringList() << false;
        QTest::newRow("two domestic vendors")
            << QList<HardwareLine>{{ascend, 8}, {hygon, 8}, {l20, 4}} << 80 << 16 << 20 << true
            << QStringList() << true;
        QTest::newRow("excluded model") << QList<HardwareLine>{{ascend, 32}, {h20, 8}} << 50 << 32
                                        << 40 << true << QStringList{h20} << false;
        QTest::newRow("excluded, case differs")
            << QList<HardwareLine>{{ascend, 32}, {QStringLiteral("nvidia h20"), 8}} << 50 << 32
            << 40 << true << QStringList{QStringLiteral("nvidia h20")} << false;
        QTest::newRow("nothing declared")
            << QList<HardwareLine>{} << 50 << 0 << 0 << false << QStringList() << false;
        QTest::newRow("zero counts ignored") << QList<HardwareLine>{{ascend, 8}, {l20, 0}} << 100
                                             << 8 << 8 << true << QStringList() << true;
        QTest::newRow("no minimum")
            << QList<HardwareLine>{{l20, 8}} << 0 << 0 << 8 << true << QStringList() << true;
    }
    void check()
    {
        QFETCH(QList<HardwareLine>, lines);
        QFETCH(int, minimumShare);
        QFETCH(int, domestic);
        QFETCH(int, total);
        QFETCH(bool, meetsShare);
        QFETCH(QStringList, excluded);
        QFETCH(bool, compliant);
        HardwareRules rules;
        rules.minimumDomesticSharePercent = minimumShare;
        rules.excludedModels = {QStringLiteral("NVIDIA H20"), QStringLiteral("AMD Instinct MI308")};
        const HardwareCheck c = checkHardware(lines, rules, catalog);
        QCOMPARE(c.domesticCount, domestic);
        QCOMPARE(c.totalCount, total);
        QCOMPARE(c.meetsDomesticShare(), meetsShare);
        QCOMPARE(c.excludedFound, excluded);
        QCOMPARE(c.compliant(), compliant);
    }

    void unknownModelIsNotCompliant()
    {
        const HardwareCheck c =
            checkHardware({{QStringLiteral("Mystery X1"), 8}}, HardwareRules{}, catalog);
        QCOMPARE(c.unknownModels, QStringList{QStringLiteral("Mystery X1")});
        QVERIFY(!c.compliant());
    }

    void computeShareWeighsByPeak_data()
    {
        QTest::addColumn<QList<HardwareLine>>("lines");
        QTest::addColumn<double>("share"); // negative: none
        const QString small = QStringLiteral("Small domestic");
        const QString large = QStringLiteral("Large foreign");
        QTest::newRow("half by count, a quarter by compute")
            << QList<HardwareLine>{{small, 10}, {large, 10}} << 0.25;
        QTest::newRow("all domestic") << QList<HardwareLine>{{small, 4}} << 1.0;
        QTest::newRow("zero counts ignored") << QList<HardwareLine>{{small, 2}, {large, 0}} << 1.0;
        QTest::newRow("nothing declared") << QList<HardwareLine>{} << -1.0;
        QTest::newRow("a model without a peak")
            << QList<HardwareLine>{{small, 2}, {QStringLiteral("No peak"), 2}} << -1.0;
        QTest::newRow("a model not in the catalog")
            << QList<HardwareLine>{{small, 2}, {QStringLiteral("Mystery X1"), 2}} << -1.0;
    }
    void computeShareWeighsByPeak()
    {
        QFETCH(QList<HardwareLine>, lines);
        QFETCH(double, share);
        Accelerator small;
        small.model = QStringLiteral("Small domestic");
        small.domestic = true;
        small.peakBf16Tflops = 100;
        Accelerator large;
        large.model = QStringLiteral("Large foreign");
        large.peakBf16Tflops = 300;
        Accelerator noPeak;
        noPeak.model = QStringLiteral("No peak");
        const std::optional<double> got = domesticComputeShare(lines, {small, large, noPeak});
        if (share < 0) {
            QVERIFY(!got);
        } else {
            QVERIFY(got);
            QCOMPARE(*got, share);
        }
    }
};

QTEST_GUILESS_MAIN(TestHardwareRules)
#include "tst_hardwarerules.moc"
