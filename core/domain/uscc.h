#pragma once

#include <QString>

namespace td::uscc {

// The unified social credit code (统一社会信用代码, GB 32100-2015) that identifies every Chinese
// organisation: 18 characters from a 31-letter alphabet, the last one a check character.
bool isValid(const QString& code);
// The check character for the first 17 characters; QChar() if they are not valid characters.
QChar checkCharacter(QStringView first17);
// Why a code is invalid, as a sentence for people; empty when it is valid.
QString problem(const QString& code);

} // namespace td::uscc
