#include "tenderdocumentpdf.h"

#include "domain/error.h"
#include "exchange/tenderdocument.h"
#include "exchange/tenderpackage.h"
#include "pdfprinting.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace td {

QByteArray printTenderDocument(const TenderRecord& record, DocumentLanguage language,
                               const QHash<QString, bool>& domesticByModel)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        throw Error(QCoreApplication::translate("td::TenderDocument",
                                                "Printing needs the graphical platform; run "
                                                "the command again (it sets one up itself)."));
    const QString html =
        tenderDocumentHtml(record.tender, tenderDocumentContext(record, domesticByModel), language);
    return printHtmlToPdf(html, 120000, tenderDocumentBaseUrl());
}

} // namespace td
