// SPDX-License-Identifier: MIT
// The bodies of a session's actions (core/api/sessionactionrequests.h) on
// any bytes. The first byte picks the body — `m` messages, `e` extend,
// `r` redeploy, `v` restore — and the rest is the body; any other first
// byte feeds the whole input to all four. One target, not four: they share
// ApiBody's object check and differ by a field each, so four targets would
// spend CI's seconds per target four times on the same JSON parser.
// Properties: a refusal is a 400 with a message, naming a field unless the
// body is not a JSON object at all; an accepted body's values are in their
// range, and extend/redeploy/restore survive toJson() → parse() unchanged.
#include "api/sessionactionrequests.h"
#include "fuzzsupport.h"

namespace {

void checkRefusal(const ApiError &error)
{
    FUZZ_CHECK(error.status == 400);
    FUZZ_CHECK(!error.error.message.isEmpty());
    error.toJson();
}

template<typename Request>
std::optional<Request> parsed(const QByteArray &body)
{
    ApiError error;
    std::optional<Request> request = Request::parse(body, &error);
    if (!request)
        checkRefusal(error);
    return request;
}

template<typename Request>
void roundTrip(const Request &request, auto same)
{
    const std::optional<Request> again = parsed<Request>(request.toJson());
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(same(*again, request));
}

void followUp(const QByteArray &body)
{
    ApiError error;
    bool imagesRefused = false;
    const std::optional<FollowUpRequest> request = FollowUpRequest::parse(body, &error, &imagesRefused);
    if (!request) {
        checkRefusal(error);
        FUZZ_CHECK(!imagesRefused || error.field.startsWith(u"images"));
        return;
    }
    FUZZ_CHECK(!imagesRefused);
    FUZZ_CHECK(!request->text.isEmpty() && request->text == request->text.trimmed());
}

void extend(const QByteArray &body)
{
    if (const std::optional<ExtendRequest> request = parsed<ExtendRequest>(body)) {
        FUZZ_CHECK(request->minutes == 0 || (request->minutes >= 1 && request->minutes <= 1440));
        roundTrip(*request, [](const ExtendRequest &a, const ExtendRequest &b) { return a.minutes == b.minutes; });
    }
}

void redeploy(const QByteArray &body)
{
    if (const std::optional<RedeployRequest> request = parsed<RedeployRequest>(body))
        roundTrip(*request, [](const RedeployRequest &a, const RedeployRequest &b) { return a.internet == b.internet; });
}

void restore(const QByteArray &body)
{
    if (const std::optional<RestoreRequest> request = parsed<RestoreRequest>(body)) {
        FUZZ_CHECK(request->version >= 1);
        roundTrip(*request, [](const RestoreRequest &a, const RestoreRequest &b) { return a.version == b.version; });
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input = fuzz::bytes(data, size).toByteArray();
    const QByteArray body = input.mid(1);
    switch (input.at(0)) {
    case 'm': followUp(body); break;
    case 'e': extend(body); break;
    case 'r': redeploy(body); break;
    case 'v': restore(body); break;
    default:
        followUp(input);
        extend(input);
        redeploy(input);
        restore(input);
    }
    return 0;
}
