// The family a model's name belongs to, for the market's model-family figures.
#include "domain/modelfamily.h"

#include <QTest>

class TestModelFamily : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void family_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("family");
        const auto row = [](const char* model, const char* family) {
            QTest::newRow(model) << QString::fromUtf8(model) << QString::fromUtf8(family);
        };
        row("DeepSeek-V3 671B (INT8)", "DeepSeek");
        row("DeepSeek-R1 671B on Ascend (W8A8)", "DeepSeek");
        row("deepseek-r1", "DeepSeek");
        // A distilled model is sold as the model it was distilled from.
        row("DeepSeek-R1-Distill-Qwen-32B", "DeepSeek");
        row("Qwen2.5-72B-Instruct", "Qwen");
        row("QwQ-32B", "Qwen");
        row("Moonshot-v1-128k", "Kimi");
        row("iFlytek Spark 4.0 Turbo", "Spark");
        row("SenseChat-5", "SenseNova");
        row("abab6.5s", "MiniMax");
        row("Step-2", "Step");
        // Unknown names are their own family: up to the first space or hyphen.
        row("TRS Tuotian", "TRS");
        row("CongRong-2.0", "CongRong");
        row("Solo", "Solo");
        row("  ", "");
    }
    void family()
    {
        QFETCH(QString, model);
        QFETCH(QString, family);
        QCOMPARE(td::modelFamily(model), family);
    }
};

QTEST_APPLESS_MAIN(TestModelFamily)
#include "tst_modelfamily.moc"
