#pragma once

#include <QProcess>
#include <QStringList>

namespace td::test {

// tenderdesk-fake-openai run for a test: started on a free port, stopped (through the end of
// its stdin) when this object goes. Any test can compile this file in.
class FakeOpenAiProcess
{
public:
    explicit FakeOpenAiProcess(QString program);
    ~FakeOpenAiProcess();
    FakeOpenAiProcess(const FakeOpenAiProcess&) = delete;
    FakeOpenAiProcess& operator=(const FakeOpenAiProcess&) = delete;

    // Starts the server with `arguments` besides --port 0 --exit-on-eof and waits for its
    // port. Returns false with `error` set when it does not come up.
    bool start(const QStringList& arguments, QString* error);
    quint16 port() const { return port_; }

    // Closes the server's stdin and waits for it to end; returns its exit code, or -1 when it
    // had to be killed.
    int stop();
    // Sends SIGTERM and waits; returns the exit code, or -1.
    int terminate();

private:
    int waitForExit();

    QString program_;
    QProcess process_;
    quint16 port_ = 0;
};

} // namespace td::test
