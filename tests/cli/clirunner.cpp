#include "clirunner.h"

#include <QJsonDocument>

namespace td::test {
namespace {

constexpr int finishWithinMs = 120'000;

CliResult resultOf(QProcess& process)
{
    if (!process.waitForFinished(finishWithinMs))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

CliResult cli(const QStringList& arguments, const QProcessEnvironment& environment)
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TENDERDESK_CLI), arguments);
    return resultOf(process);
}

CliResult runTender(const QString& database, const QStringList& arguments)
{
    return cli(QStringList{QStringLiteral("-d"), database, QStringLiteral("tender")} + arguments);
}

QJsonObject showTender(const QString& database, const QString& reference)
{
    const CliResult r = cli({QStringLiteral("-d"), database, QStringLiteral("tenders"),
                             QStringLiteral("show"), reference, QStringLiteral("--json")});
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

StartedCli::StartedCli(const QStringList& arguments)
{
    m_process.start(QStringLiteral(TENDERDESK_CLI), arguments);
}

CliResult StartedCli::finish()
{
    return resultOf(m_process);
}

bool writeFile(const QString& path, const QByteArray& bytes, QFile::Permissions permissions)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size() && file.setPermissions(permissions);
}

QByteArray tenderFile(const char* reference)
{
    return QByteArray(R"({"category": "knowledgeAssistant", "reference": ")") + reference +
           R"(", "title": "国家电网客服知识库大模型采购项目",
               "buyer": {"name": "国家电网有限公司", "shortName": "国家电网",
                         "uscc": "91110108551385082Q", "kind": "centralSoe", "city": "北京"}})";
}

} // namespace td::test
