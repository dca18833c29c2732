// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "common/promptimage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The bodies of what a session can be asked to do (docs/api.md): four small
// value types kept together because they share one shape — ApiBody's
// object with known fields, then each field's type and range — and one
// fuzz target (tests/fuzz/fuzz_api_bodies.cpp). A refusal is a 400 that
// names the field; what depends on the session (its state, its versions)
// stays with SessionRoutes, under whose name their sentences are translated.

// POST /api/v1/sessions/{id}/messages
struct FollowUpRequest
{
    Q_DECLARE_TR_FUNCTIONS(SessionRoutes)

public:
    QString text;  // trimmed, never empty
    QList<PromptImage> images;

    // `imagesRefused`: the refusal is about the images, which the route
    // reports only after the session's own conflicts (as it always did).
    static std::optional<FollowUpRequest> parse(const QByteArray &body, ApiError *error, bool *imagesRefused = nullptr);
};

// POST /api/v1/sessions/{id}/extend
struct ExtendRequest
{
    Q_DECLARE_TR_FUNCTIONS(SessionRoutes)

public:
    int minutes = 0;  // 1 to 1440; 0: the plan's default

    static std::optional<ExtendRequest> parse(const QByteArray &body, ApiError *error);
    QByteArray toJson() const;
};

// POST /api/v1/sessions/{id}/redeploy
struct RedeployRequest
{
    Q_DECLARE_TR_FUNCTIONS(SessionRoutes)

public:
    bool internet = false;

    static std::optional<RedeployRequest> parse(const QByteArray &body, ApiError *error);
    QByteArray toJson() const;
};

// POST /api/v1/sessions/{id}/restore
struct RestoreRequest
{
    Q_DECLARE_TR_FUNCTIONS(SessionRoutes)

public:
    int version = 1;  // 1 or more; whether the session has it is the route's question

    static std::optional<RestoreRequest> parse(const QByteArray &body, ApiError *error);
    QByteArray toJson() const;
};
