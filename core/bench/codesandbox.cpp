#include "codesandbox.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace td::bench {

namespace {

const QLatin1StringView programInside("/sandbox/program.py");
constexpr qint64 tmpBytes = 64LL * 1024 * 1024;
constexpr qsizetype errorBytesKept = 64 * 1024;
constexpr char startedLine[] = "td-sandbox-started\n"; // what limitWrapper prints
constexpr qsizetype detailLines = 20;
constexpr int pollMs = 50;
constexpr int killWaitMs = 5000;

// Runs first inside the sandbox: sets the limits, says on standard output that the sandbox
// started, points standard output at /dev/null, then replaces itself with a fresh interpreter
// that runs the program. So the model's code starts with the limits already in force and
// (without capabilities) cannot raise them again, and it can neither hide that the sandbox
// worked nor flood us with output. Limits are capped at the hard limits the sandbox inherits,
// which an unprivileged process may not exceed.
const QLatin1StringView limitWrapper(R"(import os, resource, sys
def cap(kind, value):
    hard = resource.getrlimit(kind)[1]
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    resource.setrlimit(kind, (value, value))
cap(resource.RLIMIT_AS, int(sys.argv[1]))
cap(resource.RLIMIT_CPU, int(sys.argv[2]))
cap(resource.RLIMIT_CORE, 0)
cap(resource.RLIMIT_NPROC, 64)
sys.stdout.write('td-sandbox-started\n')
sys.stdout.flush()
os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
os.execv(sys.executable, [sys.executable, '-I', '-X', 'utf8', sys.argv[3]])
)");

// Options without spaces in them, written as one string for reading.
QStringList options(QLatin1StringView spaced)
{
    return QString(spaced).split(u' ', Qt::SkipEmptyParts);
}

QStringList sandboxArguments(const QString& python, const QString& programOnHost,
                             const SandboxLimits& limits)
{
    const int cpuSeconds = limits.timeoutMs / 1000 + 1;
    // Own namespaces for everything, network included: the sandbox's loopback is its own and
    // nobody listens there. bwrap started by root keeps root's capabilities unless told not to.
    QStringList arguments = options(QLatin1StringView(
        "--unshare-all --die-with-parent --new-session --clearenv --cap-drop ALL"));
    // Debian's merged /usr: the loader and libraries are reached through these links.
    arguments += options(QLatin1StringView("--ro-bind /usr /usr "
                                           "--symlink usr/bin /bin --symlink usr/lib /lib "
                                           "--symlink usr/lib64 /lib64 --symlink usr/sbin /sbin "
                                           "--proc /proc --dev /dev"));
    // A bounded /tmp: what is written there is kept in memory, outside the address limit.
    arguments << QStringLiteral("--size") << QString::number(tmpBytes) << QStringLiteral("--tmpfs")
              << QStringLiteral("/tmp");
    arguments << QStringLiteral("--ro-bind") << programOnHost << programInside;
    // The sandbox's own root is writable unless remounted; then a plain environment.
    arguments += options(QLatin1StringView("--remount-ro / "
                                           "--setenv HOME /tmp --setenv PATH /usr/bin "
                                           "--setenv LANG C.UTF-8 --chdir /tmp"));
    arguments << python << QStringLiteral("-I") << QStringLiteral("-S") << QStringLiteral("-c")
              << limitWrapper << QString::number(limits.memoryBytes) << QString::number(cpuSeconds)
              << programInside;
    return arguments;
}

// The first python3 on PATH that resolves to a file under /usr.
QString pythonUnderUsr()
{
    const QStringList folders = qEnvironmentVariable("PATH").split(u':', Qt::SkipEmptyParts);
    for (const QString& folder : folders) {
        const QFileInfo candidate(folder + QLatin1String("/python3"));
        if (!candidate.isFile() || !candidate.isExecutable())
            continue;
        const QString real = candidate.canonicalFilePath();
        if (real.startsWith(QLatin1String("/usr/")))
            return real;
    }
    return {};
}

void appendBounded(QByteArray& kept, const QByteArray& more, qsizetype bound)
{
    kept.append(more.left(bound - kept.size()));
}

QString firstLines(const QByteArray& errors)
{
    QStringList lines = QString::fromUtf8(errors).trimmed().split(u'\n');
    if (lines.size() > detailLines)
        lines.resize(detailLines);
    return lines.join(u'\n');
}

// Kills bwrap and everything it started. bwrap leads its own process group (see run()); the
// sandboxed processes die with it (--die-with-parent, and with the pid namespace's first
// process).
void killSandbox(QProcess& process)
{
    const qint64 pid = process.processId();
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
    process.kill();
    process.waitForFinished(killWaitMs);
}

SandboxResult verdictOf(const QProcess& process, bool started, const QByteArray& errors,
                        const SandboxLimits& limits)
{
    const QString lines = firstLines(errors);
    if (process.exitStatus() != QProcess::NormalExit)
        return {SandboxVerdict::NotScored,
                QCoreApplication::translate("td", "The code sandbox was ended from outside.")};
    // Without the wrapper's word the code never ran: bwrap could not build the sandbox (its
    // message is on standard error), which is no fault of the code.
    if (!started)
        return {SandboxVerdict::NotScored,
                QCoreApplication::translate("td", "The code sandbox could not run the code: %1")
                    .arg(lines)};
    const int exitCode = process.exitCode();
    if (exitCode == 0)
        return {SandboxVerdict::Passed, lines};
    static const QRegularExpression memoryError(QStringLiteral("^MemoryError\\b"),
                                                QRegularExpression::MultilineOption);
    if (QString::fromUtf8(errors).contains(memoryError))
        return {SandboxVerdict::OutOfMemory,
                QCoreApplication::translate("td", "The code needed more than %1 MiB of memory.\n%2")
                    .arg(limits.memoryBytes / (1024 * 1024))
                    .arg(lines)};
    // bwrap exits with 128 + the signal that ended the program; SIGXCPU is the CPU limit.
    if (exitCode == 128 + SIGXCPU)
        return {SandboxVerdict::TimedOut,
                QCoreApplication::translate("td", "The code used up its %1 s of processor time "
                                                  "and was stopped.")
                    .arg(limits.timeoutMs / 1000 + 1)};
    if (lines.isEmpty())
        return {
            SandboxVerdict::Failed,
            QCoreApplication::translate("td", "The code ended with exit code %1.").arg(exitCode)};
    return {SandboxVerdict::Failed, lines};
}

} // namespace

