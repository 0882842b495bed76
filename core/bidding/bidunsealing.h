#pragma once

#include "bidsubmission.h"
#include "documents/pdffacts.h"
#include "domain/bidcontent.h"
#include "domain/tender.h"
#include "sealing/envelope.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace td {

class PrivateKey;

// One document of an opened bid, checked against bid.json, with what the PDF says of itself.
struct UnsealedDocument
{
    BidDocumentRef ref;
    QByteArray content;
    PdfFacts facts;
};

// A bid unsealed and verified, ready to land in bids: its content, the id of the lot it is for,
// and its documents.
struct UnsealedBid
{
    BidContent content;
    qint64 lotId = 0;
    QList<UnsealedDocument> documents;
};

// Unseals a stored submission with the tender's key and checks what comes out: the ciphertext
// authenticates (GCM tag or HMAC-SM3), the plaintext is a safe zip holding bid.json and exactly
// the documents it lists with their sizes and SHA-256, bid.json is a valid bid for this tender
// and one of its lots, and every document is a readable PDF. The plaintext goes through a
// temporary file, so memory holds one bid's documents at a time, never the stream twice.
// Throws td::Error saying what failed (recorded as the bid's failure), SealingCancelled when
// `progress` cancels.
UnsealedBid unsealSubmission(const BidSubmission& submission, const PrivateKey& tenderKey,
                             const Tender& tender, const StreamProgress& progress = {});

} // namespace td
