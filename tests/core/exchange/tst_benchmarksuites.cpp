#include "domain/error.h"
#include "exchange/benchmarksuite.h"
#include "exchange/tendertemplates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace td;

Q_DECLARE_METATYPE(td::TenderCategory)

namespace {

const QStringList languages = {QStringLiteral("zh_CN"), QStringLiteral("en")};
const QStringList letters = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                             QStringLiteral("D")};
constexpr int minimumItemsPerLanguage = 16;

// Empty when the suite does not parse; suiteIsWellFormed says why.
QJsonObject parsedSuite(const QString& name)
{
    return QJsonDocument::fromJson(benchmarkSuiteJson(name)).object();
}

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

struct PythonRun
{
    bool finishedInTime = false;
    int exitCode = -1;
    QString errors;
};

} // namespace

class TestBenchmarkSuites : public QObject
{
    Q_OBJECT

private:
    QString m_python;

    // Our own reference code and tests only: model output never runs in this test.
    PythonRun runPython(const QString& program, int timeoutSeconds) const
    {
        QTemporaryDir workDir;
        QProcess process;
        process.setWorkingDirectory(workDir.path());
        process.start(m_python, {QStringLiteral("-I"), QStringLiteral("-")});
        PythonRun run;
        if (!process.waitForStarted())
            return run;
        process.write(program.toUtf8());
        process.closeWriteChannel();
        run.finishedInTime = process.waitForFinished(timeoutSeconds * 1000);
        if (!run.finishedInTime) {
            process.kill();
            process.waitForFinished();
        }
        run.finishedInTime = run.finishedInTime && process.exitStatus() == QProcess::NormalExit;
        run.exitCode = process.exitCode();
        run.errors = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        QVERIFY2(!m_python.isEmpty(), "python3 must be on PATH to check the code suites "
                                      "(installer/setup.sh installs it with the test packages)");
    }

    void theFourSuitesAreBuiltIn()
    {
        QCOMPARE(benchmarkSuiteNames(),
                 (QStringList{QStringLiteral("code-generation-v1"),
                              QStringLiteral("data-analysis-v1"), QStringLiteral("knowledge-qa-v1"),
                              QStringLiteral("process-automation-v1")}));
    }

    void everyTemplateNamesASuiteOfItsCategory_data()
    {
        QTest::addColumn<TenderCategory>("category");
        for (TenderCategory c : Codes<TenderCategory>::all())
            QTest::newRow(qPrintable(codeOf(c))) << c;
    }
    void everyTemplateNamesASuiteOfItsCategory()
    {
        QFETCH(TenderCategory, category);
        const Tender t = tenderFromTemplate(category, QDate(2025, 6, 2));
        QVERIFY2(benchmarkSuiteNames().contains(t.benchmarkSuite), qPrintable(t.benchmarkSuite));
        QCOMPARE(text(parsedSuite(t.benchmarkSuite), "category"), codeOf(category));
    }