CodeSandbox::CodeSandbox(QString bwrap, QString python)
    : m_bwrap(std::move(bwrap))
    , m_python(std::move(python))
{}

std::optional<CodeSandbox> CodeSandbox::find(QString* whyNot)
{
    const QString bwrap = QStandardPaths::findExecutable(QStringLiteral("bwrap"));
    if (bwrap.isEmpty()) {
        *whyNot = QCoreApplication::translate(
            "td", "Code answers are not scored: bubblewrap (bwrap), the sandbox they run in, is "
                  "not installed. Install the bubblewrap package and run the benchmark again.");
        return std::nullopt;
    }
    const QString python = pythonUnderUsr();
    if (python.isEmpty()) {
        *whyNot = QCoreApplication::translate(
            "td", "Code answers are not scored: no python3 under /usr is on the PATH. Install "
                  "the python3 package and run the benchmark again.");
        return std::nullopt;
    }
    CodeSandbox sandbox(bwrap, python);
    const SandboxResult probe = sandbox.run(QStringLiteral("probe = 1"),
                                            QStringLiteral("assert probe == 1"), SandboxLimits{});
    if (probe.verdict != SandboxVerdict::Passed) {
        *whyNot = QCoreApplication::translate(
                      "td", "Code answers are not scored: the bubblewrap sandbox does not work on "
                            "this computer (%1). Allow unprivileged user namespaces or run "
                            "TenderDesk where bubblewrap works.")
                      .arg(probe.detail);
        return std::nullopt;
    }
    return sandbox;
}

std::optional<CodeSandbox> CodeSandbox::find()
{
    QString whyNot;
    return find(&whyNot);
}

QString CodeSandbox::unavailableReason()
{
    QString whyNot;
    find(&whyNot);
    return whyNot;
}

SandboxResult CodeSandbox::run(const QString& code, const QString& tests,
                               const SandboxLimits& limits) const
{
    QTemporaryDir folder;
    QFile program(folder.filePath(QStringLiteral("program.py")));
    if (!folder.isValid() || !program.open(QIODevice::WriteOnly) ||
        program.write((code + QLatin1String("\n\n") + tests).toUtf8()) < 0 || !program.flush())
        return {SandboxVerdict::NotScored,
                QCoreApplication::translate("td", "The code could not be written to a temporary "
                                                  "file: %1")
                    .arg(folder.isValid() ? program.errorString() : folder.errorString())};
    program.close();

    QProcess process;
    process.setProgram(m_bwrap);
    process.setArguments(sandboxArguments(m_python, program.fileName(), limits));
    process.setStandardInputFile(QProcess::nullDevice());
    // Its own process group, so that a timeout kills bwrap and all it started in one call.
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
    process.start();
    if (!process.waitForStarted())
        return {SandboxVerdict::NotScored,
                QCoreApplication::translate("td", "The code sandbox (%1) could not be started: %2")
                    .arg(m_bwrap, process.errorString())};

    const QDeadlineTimer deadline(limits.timeoutMs);
    QByteArray output; // the wrapper's line only: the code's output goes to /dev/null
    QByteArray errors;
    bool timedOut = false;
    auto collect = [&] {
        appendBounded(output, process.readAllStandardOutput(), sizeof startedLine - 1);
        appendBounded(errors, process.readAllStandardError(), errorBytesKept);
    };
    while (!process.waitForFinished(int(qMin<qint64>(pollMs, deadline.remainingTime())))) {
        collect();
        if (process.state() == QProcess::NotRunning)
            break;
        if (deadline.hasExpired()) {
            timedOut = true;
            killSandbox(process);
            break;
        }
    }
    collect();
    const bool started = output == startedLine;
    if (timedOut && !started)
        return {SandboxVerdict::NotScored,
                QCoreApplication::translate("td", "The code sandbox did not start within %1 ms.")
                    .arg(limits.timeoutMs)};
    if (timedOut)
        return {SandboxVerdict::TimedOut,
                QCoreApplication::translate("td", "The code was still running after %1 ms and "
                                                  "was stopped.")
                    .arg(limits.timeoutMs)};
    return verdictOf(process, started, errors, limits);
}

} // namespace td::bench
