#pragma once

#include "documentlanguage.h"

#include <QJsonObject>
#include <QString>

namespace td {

// The fixed text of printed documents in one language (resources/documents/labels.json), so that
// a document's language does not depend on the language of the user interface.
class DocumentLabels
{
public:
    // Throws td::Error when the labels are missing from the build.
    explicit DocumentLabels(DocumentLanguage language);

    DocumentLanguage language() const { return m_language; }
    // The label `key`; throws td::Error when this build lacks it.
    QString text(const QString& key) const;
    QString text(const char* key) const { return text(QString::fromLatin1(key)); }
    // The name of a coded value in a group ("categories", "methods", "criteria", ...); an empty
    // string when the code has none.
    QString forCode(const char* group, const QString& code) const;

private:
    DocumentLanguage m_language;
    QJsonObject m_labels;
};

} // namespace td
