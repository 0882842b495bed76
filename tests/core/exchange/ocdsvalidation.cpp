#include "ocdsvalidation.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

namespace td::test {

QString ocdsSchemaDir()
{
    return QStringLiteral(TENDERDESK_TEST_DATA_DIR "/ocds/schema/release-1.1.5");
}

QString bidExtensionDir()
{
    return QStringLiteral(TENDERDESK_TEST_DATA_DIR "/ocds/schema/bid-extension/v1.1.5");
}

namespace {

OcdsValidation runValidator(const QStringList& arguments)
{
    OcdsValidation v;
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(QStringLiteral(TENDERDESK_PYTHON3), arguments);
    if (!python.waitForStarted(30'000)) {
        v.output = QStringLiteral("cannot run %1 (%2): install python3 and python3-jsonschema, "
                                  "as installer/setup.sh test does")
                       .arg(QStringLiteral(TENDERDESK_PYTHON3), python.errorString());
        return v;
    }
    if (!python.waitForFinished(120'000) || python.exitStatus() != QProcess::NormalExit) {
        v.output = QStringLiteral("validate_ocds.py did not finish: ") + python.errorString();
        python.kill();
        return v;
    }
    v.ran = true;
    v.exitCode = python.exitCode();
    v.output = QString::fromUtf8(python.readAll());
    return v;
}

} // namespace

OcdsValidation validateReleases(const QList<QJsonObject>& releases, const QStringList& extensions)
{
    OcdsValidation v;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        v.output = QStringLiteral("cannot make a temporary folder: ") + dir.errorString();
        return v;
    }
    QStringList arguments{QStringLiteral(TENDERDESK_VALIDATE_OCDS), ocdsSchemaDir()};
    for (const QString& extension : extensions)
        arguments << QStringLiteral("--extension") << extension;
    for (qsizetype i = 0; i < releases.size(); ++i) {
        const QString path = dir.filePath(QStringLiteral("release-%1.json").arg(i + 1));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QJsonDocument(releases.at(i)).toJson()) < 0) {
            v.output = QStringLiteral("cannot write %1").arg(path);
            return v;
        }
        arguments.append(path);
    }
    return runValidator(arguments);
}

OcdsValidation validateFile(const QString& path, OcdsFile kind, const QStringList& extensions)
{
    QStringList arguments{QStringLiteral(TENDERDESK_VALIDATE_OCDS), ocdsSchemaDir()};
    for (const QString& extension : extensions)
        arguments << QStringLiteral("--extension") << extension;
    arguments << (kind == OcdsFile::ReleasePackage ? QStringLiteral("--package")
                                                   : QStringLiteral("--jsonl"))
              << path;
    return runValidator(arguments);
}

} // namespace td::test
