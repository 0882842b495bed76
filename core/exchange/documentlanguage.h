#pragma once

#include <QString>

#include <optional>

namespace td {

// The language a document for bidders is printed in. It is chosen per document, not taken from
// the user interface: a Chinese buyer may print the English version for foreign bidders.
enum class DocumentLanguage
{
    Chinese,
    English,
};

// "zh_CN" or "en": the code on the command line and the key of resources/documents/labels.json.
QString languageCode(DocumentLanguage language);
// Accepts "zh_CN", "zh-CN", "zh" and "en" (any case); nullopt for anything else.
std::optional<DocumentLanguage> parseDocumentLanguage(const QString& code);

} // namespace td
