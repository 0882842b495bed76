#include "documentlabels.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace td {

QString languageCode(DocumentLanguage language)
{
    return language == DocumentLanguage::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

std::optional<DocumentLanguage> parseDocumentLanguage(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("zh_cn") || c == QLatin1String("zh-cn") || c == QLatin1String("zh"))
        return DocumentLanguage::Chinese;
    if (c == QLatin1String("en"))
        return DocumentLanguage::English;
    return std::nullopt;
}

namespace {

[[noreturn]] void missing(const QString& what)
{
    throw Error(QCoreApplication::translate("td", "The text of printed documents is incomplete in "
                                                  "this build (%1 is missing). Reinstall "
                                                  "TenderDesk.")
                    .arg(what));
}

} // namespace

DocumentLabels::DocumentLabels(DocumentLanguage language)
    : m_language(language)
{
    QFile file(QStringLiteral(":/documents/labels.json"));
    if (!file.open(QIODevice::ReadOnly))
        missing(file.fileName());
    m_labels =
        QJsonDocument::fromJson(file.readAll()).object().value(languageCode(language)).toObject();
    if (m_labels.isEmpty())
        missing(languageCode(language));
}

QString DocumentLabels::text(const QString& key) const
{
    const QJsonValue value = m_labels.value(key);
    if (!value.isString())
        missing(key);
    return value.toString();
}

QString DocumentLabels::forCode(const char* group, const QString& code) const
{
    return m_labels.value(QLatin1String(group)).toObject().value(code).toString();
}

} // namespace td
