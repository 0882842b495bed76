#pragma once
// What the Bids workspace tests share: a buyer's published tender, its package imported on a
// vendor's desk, and the vendor's identity there; everything through the core's own workflow.
#include "../core/bidding/biddingfixtures.h"
#include "bidding/identityrepository.h"
#include "bidding/tenderpackageimport.h"
#include "sealing/signingidentity.h"
#include "store/acceleratorrepository.h"
#include "store/costcatalogrepository.h"
#include "store/tenderreader.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>

namespace td::test {

// After the deadline of the template's timeline (bidDeadline, 2030-06-23 09:30 Shanghai).
inline const QDateTime afterDeadline = at("2030-06-23T09:31:00+08:00");

inline const QByteArray vendorPassphrase = QByteArrayLiteral("投标口令 battery staple");

// Two desks: the buyer's, which published the tender, and a vendor's, which imported it.
struct TwoDesks
{
    TestDatabase buyer{Engine::Sqlite};
    TestDatabase vendor{Engine::Sqlite};
    QTemporaryDir folder;
    QString reference;
    qint64 buyerTenderId = 0;
    qint64 vendorTenderId = 0;

    TwoDesks()
    {
        Database& buyerDb = buyer.open();
        TenderWorkflow workflow(buyerDb, QStringLiteral("采购专员"));
        reference = publishedWith(workflow, addBuyer(buyerDb).id, CipherSuite::International);
        buyerTenderId = TenderReader(buyerDb.connection()).byReference(reference)->id;
        const QString package = folder.filePath(QStringLiteral("tender.zip"));
        writePackage(buyerDb, reference, package);
        Database& vendorDb = vendor.open();
        // What the GUI's main() does for every database it opens.
        AcceleratorRepository::addBuiltInCatalog(vendorDb.connection());
        CostCatalogRepository::addBuiltInCatalog(vendorDb.connection());
        importTenderPackage(vendorDb, package, QStringLiteral("投标专员"), duringTendering);
        vendorTenderId = TenderReader(vendorDb.connection()).byReference(reference)->id;
    }

    // Gives the vendor's desk a signing identity for `name` (USCC `code`).
    void addVendorIdentity(const QString& name, const QString& code)
    {
        Database& vendorDb = vendor.open();
        Organization org;
        org.name = name;
        org.shortName = name;
        org.uscc = code;
        org.kind = OrganizationKind::ModelVendor;
        const SigningIdentity identity =
            makeSigningIdentity(name, code, CipherSuite::International, vendorPassphrase);
        IdentityRepository(vendorDb.connection(), vendorDb.dialect())
            .save(org, identity, true, duringTendering, QStringLiteral("投标专员"));
    }
};

} // namespace td::test
