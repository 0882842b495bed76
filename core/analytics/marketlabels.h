#pragma once

#include <QJsonObject>
#include <QString>

// The fixed text of market reports in one language (resources/analytics/labels.json): a report is
// written in the language asked for ("zh_CN" or "en"), whatever the language of the user
// interface, as printed documents are (exchange/documentlabels.h).
namespace td::analytics {

class MarketLabels
{
public:
    // Throws td::Error for a language other than zh_CN or en, or when the labels are missing
    // from the build.
    explicit MarketLabels(const QString& language);

    // "zh_CN" or "en".
    const QString& language() const { return m_language; }
    bool isChinese() const { return m_language == QLatin1String("zh_CN"); }
    // The label `key`; throws td::Error when this build lacks it.
    QString text(const char* key) const;
    // The name of a code in a group ("categories", "verdicts"); the code itself when unnamed.
    QString forCode(const char* group, const QString& code) const;

private:
    QString m_language;
    QJsonObject m_labels;
};

// "zh_CN" or "en" for what a user typed ("zh", "zh-CN", "EN"...); an empty string otherwise.
QString reportLanguage(const QString& code);

} // namespace td::analytics
