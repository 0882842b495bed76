#include "bench/accuracyscore.h"
#include "bench/codesandbox.h"
#include "bench/suiteitems.h"
#include "exchange/benchmarksuite.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <cmath>
#include <thread>

using namespace td::bench;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(td::bench::ItemOutcome)

namespace {

constexpr qint64 mib = 1024 * 1024;

// A path as a Python string literal; the paths used here hold no quotes or backslashes.
QString py(const QString& path)
{
    Q_ASSERT(!path.contains(u'\'') && !path.contains(u'\\'));
    return u'\'' + path + u'\'';
}

// The processes on this host whose command line holds `marker`.
int processesWith(const QString& marker)
{
    int found = 0;
    QDirIterator proc(u"/proc"_s, QDir::Dirs | QDir::NoDotAndDotDot);
    while (proc.hasNext()) {
        QFile cmdline(proc.next() + u"/cmdline"_s);
        if (cmdline.open(QIODevice::ReadOnly) &&
            QString::fromUtf8(cmdline.readAll()).contains(marker))
            ++found;
    }
    return found;
}

// Sets PATH for one scope: CodeSandbox::find() looks up bwrap and python3 there.
class PathOverride
{
public:
    explicit PathOverride(const QString& path)
        : m_saved(qgetenv("PATH"))
    {
        qputenv("PATH", path.toUtf8());
    }
    ~PathOverride() { qputenv("PATH", m_saved); }
    PathOverride(const PathOverride&) = delete;
    PathOverride& operator=(const PathOverride&) = delete;

private:
    QByteArray m_saved;
};

bool writeExecutable(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() &&
           file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace

class TestCodeSandbox : public QObject
{
    Q_OBJECT

private:
    std::optional<CodeSandbox> m_sandbox;
    Suite m_suite;

    SandboxResult run(const QString& code, const SandboxLimits& limits = {}) const
    {
        return m_sandbox->run(code, QString(), limits);
    }

    SuiteItem item(const QString& id) const
    {
        for (const SuiteItem& i : m_suite.items)
            if (i.id == id)
                return i;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // No skipping: a machine without bubblewrap cannot score code, and CI installs it.
        m_sandbox = CodeSandbox::find();
        QVERIFY2(m_sandbox, qPrintable(CodeSandbox::unavailableReason()));
        QVERIFY(CodeSandbox::unavailableReason().isEmpty());
        QVERIFY(m_sandbox->pythonPath().startsWith(u"/usr/"_s));
        m_suite = parseSuite(td::benchmarkSuiteJson(u"code-generation-v1"_s));
        QCOMPARE(m_suite.scoring, Scoring::CodeTests);
    }

    void referenceSolutionsPass_data()
    {
        QTest::addColumn<QString>("id");
        for (const SuiteItem& i : m_suite.items)
            QTest::newRow(qPrintable(i.id)) << i.id;
    }
    void referenceSolutionsPass()
    {
        QFETCH(QString, id);
        const SuiteItem i = item(id);
        const SandboxResult result =
            m_sandbox->run(i.referenceSolution, i.tests, limitsFor(i, SandboxLimits{}));
        QVERIFY2(result.verdict == SandboxVerdict::Passed, qPrintable(result.detail));
    }

    void wrongSolutionFails()
    {
        const SuiteItem luhn = item(u"cg-en-001"_s);
        QCOMPARE(luhn.entryPoint, u"luhn_is_valid"_s);
        const SandboxResult result = m_sandbox->run(
            u"def luhn_is_valid(number):\n    return True\n"_s, luhn.tests, limitsFor(luhn, {}));
        QCOMPARE(result.verdict, SandboxVerdict::Failed);
        QVERIFY2(result.detail.contains(u"AssertionError"_s), qPrintable(result.detail));
    }

    void syntaxErrorFails()
    {
        const SandboxResult result = run(u"def f(:\n    pass\n"_s);
        QCOMPARE(result.verdict, SandboxVerdict::Failed);
        QVERIFY2(result.detail.contains(u"SyntaxError"_s), qPrintable(result.detail));
    }

    void codeCannotClaimTheSandboxFailed()
    {
        // Not scored would leave the item out of the accuracy: only the sandbox may say that.
        const SandboxResult result =
            run(u"import sys\nsys.stderr.write('bwrap: setting up uid map: Permission denied\\n')\n"
                "print('td-sandbox-started')\nsys.exit(1)\n"_s);
        QCOMPARE(result.verdict, SandboxVerdict::Failed);
    }

    void scoreItemRunsTheExtractedCode_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<ItemOutcome>("outcome");
        const SuiteItem luhn = item(u"cg-en-001"_s);
        QTest::newRow("reference in a fence")
            << u"Here is the function:\n\n```python\n"_s + luhn.referenceSolution + u"```\n"_s
            << ItemOutcome::Correct;
        QTest::newRow("reference after reasoning")
            << u"<think>\n```python\ndef luhn_is_valid(n):\n    return False\n```\n</think>\n"
               "```python\n"_s +
                   luhn.referenceSolution + u"```"_s
            << ItemOutcome::Correct;
        QTest::newRow("wrong code")
            << u"```python\ndef luhn_is_valid(number):\n    return False\n```"_s
            << ItemOutcome::Wrong;
        QTest::newRow("endless code")
            << u"```python\ndef luhn_is_valid(number):\n    while True:\n        pass\n```"_s
            << ItemOutcome::Wrong;
        QTest::newRow("no Python code") << u"```bash\necho 1\n```"_s << ItemOutcome::Unanswered;
        QTest::newRow("empty fence") << u"```python\n```"_s << ItemOutcome::Unanswered;
    }
    void scoreItemRunsTheExtractedCode()
    {
        QFETCH(QString, output);
        QFETCH(ItemOutcome, outcome);
        SuiteItem luhn = item(u"cg-en-001"_s);
        luhn.timeoutSeconds = 1; // the endless row
        const ItemScore score = scoreItem(m_suite, luhn, output, &*m_sandbox, {});
        QVERIFY2(score.outcome == outcome, qPrintable(score.detail));
        QCOMPARE(score.itemId, luhn.id);
        QCOMPARE(score.language, u"en"_s);
    }

    void noConnectionToTheHost()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString port = QString::number(server.serverPort());
        // The host reaches the server, so a refusal below is the sandbox's doing.
        QTcpSocket host;
        host.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(host.waitForConnected(5000));
        QVERIFY(server.waitForNewConnection(5000));
        delete server.nextPendingConnection();

        const SandboxResult result =
            run(u"import socket\nsocket.create_connection(('127.0.0.1', "_s + port +
                u"), timeout=2).close()\n"_s);
        QCOMPARE(result.verdict, SandboxVerdict::Failed);
        QVERIFY2(result.detail.contains(u"ConnectionRefusedError"_s), qPrintable(result.detail));
        QVERIFY(!server.waitForNewConnection(200));
    }

