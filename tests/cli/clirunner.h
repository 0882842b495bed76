#pragma once

// Running the real tenderdesk-cli from a test: its exit code and both outputs, one run at a
// time or several at once, and the files the commands read.
#include <QByteArray>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace td::test {

struct CliResult
{
    int exitCode = -1; // -1: it did not finish within two minutes
    QString out;
    QString err;
};

// `tenderdesk-cli ARGUMENTS`, waited for; `environment` replaces the inherited one when given.
CliResult cli(const QStringList& arguments, const QProcessEnvironment& environment = {});

// `tenderdesk-cli -d DATABASE tender ARGUMENTS`
CliResult runTender(const QString& database, const QStringList& arguments);

// `tenderdesk-cli -d DATABASE tenders show REFERENCE --json`, parsed.
QJsonObject showTender(const QString& database, const QString& reference);

// A run of tenderdesk-cli started now and waited for later, so that several run at once.
class StartedCli
{
public:
    explicit StartedCli(const QStringList& arguments);
    CliResult finish();

private:
    QProcess m_process;
};

bool writeFile(const QString& path, const QByteArray& bytes,
               QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner);

// A tender file for `tender create`: the knowledge-assistant template with its own reference,
// bought by 国家电网, given as an organisation so that an empty database takes it.
QByteArray tenderFile(const char* reference);

} // namespace td::test
