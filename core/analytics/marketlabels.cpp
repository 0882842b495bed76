#include "marketlabels.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace td::analytics {

namespace {

[[noreturn]] void missing(const QString& what)
{
    throw Error(QCoreApplication::translate("td::analytics",
                                            "The text of market reports is incomplete in this "
                                            "build (%1 is missing). Reinstall TenderDesk.")
                    .arg(what));
}

} // namespace

QString reportLanguage(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("zh_cn") || c == QLatin1String("zh-cn") || c == QLatin1String("zh"))
        return QStringLiteral("zh_CN");
    if (c == QLatin1String("en"))
        return QStringLiteral("en");
    return {};
}

MarketLabels::MarketLabels(const QString& language)
    : m_language(reportLanguage(language))
{
    if (m_language.isEmpty())
        throw Error(QCoreApplication::translate("td::analytics",
                                                "A market report is written in zh_CN or en, not "
                                                "'%1'.")
                        .arg(language));
    QFile file(QStringLiteral(":/analytics/labels.json"));
    if (!file.open(QIODevice::ReadOnly))
        missing(file.fileName());
    m_labels = QJsonDocument::fromJson(file.readAll()).object().value(m_language).toObject();
    if (m_labels.isEmpty())
        missing(m_language);
}

QString MarketLabels::text(const char* key) const
{
    const QJsonValue value = m_labels.value(QLatin1String(key));
    if (!value.isString())
        missing(QString::fromLatin1(key));
    return value.toString();
}

QString MarketLabels::forCode(const char* group, const QString& code) const
{
    const QString name = m_labels.value(QLatin1String(group)).toObject().value(code).toString();
    return name.isEmpty() ? code : name;
}

} // namespace td::analytics
