#include "fakeopenaiprocess.h"

#include <QDeadlineTimer>

namespace td::test {

FakeOpenAiProcess::FakeOpenAiProcess(QString program)
    : program_(std::move(program))
{}

FakeOpenAiProcess::~FakeOpenAiProcess()
{
    if (process_.state() != QProcess::NotRunning)
        stop();
}

bool FakeOpenAiProcess::start(const QStringList& arguments, QString* error)
{
    process_.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process_.start(program_, QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                         QStringLiteral("--exit-on-eof")} +
                                 arguments);
    if (!process_.waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(program_, process_.errorString());
        return false;
    }
    QByteArray line;
    const QDeadlineTimer deadline(10000);
    while (!line.contains('\n') && !deadline.hasExpired() &&
           process_.state() == QProcess::Running) {
        process_.waitForReadyRead(100);
        line += process_.readAllStandardOutput();
    }
    const QByteArray prefix = "listening on ";
    bool ok = false;
    if (line.startsWith(prefix) && line.endsWith('\n'))
        port_ = line.mid(prefix.size()).trimmed().toUShort(&ok);
    if (!ok || port_ == 0) {
        *error = QStringLiteral("%1 did not print its port; it printed \"%2\"")
                     .arg(program_, QString::fromUtf8(line));
        return false;
    }
    return true;
}

int FakeOpenAiProcess::stop()
{
    process_.closeWriteChannel();
    return waitForExit();
}

int FakeOpenAiProcess::terminate()
{
    process_.terminate();
    return waitForExit();
}

int FakeOpenAiProcess::waitForExit()
{
    if (process_.waitForFinished(10000) && process_.exitStatus() == QProcess::NormalExit)
        return process_.exitCode();
    process_.kill();
    process_.waitForFinished(10000);
    return -1;
}

} // namespace td::test
