#pragma once

#include "completionrequest.h"
#include "generation.h"
#include "responder.h"
#include "script.h"

#include <memory>

namespace td::fakeopenai {

// A non-streamed completion: one JSON body when the last token is due, or the fault of the
// mode in its non-streamed form (a cut or a stall without a byte, a broken body, an error).
std::unique_ptr<Responder> wholeReply(Mode mode, const CompletionRequest& request,
                                      const Generation& generation, Clock::time_point received,
                                      long long id, long long created, bool close);

} // namespace td::fakeopenai
