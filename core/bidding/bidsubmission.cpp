#include "bidsubmission.h"

namespace td {

QString submissionStatusCode(SubmissionStatus status)
{
    switch (status) {
    case SubmissionStatus::Sealed:
        return QStringLiteral("sealed");
    case SubmissionStatus::Replaced:
        return QStringLiteral("replaced");
    case SubmissionStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    case SubmissionStatus::Opened:
        return QStringLiteral("opened");
    case SubmissionStatus::Failed:
        return QStringLiteral("failed");
    case SubmissionStatus::Withdrawal:
        return QStringLiteral("withdrawal");
    }
    return {};
}

std::optional<SubmissionStatus> submissionStatusFromCode(const QString& code)
{
    for (SubmissionStatus s :
         {SubmissionStatus::Sealed, SubmissionStatus::Replaced, SubmissionStatus::Withdrawn,
          SubmissionStatus::Opened, SubmissionStatus::Failed, SubmissionStatus::Withdrawal})
        if (submissionStatusCode(s) == code)
            return s;
    return std::nullopt;
}

} // namespace td