    void suiteIsWellFormed_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString& name : benchmarkSuiteNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void suiteIsWellFormed()
    {
        QFETCH(QString, name);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(benchmarkSuiteJson(name), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(document.isObject());
        const QJsonObject suite = document.object();
        QCOMPARE(text(suite, "format"), QStringLiteral("tenderdesk-suite-1"));
        QCOMPARE(text(suite, "name"), name);
        QVERIFY(!text(suite, "category").isEmpty());
        const QJsonObject system = suite.value(QLatin1String("prompt"))
                                       .toObject()
                                       .value(QLatin1String("system"))
                                       .toObject();
        for (const QString& language : languages) {
            QVERIFY2(!suite.value(QLatin1String("title"))
                          .toObject()
                          .value(language)
                          .toString()
                          .isEmpty(),
                     qPrintable(language));
            QVERIFY2(!suite.value(QLatin1String("description"))
                          .toObject()
                          .value(language)
                          .toString()
                          .isEmpty(),
                     qPrintable(language));
            QVERIFY2(!system.value(language).toString().isEmpty(), qPrintable(language));
        }
        const QString scoring = text(suite, "scoring");
        QVERIFY2(scoring == QLatin1String("multipleChoice") ||
                     scoring == QLatin1String("codeTests"),
                 qPrintable(scoring));

        QMap<QString, int> perLanguage;
        QMap<QString, QMap<QString, int>> answersPerLanguage;
        QSet<QString> ids;
        QSet<QString> questions;
        const QJsonArray items = suite.value(QLatin1String("items")).toArray();
        for (const QJsonValue& value : items) {
            const QJsonObject item = value.toObject();
            const QString id = text(item, "id");
            QVERIFY2(!id.isEmpty() && !ids.contains(id), qPrintable(id));
            ids.insert(id);
            const QString language = text(item, "language");
            QVERIFY2(languages.contains(language), qPrintable(id));
            ++perLanguage[language];
            const QString question =
                text(item, scoring == QLatin1String("multipleChoice") ? "question" : "prompt")
                    .simplified();
            QVERIFY2(!question.isEmpty() && !questions.contains(question), qPrintable(id));
            questions.insert(question);
            if (scoring == QLatin1String("multipleChoice")) {
                const QJsonObject choices = item.value(QLatin1String("choices")).toObject();
                QCOMPARE(choices.keys(), letters);
                QSet<QString> distinct;
                for (const QString& letter : letters)
                    distinct.insert(choices.value(letter).toString().simplified());
                distinct.remove(QString());
                QVERIFY2(distinct.size() == 4,
                         qPrintable(id + QLatin1String(": empty or equal choices")));
                const QString answer = text(item, "answer");
                QVERIFY2(letters.contains(answer), qPrintable(id));
                ++answersPerLanguage[language][answer];
            } else {
                const QString entryPoint = text(item, "entryPoint");
                const QString definition = QLatin1String("def ") + entryPoint + QLatin1Char('(');
                QVERIFY2(!entryPoint.isEmpty(), qPrintable(id));
                QVERIFY2(text(item, "prompt").contains(definition), qPrintable(id));
                QVERIFY2(text(item, "referenceSolution").contains(definition), qPrintable(id));
                QVERIFY2(text(item, "tests").contains(QLatin1String("assert ")), qPrintable(id));
                QVERIFY2(item.value(QLatin1String("timeoutSeconds")).toInt() > 0, qPrintable(id));
                QVERIFY2(item.value(QLatin1String("memoryMegabytes")).toInt() > 0, qPrintable(id));
            }
        }
        QCOMPARE(perLanguage.keys(), (QStringList{QStringLiteral("en"), QStringLiteral("zh_CN")}));
        for (const QString& language : languages)
            QVERIFY2(perLanguage.value(language) >= minimumItemsPerLanguage, qPrintable(language));
        // A model that always answers the same letter must not gain from the order of choices.
        for (auto it = answersPerLanguage.cbegin(); it != answersPerLanguage.cend(); ++it) {
            QList<int> counts;
            for (const QString& letter : letters)
                counts.append(it.value().value(letter));
            const auto [low, high] = std::minmax_element(counts.cbegin(), counts.cend());
            QVERIFY2(*high - *low <= 1, qPrintable(it.key()));
        }
    }

    void referenceSolutionPassesAndWrongSolutionFails_data()
    {
        QTest::addColumn<QJsonObject>("item");
        for (const QString& name : benchmarkSuiteNames()) {
            const QJsonObject suite = parsedSuite(name);
            if (text(suite, "scoring") != QLatin1String("codeTests"))
                continue;
            for (const QJsonValue& value : suite.value(QLatin1String("items")).toArray()) {
                QTest::newRow(qPrintable(text(value.toObject(), "id"))) << value.toObject();
            }
        }
    }
    void referenceSolutionPassesAndWrongSolutionFails()
    {
        QFETCH(QJsonObject, item);
        const QString tests = text(item, "tests");
        const int timeout = item.value(QLatin1String("timeoutSeconds")).toInt();

        const PythonRun good =
            runPython(text(item, "referenceSolution") + QLatin1String("\n\n") + tests, timeout);
        QVERIFY2(good.finishedInTime, "the reference solution did not finish in time");
        QVERIFY2(good.exitCode == 0, qPrintable(good.errors));

        // The tests must be able to fail: a function that returns nothing may not pass them.
        const QString wrong = QStringLiteral("def %1(*args, **kwargs):\n    return None\n\n%2")
                                  .arg(text(item, "entryPoint"), tests);
        const PythonRun bad = runPython(wrong, timeout);
        QVERIFY2(bad.finishedInTime, "the wrong solution did not finish in time");
        QVERIFY2(bad.exitCode != 0, "a function returning None passed the tests");
        QVERIFY2(bad.errors.contains(QLatin1String("Error")), qPrintable(bad.errors));
    }

    void suiteIsReturnedByteForByte()
    {
        QFile resource(QStringLiteral(":/suites/knowledge-qa-v1.json"));
        QVERIFY(resource.open(QIODevice::ReadOnly));
        QCOMPARE(benchmarkSuiteJson(QStringLiteral("knowledge-qa-v1")), resource.readAll());
    }

    void unknownSuiteIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("unknown") << QStringLiteral("knowledge-qa-v9");
        QTest::newRow("empty") << QString();
        QTest::newRow("with extension") << QStringLiteral("knowledge-qa-v1.json");
        QTest::newRow("outside the folder") << QStringLiteral("../templates/knowledgeAssistant");
    }
    void unknownSuiteIsRefused()
    {
        QFETCH(QString, name);
        try {
            benchmarkSuiteJson(name);
            QFAIL("an unknown suite was accepted");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QLatin1Char('"') + name + QLatin1Char('"')),
                     qPrintable(e.message()));
            for (const QString& known : benchmarkSuiteNames())
                QVERIFY2(e.message().contains(known), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestBenchmarkSuites)
#include "tst_benchmarksuites.moc"
