#pragma once

#include "documentlanguage.h"
#include "domain/audithead.h"
#include "domain/organization.h"
#include "domain/tender.h"
#include "ocdsrelease.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

namespace td {

// What the tender document says beyond the tender itself.
struct TenderDocumentContext
{
    Organization buyer;
    int releaseNumber = 0;         // the OCDS release the document goes with; 0 for a draft
    QDateTime releaseDate;         // UTC
    QString sealingKeyFingerprint; // SHA-256 of the public key bids are sealed to; empty before
                                   // publication
    QString sealingKeyAlgorithm;   // "EC P-256" or "SM2", which names the cipher suite; empty
                                   // before publication
    QList<ocds::Amendment> amendments;
    QHash<QString, bool> domesticByModel; // the accelerator catalog: model -> produced in China
    AuditHead auditHead; // the audit log's newest entry when printed: the paper anchors the log
};

// The tender document that bidders read, as HTML for printing (resources/documents/tender.html
// and tender.css): cover, requirements, hardware rules, evaluation method and weights, timeline in
// the tender's time zone, bid format and sealing, answered clarifications (never who asked) and
// amendments. Every text of the tender is escaped. Throws td::Error when the tender's time zone
// is unknown or the document's resources are missing from the build.
QString tenderDocumentHtml(const Tender& tender, const TenderDocumentContext& context,
                           DocumentLanguage language);

// Where the document's stylesheet is: the base URL to load the HTML with.
QUrl tenderDocumentBaseUrl();

} // namespace td
