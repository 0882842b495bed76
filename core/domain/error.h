#pragma once

#include <QString>

#include <stdexcept>

namespace td {

// The one error type of the core: a sentence for people that says what failed and what to do.
// Thrown inside the core, caught at its edges (CLI main, UI actions) and shown as it is.
class Error : public std::runtime_error
{
public:
    explicit Error(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    const QString& message() const noexcept { return m_message; }

private:
    QString m_message;
};

} // namespace td
