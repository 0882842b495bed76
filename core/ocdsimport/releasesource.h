#pragma once

#include "importreport.h"
#include "publishedrelease.h"

namespace td::ocds {

// Where the importer's releases come from, in the order they are to be applied: a file today;
// another TenderDesk database exported to releases, or a publisher's API, tomorrow. A source
// reports what it survived into the warnings it was given, and throws JsonSyntaxError (with a
// line) or td::Error when it cannot go on.
class ReleaseSource
{
public:
    virtual ~ReleaseSource() = default;

    // The next release; false when there are no more.
    virtual bool next(PublishedRelease& release) = 0;
    // How far the source has got, for progress: bytes for a file.
    virtual qint64 done() const = 0;
    virtual qint64 total() const = 0;
    // What the source turned out to hold (known once it is read).
    virtual FileShape shape() const = 0;
    // The publisher the source names, when it names one at the end rather than up front.
    virtual QString publisher() const = 0;
};

} // namespace td::ocds