    void noNameResolution()
    {
        const SandboxResult result = run(u"import socket\nsocket.getaddrinfo('pypi.org', 443)\n"_s);
        QCOMPARE(result.verdict, SandboxVerdict::Failed);
        QVERIFY2(result.detail.contains(u"gaierror"_s), qPrintable(result.detail));
    }

    void writesOutsideTmpFail_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("root") << u"/td-sandbox-probe"_s;
        QTest::newRow("usr") << u"/usr/lib/td-sandbox-probe"_s;
        QTest::newRow("etc") << u"/etc/td-sandbox-probe"_s;
        QTest::newRow("home") << QDir::homePath() + u"/td-sandbox-probe"_s;
        // A folder of the host's /tmp; the sandbox's /tmp is another, empty one.
        QTest::newRow("host temporary folder") << u"{host-folder}/td-sandbox-probe"_s;
    }
    void writesOutsideTmpFail()
    {
        QFETCH(QString, path);
        QTemporaryDir hostFolder;
        QVERIFY(hostFolder.isValid());
        path.replace(u"{host-folder}"_s, hostFolder.path());
        QVERIFY(!QFileInfo::exists(path));
        const SandboxResult result = run(u"open("_s + py(path) + u", 'w').write('x')\n"_s);
        const bool written = QFileInfo::exists(path);
        QFile::remove(path);
        QCOMPARE(result.verdict, SandboxVerdict::Failed);
        QVERIFY(!written);
        QVERIFY2(result.detail.contains(u"Error"_s), qPrintable(result.detail));
    }

    void writingInItsOwnTmpWorks()
    {
        const SandboxResult result =
            run(u"open('/tmp/x', 'w').write('x')\nassert open('/tmp/x').read() == 'x'\n"_s);
        QVERIFY2(result.verdict == SandboxVerdict::Passed, qPrintable(result.detail));
    }

    void hostFilesAreInvisible()
    {
        QTemporaryDir secrets;
        QVERIFY(secrets.isValid());
        QFile secret(secrets.filePath(u"key.txt"_s));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("not for the model");
        secret.close();
        const SandboxResult result = run(
            u"import os\n"
            "for folder in ["_s +
            py(QDir::homePath()) + u", '/root', '/home', '/etc', '/var', "_s + py(secrets.path()) +
            u"]:\n"
            "    assert not os.path.exists(folder) or os.listdir(folder) == [], folder\n"
            "assert not os.path.exists("_s +
            py(secret.fileName()) + u")\n"_s);
        QVERIFY2(result.verdict == SandboxVerdict::Passed, qPrintable(result.detail));
        QVERIFY(QFileInfo::exists(secret.fileName()));
    }

    void endlessLoopIsKilledAtTheTimeLimit()
    {
        // Only the lower bound is checked: the code is not stopped before its limit. A loaded
        // machine may stop it later; that it is stopped at all is the verdict (a loop that was
        // never killed would hang the test until ctest's timeout). 3 s leave a slow machine
        // time to start the sandbox, which must have started by the limit to be scored.
        QElapsedTimer clock;
        clock.start();
        const SandboxResult result = run(u"while True: pass\n"_s, {3000, 256 * mib});
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(result.verdict, SandboxVerdict::TimedOut);
        QVERIFY2(elapsed >= 3000, qPrintable(QString::number(elapsed)));
    }

    void nothingOutlivesTheTimeLimit()
    {
        // Two looping processes under a marked command line, so that the host sees them while
        // the sandbox runs (on another thread) and can tell whether any outlives it.
        const QString marker = u"td-sandbox-loop-"_s + QUuid::createUuid().toString(QUuid::Id128);
        const QString loop = u"os.execv(sys.executable, [sys.executable, '-c', 'while True: "
                             "pass', '"_s +
                             marker + u"'])\n"_s;
        // The host looks for them for as long as the sandbox runs, not for a set time, so a
        // slow start on a loaded machine only shortens the time they are seen.
        SandboxResult result;
        std::atomic<bool> finished{false};
        std::thread runner([&] {
            result =
                run(u"import os, sys\nif os.fork() == 0:\n    "_s + loop + loop, {4000, 256 * mib});
            finished.store(true);
        });
        auto joinRunner = qScopeGuard([&] { runner.join(); });
        int mostSeen = 0;
        while (!finished.load()) {
            mostSeen = std::max(mostSeen, processesWith(marker));
            QThread::msleep(20);
        }
        joinRunner.dismiss();
        runner.join();
        QCOMPARE(result.verdict, SandboxVerdict::TimedOut);
        QCOMPARE(mostSeen, 2);
        // The kill reaches every process of the sandbox; the kernel ends them as it gets to
        // it. The wait is generous: only a process that survived would use it up.
        QTRY_COMPARE_WITH_TIMEOUT(processesWith(marker), 0, 60000);
    }

    void memoryLimitHolds()
    {
        const SandboxResult result = run(u"x = bytearray(2 * 1024 ** 3)\n"_s, {10000, 256 * mib});
        QCOMPARE(result.verdict, SandboxVerdict::OutOfMemory);
        QVERIFY2(result.detail.contains(u"MemoryError"_s), qPrintable(result.detail));
    }

    void memoryBelowTheLimitIsGiven()
    {
        const SandboxResult result =
            run(u"x = bytearray(64 * 1024 ** 2)\nassert len(x) == 64 * 1024 ** 2\n"_s,
                {10000, 256 * mib});
        QVERIFY2(result.verdict == SandboxVerdict::Passed, qPrintable(result.detail));
    }

    void codeCannotRaiseItsLimit()
    {
        const SandboxResult result =
            run(u"import resource\n"
                "resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, "
                "resource.RLIM_INFINITY))\n"
                "x = bytearray(2 * 1024 ** 3)\n"_s,
                {10000, 256 * mib});
        QCOMPARE(result.verdict, SandboxVerdict::Failed);
        QVERIFY2(result.detail.contains(u"ValueError"_s), qPrintable(result.detail));
    }

    void withoutBwrapCodeIsNotScored()
    {
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        const PathOverride path(empty.path());
        QVERIFY(!CodeSandbox::find());
        const QString reason = CodeSandbox::unavailableReason();
        QVERIFY2(reason.contains(u"bubblewrap"_s), qPrintable(reason));

        const SuiteItem luhn = item(u"cg-en-001"_s);
        const ItemScore score = scoreItem(
            m_suite, luhn, u"```python\n"_s + luhn.referenceSolution + u"```"_s, nullptr, {});
        QCOMPARE(score.outcome, ItemOutcome::NotScored);
        QCOMPARE(score.detail, reason);
        QVERIFY(score.extracted.isEmpty());
        const AccuracySummary summary = summarize({score});
        QCOMPARE(summary.notScored, 1);
        QVERIFY(std::isnan(summary.accuracy));
    }

    void pythonOutsideUsrIsNotUsed()
    {
        // A pyenv or venv python3 lives outside /usr, which the sandbox does not show.
        QTemporaryDir folder;
        QVERIFY(QFile::link(m_sandbox->bwrapPath(), folder.filePath(u"bwrap"_s)));
        QVERIFY(writeExecutable(folder.filePath(u"python3"_s),
                                "#!/bin/sh\nexec /usr/bin/env python3 \"$@\"\n"));
        const PathOverride path(folder.path());
        QVERIFY(!CodeSandbox::find());
        const QString reason = CodeSandbox::unavailableReason();
        QVERIFY2(reason.contains(u"python3"_s), qPrintable(reason));
    }

    void aSandboxThatCannotStartIsNotUsed()
    {
        // What bwrap says where user namespaces are not allowed.
        QTemporaryDir folder;
        QVERIFY(writeExecutable(folder.filePath(u"bwrap"_s),
                                "#!/bin/sh\necho 'bwrap: setting up uid map: Permission denied' "
                                ">&2\nexit 1\n"));
        const PathOverride path(folder.path() + u":"_s + QFileInfo(m_sandbox->pythonPath()).path());
        QVERIFY(!CodeSandbox::find());
        const QString reason = CodeSandbox::unavailableReason();
        QVERIFY2(reason.contains(u"setting up uid map"_s), qPrintable(reason));
    }
};

QTEST_GUILESS_MAIN(TestCodeSandbox)
#include "tst_codesandbox.moc"
