#include "uscc.h"

#include <QCoreApplication>

#include <array>

namespace td::uscc {
namespace {

// GB 32100-2015 alphabet: digits and capitals without I, O, S, V and Z.
constexpr QLatin1StringView alphabet("0123456789ABCDEFGHJKLMNPQRTUWXY");
constexpr std::array<int, 17> weights = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                         29, 25, 13, 8,  24, 10, 30, 28};

int valueOf(QChar c)
{
    return c.unicode() < 128 ? int(alphabet.indexOf(c)) : -1;
}

} // namespace

QChar checkCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = valueOf(first17.at(i));
        if (v < 0)
            return {};
        sum += v * weights[std::size_t(i)];
    }
    const int check = (31 - sum % 31) % 31;
    return QLatin1Char(alphabet.at(check));
}

QString problem(const QString& code)
{
    if (code.size() != 18)
        return QCoreApplication::translate(
                   "Uscc", "A unified social credit code has 18 characters; this one has %1.")
            .arg(code.size());
    for (QChar c : code)
        if (valueOf(c) < 0)
            return QCoreApplication::translate("Uscc",
                                               "The character '%1' cannot appear in a unified "
                                               "social credit code (I, O, S, V, Z and lowercase "
                                               "letters are not used).")
                .arg(c);
    if (checkCharacter(QStringView(code).left(17)) != code.at(17))
        return QCoreApplication::translate(
                   "Uscc", "The check character is wrong: expected '%1'. Check for a typing error.")
            .arg(checkCharacter(QStringView(code).left(17)));
    return {};
}

bool isValid(const QString& code)
{
    return problem(code).isEmpty();
}

} // namespace td::uscc
